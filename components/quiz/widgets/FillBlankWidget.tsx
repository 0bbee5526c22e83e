import { fillBlankSegments } from "@/domain";
import { PartMark } from "./PartMark";
import { partRight, type WidgetProps } from "./types";

/** The text with a field (or a list, when the author gives choices) in each blank, read in place. */
export function FillBlankWidget({ question, draft, onChange, locked, judged, promptId, idBase }: WidgetProps<"fillBlank">) {
  const segments = fillBlankSegments(question.text);
  const blankIds = segments.flatMap((segment) => (segment.kind === "blank" ? [segment.id] : []));
  const set = (id: string, value: string) => onChange({ type: "fillBlank", values: { ...draft.values, [id]: value } });
  return (
    <p role="group" aria-labelledby={promptId} className="quiz-fill">
      {segments.map((segment, index) => {
        if (segment.kind === "text") return <span key={index}>{segment.text}</span>;
        const blank = question.blanks.find((b) => b.id === segment.id);
        const label = `Blanc ${blankIds.indexOf(segment.id) + 1} sur ${blankIds.length}`;
        const value = draft.values[segment.id] ?? "";
        const right = partRight(judged, segment.id);
        return (
          <span key={index} className="quiz-blank">
            {blank?.choices ? (
              <select id={`${idBase}-${segment.id}`} aria-label={label} value={value} disabled={locked} onChange={(event) => set(segment.id, event.target.value)}>
                <option value="">— Choisir —</option>
                {blank.choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            ) : (
              <input id={`${idBase}-${segment.id}`} aria-label={label} value={value} readOnly={locked} autoComplete="off" spellCheck={false} onChange={(event) => set(segment.id, event.target.value)} />
            )}
            {right === undefined ? null : <PartMark right={right} />}
          </span>
        );
      })}
    </p>
  );
}
