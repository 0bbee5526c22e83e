/**
 * Runs fuzz files in a worker thread, so that a file that never ends is stopped and counted as a
 * hang instead of blocking the run, and one that kills its thread (an error thrown later by a
 * timer, memory exhausted) is counted as a crash; the run goes on with the next file.
 */
import { Worker } from "node:worker_threads";
import type { Judged } from "./harness";
import type { FuzzSizes, Mutation } from "./mutations";
import type { WorkerTask } from "./worker";

export interface FileReport extends Judged {
  index: number;
  source: string;
  mutations: Mutation[];
  bytes: number;
  milliseconds: number;
  /** The first lines of the output, cut short. */
  said: string[];
}

/** "start" before each run of a file (a slow file is run twice), "done" once it is judged. */
export type WorkerMessage = { type: "start"; index: number; source: string; mutations: Mutation[]; bytes: number } | { type: "done"; report: FileReport };

export interface FuzzPlan {
  root: string;
  seed: number;
  count: number;
  sizes: FuzzSizes;
  /** A file still running after this long is stopped (and counted as a hang). */
  stopAfterMilliseconds: number;
}

/** Room for the 5 MB field name and its copies; beyond it the thread dies and the file is a crash. */
const WORKER_MEMORY_MB = 4096;

function startWorker(task: WorkerTask): Worker {
  return new Worker(new URL("./worker.mjs", import.meta.url), {
    workerData: task,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
    stdout: true,
    stderr: true,
  });
}

type Started = Extract<WorkerMessage, { type: "start" }>;

/** A file that never reported back: what is known of it is what its start said, and how it ended. */
function lostFile(started: Started, verdict: "crashed" | "hung", reason: string, milliseconds: number): FileReport {
  return { index: started.index, source: started.source, mutations: started.mutations, bytes: started.bytes, milliseconds, verdict, reasons: [reason], said: [] };
}

/** Files start..start+count, in one worker at a time, restarted after a file that kills it. */
export async function runFuzz(plan: FuzzPlan, onReport: (report: FileReport) => void = () => undefined): Promise<FileReport[]> {
  // By index: a thread that dies just after reporting a file replaces that file's report.
  const reports = new Map<number, FileReport>();
  const record = (report: FileReport) => {
    reports.set(report.index, report);
    onReport(report);
  };
  let next = 0;
  while (next < plan.count) {
    next = await runRange(plan, next, record);
  }
  return [...reports.values()].sort((a, b) => a.index - b.index);
}

/**
 * Runs from `start` until the end or until the worker dies; returns the index to go on from. A
 * worker that dies before its first file is the harness's own failure, not a file's.
 */
function runRange(plan: FuzzPlan, start: number, record: (report: FileReport) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ root: plan.root, seed: plan.seed, start, end: plan.count, sizes: plan.sizes });
    let current: Started | undefined;
    let startedAt = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (nextIndex: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(nextIndex);
    };
    const lose = (verdict: "crashed" | "hung", reason: string) => {
      if (settled) return;
      if (current === undefined) {
        settled = true;
        reject(new Error(`the fuzz worker could not start: ${reason}`));
        return;
      }
      record(lostFile(current, verdict, reason, Math.round(performance.now() - startedAt)));
      finish(current.index + 1);
    };
    worker.on("message", (message: WorkerMessage) => {
      clearTimeout(timer);
      if (message.type === "start") {
        current = message;
        startedAt = performance.now();
        timer = setTimeout(() => lose("hung", `arrêté après ${plan.stopAfterMilliseconds} ms`), plan.stopAfterMilliseconds);
      } else {
        record(message.report);
        if (message.report.index === plan.count - 1) finish(plan.count);
      }
    });
    worker.on("error", (error: Error) => lose("crashed", `le fil d'exécution meurt : ${(error.stack ?? error.message).split("\n").slice(0, 4).join(" | ")}`));
    worker.on("exit", (code) => lose("crashed", `le fil d'exécution s'arrête (code ${code})`));
  });
}
