import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays } from "../dates";
import { afterAnswer, dueCards, type LeitnerCard } from "./review";

const TODAY = "2026-11-30";

describe("afterAnswer: the Leitner boxes of « Revoir mes erreurs »", () => {
  it("puts a wrong answer in the first box, back the next day", () => {
    expect(afterAnswer(undefined, "encours-definition", false, TODAY)).toEqual({ questionId: "encours-definition", box: 1, due: "2026-12-01", rightInARow: 0 });
  });

  it("ignores a right answer to a question not under review", () => {
    expect(afterAnswer(undefined, "encours-definition", true, TODAY)).toBeUndefined();
  });

  it("moves a card answered right when due to the second box, three days on, then lets it go", () => {
    const first = afterAnswer(undefined, "q", false, TODAY);
    const second = afterAnswer(first, "q", true, "2026-12-01");
    expect(second).toEqual({ questionId: "q", box: 2, due: "2026-12-04", rightInARow: 1 });
    expect(afterAnswer(second, "q", true, "2026-12-04")).toBeUndefined();
  });

  it("sends a card back to the first box on a wrong answer, from any box", () => {
    const second: LeitnerCard = { questionId: "q", box: 2, due: "2026-12-04", rightInARow: 1 };
    expect(afterAnswer(second, "q", false, "2026-12-04")).toEqual({ questionId: "q", box: 1, due: "2026-12-05", rightInARow: 0 });
  });

  it("does not count a right answer given before the card comes back", () => {
    const first = afterAnswer(undefined, "q", false, TODAY);
    expect(afterAnswer(first, "q", true, TODAY)).toBe(first);
  });
});

describe("dueCards", () => {
  it("gives the cards due today or before, the longest waiting first, then the lower box", () => {
    const cards: LeitnerCard[] = [
      { questionId: "c", box: 2, due: "2026-11-28", rightInARow: 1 },
      { questionId: "b", box: 1, due: "2026-11-30", rightInARow: 0 },
      { questionId: "d", box: 1, due: "2026-12-01", rightInARow: 0 },
      { questionId: "a", box: 1, due: "2026-11-28", rightInARow: 0 },
    ];
    expect(dueCards(cards, TODAY).map((card) => card.questionId)).toEqual(["a", "c", "b"]);
  });
});

describe("afterAnswer, for any sequence of answers on any days", () => {
  const answers = fc.array(fc.record({ correct: fc.boolean(), wait: fc.integer({ min: 0, max: 5 }) }), { maxLength: 30 });

  it("lets a card go only after two right answers in a row, each given when due", () => {
    fc.assert(
      fc.property(answers, (sequence) => {
        let card: LeitnerCard | undefined;
        let today = TODAY;
        let countedRight = 0;
        for (const { correct, wait } of sequence) {
          today = addDays(today, wait);
          const counts = card !== undefined && card.due <= today;
          const next = afterAnswer(card, "q", correct, today);
          countedRight = !correct ? 0 : counts ? countedRight + 1 : countedRight;
          if (card !== undefined && next === undefined) expect(countedRight).toBe(2);
          if (next !== undefined) {
            expect(next.rightInARow).toBe(countedRight);
            expect(next.due > today).toBe(true);
          }
          if (next === undefined) countedRight = 0;
          card = next;
        }
      }),
    );
  });
});
