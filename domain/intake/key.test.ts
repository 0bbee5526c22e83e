import { describe, expect, it } from "vitest";
import { deriveIntakeKey, outOfOrderJudgement, recordIntakeOrder } from ".";
import { TODAY, plain, ADDRESS_DURAND, NEW_CUSTOMER, rulesScenario, withOrder, intakeInput } from "./intake.fixtures";

describe("the course's order and the recorded order", () => {
  it("explains the order of the checks", () => {
    const early = outOfOrderJudgement("account", "credit");
    expect(plain(early.explanation)).toContain("« encours et plafond » (contrôle 3) vient plus tard.");
    expect(plain(early.explanation)).toContain("1. compte client, 2. solvabilité, 3. encours et plafond, 4. conditions particulières, 5. éléments de la commande, 6. stock et délais, 7. acompte");
    expect(outOfOrderJudgement("decision", "account").explanation).toContain("est déjà fait");
  });

  it("records the purchase order with the customer's conditions, port and delivery address", () => {
    const s = rulesScenario(withOrder({ shipping: "30.00", customerOrderNumber: "BC-77" }));
    const key = deriveIntakeKey(intakeInput(s));
    const recorded = recordIntakeOrder(intakeInput(s).ledger, key, "C0001");
    expect(recorded.ok).toBe(true);
    if (!recorded.ok) return;
    expect(recorded.document).toMatchObject({
      kind: "purchaseOrder",
      customerId: "C0001",
      reductions: { tradeDiscounts: [10, 5] },
      shippingCents: 3_000,
      customerOrderNumber: "BC-77",
      deliveryAddress: ADDRESS_DURAND,
      deliveryDate: TODAY,
    });
  });

  it("refuses to derive a key for a scenario that cannot be played", () => {
    expect(() => deriveIntakeKey(intakeInput(rulesScenario((f) => delete f.order)))).toThrow(/pas de commande/);
    const { contact: _c, ...noContact } = NEW_CUSTOMER;
    expect(() => deriveIntakeKey(intakeInput(rulesScenario(withOrder({ customer: { newCustomer: noContact } }))))).toThrow(/contact.name/);
  });
});
