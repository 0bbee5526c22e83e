import { TextField } from "@/components/ui/TextField";
import { PartMark } from "./PartMark";
import type { WidgetProps } from "./types";

const UNIT_WORDS = { "€": "en euros", "%": "en pourcentage", jours: "en jours" } as const;
const EXAMPLES = { "€": "1 005,48", "%": "12,5", jours: "45" } as const;

/** A figure typed as French writes it, with its unit beside the field; what cannot be read is said at the field. */
export function NumericWidget({ question, draft, onChange, locked, judged, idBase, error }: WidgetProps<"numeric">) {
  return (
    <div className="quiz-typed">
      <TextField
        id={`${idBase}-value`}
        label={`Votre réponse, ${UNIT_WORDS[question.unit]}`}
        hint={`Par exemple ${EXAMPLES[question.unit]}`}
        value={draft.text}
        onChange={(text) => onChange({ type: "numeric", text })}
        error={error}
        inputMode="decimal"
        suffix={question.unit}
        readOnly={locked}
      />
      {judged ? <PartMark right={judged.correct} text={judged.correct ? "✓ bonne réponse" : "✗ votre réponse"} /> : null}
    </div>
  );
}
