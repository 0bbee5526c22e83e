"use client";
import { useEffect, useRef, useState } from "react";
import type { Scenario } from "@/domain";
import { persistGame, resumePlayer, stagesToStart } from "@/machines/persistedGame";
import { startPlayer, type PlayerActor } from "@/machines/playerMachine";
import { hasStageMachines, provideStageMachineLoader } from "@/machines/stageMachines";
import { appStore, useStoreHydrated } from "@/store/useAppStore";
import { clearGameDrafts } from "@/components/stages/parts/formDrafts";
import { loadStageChunks, stageMachineFromChunk } from "@/components/stages/stageChunks";
import { whenIdle } from "@/store/whenIdle";
import { resumeCheck } from "./resumeCheck";

type StartedSession =
  | {
      actor: PlayerActor;
      /** Set when a saved game could not be restored: the learner starts again and is told why. */
      restoreError: string | null;
      changedNotice: null;
    }
  | {
      /** The saved game was played on another version of the scenario: nothing runs until the learner starts again. */
      actor: null;
      restoreError: null;
      changedNotice: string;
    };

export type PlayerSession = StartedSession & {
  restart: () => void;
  /** Where the store keeps the game; null for a game nothing saves (a teacher's preview): no attempt kept, no results exported. */
  gameKey: string | null;
};

/** Starts the player from the saved snapshot if it still fits the machine, else afresh (saying so). */
function resume(scenario: Scenario, saved: unknown, onAnySnapshot: () => void): { actor: PlayerActor; restoreError: string | null } {
  if (saved === null || saved === undefined) return { actor: startPlayer(scenario, undefined, { onAnySnapshot }), restoreError: null };
  try {
    const actor = resumePlayer(scenario, saved, { onAnySnapshot });
    if (actor.getSnapshot().status !== "error") return { actor, restoreError: null };
    actor.stop();
  } catch {
    // A snapshot of an older version of the scenario or of the machines: start again below.
  }
  return {
    actor: startPlayer(scenario, undefined, { onAnySnapshot }),
    restoreError: "La partie enregistrée de ce scénario ne correspond plus à la version actuelle\u00a0: elle reprend depuis le début.",
  };
}

/**
 * What the learner reads when a rule of the engine cannot apply to the scenario's data mid-game
 * (the player stops in error, machines/observedActor.ts). The save before that move is kept.
 */
export function engineStoppedMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message.replace(/\.$/u, "") : "";
  const why = reason !== "" ? ` (${reason})` : "";
  return `Le PGI ne peut pas poursuivre ce scénario${why}. La partie est enregistrée jusqu'à l'action précédente\u00a0: signalez le scénario à votre enseignant, ou recommencez-le.`;
}

/**
 * Saves the game: the persisted snapshot after every move, the scores once the scenario is
 * finished, and `elapsedMs` as the time of a decision this move adds (null: not measured).
 */
export function saveGame(scenario: Scenario, gameKey: string, actor: PlayerActor, elapsedMs: number | null): void {
  const snapshot = actor.getSnapshot();
  if (snapshot.status === "error") return;
  const result = snapshot.status === "done" && snapshot.output ? { score: snapshot.output.score.overall, byStage: snapshot.output.score.byStage } : undefined;
  appStore().getState().saveAttempt(gameKey, persistGame(actor, scenario), result, elapsedMs);
}

/**
 * Starts the game under `gameKey` again: the attempt goes to the history (`setAside`: kept aside,
 * its scenario changed), and what was typed in its forms is forgotten.
 */
export function restartSavedGame(gameKey: string, { setAside = false }: { setAside?: boolean } = {}): void {
  const progress = appStore().getState();
  if (setAside) progress.setAsideAttempt(gameKey);
  else progress.restartAttempt(gameKey);
  clearGameDrafts(gameKey);
}

/**
 * At the latest this long after a move, the game is written (sooner when the browser is idle): the
 * feedback is painted first (issue 16, docs/decisions/0136); leaving or hiding the page writes it at once.
 */
const SAVE_DEADLINE_MS = 1000;

const timedDecisions = (gameKey: string) => appStore().getState().attempts[gameKey]?.decisionMs?.length ?? 0;

