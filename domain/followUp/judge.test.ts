import { describe, expect, it } from "vitest";
import { emptyLedger, type LedgerResult } from "../ledger";
import { dunningHints } from "./hints";
import { judgeDisputeOpened, judgeDunningAction, judgeMissedEntry, judgePaymentEntry, judgeSettlementOutOfOrder, type DunningCase } from "./judge";
import { dunningStatus, type DunningEvent, type DunningInput } from "./ladder";
import type { PendingEntry } from "./vocabulary";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

// 2 000,00 € TTC due on 15/10/2026, relance 1 sent on 26/10/2026, late penalties at 12,15 %.
const R1: DunningEvent[] = [{ step: "reminder1", date: "2026-10-26" }];
function on(today: string, extra: Partial<DunningInput> = {}): DunningInput {
  return { invoice: { amountInclTaxCents: 200_000, dueDate: "2026-10-15" }, payments: [], today, actionsTaken: R1, ...extra };
}
const INVOICE: DunningCase = { ledger: emptyLedger(), invoiceId: "inv-1", invoiceNumber: "FA-2026-00012", terms: { professional: true, latePenaltyRatePercent: 12.15 }, missed: false };
const PENALTIES_11_11 =
  " Pénalités au 11/11/2026 : 2 000,00 € × 12,15 % × 27 / 365 = 17,98 € (27 jours de retard, du 16/10/2026 au 11/11/2026). Indemnité forfaitaire pour frais de recouvrement : 40,00 € (hors TVA). Total réclamable : 57,98 €.";

const numberOf = (id: string): string => ({ "inv-1": "FA-2026-00012", "inv-2": "FA-2026-00013" })[id] ?? id;
const PAYMENT: Extract<PendingEntry, { kind: "payment" }> = { kind: "payment", eventIndex: 2, invoice: "inv-1", date: "2026-12-01", amountCents: 50_000, method: "transfer" };

describe("a choice on the ladder", () => {
  it("waiting while relance 2 is due is too late: the PGI records relance 2 today, with the penalties owed", () => {
    const decision = judgeDunningAction({ ...on("2026-11-11"), action: "wait" }, INVOICE);
    expect(decision.taken).toBe("reminder2");
    expect(decision.scored).toBe(true);
    expect(decision.judgement).toMatchObject({ answer: "Facture FA-2026-00012\u00a0: Attendre", expected: "Relance 2 (plus ferme)", correct: false, verdict: "tooLate", glossary: ["reminder", "latePenalty"] });
    expect(plain(decision.judgement.explanation)).toBe(
      "Trop tard : la relance 2 est due depuis le 05/11/2026, elle est en retard de 6 jours ; chaque jour d'attente retarde l'encaissement. Le PGI enregistre la relance 2 au 11/11/2026 : c'était l'étape due." +
        PENALTIES_11_11,
    );
  });

  it("waiting on a day nothing is due is right but scores nothing, and nothing is sent", () => {
    const decision = judgeDunningAction({ ...on("2026-10-20", { actionsTaken: [] }), action: "wait" }, INVOICE);
    expect(decision).toMatchObject({ taken: null, scored: false, judgement: { correct: true, verdict: "correct", expected: "Attendre" } });
  });

  it("a reminder during a dispute is refused and the PGI sends nothing", () => {
    const decision = judgeDunningAction({ ...on("2026-11-11", { dispute: { openedOn: "2026-11-01" } }), action: "reminder2" }, INVOICE);
    expect(decision).toMatchObject({ taken: null, scored: true, judgement: { correct: false, verdict: "refused", expected: "Relances suspendues (litige en cours)", glossary: ["dispute", "reminder", "latePenalty"] } });
    expect(plain(decision.judgement.explanation)).toContain("Relance 2 (plus ferme) interdite pendant un litige ouvert.");
    expect(plain(decision.judgement.explanation)).toContain(" Le PGI n'enregistre aucun envoi. Pénalités au 11/11/2026 :");
  });

  it("a step due on a day the learner did not play reads « Aucune action (suivi terminé) »", () => {
    const decision = judgeDunningAction({ ...on("2026-11-05"), action: "reminder2" }, { ...INVOICE, missed: true });
    expect(decision.judgement.answer).toBe("Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)");
  });
});

