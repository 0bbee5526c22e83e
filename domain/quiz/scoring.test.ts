import { describe, expect, it } from "vitest";
import { dateQuestion, fillBlankQuestion, findErrorsQuestion, matchingQuestion, multipleQuestion, numericQuestion, orderingQuestion, singleQuestion, trueFalseQuestion } from "./quiz.fixtures";
import { questionPoints, quizPercent } from "./points";
import { judgeAnswer } from "./scoring";
import type { AnswerJudgement } from "./vocabulary";

describe("judgeAnswer: single choice", () => {
  it("gives full credit to the right option", () => {
    expect(judgeAnswer(singleQuestion, { type: "single", optionId: "du" })).toEqual({
      credit: 1,
      correct: true,
      expected: "Ce que le client doit à l'entreprise",
      feedback: [],
      parts: [{ id: "du", right: true }],
    });
  });

  it("says what the chosen option confuses", () => {
    expect(judgeAnswer(singleQuestion, { type: "single", optionId: "plafond" })).toEqual({
      credit: 0,
      correct: false,
      expected: "Ce que le client doit à l'entreprise",
      feedback: ["Vous confondez l'encours et le plafond."],
      parts: [{ id: "plafond", right: false }],
    });
  });
});

describe("judgeAnswer: multiple choice, +1/r per right option ticked, −1/w per wrong one, floored at 0", () => {
  const credit = (optionIds: string[]) => judgeAnswer(multipleQuestion, { type: "multiple", optionIds }).credit;

  it("gives half the credit for one of the two right options", () => {
    expect(credit(["remise"])).toBe(0.5);
  });

  it("takes half back for one of the two wrong options", () => {
    expect(credit(["remise", "rabais", "escompte"])).toBe(0.5);
    expect(credit(["remise", "escompte"])).toBe(0);
  });

  it("gives nothing for ticking every option, and never less than nothing", () => {
    expect(credit(["remise", "rabais", "escompte", "port"])).toBe(0);
    expect(credit(["escompte", "port"])).toBe(0);
  });

  it("is correct only with every right option and no wrong one, and names what each wrong tick confuses", () => {
    expect(judgeAnswer(multipleQuestion, { type: "multiple", optionIds: ["rabais", "remise"] })).toMatchObject({ credit: 1, correct: true, expected: "La remise et Le rabais", feedback: [] });
    const judged = judgeAnswer(multipleQuestion, { type: "multiple", optionIds: ["remise", "escompte"] });
    expect(judged.feedback).toEqual(["L'escompte récompense un paiement anticipé : c'est une réduction financière."]);
    expect(judged.parts).toEqual([
      { id: "remise", right: true },
      { id: "rabais", right: false },
      { id: "escompte", right: false },
      { id: "port", right: true },
    ]);
  });
});

describe("judgeAnswer: true or false", () => {
  it("judges the value and names the right one", () => {
    expect(judgeAnswer(trueFalseQuestion, { type: "trueFalse", value: false })).toEqual({ credit: 1, correct: true, expected: "Faux", feedback: [] });
    expect(judgeAnswer(trueFalseQuestion, { type: "trueFalse", value: true })).toMatchObject({ credit: 0, correct: false, expected: "Faux" });
  });
});

describe("judgeAnswer: ordering, the longest ordered subset", () => {
  const order = (itemIds: string[]) => judgeAnswer(orderingQuestion, { type: "ordering", itemIds });

  it("gives full credit to the course's order", () => {
    expect(order(["devis", "commande", "livraison", "facture"])).toMatchObject({ credit: 1, correct: true, expected: "Devis → Bon de commande → Bon de livraison → Facture" });
  });

  it("costs one item for one item moved, however far it moved", () => {
    const judged = order(["facture", "devis", "commande", "livraison"]);
    expect(judged.credit).toBe(0.75);
    expect(judged.parts).toEqual([
      { id: "devis", right: true },
      { id: "commande", right: true },
      { id: "livraison", right: true },
      { id: "facture", right: false },
    ]);
  });

  it("gives half for two pairs swapped", () => {
    expect(order(["commande", "devis", "facture", "livraison"]).credit).toBe(0.5);
  });

  it("gives nothing to the reversed order: one item alone is no order", () => {
    expect(order(["facture", "livraison", "commande", "devis"]).credit).toBe(0);
  });

  it("counts a missing item as misplaced", () => {
    expect(order(["devis", "commande", "livraison"]).credit).toBe(0.75);
  });
});

