import { afterEach, describe, expect, it, vi } from "vitest";
import { invoiceDocument } from "./pdf/testDocuments";
import type { PdfRequest, PdfWorkerMessage } from "./pdf/workerMessages";
import { pdfWorkerRenderers, startPdfWorker, workerUrlInSiteFolder } from "./pdfWorker";

/** A worker of the test's own: it records what the page posts, and says what the test tells it to. */
class FakeWorker extends EventTarget {
  posted: PdfRequest[] = [];
  terminated = false;
  postMessage(request: PdfRequest): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: PdfWorkerMessage): void {
    this.dispatchEvent(new MessageEvent("message", { data: message }));
  }
  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event("error", { cancelable: true }), { message }));
  }
}

function withFakeWorkers() {
  const started: FakeWorker[] = [];
  const renderers = pdfWorkerRenderers(() => {
    const worker = new FakeWorker();
    started.push(worker);
    return worker as unknown as Worker;
  });
  return { renderers, started, worker: (index: number) => started[index] ?? expect.fail(`aucun worker n° ${index}`) };
}

const pdf = (text: string) => new Blob([text], { type: "application/pdf" });

describe("the page's side of the PDF worker (docs/decisions/0164)", () => {
  it("is ready when the worker says its fonts are decoded, and gives each PDF to the request it answers", async () => {
    const { renderers, started, worker } = withFakeWorkers();
    const ready = vi.fn();
    void renderers.warmUp().then(ready);
    await Promise.resolve();
    expect(ready).not.toHaveBeenCalled();
    worker(0).say({ kind: "ready" });
    await renderers.warmUp();
    expect(ready).toHaveBeenCalledTimes(1);

    const invoice = renderers.renderDocumentPdf(invoiceDocument(), "duplicate", "perte de l'original");
    const letter = renderers.renderLetterPdfBlob({ step: "reminder1" } as never);
    expect(worker(0).posted).toEqual([
      { kind: "invoice", args: [invoiceDocument(), "duplicate", "perte de l'original"], id: 1 },
      { kind: "letter", args: [{ step: "reminder1" }], id: 2 },
    ]);
    // Answered out of order: each request still gets its own file.
    worker(0).say({ kind: "made", id: 2, blob: pdf("lettre") });
    worker(0).say({ kind: "made", id: 1, blob: pdf("facture") });
    expect(await (await invoice).text()).toBe("facture");
    expect(await (await letter).text()).toBe("lettre");
    expect(started).toHaveLength(1);
  });

  it("fails a PDF the worker could not make with the worker's reason, and makes the next one with the same worker", async () => {
    const { renderers, started, worker } = withFakeWorkers();
    const chain = renderers.renderChainPdfBlob({ kind: "quote" } as never);
    worker(0).say({ kind: "ready" });
    worker(0).say({ kind: "failed", id: 1, message: "lines[0] : quantité invalide" });
    await expect(chain).rejects.toThrow("lines[0] : quantité invalide");
    const again = renderers.renderChainPdfBlob({ kind: "quote" } as never);
    worker(0).say({ kind: "made", id: 2, blob: pdf("devis") });
    expect(await (await again).text()).toBe("devis");
    expect(started).toHaveLength(1);
  });

  it("says why a worker that cannot start or stops has failed, ends it, and starts a new one for the next PDF", async () => {
    const { renderers, started, worker } = withFakeWorkers();
    const asked = renderers.renderDocumentPdf(invoiceDocument());
    const ready = renderers.warmUp();
    worker(0).fail("Failed to load worker script");
    await expect(ready).rejects.toThrow("Failed to load worker script");
    await expect(asked).rejects.toThrow("Failed to load worker script");
    expect(worker(0).terminated).toBe(true);

    const next = renderers.renderDocumentPdf(invoiceDocument());
    expect(started).toHaveLength(2);
    worker(1).say({ kind: "ready" });
    worker(1).say({ kind: "made", id: 2, blob: pdf("facture") });
    expect(await (await next).text()).toBe("facture");

    // Its fonts not decoded: the same, with the worker's reason.
    const third = withFakeWorkers();
    const warm = third.renderers.warmUp();
    third.worker(0).say({ kind: "notReady", message: "police illisible" });
    await expect(warm).rejects.toThrow("police illisible");
    expect(third.worker(0).terminated).toBe(true);
  });
});

describe("workerUrlInSiteFolder: the worker's addresses made absolute against the page", () => {
  /** Turbopack's address: its paths, relative to the page, resolved against the origin. */
  const params = (chunks: string[], base: string) => `#params=${encodeURIComponent(JSON.stringify([chunks, "", base, null, null]))}`;
  const turbopack = new URL(`http://lycee.example/_next/static/chunks/turbopack-worker-1a.js${params(["../../_next/static/chunks/0g.js", "../../_next/static/chunks/turbopack-3b.js"], "../../_next/")}`);

  it("from a site in a sub-folder: the script and every chunk it loads under the site's folder", () => {
    const url = workerUrlInSiteFolder(turbopack, "http://lycee.example/~prof/atelier/scenarios/facture-et-avoir/", "../../_next/");
    expect(url.origin + url.pathname).toBe("http://lycee.example/~prof/atelier/_next/static/chunks/turbopack-worker-1a.js");
    expect(url.hash).toBe(params(["http://lycee.example/~prof/atelier/_next/static/chunks/0g.js", "http://lycee.example/~prof/atelier/_next/static/chunks/turbopack-3b.js"], "http://lycee.example/~prof/atelier/_next/"));
  });

  it("from a site at the domain's root: the same files, written in full", () => {
    const url = workerUrlInSiteFolder(turbopack, "http://lycee.example/scenarios/facture-et-avoir/", "../../_next/");
    expect(url.href).toBe(`http://lycee.example/_next/static/chunks/turbopack-worker-1a.js${params(["http://lycee.example/_next/static/chunks/0g.js", "http://lycee.example/_next/static/chunks/turbopack-3b.js"], "http://lycee.example/_next/")}`);
  });

  it("an address without parameters keeps none", () => {
    expect(workerUrlInSiteFolder(new URL("http://lycee.example/_next/static/chunks/w.js"), "http://lycee.example/a/", "../_next/").href).toBe("http://lycee.example/_next/static/chunks/w.js");
  });
});

describe("startPdfWorker", () => {
  const browserWorker = globalThis.Worker;
  afterEach(() => {
    globalThis.Worker = browserWorker;
  });

  it("gives the browser's Worker back, even when the browser refuses the worker (a page opened from a file)", () => {
    class Refusing {
      constructor() {
        throw new DOMException("Script cannot be accessed from origin 'null'.", "SecurityError");
      }
    }
    globalThis.Worker = Refusing as unknown as typeof Worker;
    expect(() => startPdfWorker()).toThrow("cannot be accessed");
    expect(globalThis.Worker).toBe(Refusing);
  });
});
