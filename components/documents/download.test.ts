// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { invoiceDocument } from "./pdf/testDocuments";

const browser = vi.hoisted(() => ({ warmUp: vi.fn<() => Promise<void>>(), renderDocumentPdf: vi.fn<() => Promise<Blob>>() }));
vi.mock("./pdf/browser", () => browser);
vi.mock("@/components/ui/saveFile", () => ({ saveBlob: vi.fn() }));

/** The idle callbacks the page asked for, run when the test says the browser is idle. */
let idle: { work: () => void; timeout: number | undefined }[] = [];

beforeEach(() => {
  vi.resetModules(); // once per page: a fresh page per test
  idle = [];
  window.requestIdleCallback = (work, options) => idle.push({ work: () => work({ didTimeout: false, timeRemaining: () => 50 }), timeout: options?.timeout }) as number;
  browser.warmUp.mockReset().mockResolvedValue(undefined);
  browser.renderDocumentPdf.mockReset().mockResolvedValue(new Blob(["%PDF"]));
});

afterEach(() => {
  // @ts-expect-error: jsdom has no requestIdleCallback, the test gave it one
  delete window.requestIdleCallback;
});

/** Lets the promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("preparePdf: the PDF side warmed up when a screen with PDF buttons is idle", () => {
  it("asks for an idle moment once per page, within a second, and loads nothing before it", async () => {
    const { preparePdf } = await import("./download");
    preparePdf();
    preparePdf();
    await settle();
    expect(idle.map(({ timeout }) => timeout)).toEqual([1_000]);
    expect(browser.warmUp).not.toHaveBeenCalled();
    idle[0]?.work();
    await settle();
    expect(browser.warmUp).toHaveBeenCalledTimes(1);
  });

  it("makes a click before the warm-up has finished wait for it, without loading twice", async () => {
    let finishWarmUp = () => {};
    browser.warmUp.mockReturnValue(new Promise<void>((resolve) => (finishWarmUp = resolve)));
    const { downloadInvoicePdf, preparePdf } = await import("./download");
    const { saveBlob } = await import("@/components/ui/saveFile");
    preparePdf();
    idle[0]?.work();
    const download = downloadInvoicePdf(invoiceDocument(), "original");
    await settle();
    expect(browser.renderDocumentPdf).not.toHaveBeenCalled();
    finishWarmUp();
    await download;
    expect(browser.warmUp).toHaveBeenCalledTimes(1);
    expect(browser.renderDocumentPdf).toHaveBeenCalledTimes(1);
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), "FA-2026-00001.pdf");
  });

  it("lets the click load again when the warm-up failed (offline), without a message of its own", async () => {
    browser.warmUp.mockRejectedValueOnce(new Error("réseau coupé"));
    const { downloadInvoicePdf, preparePdf } = await import("./download");
    preparePdf();
    idle[0]?.work();
    await settle();
    await downloadInvoicePdf(invoiceDocument(), "duplicate");
    expect(browser.warmUp).toHaveBeenCalledTimes(2);
    expect(browser.renderDocumentPdf).toHaveBeenCalledTimes(1);
  });

  it("waits a fifth of a second instead where the browser has no idle callback", async () => {
    // @ts-expect-error: a browser without requestIdleCallback (Safari before 18)
    delete window.requestIdleCallback;
    vi.useFakeTimers();
    try {
      const { preparePdf } = await import("./download");
      preparePdf();
      await vi.advanceTimersByTimeAsync(199);
      expect(browser.warmUp).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(browser.warmUp).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the PDF made in a worker (docs/decisions/0164)", () => {
  /** A worker that answers as the real one would, or fails to start (a page opened from a file). */
  function stubWorker(behaviour: "answers" | "cannotStart") {
    const started: string[] = [];
    class StubWorker extends EventTarget {
      constructor(url: URL) {
        super();
        started.push(url.pathname);
        setTimeout(() => {
          if (behaviour === "cannotStart") this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message: "Failed to load worker script" }));
          else this.dispatchEvent(new MessageEvent("message", { data: { kind: "ready" } }));
        }, 0);
      }
      postMessage({ id }: { id: number }): void {
        setTimeout(() => this.dispatchEvent(new MessageEvent("message", { data: { kind: "made", id, blob: new Blob(["%PDF du worker"]) } })), 0);
      }
      terminate(): void {}
    }
    vi.stubGlobal("Worker", StubWorker);
    return started;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("starts the worker at the idle moment of a screen with PDF buttons, and never loads react-pdf on the page", async () => {
    const started = stubWorker("answers");
    const { downloadInvoicePdf, preparePdf } = await import("./download");
    const { saveBlob } = await import("@/components/ui/saveFile");
    preparePdf();
    await settle();
    expect(started).toEqual([]);
    idle[0]?.work();
    await vi.waitFor(() => expect(started).toEqual([expect.stringMatching(/\/components\/documents\/pdf\/worker\.ts$/u)]));
    await downloadInvoicePdf(invoiceDocument(), "original");
    const [blob, name] = vi.mocked(saveBlob).mock.lastCall ?? [];
    expect(name).toBe("FA-2026-00001.pdf");
    expect(await blob?.text()).toBe("%PDF du worker");
    expect(started).toHaveLength(1);
    expect(browser.warmUp).not.toHaveBeenCalled();
    expect(browser.renderDocumentPdf).not.toHaveBeenCalled();
  });

  it("makes the PDF on the page where the worker cannot start", async () => {
    stubWorker("cannotStart");
    const { downloadInvoicePdf } = await import("./download");
    const { saveBlob } = await import("@/components/ui/saveFile");
    await downloadInvoicePdf(invoiceDocument(), "duplicate");
    expect(browser.warmUp).toHaveBeenCalledTimes(1);
    expect(browser.renderDocumentPdf).toHaveBeenCalledWith(invoiceDocument(), "duplicate", undefined);
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), "FA-2026-00001-duplicata.pdf");
  });
});
