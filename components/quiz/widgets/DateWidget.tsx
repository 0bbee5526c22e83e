import { TextField } from "@/components/ui/TextField";
import { PartMark } from "./PartMark";
import type { WidgetProps } from "./types";

/** A date typed JJ/MM/AAAA; a day that does not exist is said at the field. */
export function DateWidget({ draft, onChange, locked, judged, idBase, error }: WidgetProps<"date">) {
  return (
    <div className="quiz-typed">
      <TextField
        id={`${idBase}-value`}
        label="Votre réponse (une date)"
        hint="JJ/MM/AAAA, par exemple 30/11/2026"
        value={draft.text}
        onChange={(text) => onChange({ type: "date", text })}
        error={error}
        inputMode="numeric"
        readOnly={locked}
      />
      {judged ? <PartMark right={judged.correct} text={judged.correct ? "✓ bonne réponse" : "✗ votre réponse"} /> : null}
    </div>
  );
}
