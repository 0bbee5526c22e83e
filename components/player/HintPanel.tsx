"use client";
import { HINT_COST } from "@/domain";
import type { HintRequested } from "@/machines/contract";

/**
 * Hints on request: the machine says whether one is left; each costs a point, said before asking.
 * The hint given is read out where it appears (a polite live region). Once no hint is left, the
 * button says why beside it (to a screen reader too, as its description) and keeps the focus:
 * unavailable (`aria-disabled`), not `disabled`, which would drop the focus. It is
 * `UnavailableButton`'s rule written out here: that module, shared with the chunks
 * loaded later, made Turbopack split the scenario page's first load in one more file (+ 0,4 Kio,
 * over the ceiling of e2e/support/pageWeight.ts).
 */
export function HintPanel({ stageActor, hints, canAsk }: { stageActor: { send: (event: HintRequested) => void }; hints: readonly string[]; canAsk: boolean }) {
  return (
    <section className="hints" aria-labelledby="hints-title">
      <h3 id="hints-title">Indices</h3>
      <div aria-live="polite">
        {hints.length > 0 ? (
          <ol>
            {hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ol>
        ) : canAsk ? (
          <p className="muted">Aucun indice demandé pour cette décision.</p>
        ) : null}
      </div>
      <button type="button" className="button secondary small" aria-disabled={!canAsk} aria-describedby={canAsk ? undefined : "hints-why"} onClick={() => canAsk && stageActor.send({ type: "learner.hintRequested" })}>
        Demander un indice (−{HINT_COST} point)
      </button>
      {canAsk ? null : (
        <p className="muted" id="hints-why">
          {hints.length > 0 ? "Plus d'indice pour cette décision." : "Pas d'indice à ce moment."}
        </p>
      )}
    </section>
  );
}
