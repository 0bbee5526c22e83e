import { describe, expect, it } from "vitest";
import { deriveIntakeKey, haltMessage, judgeDecision, judgeDeposit } from ".";
import { plain, rulesScenario, withOrder, intakeInput } from "./intake.fixtures";

describe("check 7: deposit, and the decision", () => {
  it("the excess when over the limit under the deposit policy; the larger of two grounds", () => {
    const breach = rulesScenario((f) => {
      f.company.policies.deposit = { percent: 40, madeToOrder: true };
      withOrder({ customer: { existingId: "C0002" }, lines: [{ reference: "CHA-ERG", quantity: 10 }] })(f);
    });
    const alone = deriveIntakeKey(intakeInput(breach));
    expect(alone.deposit.amountCents).toBe(34_000);

    const both = rulesScenario((f) => {
      f.company.policies.deposit = { percent: 40, aboveAmount: "1000.00" };
      withOrder({ customer: { existingId: "C0002" }, lines: [{ reference: "CHA-ERG", quantity: 10 }] })(f);
    });
    const key = deriveIntakeKey(intakeInput(both));
    // 40 % of 1 140,00 = 456,00 > excess 340,00.
    expect(key.deposit.reasons.map((r) => [r.source, r.amountCents])).toEqual([
      ["aboveAmount", 45_600],
      ["creditExcess", 34_000],
    ]);
    expect(key.deposit.amountCents).toBe(45_600);
    expect(plain(key.deposit.explanation)).toContain("Plusieurs motifs : on retient le montant le plus élevé");
    const excessOnly = judgeDeposit(key.deposit, { required: true, amountCents: 34_000 });
    expect(excessOnly.correct).toBe(false);
    // Required: right (1,5); the amount of one ground only: wrong (0 / 0,5), and named.
    expect(excessOnly.parts?.map((p) => [p.label, p.points, p.maxPoints])).toEqual([
      ["Acompte exigé ou non", 1.5, 1.5],
      ["Montant de l'acompte TTC", 0, 0.5],
    ]);
    expect(plain(excessOnly.parts?.[1]?.note)).toMatch(/^340,00 € au lieu de 456,00 € — c'est le montant d'un seul motif, dépassement du plafond/);
    expect(judgeDeposit(key.deposit, { required: true, amountCents: 45_600 }).correct).toBe(true);
    expect(judgeDeposit(key.deposit, { required: false }).parts?.map((p) => p.points)).toEqual([0, 0]);
    // A deposit required for 0,00 € contradicts itself: named, not only marked.
    expect(plain(judgeDeposit(key.deposit, { required: true, amountCents: 0 }).diagnosis)).toBe(
      "Vous exigez un acompte de 0,00 € : un acompte exigé a un montant ; s'il n'en faut pas, répondez qu'aucun acompte n'est exigé.",
    );
    expect(excessOnly).not.toHaveProperty("diagnosis");
  });

  it("insolvency under the prepayment policy: the whole order as deposit, accepted with conditions", () => {
    const s = rulesScenario((f) => {
      f.company.policies.insolvency = "prepayment";
      f.customers![0]!.solvency = { proceedings: "receivership" };
    });
    const key = deriveIntakeKey(intakeInput(s));
    expect(key.deposit.amountCents).toBe(key.credit.orderTotalCents);
    expect(key.decision.expected.decision).toBe("acceptWithConditions");
  });

  it("the most restrictive outcome wins, and hold or refuse carry the reason", () => {
    const s = rulesScenario((f) => {
      f.company.policies.creditLimitExceeded = "refuse";
      withOrder({ customer: { existingId: "C0002" }, support: "purchaseOrder", signed: false, lines: [{ reference: "CHA-ERG", quantity: 10 }] })(f);
    });
    const key = deriveIntakeKey(intakeInput(s));
    expect(key.decision.expected.decision).toBe("refuse");
    expect(plain(key.decision.expected.reason)).toBe("Plafond d'encours dépassé de 340,00 € : la politique impose le refus");
    expect(plain(key.decision.explanation)).toContain("→ mettre en attente");
    expect(haltMessage(key)).toContain("Aucune commande n'est enregistrée dans le PGI");
    expect(judgeDecision(key.decision, { decision: "hold", reason: "à voir" })).toMatchObject({ correct: false, answer: "Mettre en attente — motif\u00a0: à voir" });
  });
});
