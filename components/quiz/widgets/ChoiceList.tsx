import type { AnswerJudgement } from "@/domain";
import { PartMark } from "./PartMark";

export interface Choice {
  id: string;
  text: string;
}

type MarkOf = (id: string) => { right: boolean; text: string } | undefined;

/** On a one-answer question, the mark beside the answer chosen once it is judged. */
export function chosenAnswerMark(judged: AnswerJudgement | undefined, chosen: readonly string[]): MarkOf {
  return (id) => {
    if (judged === undefined || !chosen.includes(id)) return undefined;
    return judged.correct ? { right: true, text: "✓ bonne réponse" } : { right: false, text: "✗ votre réponse" };
  };
}

interface Props {
  /** Radios for one answer (arrow keys move between them), checkboxes for several. */
  kind: "radio" | "checkbox";
  name: string;
  choices: readonly Choice[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
  locked: boolean;
  /** The mark written beside a choice, once judged (none where there is nothing to say). */
  markOf?: MarkOf | undefined;
  promptId: string;
  errorId?: string | undefined;
}

/** Native radio buttons or checkboxes grouped under the question's prompt: keyboard and screen readers work as everywhere. */
export function ChoiceList({ kind, name, choices, chosen, onToggle, locked, markOf, promptId, errorId }: Props) {
  return (
    <div role={kind === "radio" ? "radiogroup" : "group"} aria-labelledby={promptId} aria-describedby={errorId} className="quiz-choices">
      {choices.map((choice) => {
        const mark = markOf?.(choice.id);
        return (
          <label key={choice.id} className="quiz-choice">
            <input type={kind} name={name} value={choice.id} checked={chosen.includes(choice.id)} disabled={locked} onChange={() => onToggle(choice.id)} />
            <span>{choice.text}</span>
            {mark ? <PartMark right={mark.right} text={mark.text} /> : null}
          </label>
        );
      })}
    </div>
  );
}
