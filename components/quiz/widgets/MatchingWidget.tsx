"use client";
import { useMemo } from "react";
import { shuffled } from "@/domain";
import { PartMark } from "./PartMark";
import { partRight, type WidgetProps } from "./types";

/** Each left item with a list of the right items (and the distractors), offered in the quiz's order: one `<select>` per row. */
export function MatchingWidget({ question, draft, onChange, locked, judged, promptId, idBase, seed }: WidgetProps<"matching">) {
  const choices = useMemo(
    () => shuffled([...question.pairs.map((pair) => ({ id: pair.id, text: pair.right })), ...(question.distractors ?? []).map((text, index) => ({ id: `distractor-${index}`, text }))], seed),
    [question, seed],
  );
  return (
    <div role="group" aria-labelledby={promptId} className="quiz-matching">
      {question.pairs.map((pair) => {
        const fieldId = `${idBase}-${pair.id}`;
        const right = partRight(judged, pair.id);
        return (
          <div key={pair.id} className="quiz-match">
            <label htmlFor={fieldId}>{pair.left}</label>
            <select id={fieldId} value={draft.matches[pair.id] ?? ""} disabled={locked} onChange={(event) => onChange({ type: "matching", matches: { ...draft.matches, [pair.id]: event.target.value } })}>
              <option value="">— Choisir —</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.text}
                </option>
              ))}
            </select>
            {right === undefined ? null : <PartMark right={right} />}
          </div>
        );
      })}
    </div>
  );
}
