"use client";
import { HINT_COST } from "@/domain";
import type { HintRequested } from "@/machines/contract";

/** Hints on request: the machine says whether one is left; each costs a point, said before asking. */
export function HintPanel({ stageActor, hints, canAsk }: { stageActor: { send: (event: HintRequested) => void }; hints: readonly string[]; canAsk: boolean }) {
  return (
    <section className="hints" aria-labelledby="hints-title">
      <h3 id="hints-title">Indices</h3>
      {hints.length > 0 ? (
        <ol>
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">Aucun indice demandé pour cette décision.</p>
      )}
      <button type="button" className="button secondary small" disabled={!canAsk} onClick={() => stageActor.send({ type: "learner.hintRequested" })}>
        Demander un indice (−{HINT_COST} point)
      </button>
    </section>
  );
}
