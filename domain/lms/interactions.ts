/**
 * Each decision of a scenario and each answer of a quiz as one `cmi.interactions.n` record, so that
 * the LMS's report shows which step each learner missed (issue 14). Decisions are answered in
 * French words: `fill-in`, the learner's words and the expected ones side by side. Quiz answers keep
 * their question's type, with SCORM 1.2's letters for choices (docs/decisions/0126).
 */
import type { AnswerJudgement, Question, QuizAnswer } from "../quiz";
import type { TraceEntry } from "../scoring";
import { choiceLetter, cmiDecimal, cmiIdentifier, cmiString255, cmiTime, cmiTimespan, type InteractionResult, type InteractionType } from "./scorm12";

/** One `cmi.interactions.n`: its fields by their SCORM names, values already in their formats. */
export interface InteractionRecord {
  id: string;
  type: InteractionType;
  student_response: string;
  /** `correct_responses.0.pattern` */
  pattern: string;
  result: InteractionResult;
  weighting: string;
  /** CMITimespan, when the time taken was measured. */
  latency?: string;
  /** CMITime of the answer. */
  time?: string;
}

/** When the learner answered and how long it took (the browser measures it; nothing for a replayed move). */
export interface AnswerTiming {
  at?: Date;
  latencyMs?: number | null;
}

function timed(timing: AnswerTiming): Pick<InteractionRecord, "latency" | "time"> {
  return {
    ...(timing.latencyMs !== undefined && timing.latencyMs !== null ? { latency: cmiTimespan(timing.latencyMs) } : {}),
    ...(timing.at !== undefined ? { time: cmiTime(timing.at) } : {}),
  };
}

const resultOf = (correct: boolean): InteractionResult => (correct ? "correct" : "wrong");

/** A decision of a scenario, as the engine traced it. */
export function decisionInteraction(entry: TraceEntry, timing: AnswerTiming = {}): InteractionRecord {
  return {
    id: cmiIdentifier(entry.decisionPoint),
    type: "fill-in",
    student_response: cmiString255(entry.answer),
    pattern: cmiString255(entry.expected),
    result: resultOf(entry.correct),
    weighting: cmiDecimal(entry.maxPoints),
    ...timed(timing),
  };
}

const letters = (indices: readonly number[]) => indices.map(choiceLetter).join(",");
const indexIn = (ids: readonly string[], id: string) => ids.indexOf(id);

/** The response and the correct pattern of a question whose type SCORM 1.2 has a format for; free text otherwise. */
function responses(question: Question, answer: QuizAnswer, judged: AnswerJudgement): { type: InteractionType; response: string; pattern: string } {
  if (question.type === "single" && answer.type === "single") {
    const ids = question.options.map((option) => option.id);
    return { type: "choice", response: letters([indexIn(ids, answer.optionId)]), pattern: letters([indexIn(ids, question.correct)]) };
  }
  if (question.type === "multiple" && answer.type === "multiple") {
    const ids = question.options.map((option) => option.id);
    const set = (chosen: readonly string[]) => letters(ids.flatMap((id, i) => (chosen.includes(id) ? [i] : [])));
    return { type: "choice", response: set(answer.optionIds), pattern: set(question.correct) };
  }
  if (question.type === "trueFalse" && answer.type === "trueFalse") {
    return { type: "true-false", response: answer.value ? "t" : "f", pattern: question.correct ? "t" : "f" };
  }
  if (question.type === "ordering" && answer.type === "ordering") {
    const ids = question.items.map((item) => item.id);
    return { type: "sequencing", response: letters(answer.itemIds.map((id) => indexIn(ids, id))), pattern: letters(ids.map((_id, i) => i)) };
  }
  if (question.type === "matching" && answer.type === "matching") {
    const ids = question.pairs.map((pair) => pair.id);
    const rights = [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
    const given = ids.flatMap((id, i) => (answer.matches[id] !== undefined ? [`${choiceLetter(i)}.${choiceLetter(rights.indexOf(answer.matches[id] ?? ""))}`] : []));
    return { type: "matching", response: given.join(","), pattern: ids.map((_id, i) => `${choiceLetter(i)}.${choiceLetter(i)}`).join(",") };
  }
  if (question.type === "numeric" && answer.type === "numeric") {
    return { type: "numeric", response: cmiDecimal(answer.value), pattern: cmiDecimal(question.answer) };
  }
  return { type: "fill-in", response: cmiString255(answerText(answer)), pattern: cmiString255(judged.expected) };
}

/** An answer written out for a `fill-in` record. */
function answerText(answer: QuizAnswer): string {
  switch (answer.type) {
    case "date":
      return answer.value;
    case "fillBlank":
      return Object.values(answer.values).join(" | ");
    case "findErrors":
      return answer.marked.join(", ");
    default:
      return JSON.stringify(answer);
  }
}

/** An answer to a quiz question, judged by the quiz's engine. */
export function quizInteraction(question: Question, answer: QuizAnswer, judged: AnswerJudgement, timing: AnswerTiming = {}): InteractionRecord {
  const { type, response, pattern } = responses(question, answer, judged);
  return { id: cmiIdentifier(question.id), type, student_response: response, pattern, result: resultOf(judged.correct), weighting: "1", ...timed(timing) };
}

/** The `LMSSetValue` calls that write record `n`, in the order an LMS expects (id first). */
export function interactionValues(n: number, record: InteractionRecord): [string, string][] {
  const at = `cmi.interactions.${n}`;
  return [
    [`${at}.id`, record.id],
    [`${at}.type`, record.type],
    ...(record.time !== undefined ? ([[`${at}.time`, record.time]] as [string, string][]) : []),
    [`${at}.weighting`, record.weighting],
    [`${at}.student_response`, record.student_response],
    [`${at}.correct_responses.0.pattern`, record.pattern],
    [`${at}.result`, record.result],
    ...(record.latency !== undefined ? ([[`${at}.latency`, record.latency]] as [string, string][]) : []),
  ];
}
