import { formatDateFr, parseDateAnswer, parseNumberAnswer, shuffled, type Question, type QuestionType, type QuizAnswer } from "@/domain";

/**
 * What the learner has given so far on a question, as the widgets hold it: a figure or a date as
 * typed (read by the engine only on « Valider »), nothing chosen yet where a choice is due.
 */
export type Draft =
  | { type: "single"; optionId: string | null }
  | { type: "multiple"; optionIds: string[] }
  | { type: "trueFalse"; value: boolean | null }
  | { type: "ordering"; itemIds: string[] }
  | { type: "matching"; matches: Record<string, string> }
  | { type: "numeric"; text: string }
  | { type: "date"; text: string }
  | { type: "fillBlank"; values: Record<string, string> }
  /** `none`: the learner says the invoice has no anomaly, rather than having forgotten to mark. */
  | { type: "findErrors"; marked: string[]; none: boolean };

export type DraftOf<T extends QuestionType> = Extract<Draft, { type: T }>;

/** The items to order as the learner first sees them: shuffled by the quiz's seed, never already in order. */
function shuffledOrder(ids: readonly string[], seed: number): string[] {
  const order = shuffled(ids, seed);
  const unchanged = order.every((id, index) => id === ids[index]);
  return unchanged ? [...order.slice(1), ...order.slice(0, 1)] : order;
}

/** Nothing given yet. */
export function emptyDraft(question: Question, seed: number): Draft {
  switch (question.type) {
    case "single":
      return { type: "single", optionId: null };
    case "multiple":
      return { type: "multiple", optionIds: [] };
    case "trueFalse":
      return { type: "trueFalse", value: null };
    case "ordering":
      return { type: "ordering", itemIds: shuffledOrder(question.items.map((item) => item.id), seed) };
    case "matching":
      return { type: "matching", matches: {} };
    case "numeric":
      return { type: "numeric", text: "" };
    case "date":
      return { type: "date", text: "" };
    case "fillBlank":
      return { type: "fillBlank", values: {} };
    case "findErrors":
      return { type: "findErrors", marked: [], none: false };
  }
}

const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4, useGrouping: false });

/** A given answer shown again in its widget: after a reload, or in the review. */
export function draftOfAnswer(answer: QuizAnswer): Draft {
  switch (answer.type) {
    case "numeric":
      return { type: "numeric", text: numberFormat.format(answer.value) };
    case "date":
      return { type: "date", text: formatDateFr(answer.value) };
    case "findErrors":
      return { type: "findErrors", marked: answer.marked, none: answer.marked.length === 0 };
    default:
      return answer;
  }
}

export type ReadDraft = { ok: true; answer: QuizAnswer } | { ok: false; message: string };

const missing = (message: string): ReadDraft => ({ ok: false, message });
const given = (answer: QuizAnswer): ReadDraft => ({ ok: true, answer });
const stillLeft = (count: number) => (count === 1 ? "il en reste un" : `il en reste ${count}`);

/** The draft of a question of this type: another is the page's bug, never the learner's answer. */
export function draftAs<T extends QuestionType>(draft: Draft, type: T): DraftOf<T> {
  if (draft.type !== type) throw new Error(`réponse de type «\u00a0${draft.type}\u00a0» à une question de type «\u00a0${type}\u00a0»`);
  return draft as DraftOf<T>;
}

/** The answer to judge, or why it cannot be judged yet, in French: said at the question, never counted as wrong. */
export function readDraft(question: Question, draft: Draft): ReadDraft {
  switch (question.type) {
    case "single": {
      const { optionId } = draftAs(draft, "single");
      return optionId === null ? missing("Choisissez une réponse.") : given({ type: "single", optionId });
    }
    case "multiple": {
      const { optionIds } = draftAs(draft, "multiple");
      return optionIds.length === 0 ? missing("Cochez au moins une proposition.") : given({ type: "multiple", optionIds });
    }
    case "trueFalse": {
      const { value } = draftAs(draft, "trueFalse");
      return value === null ? missing("Choisissez «\u00a0Vrai\u00a0» ou «\u00a0Faux\u00a0».") : given({ type: "trueFalse", value });
    }
    case "ordering":
      return given({ type: "ordering", itemIds: draftAs(draft, "ordering").itemIds });
    case "matching": {
      const { matches } = draftAs(draft, "matching");
      const left = question.pairs.filter((pair) => !matches[pair.id]).length;
      return left > 0 ? missing(`Associez chaque élément\u00a0: ${stillLeft(left)}.`) : given({ type: "matching", matches });
    }
    case "numeric": {
      const parsed = parseNumberAnswer(draftAs(draft, "numeric").text, question.unit);
      return parsed.ok ? given({ type: "numeric", value: parsed.value }) : missing(parsed.message);
    }
    case "date": {
      const parsed = parseDateAnswer(draftAs(draft, "date").text);
      return parsed.ok ? given({ type: "date", value: parsed.value }) : missing(parsed.message);
    }
    case "fillBlank": {
      const { values } = draftAs(draft, "fillBlank");
      const left = question.blanks.filter((blank) => (values[blank.id] ?? "").trim() === "").length;
      return left > 0 ? missing(`Complétez chaque blanc\u00a0: ${stillLeft(left)} à remplir.`) : given({ type: "fillBlank", values });
    }
    case "findErrors": {
      const { marked, none } = draftAs(draft, "findErrors");
      return marked.length === 0 && !none
        ? missing("Signalez au moins une anomalie sur la facture, ou choisissez «\u00a0Aucune anomalie\u00a0» si elle est conforme.")
        : given({ type: "findErrors", marked });
    }
  }
}
