/**
 * A teacher's preview game: a player that nothing saves, moved by the engine's own key through the
 * stages before the one the teacher chose (docs/decisions/0118). It carries the solvers: the
 * preview page loads it by import(), with the check (previewTools.ts).
 */
import type { Scenario, StageId } from "@/domain";
import { playKeyUntil } from "@/machines/answerKey";
import { startPlayer, type PlayerActor } from "@/machines/player";

/** A new game of `scenario`, at the start of `stage` (or of the first stage after it that the key's decisions leave to play). */
export function startPreviewGame(scenario: Scenario, stage: StageId | undefined): PlayerActor {
  const actor = startPlayer(scenario);
  if (stage !== undefined) playKeyUntil(actor, stage);
  return actor;
}

export type StartPreviewGame = typeof startPreviewGame;
