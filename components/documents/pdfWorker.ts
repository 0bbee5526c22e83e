/**
 * The page's side of the PDF worker (docs/decisions/0164). Laid out on the page's thread, the PDF
 * side froze it while the learner read or typed: 0,7 to 0,9 s to compile react-pdf and decode the
 * fonts, as much again for the sample invoice, 2 to 3 s each with the CPU slowed 4 ×. In a worker,
 * the page only posts the document's data and receives the file.
 *
 * A worker that cannot start (a page opened from a file: Chromium refuses it) says so before it is
 * ready, and the caller makes the PDF on the page instead (download.ts). One that stops later (its
 * memory exhausted) fails the PDFs it held, and the next PDF starts a new one.
 */
import type { PdfJob, PdfRequest, PdfWorkerMessage } from "./pdf/workerMessages";

/** The PDF renderers, whether the worker makes them or the page (pdf/browser.tsx): the same four functions. */
export type PdfRenderers = Pick<typeof import("./pdf/browser"), "warmUp" | "renderDocumentPdf" | "renderChainPdfBlob" | "renderLetterPdfBlob">;

/** Said when the worker stops without a reason of its own (a script that cannot load gives none). */
const STOPPED = "le générateur de PDF s'est arrêté";

interface Connection {
  worker: Worker;
  ready: Promise<void>;
  waiting: Map<number, { resolve: (blob: Blob) => void; reject: (error: Error) => void }>;
}

/**
 * Turbopack resolves the worker's script and the chunks it loads against the site's origin
 * (`new URL(path, location.origin)`): from a site in a sub-folder (`/~prof/atelier/`), it asked for
 * `/_next/…` at the domain's root, and the worker never started. Its paths are relative to the page
 * (`../../_next/…`, docs/decisions/0124): they are made absolute against the page's address here.
 * `url` is Turbopack's: the script's path, and in its hash the worker's parameters, whose first is
 * the list of chunks to load and whose third is the chunks' base path.
 */
export function workerUrlInSiteFolder(url: URL, page: string, chunkBase: string): URL {
  const script = new URL(url.pathname.replace(/^.*?\/_next\//u, ""), new URL(chunkBase, page));
  const params = /^#params=(.*)$/u.exec(url.hash)?.[1];
  if (params === undefined) return script;
  const [chunks, assetSuffix, base, ...rest] = JSON.parse(decodeURIComponent(params)) as unknown[];
  const againstPage = (path: unknown) => (typeof path === "string" ? new URL(path, page).href : path);
  const absoluteChunks = Array.isArray(chunks) ? chunks.map(againstPage) : chunks;
  script.hash = `#params=${encodeURIComponent(JSON.stringify([absoluteChunks, assetSuffix, againstPage(base), ...rest]))}`;
  return script;
}

/**
 * Turbopack bundles the worker's entry only from the literal `new Worker(new URL(…))` with the
 * browser's own `Worker`, which it calls with its address: for that one synchronous call, the
 * global `Worker` is one that corrects the address first (above), then it is put back.
 */
export function startPdfWorker(): Worker {
  const BrowserWorker = globalThis.Worker;
  const chunkBase = (globalThis as { TURBOPACK_CHUNK_BASE_PATH?: unknown }).TURBOPACK_CHUNK_BASE_PATH;
  globalThis.Worker = class extends BrowserWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(typeof chunkBase === "string" && url instanceof URL ? workerUrlInSiteFolder(url, location.href, chunkBase) : url, options);
    }
  };
  try {
    return new Worker(new URL("./pdf/worker.ts", import.meta.url));
  } finally {
    globalThis.Worker = BrowserWorker;
  }
}

export function pdfWorkerRenderers(start: () => Worker = startPdfWorker): PdfRenderers {
  let current: Connection | undefined;
  let lastId = 0;

  function connect(): Connection {
    if (current !== undefined) return current;
    const worker = start();
    const waiting: Connection["waiting"] = new Map();
    let settle = { ready: () => {}, failed: (_error: Error) => {} };
    const ready = new Promise<void>((resolve, reject) => (settle = { ready: resolve, failed: reject }));
    // Nobody may wait for `ready` (a PDF asked at once waits for its own answer): its failure is not left unhandled.
    ready.catch(() => undefined);
    const connection: Connection = { worker, ready, waiting };
    const broken = (message: string) => {
      if (current === connection) current = undefined;
      worker.terminate();
      const error = new Error(message);
      settle.failed(error);
      waiting.forEach(({ reject }) => reject(error));
      waiting.clear();
    };
    worker.addEventListener("message", ({ data }: MessageEvent<PdfWorkerMessage>) => {
      if (data.kind === "ready") return settle.ready();
      if (data.kind === "notReady") return broken(data.message);
      const job = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.kind === "made") job?.resolve(data.blob);
      else job?.reject(new Error(data.message));
    });
    worker.addEventListener("error", (event) => {
      // Handled here: the browser's console would otherwise report it as an uncaught error of the page.
      event.preventDefault();
      broken(event.message || STOPPED);
    });
    worker.addEventListener("messageerror", () => broken(STOPPED));
    current = connection;
    return connection;
  }

  function make(job: PdfJob): Promise<Blob> {
    const { worker, waiting } = connect();
    return new Promise((resolve, reject) => {
      lastId += 1;
      waiting.set(lastId, { resolve, reject });
      worker.postMessage({ ...job, id: lastId } satisfies PdfRequest);
    });
  }

  return {
    warmUp: () => connect().ready,
    renderDocumentPdf: (...args) => make({ kind: "invoice", args }),
    renderChainPdfBlob: (...args) => make({ kind: "chain", args }),
    renderLetterPdfBlob: (...args) => make({ kind: "letter", args }),
  };
}
