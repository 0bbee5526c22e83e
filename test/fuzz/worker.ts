/**
 * A worker thread that generates and validates a range of fuzz files, one message before and one
 * after each: the parent thread can then stop a file that never ends and say which one it was.
 */
import { parentPort, workerData } from "node:worker_threads";
import { hangLimit, judge, validateInMemory, type Answer } from "./harness";
import { bundledScenarios, fuzzCase, type FuzzSizes } from "./mutations";
import type { FileReport, WorkerMessage } from "./pool";

export interface WorkerTask {
  root: string;
  seed: number;
  start: number;
  end: number;
  sizes: FuzzSizes;
}

/** Errors a machine reports later (a timer that rethrows) surface here, and count for this file. */
const nextTurn = () => new Promise<void>((done) => setTimeout(() => setImmediate(done), 0));

/** The first lines said, each cut short: enough to recognise the answer in a report. */
function head(lines: readonly string[]): string[] {
  return lines.slice(0, 6).map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
}

async function run(task: WorkerTask): Promise<void> {
  const post = (message: WorkerMessage) => parentPort?.postMessage(message);
  const sources = bundledScenarios(task.root);
  for (let index = task.start; index < task.end; index += 1) {
    const fuzzed = fuzzCase(sources, task.seed, index, task.sizes);
    const file = `fuzz/${task.seed}-${index}.json`;
    const mutations = fuzzed.mutations.map((m) => ({ kind: m.kind, where: m.where.length > 120 ? `${m.where.slice(0, 120)}…` : m.where }));
    const runOnce = async (): Promise<Answer> => {
      post({ type: "start", index, source: fuzzed.source, mutations, bytes: fuzzed.bytes.length });
      const answer = await validateInMemory(file, fuzzed.bytes);
      await nextTurn();
      return answer;
    };
    let answer = await runOnce();
    // The machine is shared: a file over its limit is timed again, and counts as a hang only if
    // over it twice. Its own limit, not a second: a file with variants plays 201 times.
    if (answer.milliseconds > hangLimit(answer, file)) {
      const again = await runOnce();
      if (again.milliseconds < answer.milliseconds) answer = again;
    }
    const judged = judge(answer, file, fuzzed.mutations);
    const report: FileReport = {
      index,
      source: fuzzed.source,
      mutations,
      bytes: fuzzed.bytes.length,
      milliseconds: Math.round(answer.milliseconds),
      ...judged,
      said: head([...answer.out, ...answer.err]),
    };
    post({ type: "done", report });
  }
}

void run(workerData as WorkerTask);
