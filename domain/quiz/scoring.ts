/**
 * The judge of a quiz answer, one rule per question type (its points are points.ts). The rules are
 * docs/decisions/0104's; « trouvez l'erreur » is judged by stage 4's own judge
 * (domain/control/judge.ts), never a second one.
 */
import { formatDateFr } from "../dates";
import { judgeControlPoints } from "../control";
import { DomainError, formatEuros, formatPercent } from "../money";
import { listFr, normalizeName } from "../text";
import { findErrorsKey } from "./findErrors";
import { fillBlankSegments } from "./text";
import type {
  AnswerJudgement,
  AnswerPart,
  DateAnswerQuestion,
  FillBlankQuestion,
  FindErrorsQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericQuestion,
  OrderingQuestion,
  Question,
  QuizAnswer,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "./vocabulary";

type AnswerOf<T extends QuizAnswer["type"]> = Extract<QuizAnswer, { type: T }>;

/** Every credit is one division of whole counts (right / all), so that equal shares are equal numbers. */
function judgement(credit: number, expected: string, feedback: string[] = [], parts?: AnswerPart[]): AnswerJudgement {
  const bounded = Math.max(0, Math.min(1, credit));
  return { credit: bounded, correct: bounded === 1, expected, feedback, ...(parts !== undefined ? { parts } : {}) };
}

/** The option's own feedback, said when it is chosen. */
function optionFeedback(options: readonly { id: string; feedback?: string | undefined }[], chosen: readonly string[]): string[] {
  return options.flatMap((option) => (chosen.includes(option.id) && option.feedback !== undefined ? [option.feedback] : []));
}

function judgeSingle(question: SingleChoiceQuestion, answer: AnswerOf<"single">): AnswerJudgement {
  const right = answer.optionId === question.correct;
  const expected = question.options.find((option) => option.id === question.correct)?.text ?? question.correct;
  return judgement(right ? 1 : 0, expected, optionFeedback(question.options, [answer.optionId]), [{ id: answer.optionId, right }]);
}

/**
 * Each right option ticked earns 1/r of the credit, each wrong option ticked costs 1/w (r right and
 * w wrong options), never below zero: ticking everything earns nothing (0104).
 */
function judgeMultiple(question: MultipleChoiceQuestion, answer: AnswerOf<"multiple">): AnswerJudgement {
  const chosen = new Set(answer.optionIds);
  const rightOptions = question.options.filter((option) => question.correct.includes(option.id));
  const wrongOptions = question.options.filter((option) => !question.correct.includes(option.id));
  const rightTicked = rightOptions.filter((option) => chosen.has(option.id)).length;
  const wrongTicked = wrongOptions.filter((option) => chosen.has(option.id)).length;
  const r = rightOptions.length;
  const w = Math.max(1, wrongOptions.length);
  const credit = (rightTicked * w - wrongTicked * r) / (r * w);
  // Every option is a part: ticked when right, left when wrong.
  const parts = question.options.map((option) => ({ id: option.id, right: chosen.has(option.id) === question.correct.includes(option.id) }));
  return judgement(credit, listFr(rightOptions.map((option) => option.text)), optionFeedback(wrongOptions, [...chosen]), parts);
}

function judgeTrueFalse(question: TrueFalseQuestion, answer: AnswerOf<"trueFalse">): AnswerJudgement {
  return judgement(answer.value === question.correct ? 1 : 0, question.correct ? "Vrai" : "Faux");
}

/**
 * The indexes of one longest increasing subsequence of `values` (patience sorting, n log n): the
 * items already in the right order relative to each other.
 */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return kept;
}

/**
 * The longest ordered subset (Moodle's ordering question): the largest set of items the learner put
 * in the right order relative to each other, as a share of all items; a subset of one item is no
 * order at all and earns nothing. One item moved costs one item, not every place it shifted (0104).
 */
function judgeOrdering(question: OrderingQuestion, answer: AnswerOf<"ordering">): AnswerJudgement {
  const rank = new Map(question.items.map((item, i) => [item.id, i]));
  const placed = [...new Set(answer.itemIds)].filter((id) => rank.has(id));
  const ordered = longestIncreasing(placed.map((id) => rank.get(id) ?? 0));
  const inOrder = new Set(ordered.size >= 2 ? placed.filter((_, i) => ordered.has(i)) : []);
  const parts = question.items.map((item) => ({ id: item.id, right: inOrder.has(item.id) }));
  return judgement(inOrder.size / question.items.length, question.items.map((item) => item.text).join(" → "), [], parts);
}

/** The share of pairs matched right; a distractor matches nothing. */
function judgeMatching(question: MatchingQuestion, answer: AnswerOf<"matching">): AnswerJudgement {
  const parts = question.pairs.map((pair) => ({ id: pair.id, right: answer.matches[pair.id] === pair.id }));
  const right = parts.filter((part) => part.right).length;
  return judgement(right / question.pairs.length, question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("\u00a0; "), [], parts);
}

const countFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });

/** "1 005,48 €", "12,5 %", "45 jours", as the learner should have written it. */
export function formatNumericAnswer(value: number, unit: NumericQuestion["unit"]): string {
  if (unit === "€") return formatEuros(Math.round(value * 100));
  if (unit === "%") return formatPercent(value);
  return `${countFormat.format(value)}\u00a0jour${Math.abs(value) > 1 ? "s" : ""}`;
}

