"use client";
import { useEffect, useMemo, useState } from "react";
import { scenarioFingerprint, type Scenario, type ServedVariant } from "@/domain";
import { learnerVariant } from "./learnerVariant";
import { usePseudonymAtOpening } from "@/store/useProfiles";
import { PlayerWorkspace } from "./PlayerWorkspace";
import { VariantNote } from "./VariantNote";
import { PlayedVariantContext } from "@/components/review/playedVariant";

interface Drawn {
  pseudonym: string;
  seed: string;
  scenario: Scenario;
}

/**
 * A scenario with variants as this learner plays it: the figures their pseudonym draws among the
 * served variants (docs/decisions/0144), so that neighbours do not share their answers; without a
 * pseudonym, the common version and how to get one's own.
 */
export function VariantScenario({ scenario, variants }: { scenario: Scenario; variants: readonly ServedVariant[] }) {
  const opening = usePseudonymAtOpening();
  const pseudonym = opening?.pseudonym;
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    if (pseudonym === undefined) return;
    // Drawn after the learners are read (the browser's storage): never on another learner's figures.
    const next = { pseudonym, ...learnerVariant(scenario, variants, pseudonym) };
    queueMicrotask(() => setDrawn(next));
  }, [scenario, variants, pseudonym]);

  const own = pseudonym !== undefined && drawn?.pseudonym === pseudonym ? drawn : undefined;
  const played = useMemo(() => (own === undefined ? null : { seed: own.seed, commonHash: scenarioFingerprint(scenario) }), [own, scenario]);
  if (opening === null || (pseudonym !== undefined && own === undefined)) return <p role="status">Ouverture du PGI…</p>;
  return (
    <>
      <VariantNote variant={own === undefined ? { pseudonym: "", seed: "", drawn: false } : { pseudonym: own.pseudonym, seed: own.seed, drawn: true }} />
      <PlayedVariantContext.Provider value={played}>
        <PlayerWorkspace key={own?.seed ?? "commune"} scenario={own?.scenario ?? scenario} />
      </PlayedVariantContext.Provider>
    </>
  );
}