/**
 * The game of `scenario`, the scenario as it is now (the page finds it: the bundled catalog, a
 * share link): the saved game goes on only if it was played on this very content. `gameKey` is
 * where the store keeps it: the scenario's id for a bundled one, a key of its own for a shared one
 * (which may carry a bundled scenario's id, docs/decisions/0117).
 */
export function usePlayerSession(scenario: Scenario, gameKey: string = scenario.id): PlayerSession | null {
  const hydrated = useStoreHydrated();
  const [run, setRun] = useState(0);
  const [session, setSession] = useState<StartedSession | null>(null);
  // The running game's pending save, written before a restart puts the attempt aside.
  const flushPending = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!hydrated) return undefined;
    const check = run === 0 ? resumeCheck(appStore().getState().attempts[gameKey], scenario) : ({ kind: "fresh" } as const);
    if (check.kind === "changed") {
      // Nothing is started, so nothing overwrites the saved game until the learner chooses to start again.
      // The notice, like an actor's handle below, is what this effect found out: it has to reach the render.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSession({ actor: null, restoreError: null, changedNotice: check.notice });
      return undefined;
    }
    const saved = check.kind === "resume" ? check.snapshot : null;
    let actor: PlayerActor | null = null;
    let pending = false;
    // A decision's time ends at the move, not when the browser got round to writing it.
    let movedAt = Date.now();
    // A decision's time runs from the game shown on this page, or from the previous decision, to the
    // decision (wall clock: a hidden tab still counts; the store caps it at 2 h, docs/decisions/0119).
    let mark = Date.now();
    const saveTimed = (game: PlayerActor) => {
      const before = timedDecisions(gameKey);
      saveGame(scenario, gameKey, game, movedAt - mark);
      if (timedDecisions(gameKey) > before) mark = movedAt;
    };
    const flush = () => {
      if (!pending) return;
      pending = false;
      if (actor) saveTimed(actor);
    };
    // Several actors move on one learner action: save once, after all of them, when the browser is idle.
    // A finished game is written at once: the end screen counts this attempt among the learner's.
    // One idle wait per move: every snapshot of the move calls this, the first one asks.
    const scheduleSave = () => {
      const waiting = pending;
      if (!waiting) movedAt = Date.now();
      pending = true;
      if (actor?.getSnapshot().status === "done") flush();
      else if (!waiting) whenIdle(flush, SAVE_DEADLINE_MS);
    };
    // Nothing lost when the page goes: a reload, a closed tab, a phone that hides the browser. The
    // store writes when idle too (docs/decisions/0150): the move saved here is written with it at once.
    const flushNow = () => {
      flush();
      appStore().flushWrites();
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === "hidden") flushNow();
    };
    window.addEventListener("pagehide", flushNow);
    document.addEventListener("visibilitychange", flushWhenHidden);
    flushPending.current = flush;
    let left = false;
    const begin = () => {
      if (left) return;
      const started = resume(scenario, saved, scheduleSave);
      actor = started.actor;
      // The decisions already in a resumed game keep their times, or have none (a game saved before times were measured).
      saveGame(scenario, gameKey, actor, null);
      // The actor is an external system started by this effect: its handle has to reach the render.
      setSession({ ...started, changedNotice: null });
    };
    // The machines the game needs first come before it starts (« Ouverture du PGI… » meanwhile), at
    // once when they are here already (docs/decisions/0141). A failed fetch starts it all the same:
    // the player fetches its stage's machine again and says it if that fails too. Each machine comes
    // in its stage's chunk, with the panel (docs/decisions/0151): the player's registry fetches
    // from there too.
    provideStageMachineLoader(stageMachineFromChunk);
    const needed = stagesToStart(scenario, saved);
    if (hasStageMachines(needed)) begin();
    else void loadStageChunks(needed).catch(() => undefined).then(begin);
    return () => {
      // Leaving the game within the site (a link) writes its last move; a restart has written it already.
      flush();
      window.removeEventListener("pagehide", flushNow);
      document.removeEventListener("visibilitychange", flushWhenHidden);
      left = true;
      actor?.stop();
      actor = null;
    };
  }, [hydrated, run, scenario, gameKey]);

  if (!session) return null;
  const changed = session.changedNotice !== null;
  const restart = () => {
    flushPending.current();
    restartSavedGame(gameKey, { setAside: changed });
    setRun((n) => n + 1);
  };
  return { ...session, restart, gameKey };
}
