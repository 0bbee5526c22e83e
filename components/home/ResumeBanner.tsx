"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import type { ScenarioSummary } from "@/components/catalog/summary";
import { useAppStore, useStoreHydrated } from "@/store/useAppStore";
import { scenarioToResume } from "./stageProgress";


/** "Reprendre" the scenario in progress (the first one in catalog order: the store keeps no date of play). */
export function ResumeBanner({ scenarios }: { scenarios: readonly ScenarioSummary[] }) {
  const hydrated = useStoreHydrated();
  const attempts = useAppStore((s) => s.attempts);
  // Nothing before the saved progress is read, so that no wrong suggestion flashes.
  if (!hydrated) return null;
  const scenario = scenarioToResume(scenarios, attempts);
  if (!scenario) return null;
  return (
    <section className="card resume-banner" aria-labelledby="reprendre-titre">
      <h2 id="reprendre-titre">Scénario en cours</h2>
      <p>
        Vous avez commencé <strong>{scenario.title}</strong>&nbsp;: reprenez-le où vous l&apos;avez laissé.
      </p>
      <SiteLink className="button" href={`/scenarios/${scenario.id}/`}>
        Reprendre<span className="visually-hidden">&nbsp;: {scenario.title}</span>
      </SiteLink>
    </section>
  );
}
