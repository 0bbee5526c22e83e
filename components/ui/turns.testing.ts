/**
 * For tests: how many tasks the page ran while `work` was under way, the turns it was given. A
 * piece of work done in one task gives none; one done a step per task gives one per step.
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await work();
  running = false;
  return { result, turns };
}
