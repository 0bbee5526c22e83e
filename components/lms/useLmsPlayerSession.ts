"use client";
import { useEffect, useState } from "react";
import type { Scenario } from "@/domain";
import { restartSavedGame, saveGame, type PlayerSession } from "@/components/player/usePlayerSession";
import { useStoreHydrated } from "@/store/useAppStore";
import { startScenarioRun, type ScenarioRun } from "./scenarioRun";
import type { LmsAdapter } from "./scormApi";

/**
 * The game of a scenario played in an LMS: resumed from the LMS's suspend_data, reported to it after
 * each move, and kept in the browser's store too under `gameKey` (the LMS may refuse a call: the
 * learner's work is never only there). `onRun` receives the run under way, for the page to say
 * on leaving whether it was finished.
 */
export function useLmsPlayerSession(
  scenario: Scenario,
  adapter: LmsAdapter,
  gameKey: string,
  options: { masteryScore: number | undefined; onProblem: (message: string) => void; onRun: (run: ScenarioRun) => void },
): PlayerSession | null {
  const hydrated = useStoreHydrated();
  const [run, setRun] = useState(0);
  const [started, setStarted] = useState<ScenarioRun | null>(null);
  const { masteryScore, onProblem, onRun } = options;

  useEffect(() => {
    if (!hydrated) return undefined;
    if (run > 0) restartSavedGame(gameKey);
    const current = startScenarioRun(scenario, adapter, {
      masteryScore,
      onProblem,
      resume: run === 0,
      onSaved: (actor, elapsedMs) => saveGame(scenario, gameKey, actor, elapsedMs),
    });
    saveGame(scenario, gameKey, current.actor, null);
    onRun(current);
    // The run is an external system started by this effect: its handle has to reach the render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStarted(current);
    return () => current.stop();
  }, [hydrated, run, scenario, adapter, gameKey, masteryScore, onProblem, onRun]);

  if (started === null) return null;
  return { actor: started.actor, restoreError: started.notice, changedNotice: null, restart: () => setRun((n) => n + 1), gameKey };
}
