"use client";
import { useEffect, useState } from "react";
import type { Scenario, StageId } from "@/domain";
import type { PlayerActor } from "@/machines/player";
import type { PlayerSession } from "@/components/player/usePlayerSession";
import type { StartPreviewGame } from "./previewGame";

/**
 * The preview's game, in memory only: the learner's saved games are never read nor written.
 * Starting again replays the key up to the chosen stage.
 */
export function usePreviewSession(scenario: Scenario, stage: StageId | undefined, start: StartPreviewGame): PlayerSession | null {
  const [run, setRun] = useState(0);
  const [game, setGame] = useState<{ actor: PlayerActor; error: string | null } | null>(null);

  useEffect(() => {
    let actor: PlayerActor;
    let error: string | null = null;
    try {
      actor = start(scenario, stage);
    } catch {
      // The full check played the key to the end: this is only a guard, the game starts at the beginning.
      actor = start(scenario, undefined);
      error = "Le corrigé du moteur n'a pas pu jouer les étapes précédentes\u00a0: l'aperçu commence au début du scénario.";
    }
    // The actor is an external system started by this effect: its handle has to reach the render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setGame({ actor, error });
    return () => actor.stop();
  }, [scenario, stage, start, run]);

  if (game === null) return null;
  return { actor: game.actor, restoreError: game.error, changedNotice: null, restart: () => setRun((n) => n + 1), gameKey: null };
}
