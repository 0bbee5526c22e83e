"use client";
import { useRef } from "react";
import { SECOND_TRY_RULE } from "@/domain";
import type { SecondTryDeclined } from "@/machines/contract";

/** Where the learner corrects: the first field of the stage's form, else its first button (the control's marks). */
const CORRECTION_TARGETS = ["form :is(input, select, textarea):not([disabled])", ":scope > :not(.feedback):not(.hints) button:not([disabled])"];

/**
 * After a wrong first try in training (docs/decisions/0130): correct it once, in the stage's form
 * that still holds the answer given, or go on without correcting; the rule in view above the two
 * buttons. Shown by the workspace only while the machine holds a first try (`snapshot.can`).
 */
export function SecondTryActions({ stageActor }: { stageActor: { send: (event: SecondTryDeclined) => void } }) {
  const group = useRef<HTMLDivElement>(null);
  const focusCorrection = () => {
    const panel = group.current?.closest(".task-panel");
    const target = CORRECTION_TARGETS.map((selector) => panel?.querySelector<HTMLElement>(selector)).find((found) => found !== null && found !== undefined);
    target?.focus();
  };
  return (
    <div ref={group} className="second-try-actions" role="group" aria-label="Second essai">
      <p>{SECOND_TRY_RULE}</p>
      <button type="button" className="button small" onClick={focusCorrection}>
        Corriger ma réponse
      </button>
      <button type="button" className="button secondary small" onClick={() => stageActor.send({ type: "learner.secondTryDeclined" })}>
        Continuer sans corriger
      </button>
    </div>
  );
}
