/**
 * A scenario played inside an LMS: the game rebuilt from `cmi.suspend_data` (the learner's moves
 * replayed on a fresh player, docs/decisions/0126), then, after each move, the decisions it added
 * written as interactions with the new resume state; at the end, the score and the status.
 * No React here: the hook (useLmsPlayerSession.ts) and the tests drive it alike.
 */
import { decisionInteraction, decodeResume, encodeResume, finalStatus, fitsSuspendData, type Scenario } from "@/domain";
import { fingerprintOf } from "@/machines/persistedGame";
import { playResult, sendAll, startPlayer, type PlayerActor, type PlayerEvent } from "@/machines/player";
import type { LmsAdapter } from "./scormApi";

export const ACTIVITY_CHANGED = "Cette activité a été modifiée depuis votre dernière visite\u00a0: votre partie ne peut pas reprendre, elle recommence depuis le début.";
export const SUSPEND_TOO_LONG = "Votre partie est trop longue pour que la plateforme la garde en entier\u00a0: si vous quittez maintenant, elle reprendra au dernier point enregistré.";

/** Said when the LMS's resume state cannot be read: the activity starts afresh. */
export const unreadableResume = (why: string) => `Votre partie enregistrée sur la plateforme n'a pas pu être reprise (${why})\u00a0: elle recommence depuis le début.`;

export interface ScenarioRunOptions {
  /** The activity's own mastery score, used when the LMS gives none. */
  masteryScore?: number | undefined;
  /** The wall clock, in milliseconds (a decision's latency, its time of day). */
  now?: () => number;
  /** After each save: lets the page keep the game in the browser too, with the time this move took (null: not measured). */
  onSaved?: (actor: PlayerActor, elapsedMs: number | null) => void;
  onProblem?: (message: string) => void;
  /** False: a new game whatever the LMS kept (the learner chose to start again). */
  resume?: boolean;
}

export interface ScenarioRun {
  actor: PlayerActor;
  /** Said when the LMS's saved game could not be resumed. */
  notice: string | null;
  /** The resume state last written. */
  suspendData: () => string | null;
  finished: () => boolean;
  /** Saves now what the last moves changed (otherwise done in a microtask after them). */
  flush: () => void;
  stop: () => void;
}

/** The saved moves of this very scenario, or why the LMS's state is not resumed. */
function savedMoves(adapter: LmsAdapter, scenario: Scenario): { moves: PlayerEvent[]; notice: string | null } {
  const decoded = decodeResume(adapter.start.suspendData);
  if (decoded === null) return { moves: [], notice: null };
  if (!decoded.ok) return { moves: [], notice: unreadableResume(decoded.message) };
  const { state } = decoded;
  if (state.kind !== "scenario" || state.id !== scenario.id || state.hash !== fingerprintOf(scenario)) return { moves: [], notice: ACTIVITY_CHANGED };
  return { moves: state.moves as PlayerEvent[], notice: null };
}

/** A game of `scenario` in the LMS `adapter` talks to, resumed from its suspend_data when it is this scenario's. */
export function startScenarioRun(scenario: Scenario, adapter: LmsAdapter, options: ScenarioRunOptions = {}): ScenarioRun {
  const now = options.now ?? (() => Date.now());
  const hash = fingerprintOf(scenario);
  let recording = false;
  let pending = false;
  let moves: PlayerEvent[] = [];
  let written = 0;
  let scored = false;
  let lastSuspend: string | null = null;
  let mark = now();
  let actor: PlayerActor;

  const onMove = (event: PlayerEvent) => {
    if (!recording) return;
    moves.push(event);
    if (pending) return;
    pending = true;
    queueMicrotask(flush);
  };

  const flush = () => {
    pending = false;
    const snapshot = actor.getSnapshot();
    // The engine stopped on a rule (usePlayerSession says so): what was saved before stays.
    if (snapshot.status === "error") return;
    const { trace, score, finished } = playResult(actor, []);
    const added = trace.slice(written);
    written = trace.length;
    const at = now();
    const elapsed = added.length > 0 ? at - mark : null;
    if (added.length > 0) mark = at;
    const records = added.map((entry, i) => decisionInteraction(entry, { at: new Date(at), latencyMs: i === 0 ? elapsed : null }));
    const suspend = encodeResume({ kind: "scenario", id: scenario.id, hash, moves });
    const fits = fitsSuspendData(suspend);
    if (!fits) options.onProblem?.(SUSPEND_TOO_LONG);
    if (fits) lastSuspend = suspend;
    adapter.saveProgress(fits ? suspend : null, records, finished);
    if (finished && !scored) {
      scored = true;
      adapter.finish(score.overall.percent, finalStatus(score.overall.percent, adapter.start.masteryScore ?? options.masteryScore));
    }
    options.onSaved?.(actor, elapsed);
  };

  let { moves: saved, notice } = options.resume === false ? { moves: [], notice: null } : savedMoves(adapter, scenario);
  actor = startPlayer(scenario, undefined, { onMove });
  if (saved.length > 0) {
    try {
      const rejected = sendAll(actor, saved);
      if (rejected.length > 0) throw new Error("moves refused");
      moves = [...saved];
    } catch {
      actor.stop();
      actor = startPlayer(scenario, undefined, { onMove });
      saved = [];
      notice = ACTIVITY_CHANGED;
    }
  }
  written = playResult(actor, []).trace.length;
  scored = actor.getSnapshot().status === "done";
  recording = true;

  return {
    actor,
    notice,
    suspendData: () => lastSuspend,
    finished: () => actor.getSnapshot().status === "done",
    flush: () => {
      if (pending) flush();
    },
    stop: () => actor.stop(),
  };
}
