/**
 * Figures checked by hand: the worked examples of ../shared/domain.md written out by the cascade
 * explanation, and one question of each generator recomputed on paper (the comments give the
 * arithmetic). They also pin the drawing: a stored id must keep naming the same question.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../vocabulary";
import { questionFromId } from "./index";
import { workedCascade } from "./invoiceDraw";

/** French typography puts no-break spaces in figures and before colons: compare with plain spaces. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/gu, " ");
}

function linesOf(question: Question | undefined): string[] {
  return plain(question?.explanation ?? "").split("\n");
}

const ONE_THOUSAND = { description: "Article", quantity: 1, unitPriceCents: 100_000, vatRate: 20 };

describe("the cascade written out, on the course's worked examples", () => {
  it("example 1: remises 10 %, 5 %, 2 % on 1 000,00 € give 837,90 (not 838,90), TVA 167,58, TTC 1 005,48", () => {
    const { lines } = workedCascade({ lines: [ONE_THOUSAND], tradeDiscounts: [10, 5, 2] }, "totalInclTaxCents");
    expect(lines.map(plain)).toEqual([
      "Montant brut HT : 1 × 1 000,00 € = 1 000,00 €.",
      "Les remises successives s'appliquent chacune sur le net précédent : elles ne s'additionnent pas.",
      "Remise 10 % : 1 000,00 € × 10 % = 100,00 € ; net après cette remise : 1 000,00 € − 100,00 € = 900,00 €.",
      "Remise 5 % : 900,00 € × 5 % = 45,00 € ; net après cette remise : 900,00 € − 45,00 € = 855,00 €.",
      "Remise 2 % : 855,00 € × 2 % = 17,10 € ; net commercial : 855,00 € − 17,10 € = 837,90 €.",
      "TVA 20 % : 837,90 € × 20 % = 167,58 €.",
      "Total TTC : 837,90 € + 167,58 € = 1 005,48 €.",
    ]);
  });

  it("example 2: 2 400,00 with a 25 % remise, stopped at the net commercial asked: 1 800,00", () => {
    const { lines } = workedCascade({ lines: [{ ...ONE_THOUSAND, quantity: 2, unitPriceCents: 120_000 }], tradeDiscounts: [25] }, "netCommercialCents");
    expect(lines.map(plain)).toEqual(["Montant brut HT : 2 × 1 200,00 € = 2 400,00 €.", "Remise 25 % : 2 400,00 € × 25 % = 600,00 € ; net commercial : 2 400,00 € − 600,00 € = 1 800,00 €."]);
  });

  it("example 3: 10 000,00 HT with a 2 % escompte: net financier 9 800,00, TTC 11 760,00", () => {
    const { lines } = workedCascade({ lines: [{ ...ONE_THOUSAND, quantity: 10 }], cashDiscount: 2 }, "totalInclTaxCents");
    expect(lines.map(plain)).toEqual([
      "Montant brut HT : 10 × 1 000,00 € = 10 000,00 €.",
      "Aucune remise : net commercial = montant brut = 10 000,00 €.",
      "Escompte 2 % : 10 000,00 € × 2 % = 200,00 € ; net financier : 10 000,00 € − 200,00 € = 9 800,00 €.",
      "TVA 20 % : 9 800,00 € × 20 % = 1 960,00 €.",
      "Total TTC : 9 800,00 € + 1 960,00 € = 11 760,00 €.",
    ]);
  });
});

describe("one question of each generator, recomputed by hand", () => {
  it("gen-cascade-un-taux-0: 6 × 28,90 = 173,40 ; remise 3 % = 5,202 → 5,20 ; 168,20 × 20 % = 33,64", () => {
    const question = questionFromId("gen-cascade-un-taux-0");
    expect(question).toMatchObject({ type: "numeric", unit: "€", answer: 33.64, tolerance: 0, difficulty: 1, stage: "invoicing", notion: "invoiceCascade" });
    expect(plain(question?.prompt ?? "")).toBe(
      "Bureautique Armor facture à Clinique vétérinaire des Remparts : 6 × Enveloppes kraft C4 à fenêtre (boîte de 250) à 28,90 € HT. " +
        "Conditions : remise de 3 %, franco de port, TVA 20 %. Calculez le montant total de la TVA de la facture, en euros, au centime près.",
    );
    expect(linesOf(question).at(-1)).toBe("Réponse : le montant total de la TVA est de 33,64 €.");
  });

  it("gen-cascade-plusieurs-taux-4: net 951,74 split 306,81 / 644,93 and port 4,84 / 10,16 ; TVA 62,33 + 65,51 ; TTC 1 094,58, or 1 094,59 rate by rate", () => {
    // 991,40 − 4 % (39,656 → 39,66) = 951,74 ; 951,74 × 319,60 / 991,40 = 306,81|45 and × 671,80 / 991,40 = 644,92|55 → the
    // cent left goes to the larger remainder: 644,93. Port 15,00: 4,83|56 and 10,16|44 → 4,84. (306,81 + 4,84) × 20 % = 62,33 ;
    // (644,93 + 10,16) × 10 % = 65,509 → 65,51 ; 966,74 + 127,84 = 1 094,58.
    const question = questionFromId("gen-cascade-plusieurs-taux-4");
    expect(question).toMatchObject({ type: "numeric", answer: 1094.58, tolerance: 0.01, difficulty: 2, notion: "vatRates" });
    expect(linesOf(question)).toContain(
      "Répartition entre les taux au prorata des montants bruts (319,60 € à 20 %, 671,80 € à 10 %) : net financier 951,74 € → 306,81 € à 20 % et 644,93 € à 10 % ; port 15,00 € → 4,84 € à 20 % et 10,16 € à 10 %.",
    );
    expect(linesOf(question).at(-1)).toBe(
      "Réponse : le total TTC est de 1 094,58 € (calculé sur le total de la facture, comme à la calculatrice ; calculé taux par taux, puis additionné : 1 094,59 €, accepté aussi).",
    );
  });

  it("gen-acompte-2: TTC 1 542,17 ; acompte 30 % = 462,651 → 462,65 ; net à payer 1 079,52", () => {
    // 1 398,60 − 8 % (111,888 → 111,89) = 1 286,71 − 4 % (51,4684 → 51,47) = 1 235,24 + 49,90 = 1 285,14 ; TVA 257,028 → 257,03.
    const question = questionFromId("gen-acompte-2");
    expect(question).toMatchObject({ type: "numeric", answer: 1079.52, difficulty: 3, stage: "orderIntake", notion: "deposit" });
    expect(linesOf(question).slice(-3)).toEqual([
      "Acompte 30 % du total TTC : 1 542,17 € × 30 % = 462,65 €.",
      "Acompte déjà versé, déduit : net à payer = 1 542,17 € − 462,65 € = 1 079,52 €.",
      "Réponse : le net à payer est de 1 079,52 €.",
    ]);
  });

  it("gen-penalites-retard-0: 21/03/2025 + 45 jours = 05/05/2025 ; paid 04/07/2025, 60 days late ; 13 990,19 × 12,5 % × 60 / 365 = 287,47", () => {
    const question = questionFromId("gen-penalites-retard-0");
    expect(question).toMatchObject({ type: "numeric", answer: 287.47, difficulty: 1, notion: "latePenalties" });
    expect(linesOf(question)).toContain("13 990,19 € × 12,5 % × 60 / 365 = 287,47 € (60 jours de retard, du 06/05/2025 au 04/07/2025).");
  });

  it("gen-echeance-1: 30 jours fin de mois, days first: 11/12/2027 + 30 = 10/01/2028, end of that month 31/01/2028", () => {
    expect(questionFromId("gen-echeance-1")).toMatchObject({ type: "date", answer: "2028-01-31", difficulty: 2, notion: "dueDate" });
  });

  it("gen-etape-relance-4: due 17/12/2025 ; R2 sent 08/01/2026, R3 due 18/01/2026 (a Sunday) → 19/01 ; on 21/01 the LRAR is due", () => {
    const question = questionFromId("gen-etape-relance-4");
    expect(question).toMatchObject({ type: "single", correct: "relance-3-lrar", difficulty: 2, notion: "reminders" });
    expect(linesOf(question)[0]).toBe(
      "Échéance 17/12/2025, 35 jours de retard ; relance 1 envoyée le 27/12/2025, relance 2 envoyée le 08/01/2026 : la relance 3 par LRAR est due depuis le 19/01/2026 (2 jours).",
    );
  });

  it("gen-encours-plafond-5: encours (2 014,28 − 1 000,00) + 1 849,58 + 994,40 + 2 652,56 = 6 510,82 ; + 8 816,14 = 15 326,96 > 15 000,00", () => {
    const question = questionFromId("gen-encours-plafond-5");
    expect(question).toMatchObject({ type: "single", correct: "acompte", difficulty: 3, notion: "creditLimit" });
    expect(linesOf(question)).toContain("Encours = 3 858,26 € + 2 652,56 € = 6 510,82 €.");
    // Without the accepted orders, 3 858,26 + 8 816,14 = 12 674,40 would pass: accepting says why it is wrong.
    expect(plain(question?.type === "single" ? (question.options[0]?.feedback ?? "") : "")).toBe("Le plafond est dépassé de 326,96 € : les commandes acceptées non facturées font partie de l'encours.");
  });

  it("gen-numerotation-5: FA-2025-00258 follows FA-2025-00257 but is dated 22/02/2025, before the 26/02/2025 of the last one", () => {
    expect(questionFromId("gen-numerotation-5")).toMatchObject({ type: "single", correct: "retour-en-arriere", difficulty: 3, notion: "invoiceNumber" });
  });
});
