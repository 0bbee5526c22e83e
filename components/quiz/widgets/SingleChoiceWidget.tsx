import { ChoiceList, chosenAnswerMark } from "./ChoiceList";
import type { WidgetProps } from "./types";

/** One answer among the options: a radio group. */
export function SingleChoiceWidget({ question, draft, onChange, locked, judged, promptId, idBase }: WidgetProps<"single">) {
  const chosen = draft.optionId === null ? [] : [draft.optionId];
  return (
    <ChoiceList
      kind="radio"
      name={idBase}
      choices={question.options}
      chosen={chosen}
      onToggle={(optionId) => onChange({ type: "single", optionId })}
      locked={locked}
      markOf={chosenAnswerMark(judged, chosen)}
      promptId={promptId}
    />
  );
}
