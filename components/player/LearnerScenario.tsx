"use client";
import { useMemo } from "react";
import { applyVariantPatch, learnerVariantSeed, type Scenario, type VariantPatch } from "@/domain";
import { currentProfile } from "@/store/profiles";
import { useProfiles } from "@/store/useProfiles";
import { SiteLink } from "@/components/ui/SiteLink";
import { PlayerWorkspace } from "./PlayerWorkspace";

/**
 * A bundled scenario as this learner plays it: the same for everyone, or, when the scenario has
 * variants, the figures their pseudonym draws among the served variants (docs/decisions/0144) —
 * so that neighbours do not share their answers. Without a pseudonym, the common version.
 */
export function LearnerScenario({ scenario, variants }: { scenario: Scenario; variants?: readonly VariantPatch[] }) {
  const registry = useProfiles();
  const pseudonym = registry === null ? undefined : currentProfile(registry)?.pseudonym;
  const seed = variants === undefined || pseudonym === undefined ? undefined : learnerVariantSeed(scenario.id, pseudonym);
  const played = useMemo(() => {
    const patch = seed === undefined ? undefined : variants?.[Number(seed) - 1];
    return patch === undefined ? scenario : applyVariantPatch(scenario, patch);
  }, [scenario, variants, seed]);

  if (variants === undefined) return <PlayerWorkspace scenario={scenario} />;
  // The registry is read in the browser: the prerender and the first frame wait for it, so that a game never starts on the wrong figures.
  if (registry === null) return <p role="status">Ouverture du PGI…</p>;
  return (
    <>
      <p className="variant-note muted">
        {pseudonym === undefined ? (
          <>
            Les chiffres de ce scénario changent d&apos;un élève à l&apos;autre : <SiteLink href="/eleve/">choisissez votre pseudonyme</SiteLink> pour recevoir les vôtres. En
            attendant, vous jouez la version commune.
          </>
        ) : (
          <>
            Vos chiffres sont ceux de votre pseudonyme, « {pseudonym} » (variante {seed} sur {variants.length}) : votre voisin a les siens.
          </>
        )}
      </p>
      <PlayerWorkspace key={seed ?? "commune"} scenario={played} />
    </>
  );
}