describe("mail entered", () => {
  it("a payment mistyped: what was received, what was typed, and the PGI's refusal when it refuses", () => {
    const refused: LedgerResult<object> = { ok: false, error: { code: "payment.exceedsBalance", message: "Le règlement dépasse le solde dû." } };
    const judgement = judgePaymentEntry(PAYMENT, { invoice: "inv-2", amountCents: 5_000, date: "2026-12-01" }, numberOf, refused);
    expect(judgement).toMatchObject({ correct: false, verdict: "wrong" });
    expect([plain(judgement.answer), plain(judgement.expected)]).toEqual(["50,00 € le 01/12/2026 sur FA-2026-00013", "500,00 € le 01/12/2026 sur FA-2026-00012"]);
    expect(plain(judgement.explanation)).toBe(
      "Règlement reçu : 500,00 € le 01/12/2026 pour la facture FA-2026-00012. Vous avez saisi 50,00 € le 01/12/2026 sur la facture FA-2026-00013. Le PGI enregistre le règlement reçu. Le PGI refuse ce règlement : Le règlement dépasse le solde dû.",
    );
  });

  it("a dispute opened on the wrong invoice is opened by the PGI on the one contested", () => {
    const judgement = judgeDisputeOpened({ kind: "disputeOpened", eventIndex: 0, invoice: "inv-1", date: "2026-10-28", reason: "Cartons abîmés." }, "inv-2", numberOf);
    expect(judgement).toMatchObject({ correct: false, verdict: "wrong", answer: "Litige ouvert sur la facture FA-2026-00013", expected: "Litige ouvert sur la facture FA-2026-00012" });
    expect(judgement.explanation).toBe(
      "Ce n'est pas la facture contestée. Le client conteste la facture FA-2026-00012 le 28/10/2026 (Cartons abîmés.)\u00a0: une créance contestée n'est pas certaine, les relances sont suspendues jusqu'au règlement du litige (avoir, rabais ou remplacement). Le PGI ouvre le litige sur la facture FA-2026-00012.",
    );
  });

  it("a settlement before its dispute is open is out of order", () => {
    const settled: Extract<PendingEntry, { kind: "disputeSettled" }> = { kind: "disputeSettled", eventIndex: 1, invoice: "inv-1", date: "2026-11-05", resolution: "Avoir accordé.", settlement: "creditNote", amountCents: 5_000 };
    expect(judgeSettlementOutOfOrder(settled, { invoice: "inv-1", settlement: "creditNote" }, numberOf)).toEqual({
      answer: "Litige réglé (avoir) sur la facture FA-2026-00012",
      expected: "Ouvrir d'abord le litige sur la facture FA-2026-00012",
      correct: false,
      verdict: "outOfOrder",
      explanation: "Hors d'ordre\u00a0: le litige sur la facture FA-2026-00012 n'est pas encore ouvert dans le PGI\u00a0; on l'ouvre (relances suspendues) avant d'enregistrer son règlement.",
      glossary: ["dispute"],
    });
  });

  it("mail arrived after the follow-up ended is missed", () => {
    const judgement = judgeMissedEntry(PAYMENT, numberOf);
    expect(judgement).toMatchObject({ answer: "Aucune saisie (suivi terminé)", correct: false, verdict: "wrong", glossary: ["customerAccount", "outstanding"] });
    expect(plain(judgement.expected)).toBe("500,00 € le 01/12/2026 sur FA-2026-00012");
    expect(judgement.explanation).toBe("Manqué\u00a0: le suivi a été terminé avant l'arrivée de ce courrier du 01/12/2026, qui n'a pas été saisi dans le PGI.");
  });
});

describe("hints on the ladder", () => {
  it("give the dates to compare and the company's policy, then the ladder's reading", () => {
    expect(dunningHints("FA-2026-00012", dunningStatus(on("2026-11-11"))).map(plain)).toEqual([
      "Facture FA-2026-00012 : comparez la date du jour (11/11/2026) à l'échéance (15/10/2026) ; dernière étape : relance 1 (courtoise) le 26/10/2026. Politique de l'entreprise : relance 1 à l'échéance + 10 jours, relance 2 10 jours après, LRAR 10 jours après, mise en demeure 8 jours après, injonction de payer 8 jours après.",
      "Échéance 15/10/2026, 27 jours de retard ; relance 1 envoyée le 26/10/2026 : la relance 2 est due depuis le 05/11/2026 (6 jours).",
    ]);
  });
});
