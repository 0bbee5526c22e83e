/** Where requestIdleCallback is missing (Safari before 18), the work waits this long instead. */
const FALLBACK_DELAY_MS = 200;

/**
 * Runs `work` when the browser has nothing else to do, and at the latest after `timeoutMs`, so
 * that it neither delays what the learner sees first nor waits forever on a busy page.
 */
export function whenIdle(work: () => void, timeoutMs: number): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(work, { timeout: timeoutMs });
  else window.setTimeout(work, Math.min(FALLBACK_DELAY_MS, timeoutMs));
}
