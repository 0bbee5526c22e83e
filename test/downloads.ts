import { vi } from "vitest";

/** A file the page handed to the browser's download: its name and its content. */
export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Catches what a page downloads (an object URL clicked through an anchor) instead of letting
 * jsdom drop it: the list fills as the page downloads. Call it in `beforeEach`, and restore the
 * mocks after each test.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((object: Blob) => {
    blob = object;
    return "blob:telechargement";
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) downloads.push({ name: this.download, blob });
  });
  return downloads;
}
