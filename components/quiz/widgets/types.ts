import type { AnswerJudgement, Question, QuestionType } from "@/domain";
import type { HeadingLevel } from "@/components/ui/Heading";
import type { DraftOf } from "../drafts";

/** What every question widget receives: its question, the learner's draft, and what is shown of the judgement. */
export interface WidgetProps<T extends QuestionType> {
  question: Extract<Question, { type: T }>;
  draft: DraftOf<T>;
  onChange: (draft: DraftOf<T>) => void;
  /** Once validated: the answer is shown as given, nothing can be changed. */
  locked: boolean;
  /** The judge's word on the answer shown, when the feedback is due: its parts are marked on the answer. */
  judged: AnswerJudgement | undefined;
  /** The id of the question's prompt, which names the widget's group. */
  promptId: string;
  /** A prefix for the ids of the widget's fields, unique on the page. */
  idBase: string;
  /** The quiz's seed: the order in which choices are offered. */
  seed: number;
  /** Why the answer cannot be read yet, in French, shown at the field. */
  error: string | undefined;
  /** The level of the widget's own headings (the invoice of « trouvez l'erreur »), under the question's. */
  level: HeadingLevel;
}

/** The judge's mark of one part (an option, an item, a pair, a blank), if it judged that part. */
export function partRight(judged: AnswerJudgement | undefined, id: string): boolean | undefined {
  return judged?.parts?.find((part) => part.id === id)?.right;
}
