// DOM matchers (toHaveAttribute, toBeDisabled...) for component tests; harmless in node tests.
import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/react";
import { afterAll, vi } from "vitest";

// `findBy…` and `waitFor` wait 3 s, not Testing Library's 1 s: two files at a time on two cores
// (vitest.config.ts) can slow a render past a second. Still under vitest's 5 s per test, so that a
// screen that never comes fails with Testing Library's message and the DOM it saw.
configure({ asyncUtilTimeout: 3_000 });

// A screen with PDF buttons loads the PDF side of the browser when idle (components/documents/download.ts).
// Component tests leave it out: PDFs are rendered and read in Node (components/documents/pdf/*.test.tsx),
// and a download that its test did not mock fails loudly (no such export on this mock).
vi.mock("@/components/documents/pdf/browser", () => ({ warmUp: () => Promise.resolve() }));

// Each file starts as a fresh page would, though its worker may have run another file before it
// (vitest.config.ts, docs/decisions/0157): the app's modules imported anew (the store and the
// registries are module-level), no saved data, an empty document at the site's root, real timers
// and globals. The libraries and jsdom stay loaded: that is the time saved.
vi.resetModules();
vi.useRealTimers();
vi.unstubAllGlobals();
vi.restoreAllMocks();
if (typeof window !== "undefined") {
  localStorage.clear();
  sessionStorage.clear();
  document.head.innerHTML = "";
  document.body.innerHTML = "";
  window.history.replaceState(null, "", "/");
}

// The file's store may still hold a write for the idle moment (store/useAppStore.ts): the page goes,
// as a browser's would, so that the write lands now and is emptied above, not in the next file's page.
afterAll(() => {
  if (typeof window !== "undefined") window.dispatchEvent(new Event("pagehide"));
});
