import { describe, expect, it } from "vitest";
import { computeInvoice } from "../invoice";
import { TWO_RATE_INVOICE } from "../invoice.fixtures";
import { acknowledged, TODAY } from "../processing/processing.fixtures";
import { cascadeFigures } from "./key";
import { judgeCascadeFigures, judgeInvoicingOutOfOrder, judgeValidation } from "./judge";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

describe("the cascade", () => {
  const totals = computeInvoice(TWO_RATE_INVOICE);
  const right = cascadeFigures(totals);

  it("the invoice's figures are right, and the feedback prints its cascade", () => {
    const judgement = judgeCascadeFigures(totals, right);
    expect(judgement.correct).toBe(true);
    expect(plain(judgement.explanation)).toBe(
      "Cascade exacte : Montant brut HT 3 135,31 € ; Remise 10 % -313,53 € ; Net après remise 10 % 2 821,78 € ; Ristourne 2 % -56,44 € ; Net commercial HT 2 765,34 € ; Port HT 30,00 € ; Total HT 2 795,34 € ; TVA 20 % sur 874,90 174,98 € ; TVA 5,5 % sur 1 920,44 105,62 € ; Total TVA 280,60 € ; Total TTC 3 075,94 € ; Net à payer 3 075,94 €.",
    );
  });

  it("a net à payer computed rate by rate is accepted, and the feedback says by which method (docs/decisions/0079)", () => {
    const judgement = judgeCascadeFigures(totals, { ...right, amountDueCents: right.amountDueCents + 1 });
    expect(judgement.correct).toBe(true);
    expect(plain(judgement.answer)).toContain("net à payer 3 075,95 €");
    expect(plain(judgement.explanation)).toContain(
      "Acceptés : net à payer 3 075,95 € (chiffre calculé taux par taux, puis additionné : accepté ; chiffre attendu 3 075,94 €, calculé sur le total de la facture, comme à la calculatrice).",
    );
  });

  it("a figure neither method gives loses the point, with the gap", () => {
    const judgement = judgeCascadeFigures(totals, { ...right, totalInclTaxCents: right.totalExclTaxCents });
    expect(judgement.correct).toBe(false);
    expect(plain(judgement.explanation)).toMatch(/^Écarts : total TTC : 2 795,34 € au lieu de 3 075,94 €/u);
  });
});

describe("validation", () => {
  it("a number off the series and an edited draft: the number that follows, the due date, the draft put back", () => {
    const customer = acknowledged().ledger.customers.find((c) => c.id === "C001");
    if (customer === undefined) throw new Error("fixture: customer C001");
    const judgement = judgeValidation("FA-2026-00043", {
      number: "FA-2026-00042",
      lastOfSeries: "FA-2026-00041 du 30/10/2026",
      date: TODAY,
      dueDate: "2026-12-12",
      customer,
      draftDifferences: ["port HT\u00a0: 0,00 € au lieu de 15,00 €"],
    });
    expect(judgement).toMatchObject({ correct: false, answer: "Facture validée sous le numéro FA-2026-00043 (brouillon modifié)" });
    expect(plain(judgement.explanation)).toBe(
      "Le numéro FA-2026-00043 ne suit pas la série. Dernière facture de la série : FA-2026-00041 du 30/10/2026 ; la facture prend le numéro suivant, FA-2026-00042, daté du 12/11/2026 : la série est continue et chronologique, sans trou ni doublon. Échéance : 12/12/2026 (30 jours date de facture). Le brouillon avait été modifié (port HT : 0,00 € au lieu de 15,00 €) : le PGI valide la facture conforme aux bons de livraison et à la commande. Désormais la facture est intangible : ni modification ni suppression ; une correction passe par une facture d'avoir.",
    );
  });
});

describe("a step out of order", () => {
  it("sending before validation: only a validated, numbered invoice is sent", () => {
    const judgement = judgeInvoicingOutOfOrder("invoicing.sending", { awaiting: "invoicing.validation", incidentReported: false, depositToInvoiceCents: 0 });
    expect(judgement).toMatchObject({ answer: "envoyer la facture (hors séquence)", expected: "valider la facture", correct: false, verdict: "outOfOrder" });
    expect(judgement.explanation).toBe(
      "«\u00a0envoyer la facture\u00a0» n'est pas l'étape attendue maintenant\u00a0: il faut valider la facture. On n'envoie qu'une facture validée, donc numérotée. La facturation suit l'ordre\u00a0: facture d'acompte s'il y en a une, facture établie à partir des bons de livraison, calcul, validation (numéro), envoi\u00a0; puis facture d'avoir si une correction est nécessaire.",
    );
  });

  it("a credit note with no incident reported: no correction is asked", () => {
    expect(judgeInvoicingOutOfOrder("invoicing.creditNote", { awaiting: "invoicing.draft", incidentReported: false, depositToInvoiceCents: 0 }).explanation).toContain(
      " Aucune correction n'est demandée\u00a0: un avoir corrige ou annule une facture validée après une erreur, un retour ou un rabais.",
    );
  });
});
