"use client";
import { useCallback } from "react";
import { buildScenarioResults, scenarioFingerprint, type Scenario, type TraceEntry } from "@/domain";
import { ExportResults } from "@/components/ui/ExportResults";
import { appStore } from "@/store/useAppStore";

/** The finished game's results file: its decisions, and the time of each as the store measured it. */
export function ScenarioResultsExport({ scenario, trace }: { scenario: Scenario; trace: readonly TraceEntry[] }) {
  const build = useCallback(
    (pseudonym: string, exportedAt: Date) => {
      const durationsMs = appStore().getState().attempts[scenario.id]?.decisionMs;
      const activity = { id: scenario.id, title: scenario.title, hash: scenarioFingerprint(scenario) };
      return buildScenarioResults({ pseudonym, activity, trace, exportedAt, ...(durationsMs ? { durationsMs } : {}) });
    },
    [scenario, trace],
  );
  return <ExportResults build={build} />;
}
