"use client";
import { useCallback } from "react";
import { learnerTitle, scenarioFingerprint, type Scenario, type TraceEntry } from "@/domain";
import { ExportResults, type ResultsFiles } from "@/components/ui/ExportResults";
import { appStore } from "@/store/useAppStore";
import { usePlayedVariant } from "./playedVariant";

/** The finished game's results file: its decisions, and the time of each as the store measured it under `gameKey`. */
export function ScenarioResultsExport({ scenario, gameKey, trace }: { scenario: Scenario; gameKey: string; trace: readonly TraceEntry[] }) {
  const variant = usePlayedVariant();
  const build = useCallback(
    (files: ResultsFiles, pseudonym: string, exportedAt: Date) => {
      const durationsMs = appStore().getState().attempts[gameKey]?.decisionMs;
      // A variant is named by its seed on the common version: the teacher's key of this learner (docs/decisions/0145).
      const activity = { id: scenario.id, title: learnerTitle(scenario), ...(variant === null ? { hash: scenarioFingerprint(scenario) } : { hash: variant.commonHash, variant: variant.seed }) };
      return files.buildScenarioResults({ pseudonym, activity, trace, exportedAt, ...(durationsMs ? { durationsMs } : {}) });
    },
    [scenario, gameKey, trace, variant],
  );
  return <ExportResults build={build} />;
}
