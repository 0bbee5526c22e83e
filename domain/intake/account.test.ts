import { describe, expect, it } from "vitest";
import { deriveIntakeKey, judgeAccount } from ".";
import { plain, NEW_CUSTOMER, rulesScenario, withOrder, intakeInput } from "./intake.fixtures";

describe("check 1: the account", () => {
  it("an unknown sender gets an account with the policy's limit and terms, numbered by the PGI", () => {
    const s = rulesScenario(withOrder({ channel: "phone", customer: { newCustomer: NEW_CUSTOMER } }));
    const key = deriveIntakeKey(intakeInput(s));
    expect(key.account).toMatchObject({ isNew: true, customerId: "C0003", creditLimitCents: 300_000 });
    expect(plain(key.account.expectedText)).toBe("Créer le compte C0003 — Boulangerie Le Petit Fournil (SIREN 321234569), plafond 3 000,00 €, 30 jours date de facture");
    const right = judgeAccount(key.account, intakeInput(s).ledger, { kind: "created", draft: { ...NEW_CUSTOMER, paymentTerms: { kind: "daysFromInvoice", days: 30 } } });
    expect(right.judgement.correct).toBe(true);
    expect(right.customerId).toBe("C0003");
    expect(right.ledger.customers.find((c) => c.id === "C0003")).toMatchObject({ creditLimitCents: 300_000, siren: "321234569" });
  });

  it("a creation with missing fields is wrong and lists them; the PGI holds the account the order describes", () => {
    const s = rulesScenario(withOrder({ customer: { newCustomer: NEW_CUSTOMER } }));
    const key = deriveIntakeKey(intakeInput(s));
    const { siren: _s, contact: _c, ...incomplete } = NEW_CUSTOMER;
    const outcome = judgeAccount(key.account, intakeInput(s).ledger, { kind: "created", draft: { ...incomplete, paymentTerms: { kind: "daysFromInvoice", days: 30 } } });
    expect(outcome.judgement.correct).toBe(false);
    expect(plain(outcome.judgement.explanation)).toContain("Fiche incomplète ou erronée");
    expect(plain(outcome.judgement.explanation)).toContain("siren : le SIREN est obligatoire");
    expect(plain(outcome.judgement.explanation)).toContain("contact.name : le nom de l'interlocuteur est obligatoire");
    expect(plain(outcome.judgement.explanation)).toContain("Le PGI contient maintenant le compte C0003 — Boulangerie Le Petit Fournil");
    expect(outcome.ledger.customers.map((c) => c.id)).toContain("C0003");
  });

  it("payment terms other than the policy's, or a forgotten delivery address, are wrong", () => {
    const s = rulesScenario(withOrder({ customer: { newCustomer: NEW_CUSTOMER } }));
    const key = deriveIntakeKey(intakeInput(s));
    const { deliveryAddress: _d, ...withoutDelivery } = NEW_CUSTOMER;
    const outcome = judgeAccount(key.account, intakeInput(s).ledger, { kind: "created", draft: { ...withoutDelivery, paymentTerms: { kind: "daysFromInvoice", days: 60 } } });
    expect(outcome.judgement.correct).toBe(false);
    expect(plain(outcome.judgement.explanation)).toContain("conditions de paiement « 60 jours date de facture » au lieu de « 30 jours date de facture »");
    expect(plain(outcome.judgement.explanation)).toContain(
      "adresse de livraison laissée vide, donc celle de facturation, alors que la commande livre ailleurs : 17 place Bellecour, 69002 Lyon",
    );
  });

  it("an empty delivery address is right when the order delivers to the billing address; a typed one must be the order's", () => {
    const atBilling = { ...NEW_CUSTOMER, deliveryAddress: NEW_CUSTOMER.billingAddress };
    const s = rulesScenario(withOrder({ customer: { newCustomer: atBilling } }));
    const key = deriveIntakeKey(intakeInput(s));
    const terms = { kind: "daysFromInvoice" as const, days: 30 };
    const { deliveryAddress: _d, ...withoutDelivery } = atBilling;
    expect(judgeAccount(key.account, intakeInput(s).ledger, { kind: "created", draft: { ...withoutDelivery, paymentTerms: terms } }).judgement.correct).toBe(true);
    // The same street typed with a comma and capitals is the same address.
    const retyped = { ...atBilling, deliveryAddress: { street: "15, Place Bellecour", postalCode: "69002", city: "Lyon" }, paymentTerms: terms };
    expect(judgeAccount(key.account, intakeInput(s).ledger, { kind: "created", draft: retyped }).judgement.correct).toBe(true);
    const elsewhere = { ...atBilling, deliveryAddress: { street: "3 rue Mercière", postalCode: "69002", city: "Lyon" }, paymentTerms: terms };
    const wrong = judgeAccount(key.account, intakeInput(s).ledger, { kind: "created", draft: elsewhere }).judgement;
    expect(wrong.correct).toBe(false);
    expect(plain(wrong.explanation)).toContain("adresse de livraison 3 rue Mercière, 69002 Lyon au lieu de 15 place Bellecour, 69002 Lyon");
  });

  it("creating an account for an existing customer is a duplicate", () => {
    const s = rulesScenario();
    const key = deriveIntakeKey(intakeInput(s));
    const outcome = judgeAccount(key.account, intakeInput(s).ledger, { kind: "created", draft: { name: "Cabinet Durand & Associés" } });
    expect(outcome.judgement.correct).toBe(false);
    expect(plain(outcome.judgement.explanation)).toMatch(/^Doublon : le client existe déjà sous le code C0001/);
    expect(outcome.ledger.customers).toHaveLength(2);
    expect(outcome.customerId).toBe("C0001");
  });

  it("a sender presented as new but already on file (same SIREN) must be found, not created", () => {
    const s = rulesScenario(withOrder({ customer: { newCustomer: { ...NEW_CUSTOMER, name: "Cabinet Durand", siren: "612345678" } } }));
    const key = deriveIntakeKey(intakeInput(s));
    expect(key.account.expected).toEqual({ kind: "found", customerId: "C0001" });
    expect(plain(key.account.explanation)).toContain("le fichier le connaît déjà");
  });
});
