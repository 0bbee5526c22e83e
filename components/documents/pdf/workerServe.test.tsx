import { describe, expect, it, vi } from "vitest";
import { invoiceDocument } from "./testDocuments";
import { pageTexts } from "./testPdfText";
import type { PdfRequest, PdfWorkerMessage } from "./workerMessages";
import { SAMPLE_RENDERS, servePdfJobs, type PdfWorkerScope } from "./workerServe";

/** The worker's global scope as the tests see it: the answers posted, and a way to post a request. */
function fakeScope() {
  const said: PdfWorkerMessage[] = [];
  let listener: ((event: { data: PdfRequest }) => void) | undefined;
  const scope: PdfWorkerScope = {
    postMessage: (message) => said.push(message),
    addEventListener: (_type, handler) => (listener = handler),
  };
  const ask = (request: PdfRequest) => listener?.({ data: request });
  return { scope, said, ask };
}

/** Waits until the worker has said `count` things. */
async function untilSaid(said: readonly PdfWorkerMessage[], count: number): Promise<void> {
  await vi.waitFor(() => expect(said.length).toBeGreaterThanOrEqual(count), { timeout: 30_000, interval: 20 });
}

async function textOf(message: PdfWorkerMessage | undefined, name: string): Promise<string> {
  if (message?.kind !== "made") throw new Error(`pas de PDF : ${JSON.stringify(message)}`);
  return (await pageTexts(Buffer.from(await message.blob.arrayBuffer()), name)).join("\n");
}

describe("the PDF worker's work (docs/decisions/0164)", () => {
  it("says it is ready once the fonts are decoded, then lays out the sample invoice four times while nothing is asked", async () => {
    const { scope, said } = fakeScope();
    const sample = vi.fn(() => Promise.resolve());
    servePdfJobs(scope, sample);
    await untilSaid(said, 1);
    expect(said).toEqual([{ kind: "ready" }]);
    await vi.waitFor(() => expect(sample).toHaveBeenCalledTimes(4));
    expect(SAMPLE_RENDERS).toBe(4);
    // Then it waits for the learner: nothing more is laid out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sample).toHaveBeenCalledTimes(4);
    expect(said).toEqual([{ kind: "ready" }]);
  });

  it("stops laying out the sample once a document is asked: the learner's document waits for the sample under way only", { timeout: 60_000 }, async () => {
    const { scope, said, ask } = fakeScope();
    let finishSample: () => void = () => undefined;
    const sample = vi.fn(() => new Promise<void>((resolve) => (finishSample = resolve)));
    servePdfJobs(scope, sample);
    await vi.waitFor(() => expect(sample).toHaveBeenCalledTimes(1));
    ask({ id: 3, kind: "invoice", args: [invoiceDocument(), "original", undefined] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(said).toEqual([{ kind: "ready" }]);
    finishSample();
    await untilSaid(said, 2);
    expect(said[1]).toEqual({ kind: "made", id: 3, blob: expect.any(Blob) });
    expect(sample).toHaveBeenCalledTimes(1);
  });

  it("ends the warm-up at the sample's first failure and still makes the learner's documents", { timeout: 60_000 }, async () => {
    const { scope, said, ask } = fakeScope();
    const sample = vi.fn(() => Promise.reject(new Error("mise en page impossible")));
    servePdfJobs(scope, sample);
    await vi.waitFor(() => expect(sample).toHaveBeenCalledTimes(1));
    ask({ id: 4, kind: "invoice", args: [invoiceDocument(), "original", undefined] });
    await untilSaid(said, 2);
    expect(said.map((message) => message.kind)).toEqual(["ready", "made"]);
    expect(sample).toHaveBeenCalledTimes(1);
  });

  it("makes the learner's invoice asked before the fonts are ready, without the sample, as the page would have made it", { timeout: 60_000 }, async () => {
    const { scope, said, ask } = fakeScope();
    const sample = vi.fn(() => Promise.resolve());
    servePdfJobs(scope, sample);
    ask({ id: 7, kind: "invoice", args: [invoiceDocument(), "duplicate", undefined] });
    await untilSaid(said, 2);
    expect(said.map((message) => [message.kind, "id" in message ? message.id : undefined])).toEqual([
      ["ready", undefined],
      ["made", 7],
    ]);
    expect(sample).not.toHaveBeenCalled();
    const text = await textOf(said[1], "worker-invoice");
    expect(text).toContain("FA-2026-00001");
    expect(text).toContain("DUPLICATA");
  });

  it("answers each request in the order asked, one at a time, and says why one failed without stopping the others", { timeout: 60_000 }, async () => {
    const { scope, said, ask } = fakeScope();
    servePdfJobs(scope, () => Promise.resolve());
    const broken = { ...invoiceDocument(), lines: undefined } as never;
    ask({ id: 1, kind: "invoice", args: [broken, "original", undefined] });
    ask({ id: 2, kind: "invoice", args: [invoiceDocument(), "original", undefined] });
    await untilSaid(said, 3);
    expect(said[0]).toEqual({ kind: "ready" });
    expect(said[1]).toEqual({ kind: "failed", id: 1, message: expect.any(String) });
    expect(said[1]?.kind === "failed" && said[1].message.length).toBeGreaterThan(0);
    expect(said[2]?.kind).toBe("made");
    expect(await textOf(said[2], "worker-after-failure")).toContain("ORIGINAL");
  });
});
