"use client";
import { useCallback } from "react";
import { learnerTitle, scenarioFingerprint, type Scenario, type TraceEntry } from "@/domain";
import { ExportResults, type ResultsFiles } from "@/components/ui/ExportResults";
import { appStore } from "@/store/useAppStore";

/** The finished game's results file: its decisions, and the time of each as the store measured it under `gameKey`. */
export function ScenarioResultsExport({ scenario, gameKey, trace }: { scenario: Scenario; gameKey: string; trace: readonly TraceEntry[] }) {
  const build = useCallback(
    (files: ResultsFiles, pseudonym: string, exportedAt: Date) => {
      const durationsMs = appStore().getState().attempts[gameKey]?.decisionMs;
      const activity = { id: scenario.id, title: learnerTitle(scenario), hash: scenarioFingerprint(scenario) };
      return files.buildScenarioResults({ pseudonym, activity, trace, exportedAt, ...(durationsMs ? { durationsMs } : {}) });
    },
    [scenario, gameKey, trace],
  );
  return <ExportResults build={build} />;
}
