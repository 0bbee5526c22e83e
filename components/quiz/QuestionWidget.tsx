import type { Question, QuestionType } from "@/domain";
import { draftAs, type Draft } from "./drafts";
import { DateWidget } from "./widgets/DateWidget";
import { FillBlankWidget } from "./widgets/FillBlankWidget";
import { FindErrorsWidget } from "./widgets/FindErrorsWidget";
import { MatchingWidget } from "./widgets/MatchingWidget";
import { MultipleChoiceWidget } from "./widgets/MultipleChoiceWidget";
import { NumericWidget } from "./widgets/NumericWidget";
import { OrderingWidget } from "./widgets/OrderingWidget";
import { SingleChoiceWidget } from "./widgets/SingleChoiceWidget";
import { TrueFalseWidget } from "./widgets/TrueFalseWidget";
import type { WidgetProps } from "./widgets/types";

/** A widget's props, for any question: the question and its draft are matched to their type here. */
type Props = Omit<WidgetProps<QuestionType>, "question" | "draft" | "onChange"> & {
  question: Question;
  draft: Draft;
  onChange: (draft: Draft) => void;
};

/** The types whose widget says a reading error at its own field (a figure, a date); the others get it under the question. */
export const ERROR_AT_FIELD: ReadonlySet<Question["type"]> = new Set(["numeric", "date"]);

/** The widget of the question's type. */
export function QuestionWidget({ question, draft, ...common }: Props) {
  switch (question.type) {
    case "single":
      return <SingleChoiceWidget question={question} draft={draftAs(draft, "single")} {...common} />;
    case "multiple":
      return <MultipleChoiceWidget question={question} draft={draftAs(draft, "multiple")} {...common} />;
    case "trueFalse":
      return <TrueFalseWidget question={question} draft={draftAs(draft, "trueFalse")} {...common} />;
    case "ordering":
      return <OrderingWidget question={question} draft={draftAs(draft, "ordering")} {...common} />;
    case "matching":
      return <MatchingWidget question={question} draft={draftAs(draft, "matching")} {...common} />;
    case "numeric":
      return <NumericWidget question={question} draft={draftAs(draft, "numeric")} {...common} />;
    case "date":
      return <DateWidget question={question} draft={draftAs(draft, "date")} {...common} />;
    case "fillBlank":
      return <FillBlankWidget question={question} draft={draftAs(draft, "fillBlank")} {...common} />;
    case "findErrors":
      return <FindErrorsWidget question={question} draft={draftAs(draft, "findErrors")} {...common} />;
  }
}
