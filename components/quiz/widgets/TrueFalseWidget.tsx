import { ChoiceList, chosenAnswerMark } from "./ChoiceList";
import type { WidgetProps } from "./types";

const CHOICES = [
  { id: "true", text: "Vrai" },
  { id: "false", text: "Faux" },
];

/** The prompt is a statement: « Vrai » or « Faux ». The justification is the explanation, shown with the feedback. */
export function TrueFalseWidget({ draft, onChange, locked, judged, promptId, idBase }: WidgetProps<"trueFalse">) {
  const chosen = draft.value === null ? [] : [String(draft.value)];
  return (
    <ChoiceList
      kind="radio"
      name={idBase}
      choices={CHOICES}
      chosen={chosen}
      onToggle={(id) => onChange({ type: "trueFalse", value: id === "true" })}
      locked={locked}
      markOf={chosenAnswerMark(judged, chosen)}
      promptId={promptId}
    />
  );
}