describe("judgeAnswer: matching, the share of pairs right", () => {
  it("gives a third per pair, a distractor matching nothing", () => {
    const judged = judgeAnswer(matchingQuestion, { type: "matching", matches: { remise: "remise", rabais: "distractor-0", ristourne: "rabais" } });
    expect(judged.credit).toBe(1 / 3);
    expect(judged.correct).toBe(false);
    expect(judged.parts).toEqual([
      { id: "remise", right: true },
      { id: "rabais", right: false },
      { id: "ristourne", right: false },
    ]);
    expect(judged.expected).toBe("Remise → Quantité ou fidélité\u00a0; Rabais → Défaut de qualité ou de conformité\u00a0; Ristourne → Chiffre d'affaires de la période");
  });

  it("gives full credit to every pair right", () => {
    expect(judgeAnswer(matchingQuestion, { type: "matching", matches: { remise: "remise", rabais: "rabais", ristourne: "ristourne" } })).toMatchObject({ credit: 1, correct: true });
  });
});

describe("judgeAnswer: numeric, within the tolerance", () => {
  it("accepts the exact figure and refuses a cent off without tolerance", () => {
    expect(judgeAnswer(numericQuestion, { type: "numeric", value: 1005.48 })).toEqual({ credit: 1, correct: true, expected: "1\u202f005,48\u00a0€", feedback: [] });
    expect(judgeAnswer(numericQuestion, { type: "numeric", value: 1005.47 }).correct).toBe(false);
  });

  it("accepts a figure within the tolerance, and says it", () => {
    const rounded = { ...numericQuestion, tolerance: 0.01 };
    expect(judgeAnswer(rounded, { type: "numeric", value: 1005.47 })).toMatchObject({ correct: true, expected: "1\u202f005,48\u00a0€ (à 0,01\u00a0€ près)" });
    expect(judgeAnswer(rounded, { type: "numeric", value: 1005.46 }).correct).toBe(false);
  });

  it("writes days and rates as the course does", () => {
    expect(judgeAnswer({ ...numericQuestion, unit: "jours", answer: 45 }, { type: "numeric", value: 45 }).expected).toBe("45\u00a0jours");
    expect(judgeAnswer({ ...numericQuestion, unit: "%", answer: 12.15 }, { type: "numeric", value: 12.15 }).expected).toBe("12,15\u00a0%");
  });
});

describe("judgeAnswer: date", () => {
  it("judges the day and writes it as printed", () => {
    expect(judgeAnswer(dateQuestion, { type: "date", value: "2026-12-15" })).toEqual({ credit: 1, correct: true, expected: "15/12/2026", feedback: [] });
    expect(judgeAnswer(dateQuestion, { type: "date", value: "2026-12-31" }).credit).toBe(0);
  });
});

describe("judgeAnswer: fill in the blanks", () => {
  it("ignores case, accents and surrounding spaces, accepts every listed word", () => {
    const judged = judgeAnswer(fillBlankQuestion, { type: "fillBlank", values: { encours: "  Éncours ", plafond: "PLAFOND DE CRÉDIT" } });
    expect(judged).toMatchObject({ credit: 1, correct: true });
  });

  it("counts a typo as wrong, and gives the share of blanks right", () => {
    const judged = judgeAnswer(fillBlankQuestion, { type: "fillBlank", values: { encours: "encour", plafond: "plafond" } });
    expect(judged.credit).toBe(0.5);
    expect(judged.parts).toEqual([
      { id: "encours", right: false },
      { id: "plafond", right: true },
    ]);
    expect(judged.expected).toBe("La commande est acceptée si l'encours plus la commande reste sous le plafond.");
  });
});

