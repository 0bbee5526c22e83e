"use client";
import { HINT_COST } from "@/domain";
import type { HintRequested } from "@/machines/contract";
import { UnavailableButton } from "@/components/ui/UnavailableButton";

/**
 * Hints on request: the machine says whether one is left; each costs a point, said before asking.
 * The hint given is read out where it appears (a polite live region), and the button keeps the
 * focus once no hint is left (`UnavailableButton`): the learner asks and hears, without looking for
 * where the hint went.
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
        ) : (
          <p className="muted">Aucun indice demandé pour cette décision.</p>
        )}
      </div>
      <UnavailableButton className="button secondary small" unavailable={!canAsk} onClick={() => stageActor.send({ type: "learner.hintRequested" })}>
        Demander un indice (−{HINT_COST} point)
      </UnavailableButton>
    </section>
  );
}
