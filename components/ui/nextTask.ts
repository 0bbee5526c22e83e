/**
 * Gives the page a turn before the rest of a long piece of work: what the learner or the teacher
 * types or clicks meanwhile is answered between two pieces, not after the whole (issue 16, no long
 * task). `scheduler.yield()` where the browser has it (the work keeps its place ahead of ordinary
 * tasks), else a new task by `setTimeout`.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a piece of work one `step` per task until `step` says nothing remains; false, and stopped,
 * as soon as `stillWanted` says no (what it was checking has changed meanwhile).
 */
export async function stepBetweenTasks(step: () => boolean, stillWanted: () => boolean = () => true): Promise<boolean> {
  do {
    await nextTask();
    if (!stillWanted()) return false;
  } while (step());
  return true;
}