describe("judgeAnswer: find what is wrong, judged by stage 4's judge", () => {
  const marked = (targets: string[]) => judgeAnswer(findErrorsQuestion, { type: "findErrors", marked: targets });

  it("gives full credit to the three anomalies, and lists them in French", () => {
    expect(marked(["buyerDetails", "totals.vat[0].amountCents", "totals.totalInclTaxCents"])).toMatchObject({
      credit: 1,
      correct: true,
      expected: "Coordonnées de l'acheteur (nom, adresse de facturation)\u00a0: mention absente\u00a0; TVA à 20\u00a0%\u00a0: montant faux\u00a0; Total TTC\u00a0: montant faux",
      feedback: [],
    });
  });

  it("counts each false alarm as a decision point judged wrong, as the control stage scores it", () => {
    const judged = marked(["buyerDetails", "totals.vat[0].amountCents", "lines[0].lineTotalCents"]);
    // Found 2 of 3 anomalies, plus one false alarm: 2 right of 4 decision points.
    expect(judged.credit).toBe(0.5);
    expect(judged.parts).toEqual([
      { id: "control.buyerDetails", right: true },
      { id: "control.totals.vat[0].amountCents", right: true },
      { id: "control.totals.totalInclTaxCents", right: false },
      { id: "control.lines[0].lineTotalCents", right: false },
    ]);
    expect(judged.feedback).toEqual([
      expect.stringContaining("Anomalie non relevée. Total TTC\u00a0: 75,00\u00a0€ HT + 15,00\u00a0€ de TVA = 90,00\u00a0€ et non 90,50\u00a0€."),
      "Ligne 1\u00a0: montant HT (35,00\u00a0€)\u00a0: cette mention est présente et exacte.",
    ]);
  });
});

describe("judgeAnswer: no answer", () => {
  it("earns nothing, even where marking nothing would be right, and still says what was expected", () => {
    expect(judgeAnswer(dateQuestion, undefined)).toEqual({ credit: 0, correct: false, expected: "15/12/2026", feedback: [] });
    expect(judgeAnswer(trueFalseQuestion, undefined)).toMatchObject({ credit: 0, expected: "Faux" });
  });

  it("refuses an answer of another type: a page's bug, said with the question", () => {
    expect(() => judgeAnswer(dateQuestion, { type: "numeric", value: 3 })).toThrow("question «\u00a0echeance-45-fin-de-mois\u00a0»\u00a0: réponse de type «\u00a0numeric\u00a0» à une question de type «\u00a0date\u00a0»");
  });
});

describe("questionPoints: second try and certainty-based marking", () => {
  const judged = (credit: number): AnswerJudgement => ({ credit, correct: credit === 1, expected: "", feedback: [] });

  it("gives the credit at the first try and half of it at the second", () => {
    expect(questionPoints(judged(1), { attempt: 1 })).toEqual({ points: 1, max: 1 });
    expect(questionPoints(judged(0.5), { attempt: 1 })).toEqual({ points: 0.5, max: 1 });
    expect(questionPoints(judged(1), { attempt: 2 })).toEqual({ points: 0.5, max: 1 });
  });

  it("follows Moodle's table, divided by 3: right 1, 2, 3 and wrong 0, −2, −6", () => {
    expect([1, 2, 3].map((certainty) => questionPoints(judged(1), { attempt: 1, certainty: certainty as 1 | 2 | 3 }).points)).toEqual([1 / 3, 2 / 3, 1]);
    expect([1, 2, 3].map((certainty) => questionPoints(judged(0), { attempt: 1, certainty: certainty as 1 | 2 | 3 }).points)).toEqual([0, -2 / 3, -2]);
  });

  it("scales a partly right answer's mark by its credit, and a second try's by half", () => {
    expect(questionPoints(judged(0.5), { attempt: 1, certainty: 3 }).points).toBe(0.5);
    expect(questionPoints(judged(1), { attempt: 2, certainty: 3 }).points).toBe(0.5);
    expect(questionPoints(judged(0), { attempt: 2, certainty: 3 }).points).toBe(-2);
  });
});

describe("quizPercent: a quiz's score in percent", () => {
  it("rounds to the unit, shows a negative certainty score as 0 %, and an empty quiz as 0 %", () => {
    expect(quizPercent(2.25, 4)).toBe(56);
    expect(quizPercent(-1, 2)).toBe(0);
    expect(quizPercent(0, 0)).toBe(0);
  });
});
