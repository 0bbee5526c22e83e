"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useEffect, useRef } from "react";

/** A saved game that cannot go on (its scenario changed): said first, focus on it, one way forward. */
export function ScenarioChangedNotice({ notice, onRestart }: { notice: string; onRestart: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} className="alert notice scenario-changed" role="alert" aria-labelledby="scenario-changed-title">
      <h2 id="scenario-changed-title">Partie enregistrée sur une autre version du scénario</h2>
      <p>{notice}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={onRestart}>
          Recommencer le scénario
        </button>
        <SiteLink href="/scenarios/" className="button secondary">
          Retour à la bibliothèque des scénarios
        </SiteLink>
      </p>
    </section>
  );
}
