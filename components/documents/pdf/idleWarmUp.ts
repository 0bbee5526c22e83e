/**
 * A warm-up that must never delay the learner: made at the next idle moment, unless a real PDF was
 * asked first (then it is dropped: that PDF warms react-pdf up itself), and a real PDF asked while
 * it runs waits for it (one render at a time). A failed warm-up is forgotten: the real PDF says
 * what fails (docs/decisions/0140).
 */
export interface IdleWarmUp {
  /** Asks for the warm-up at the next idle moment given by `nextIdleMoment`; once. */
  schedule: () => void;
  /** Runs a real PDF's work after the warm-up once started, and drops a warm-up not started yet. */
  before: <T>(work: () => Promise<T>) => Promise<T>;
}

type State = { kind: "waiting" | "scheduled" | "dropped" } | { kind: "started"; finished: Promise<void> };

export function idleWarmUp(warmUp: () => Promise<unknown>, nextIdleMoment: (run: () => void) => void): IdleWarmUp {
  let state: State = { kind: "waiting" };
  function start(): void {
    if (state.kind !== "scheduled") return;
    state = { kind: "started", finished: warmUp().then(() => undefined, () => undefined) };
  }
  return {
    schedule() {
      if (state.kind !== "waiting") return;
      state = { kind: "scheduled" };
      nextIdleMoment(start);
    },
    async before(work) {
      if (state.kind === "started") await state.finished;
      else state = { kind: "dropped" };
      return work();
    },
  };
}