/** Float noise of a typed decimal (0,1 + 0,2) is not a difference: a millionth of a unit is below any tolerance. */
const NUMERIC_SLACK = 1e-6;

function judgeNumeric(question: NumericQuestion, answer: AnswerOf<"numeric">): AnswerJudgement {
  const within = Math.abs(answer.value - question.answer) <= question.tolerance + NUMERIC_SLACK;
  const tolerance = question.tolerance > 0 ? ` (à ${formatNumericAnswer(question.tolerance, question.unit)} près)` : "";
  // The hook of a later diagnosis (a value equal to a usual confusion: the HT for the TTC…) is this feedback, empty today.
  return judgement(within ? 1 : 0, `${formatNumericAnswer(question.answer, question.unit)}${tolerance}`);
}

function judgeDate(question: DateAnswerQuestion, answer: AnswerOf<"date">): AnswerJudgement {
  return judgement(answer.value === question.answer ? 1 : 0, formatDateFr(question.answer));
}

/** The share of blanks filled with an accepted word, case, accents and surrounding spaces ignored; a typo is wrong. */
function judgeFillBlank(question: FillBlankQuestion, answer: AnswerOf<"fillBlank">): AnswerJudgement {
  const parts = question.blanks.map((blank) => ({ id: blank.id, right: blank.accepted.some((word) => normalizeName(word) === normalizeName(answer.values[blank.id] ?? "")) }));
  const right = parts.filter((part) => part.right).length;
  const firstAccepted = new Map(question.blanks.map((blank) => [blank.id, blank.accepted[0] ?? ""]));
  const expected = fillBlankSegments(question.text)
    .map((segment) => (segment.kind === "text" ? segment.text : (firstAccepted.get(segment.id) ?? "")))
    .join("");
  return judgement(right / question.blanks.length, expected, [], parts);
}

/**
 * Stage 4's judgement of the marks, as the invoice-control stage scores it: each anomaly found and
 * each false alarm is a decision point, the credit is the share of them judged right (0062, 0104).
 */
function judgeFindErrors(question: FindErrorsQuestion, answer: AnswerOf<"findErrors">): AnswerJudgement {
  const { document, options, key } = findErrorsKey(question);
  const judged = judgeControlPoints(key, document, answer.marked, options);
  const right = judged.filter((point) => point.correct).length;
  const expected = judged.slice(0, key.points.length).map((point) => point.expected).join("\u00a0; ");
  const feedback = judged.filter((point) => !point.correct).map((point) => point.explanation);
  return judgement(right / judged.length, expected, feedback, judged.map((point) => ({ id: point.decisionPoint, right: point.correct })));
}

/** A page's bug, not a learner's answer: said, never judged. */
function mismatch(question: Question, answer: QuizAnswer): never {
  throw new DomainError("quiz.answerType", `question «\u00a0${question.id}\u00a0»\u00a0: réponse de type «\u00a0${answer.type}\u00a0» à une question de type «\u00a0${question.type}\u00a0»`, question.id);
}

function judgeGiven(question: Question, answer: QuizAnswer): AnswerJudgement {
  switch (question.type) {
    case "single":
      return answer.type === "single" ? judgeSingle(question, answer) : mismatch(question, answer);
    case "multiple":
      return answer.type === "multiple" ? judgeMultiple(question, answer) : mismatch(question, answer);
    case "trueFalse":
      return answer.type === "trueFalse" ? judgeTrueFalse(question, answer) : mismatch(question, answer);
    case "ordering":
      return answer.type === "ordering" ? judgeOrdering(question, answer) : mismatch(question, answer);
    case "matching":
      return answer.type === "matching" ? judgeMatching(question, answer) : mismatch(question, answer);
    case "numeric":
      return answer.type === "numeric" ? judgeNumeric(question, answer) : mismatch(question, answer);
    case "date":
      return answer.type === "date" ? judgeDate(question, answer) : mismatch(question, answer);
    case "fillBlank":
      return answer.type === "fillBlank" ? judgeFillBlank(question, answer) : mismatch(question, answer);
    case "findErrors":
      return answer.type === "findErrors" ? judgeFindErrors(question, answer) : mismatch(question, answer);
  }
}

/** The answer of a learner who gave none: only its expected text is kept. */
function blankAnswer(question: Question): QuizAnswer {
  switch (question.type) {
    case "single":
      return { type: "single", optionId: "" };
    case "multiple":
      return { type: "multiple", optionIds: [] };
    case "trueFalse":
      return { type: "trueFalse", value: !question.correct };
    case "ordering":
      return { type: "ordering", itemIds: [] };
    case "matching":
      return { type: "matching", matches: {} };
    case "numeric":
      return { type: "numeric", value: Number.NaN };
    case "date":
      return { type: "date", value: "" };
    case "fillBlank":
      return { type: "fillBlank", values: {} };
    case "findErrors":
      return { type: "findErrors", marked: [] };
  }
}

/**
 * The judge's word on an answer of the question's type. No answer (an assessment left unanswered)
 * earns nothing, even where marking nothing is right (a conforming invoice): the learner said nothing.
 */
export function judgeAnswer(question: Question, answer: QuizAnswer | undefined): AnswerJudgement {
  if (answer !== undefined) return judgeGiven(question, answer);
  return { credit: 0, correct: false, expected: judgeGiven(question, blankAnswer(question)).expected, feedback: [] };
}
