import { describe, expect, it } from "vitest";
import { emptyLedger } from "../ledger";
import { diagnoseDunningChoice } from "./diagnoses";
import { judgeDunningAction, type DunningCase } from "./judge";
import { assessDunningAction, type DunningChoice, type DunningEvent, type DunningInput } from "./ladder";

// 2 000,00 € TTC due on 15/10/2026; relance 1 sent on 26/10/2026, so relance 2 is due on 05/11/2026.
const R1: DunningEvent[] = [{ step: "reminder1", date: "2026-10-26" }];
function on(today: string, action: DunningChoice, extra: Partial<DunningInput> = {}): DunningInput & { action: DunningChoice } {
  return { invoice: { amountInclTaxCents: 200_000, dueDate: "2026-10-15" }, payments: [], today, actionsTaken: R1, action, ...extra };
}
const diagnose = (input: DunningInput & { action: DunningChoice }): string | undefined => diagnoseDunningChoice(input.action, assessDunningAction(input));

describe("stage 5's diagnoses: a step of the ladder skipped", () => {
  it("names the formal notice sent while relance 2 is due: relance 2 and relance 3 skipped", () => {
    expect(diagnose(on("2026-11-11", "formalNotice"))).toBe(
      "Vous avez sauté la relance 2 et la relance 3 par LRAR\u00a0: l'échelle de relance se monte une étape à la fois, la mise en demeure ne vient qu'après.",
    );
  });

  it("names relance 2 sent before relance 1, and the payment order before any letter", () => {
    expect(diagnose(on("2026-10-26", "reminder2", { actionsTaken: [] }))).toBe(
      "Vous avez sauté la relance 1\u00a0: l'échelle de relance se monte une étape à la fois, la relance 2 ne vient qu'après.",
    );
    expect(diagnose(on("2026-10-26", "paymentOrder", { actionsTaken: [] }))).toMatch(
      /^Vous avez sauté la relance 1, la relance 2, la relance 3 par LRAR et la mise en demeure\u00a0: .*la requête en injonction de payer ne vient qu'après\.$/u,
    );
  });

  it("names nothing for the step due, a step sent too early without skipping, waiting, a step already sent, or during a dispute", () => {
    expect(diagnose(on("2026-11-11", "reminder2"))).toBeUndefined();
    expect(diagnose(on("2026-11-01", "reminder2"))).toBeUndefined();
    expect(diagnose(on("2026-11-11", "wait"))).toBeUndefined();
    expect(diagnose(on("2026-11-11", "reminder1"))).toBeUndefined();
    expect(diagnose(on("2026-11-11", "formalNotice", { dispute: { openedOn: "2026-11-01" } }))).toBeUndefined();
  });

  it("the judge carries the diagnosis beside its explanation", () => {
    const followed: DunningCase = { ledger: emptyLedger(), invoiceId: "inv-1", invoiceNumber: "FA-2026-00012", terms: { professional: true, latePenaltyRatePercent: 12.15 }, missed: false };
    const decision = judgeDunningAction(on("2026-11-11", "formalNotice"), followed);
    expect(decision.judgement).toMatchObject({ correct: false, verdict: "tooEarly" });
    expect(decision.judgement.diagnosis).toMatch(/^Vous avez sauté la relance 2 et la relance 3 par LRAR/u);
    expect(decision.judgement.explanation).toContain("saute la relance 2 et la relance 3 par LRAR");
  });
});
