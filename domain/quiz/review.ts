/**
 * « Revoir mes erreurs » (docs/decisions/0105): a question answered wrongly enters the first
 * Leitner box and comes back the next day; answered right when it comes back, it moves to the
 * second box and comes back three days later; right again, it leaves. A wrong answer at any time
 * sends it back to the first box. A card is plain JSON, kept with the learner's progress.
 */
import { addDays, type IsoDate } from "../dates";

export type LeitnerBox = 1 | 2;

export interface LeitnerCard {
  questionId: string;
  box: LeitnerBox;
  /** The day it comes back. */
  due: IsoDate;
  /** Right answers in a row since the last wrong one. */
  rightInARow: number;
}

/** Days until a card of each box comes back. */
export const LEITNER_INTERVAL_DAYS: Readonly<Record<LeitnerBox, number>> = { 1: 1, 2: 3 };

/** Right answers in a row after which a card leaves the review. */
export const RIGHT_ANSWERS_TO_LEAVE = 2;

/**
 * The card after an answer to its question (`undefined`: no card, the question is not to review).
 * A right answer before the card is due (the same question met again in another quiz the same
 * day) leaves it as it is: only an answer given spaced counts towards leaving.
 */
export function afterAnswer(card: LeitnerCard | undefined, questionId: string, correct: boolean, today: IsoDate): LeitnerCard | undefined {
  if (!correct) return { questionId, box: 1, due: addDays(today, LEITNER_INTERVAL_DAYS[1]), rightInARow: 0 };
  if (card === undefined || card.due > today) return card;
  const rightInARow = card.rightInARow + 1;
  if (rightInARow >= RIGHT_ANSWERS_TO_LEAVE) return undefined;
  return { questionId, box: 2, due: addDays(today, LEITNER_INTERVAL_DAYS[2]), rightInARow };
}

/** The cards to review today, the longest waiting first (then the lower box, then by question). */
export function dueCards(cards: readonly LeitnerCard[], today: IsoDate): LeitnerCard[] {
  return cards
    .filter((card) => card.due <= today)
    .sort((a, b) => (a.due === b.due ? (a.box === b.box ? a.questionId.localeCompare(b.questionId) : a.box - b.box) : a.due < b.due ? -1 : 1));
}
