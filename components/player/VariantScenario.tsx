"use client";
import { useEffect, useState } from "react";
import type { Scenario, VariantPatch } from "@/domain";
import { learnerVariant } from "./learnerVariant";
import { usePseudonymAtOpening } from "@/store/useProfiles";
import { SiteLink } from "@/components/ui/SiteLink";
import { PlayerWorkspace } from "./PlayerWorkspace";

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
export function VariantScenario({ scenario, variants }: { scenario: Scenario; variants: readonly VariantPatch[] }) {
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
  if (opening === null || (pseudonym !== undefined && own === undefined)) return <p role="status">Ouverture du PGI…</p>;
  return (
    <>
      <p className="variant-note muted">
        {own === undefined ? (
          <>
            Les chiffres de ce scénario changent d&apos;un élève à l&apos;autre : <SiteLink href="/eleve/">choisissez votre pseudonyme</SiteLink> pour recevoir les vôtres. En
            attendant, vous jouez la version commune.
          </>
        ) : (
          <>
            Vos chiffres sont ceux de votre pseudonyme, « {own.pseudonym} » (variante {own.seed} sur {variants.length}) : votre voisin a les siens.
          </>
        )}
      </p>
      <PlayerWorkspace key={own?.seed ?? "commune"} scenario={own?.scenario ?? scenario} />
    </>
  );
}
