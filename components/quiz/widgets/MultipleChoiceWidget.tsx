import { ChoiceList } from "./ChoiceList";
import { partRight, type WidgetProps } from "./types";

/** Several answers: checkboxes. Once judged, each ticked option says whether it was right, and a forgotten one says so. */
export function MultipleChoiceWidget({ question, draft, onChange, locked, judged, promptId, idBase }: WidgetProps<"multiple">) {
  const toggle = (id: string) =>
    onChange({ type: "multiple", optionIds: draft.optionIds.includes(id) ? draft.optionIds.filter((chosen) => chosen !== id) : [...draft.optionIds, id] });
  return (
    <>
      <p className="muted quiz-instruction">Plusieurs réponses possibles&nbsp;: cochez toutes celles qui conviennent.</p>
      <ChoiceList
        kind="checkbox"
        name={idBase}
        choices={question.options}
        chosen={draft.optionIds}
        onToggle={toggle}
        locked={locked}
        markOf={(id) => {
          const right = partRight(judged, id);
          if (right === undefined) return undefined;
          const ticked = draft.optionIds.includes(id);
          if (ticked) return right ? { right, text: "✓ juste" } : { right, text: "✗ à ne pas cocher" };
          return right ? undefined : { right, text: "✗ oubliée" };
        }}
        promptId={promptId}
      />
    </>
  );
}
