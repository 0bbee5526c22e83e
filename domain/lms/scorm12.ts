/**
 * The data formats of SCORM 1.2's run-time (CMI data model, ADL's « SCORM 1.2 Run-Time Environment »,
 * section 3.3): written to the letter, because an LMS may refuse what scorm-again forgives.
 */

/** The longest CMIString255. */
export const CMI_STRING_MAX = 255;
/** The longest `cmi.suspend_data` (CMIString4096). */
export const SUSPEND_DATA_MAX = 4096;

/** CMIVocabulary of `cmi.interactions.n.result`. */
export type InteractionResult = "correct" | "wrong" | "unanticipated" | "neutral";

/** CMIVocabulary of `cmi.interactions.n.type`, the ones the atelier writes. */
export type InteractionType = "choice" | "true-false" | "fill-in" | "numeric" | "sequencing" | "matching";

/** CMIVocabulary of `cmi.core.lesson_status`. */
export type LessonStatus = "passed" | "completed" | "failed" | "incomplete" | "browsed" | "not attempted";

const two = (n: number) => String(n).padStart(2, "0");

/**
 * CMITimespan `HHHH:MM:SS.SS` (hours on 2 to 4 digits, hundredths optional): capped at 9999 h,
 * the longest it can say.
 */
export function cmiTimespan(ms: number): string {
  const hundredths = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor(hundredths / 6_000) % 60;
  const seconds = Math.floor(hundredths / 100) % 60;
  return `${String(hours).padStart(4, "0")}:${two(minutes)}:${two(seconds)}.${two(hundredths % 100)}`;
}

/** CMITime `HH:MM:SS` : the learner's time of day (the LMS keeps the date). */
export function cmiTime(at: Date): string {
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

/**
 * CMIIdentifier: letters, digits, `_` and `-` only (no space, no punctuation an LMS could refuse),
 * 255 characters at most. Accents are dropped, anything else becomes `_`.
 */
export function cmiIdentifier(text: string): string {
  const plain = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9_-]/g, "_");
  return (plain === "" ? "_" : plain).slice(0, CMI_STRING_MAX);
}

/** CMIString255: the text cut to 255 characters, an ellipsis saying that it was. */
export function cmiString255(text: string): string {
  return text.length <= CMI_STRING_MAX ? text : `${text.slice(0, CMI_STRING_MAX - 1)}…`;
}

/** CMIDecimal: a plain decimal (no exponent, no comma), two decimals at most. */
export function cmiDecimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** One choice of a `choice`, `sequencing` or `matching` response: SCORM 1.2 names them `a`…`z` (then `0`…`9`). */
export function choiceLetter(index: number): string {
  return "abcdefghijklmnopqrstuvwxyz0123456789"[index] ?? "_";
}

/** `cmi.core.lesson_status` at the end: passed or failed against a mastery score, completed without one. */
export function finalStatus(percent: number, masteryScore: number | undefined): LessonStatus {
  if (masteryScore === undefined) return "completed";
  return percent >= masteryScore ? "passed" : "failed";
}

/**
 * The mastery score the LMS gives (`cmi.student_data.mastery_score`, a CMIDecimal 0–100, often
 * empty), or undefined when it gives none that reads.
 */
export function lmsMasteryScore(value: string): number | undefined {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const score = Number(value);
  return score <= 100 ? score : undefined;
}

/** `cmi.core.student_name` is « Nom, Prénom » : the learner's name as the atelier writes it, « Prénom Nom ». */
export function learnerNameOf(studentName: string): string {
  const [last = "", ...first] = studentName.split(",");
  const given = first.join(",").trim();
  return [given, last.trim()].filter((part) => part !== "").join(" ");
}
