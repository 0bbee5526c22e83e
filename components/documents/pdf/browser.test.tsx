// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { invoiceDocument } from "./testDocuments";

// The real module, not test/setup.ts's stand-in: this file checks what the browser loads.
vi.unmock("@/components/documents/pdf/browser");
/** What went through `pdfBlob`: the buyer and the copy of each invoice, and whether a PDF came out. */
const produce = vi.hoisted(() => ({ made: [] as string[] }));
vi.mock("./produce", async (importOriginal) => {
  const original = await importOriginal<typeof import("./produce")>();
  return {
    ...original,
    pdfBlob: async (...args: Parameters<typeof original.pdfBlob>) => {
      const [element] = args;
      const blob = await original.pdfBlob(...args);
      // jsdom's Blob garbles react-pdf's bytes: the text is read in the Node tests, here only the header.
      const header = new TextDecoder().decode((await blob.arrayBuffer()).slice(0, 5));
      const { document, copy } = element.props as { document: { buyer: { name: string } }; copy: string };
      produce.made.push(`${header} ${document.buyer.name} ${copy}`);
      return blob;
    },
  };
});

/** The idle moments the module asked for, given when the test says the browser is idle. */
let idle: (() => void)[] = [];

beforeEach(() => {
  vi.resetModules(); // a fresh page per test
  idle = [];
  produce.made = [];
  window.requestIdleCallback = (work) => idle.push(() => work({ didTimeout: false, timeRemaining: () => 50 })) as number;
});

afterEach(() => {
  // @ts-expect-error: jsdom has no requestIdleCallback, the test gave it one
  delete window.requestIdleCallback;
});

describe("pdf/browser: the warm-up and the learner's PDF (docs/decisions/0140)", () => {
  it("lays out the sample invoice at the idle moment after the fonts, then the learner's invoice", async () => {
    const browser = await import("./browser");
    await browser.warmUp();
    expect(idle).toHaveLength(1);
    idle[0]?.();
    await browser.renderDocumentPdf(invoiceDocument(), "duplicate");
    expect(produce.made).toEqual(["%PDF- Librairie des Canuts original", "%PDF- Librairie Martin duplicate"]);
  }, 30_000);

  it("drops the sample invoice when the learner clicks before the idle moment", async () => {
    const browser = await import("./browser");
    await browser.warmUp();
    await browser.renderDocumentPdf(invoiceDocument());
    idle[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(produce.made).toEqual(["%PDF- Librairie Martin original"]);
  }, 30_000);
});
