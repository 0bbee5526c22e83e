import { describe, expect, it } from "vitest";
import { computeInvoice } from "./invoice";
import { TWO_RATE_INVOICE } from "./invoice.fixtures";
import {
  deriveIntakeKey,
  haltMessage,
  judgeAccount,
  judgeConditions,
  judgeCredit,
  judgeDecision,
  judgeDeposit,
  judgeElements,
  judgeSolvency,
  judgeStock,
  outOfOrderJudgement,
  recordIntakeOrder,
  type IntakeKeyInput,
} from "./intake";
import { openingLedger } from "./scenarioLedger";
import { scenarioSchema, type Scenario, type ScenarioFile } from "./scenario";

/*
 * The machines' fixtures live in machines/testing; domain/ may not import machines/, so the
 * few scenarios these rule tests need are built here from a small file of their own.
 */
const TODAY = "2026-11-16";
/** French typography puts narrow no-break spaces in figures: compare with plain spaces. */
const plain = (text: string | undefined): string => (text ?? "").replace(/\s/g, " ");
const LYON = { street: "12 rue de la République", postalCode: "69002", city: "Lyon" };

function file(): ScenarioFile {
  return {
    schemaVersion: 1,
    id: "intake-rules",
    title: "Règles du contrôle de commande",
    summary: "Cas de test.",
    level: "bts",
    difficulty: 2,
    durationMinutes: 10,
    objectives: ["Contrôler une commande"],
    stages: ["orderIntake"],
    company: {
      identity: {
        name: "Mobilier Rhône",
        legalForm: "SAS",
        shareCapital: "50000.00",
        siren: "512345679",
        rcsCity: "Lyon",
        vatNumber: "FR75512345679",
        address: { street: "8 quai Perrache", postalCode: "69002", city: "Lyon" },
        size: "small",
      },
      policies: { newCustomerCreditLimit: "3000.00", defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 } },
    },
    customers: [
      {
        id: "C0001",
        name: "Cabinet Durand & Associés",
        siren: "612345678",
        billingAddress: LYON,
        deliveryAddress: LYON,
        contact: { name: "M. Paul Durand", email: "p.durand@cabinet-durand.fr" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "8000.00",
        conditions: { tradeDiscounts: [10, 5], cashDiscount: 2, cashDiscountDays: 10 },
      },
      {
        id: "C0002",
        name: "Atelier Martin",
        siren: "712345677",
        billingAddress: LYON,
        deliveryAddress: LYON,
        contact: { name: "Mme Sophie Martin", phone: "04 78 00 00 02" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "5000.00",
      },
    ],
    products: [
      { reference: "BUR-140", description: "Bureau droit 140 cm", unitPrice: "250.00", vatRate: 20, stock: 30, leadTimeDays: 15 },
      { reference: "CHA-ERG", description: "Chaise ergonomique", unitPrice: "95.00", vatRate: 20, stock: 40, leadTimeDays: 10 },
      { reference: "ARM-MET", description: "Armoire métallique", unitPrice: "380.00", vatRate: 20, stock: 2, leadTimeDays: 20 },
      { reference: "CAS-SUR", description: "Caisson sur mesure", unitPrice: "180.00", vatRate: 20, stock: 0, leadTimeDays: 21, madeToOrder: true },
    ],
    ledger: {
      openInvoices: [{ number: "FA-2026-00118", customerId: "C0002", issueDate: "2026-10-20", lines: [{ description: "Établis", quantity: 1, unitPrice: "2500.00", vatRate: 20 }] }],
      acceptedOrders: [{ id: "CMD-0042", customerId: "C0002", date: "2026-11-05", lines: [{ description: "Étagères", quantity: 1, unitPrice: "1000.00", vatRate: 20 }] }],
    },
    clock: { start: TODAY },
    order: {
      channel: "email",
      support: "message",
      source: "customer",
      receivedOn: TODAY,
      customer: { existingId: "C0001" },
      orderDate: TODAY,
      lines: [{ reference: "BUR-140", quantity: 4 }],
      message: "Quatre bureaux BUR-140.",
    },
  };
}

type OrderFile = NonNullable<ScenarioFile["order"]>;

function scenario(patch: (f: ScenarioFile) => void = () => {}): Scenario {
  const f = file();
  patch(f);
  return scenarioSchema.parse(f);
}

function order(patch: Partial<OrderFile>): (f: ScenarioFile) => void {
  return (f) => {
    f.order = { ...(f.order as OrderFile), ...patch };
  };
}

function input(s: Scenario): IntakeKeyInput {
  return { scenario: s, ledger: openingLedger(s), today: TODAY };
}

const NEW_CUSTOMER = {
  name: "Boulangerie Le Petit Fournil",
  siren: "321234569",
  billingAddress: { street: "15 place Bellecour", postalCode: "69002", city: "Lyon" },
  deliveryAddress: { street: "17 place Bellecour", postalCode: "69002", city: "Lyon" },
  contact: { name: "Mme Claire Petit", phone: "06 12 34 56 78" },
};

describe("check 1: the account", () => {
  it("an unknown sender gets an account with the policy's limit and terms, numbered by the PGI", () => {
    const s = scenario(order({ channel: "phone", customer: { newCustomer: NEW_CUSTOMER } }));
    const key = deriveIntakeKey(input(s));
    expect(key.account).toMatchObject({ isNew: true, customerId: "C0003", creditLimitCents: 300_000 });
    expect(plain(key.account.expectedText)).toBe("Créer le compte C0003 — Boulangerie Le Petit Fournil (SIREN 321234569), plafond 3 000,00 €, 30 jours date de facture");
    const right = judgeAccount(key.account, input(s).ledger, { kind: "created", draft: { ...NEW_CUSTOMER, paymentTerms: { kind: "daysFromInvoice", days: 30 } } });
    expect(right.judgement.correct).toBe(true);
    expect(right.customerId).toBe("C0003");
    expect(right.ledger.customers.find((c) => c.id === "C0003")).toMatchObject({ creditLimitCents: 300_000, siren: "321234569" });
  });

  it("a creation with missing fields is wrong and lists them; the PGI holds the account the order describes", () => {
    const s = scenario(order({ customer: { newCustomer: NEW_CUSTOMER } }));
    const key = deriveIntakeKey(input(s));
    const { siren: _s, contact: _c, ...incomplete } = NEW_CUSTOMER;
    const outcome = judgeAccount(key.account, input(s).ledger, { kind: "created", draft: { ...incomplete, paymentTerms: { kind: "daysFromInvoice", days: 30 } } });
    expect(outcome.judgement.correct).toBe(false);
    expect(plain(outcome.judgement.explanation)).toContain("Fiche incomplète ou erronée");
    expect(plain(outcome.judgement.explanation)).toContain("siren : le SIREN est obligatoire");
    expect(plain(outcome.judgement.explanation)).toContain("contact.name : le nom de l'interlocuteur est obligatoire");
    expect(plain(outcome.judgement.explanation)).toContain("Le PGI contient maintenant le compte C0003 — Boulangerie Le Petit Fournil");
    expect(outcome.ledger.customers.map((c) => c.id)).toContain("C0003");
  });

  it("payment terms other than the policy's, or a forgotten delivery address, are wrong", () => {
    const s = scenario(order({ customer: { newCustomer: NEW_CUSTOMER } }));
    const key = deriveIntakeKey(input(s));
    const { deliveryAddress: _d, ...withoutDelivery } = NEW_CUSTOMER;
    const outcome = judgeAccount(key.account, input(s).ledger, { kind: "created", draft: { ...withoutDelivery, paymentTerms: { kind: "daysFromInvoice", days: 60 } } });
    expect(outcome.judgement.correct).toBe(false);
    expect(plain(outcome.judgement.explanation)).toContain("conditions de paiement « 60 jours date de facture » au lieu de « 30 jours date de facture »");
    expect(plain(outcome.judgement.explanation)).toContain(
      "adresse de livraison laissée vide, donc celle de facturation, alors que la commande livre ailleurs : 17 place Bellecour, 69002 Lyon",
    );
  });

  it("an empty delivery address is right when the order delivers to the billing address; a typed one must be the order's", () => {
    const atBilling = { ...NEW_CUSTOMER, deliveryAddress: NEW_CUSTOMER.billingAddress };
    const s = scenario(order({ customer: { newCustomer: atBilling } }));
    const key = deriveIntakeKey(input(s));
    const terms = { kind: "daysFromInvoice" as const, days: 30 };
    const { deliveryAddress: _d, ...withoutDelivery } = atBilling;
    expect(judgeAccount(key.account, input(s).ledger, { kind: "created", draft: { ...withoutDelivery, paymentTerms: terms } }).judgement.correct).toBe(true);
    // The same street typed with a comma and capitals is the same address.
    const retyped = { ...atBilling, deliveryAddress: { street: "15, Place Bellecour", postalCode: "69002", city: "Lyon" }, paymentTerms: terms };
    expect(judgeAccount(key.account, input(s).ledger, { kind: "created", draft: retyped }).judgement.correct).toBe(true);
    const elsewhere = { ...atBilling, deliveryAddress: { street: "3 rue Mercière", postalCode: "69002", city: "Lyon" }, paymentTerms: terms };
    const wrong = judgeAccount(key.account, input(s).ledger, { kind: "created", draft: elsewhere }).judgement;
    expect(wrong.correct).toBe(false);
    expect(plain(wrong.explanation)).toContain("adresse de livraison 3 rue Mercière, 69002 Lyon au lieu de 15 place Bellecour, 69002 Lyon");
  });

  it("creating an account for an existing customer is a duplicate", () => {
    const s = scenario();
    const key = deriveIntakeKey(input(s));
    const outcome = judgeAccount(key.account, input(s).ledger, { kind: "created", draft: { name: "Cabinet Durand & Associés" } });
    expect(outcome.judgement.correct).toBe(false);
    expect(plain(outcome.judgement.explanation)).toMatch(/^Doublon : le client existe déjà sous le code C0001/);
    expect(outcome.ledger.customers).toHaveLength(2);
    expect(outcome.customerId).toBe("C0001");
  });

  it("a sender presented as new but already on file (same SIREN) must be found, not created", () => {
    const s = scenario(order({ customer: { newCustomer: { ...NEW_CUSTOMER, name: "Cabinet Durand", siren: "612345678" } } }));
    const key = deriveIntakeKey(input(s));
    expect(key.account.expected).toEqual({ kind: "found", customerId: "C0001" });
    expect(plain(key.account.explanation)).toContain("le fichier le connaît déjà");
  });
});

describe("check 2: solvency", () => {
  it("liquidation → insolvent; safeguard → incidents; a rejected cheque → incidents", () => {
    const liquidation = scenario((f) => {
      f.customers![0]!.solvency = { proceedings: "liquidation" };
    });
    const key = deriveIntakeKey(input(liquidation));
    expect(key.solvency.expected).toBe("insolvent");
    expect(plain(key.solvency.explanation)).toBe("Procédure de liquidation judiciaire publiée au BODACC : client insolvable. Politique de l'entreprise : refuser la commande.");
    expect(judgeSolvency(key.solvency, "sound")).toMatchObject({ correct: false, expected: "Client insolvable" });

    const safeguard = scenario((f) => {
      f.customers![0]!.solvency = { proceedings: "safeguard" };
    });
    expect(deriveIntakeKey(input(safeguard)).solvency.expected).toBe("incidents");

    const cheque = scenario((f) => {
      f.customers![0]!.solvency = { incidents: [{ date: "2026-09-12", description: "chèque rejeté" }] };
    });
    expect(plain(deriveIntakeKey(input(cheque)).solvency.explanation)).toBe(
      "1 incident de paiement : 12/09/2026 chèque rejeté. Politique de l'entreprise : mettre en attente pour accord.",
    );
  });
});

describe("check 3: credit", () => {
  const breach = () =>
    scenario(order({ customer: { existingId: "C0002" }, lines: [{ reference: "CHA-ERG", quantity: 10 }] }));

  it("counts the accepted orders not yet invoiced in the outstanding (the excess appears only with them)", () => {
    const key = deriveIntakeKey(input(breach()));
    const { check } = key.credit;
    expect(check.unpaidInvoicesTotalCents + key.credit.orderTotalCents).toBeLessThanOrEqual(check.creditLimitCents);
    expect(key.credit.expected).toBe("overLimit");
    expect(plain(key.credit.explanation)).toMatch(
      /^Encours 4 200,00 € \(factures non réglées 3 000,00 € \+ commandes acceptées non facturées 1 200,00 €\) \+ commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 € : dépassement de 340,00 €\./,
    );
    expect(plain(key.credit.explanation)).toContain("exiger un acompte d'au moins 340,00 € (le dépassement)");
  });

  it("a typed outstanding without the accepted orders is wrong and says why", () => {
    const key = deriveIntakeKey(input(breach()));
    const judged = judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 300_000, orderTotalCents: 114_000 });
    expect(judged.correct).toBe(false);
    expect(plain(judged.explanation)).toContain("Encours du client : 3 000,00 € au lieu de 4 200,00 € : les commandes acceptées non facturées (1 200,00 €) font partie de l'encours.");
    expect(judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 114_000 }).correct).toBe(true);
    expect(judgeCredit(key.credit, { verdict: "withinLimit" }).correct).toBe(false);
  });

  it("accepts an order TTC computed rate by rate and says which method the key follows (docs/decisions/0079)", () => {
    // The issue 9 order (invoice.fixtures.ts): 3 075,94 € TTC on the totals, 3 075,95 € rate by rate.
    const totals = computeInvoice(TWO_RATE_INVOICE);
    expect([totals.totalInclTaxCents, totals.perRateMethod?.totalInclTaxCents]).toEqual([307_594, 307_595]);
    const key = { ...deriveIntakeKey(input(breach())).credit, orderTotalCents: 307_594, orderTotalPerRateCents: 307_595 };
    const outstandingCents = key.check.outstandingCents;
    const perRate = judgeCredit(key, { verdict: key.expected, outstandingCents, orderTotalCents: 307_595 });
    expect(perRate.correct).toBe(true);
    expect(plain(perRate.explanation)).toContain(
      "Montant TTC de la commande : 3 075,95 € (chiffre calculé taux par taux, puis additionné : accepté ; chiffre attendu 3 075,94 €, calculé sur le total de la facture, comme à la calculatrice).",
    );
    expect(perRate.parts?.map((p) => [p.label, p.correct, p.points])).toEqual([
      ["Verdict", true, 1],
      ["Encours du client", true, 0.5],
      ["Montant TTC de la commande", true, 0.5],
    ]);
    const wrong = judgeCredit(key, { verdict: key.expected, outstandingCents, orderTotalCents: 307_596 });
    expect(wrong.correct).toBe(false);
    expect(plain(wrong.explanation)).toContain(
      "Montant TTC de la commande : 3 075,96 € au lieu de 3 075,94 € (calculé sur le total de la facture, comme à la calculatrice ; calculé taux par taux, puis additionné : 3 075,95 €, accepté aussi).",
    );
    expect(wrong.parts?.[2]).toMatchObject({ correct: false, points: 0, maxPoints: 0.5 });
  });

  it("scores the verdict and each figure apart, and names the HT confused with the TTC (0094)", () => {
    const key = deriveIntakeKey(input(breach()));
    // 10 × 95,00 = 950,00 HT ; TTC 1 140,00.
    expect(key.credit.orderTotalExclTaxCents).toBe(95_000);
    const judged = judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 95_000 });
    expect(judged.correct).toBe(false);
    expect(judged.parts?.map((p) => [p.label, p.correct, p.points, p.maxPoints])).toEqual([
      ["Verdict", true, 1, 1],
      ["Encours du client", true, 0.5, 0.5],
      ["Montant TTC de la commande", false, 0, 0.5],
    ]);
    expect(plain(judged.explanation)).toMatch(/^Montant TTC de la commande : 950,00 € au lieu de 1 140,00 € : c'est le montant HT ; le plafond se compare au montant TTC\./);
    const withOrder = judgeCredit(key.credit, { verdict: "overLimit", outstandingCents: 534_000, orderTotalCents: 114_000 });
    expect(plain(withOrder.parts?.[1]?.note)).toBe("5 340,00 € au lieu de 4 200,00 € : c'est l'encours avec la nouvelle commande ; l'encours est ce que le client doit avant elle");
  });

  it("prices the order with the customer's successive remises and the port; the escompte is only offered", () => {
    const s = scenario(order({ shipping: "30.00" }));
    const key = deriveIntakeKey(input(s));
    // 4 × 250 = 1 000 → −10 % 900 → −5 % 855 ; + port 30 = 885 HT ; TVA 177 ; TTC 1 062.
    expect(key.credit.orderTotalCents).toBe(106_200);
    expect(key.conditions.netCommercialCents).toBe(85_500);
  });
});

describe("check 4: conditions", () => {
  it("the negotiated conditions are right; fewer or more are corrected", () => {
    const key = deriveIntakeKey(input(scenario()));
    expect(plain(key.conditions.expectedText)).toBe("Remises 10 % puis 5 % ; escompte 2 % pour paiement sous 10 jours");
    expect(judgeConditions(key.conditions, { tradeDiscounts: [10, 5], cashDiscount: 2 }).correct).toBe(true);
    const forgot = judgeConditions(key.conditions, { tradeDiscounts: [10], cashDiscount: 2 });
    expect(forgot.correct).toBe(false);
    expect(plain(forgot.explanation)).toContain("Remise oubliée : 5 %");
    const extra = judgeConditions(key.conditions, { tradeDiscounts: [10, 5, 3] });
    expect(plain(extra.explanation)).toContain("Remise non convenue : 3 %");
    expect(plain(extra.explanation)).toContain("Escompte de 2");
  });
});

describe("check 5: elements", () => {
  const quoted = (validUntil: string) =>
    scenario(
      order({
        support: "quote",
        quote: { number: "DV-2026-031", date: "2026-11-02", validUntil, prices: [{ reference: "BUR-140", unitPrice: "230.00" }] },
        lines: [
          { reference: "BUR-140", quantity: 5, unitPrice: "230.00" },
          { reference: "ARM-MET", quantity: 3, unitPrice: "360.00" },
          { reference: "LAMP-99", quantity: 2 },
        ],
      }),
    );

  it("a valid quote's prices prevail; a price off the catalogue and an unknown reference are anomalies", () => {
    const key = deriveIntakeKey(input(quoted("2026-12-02")));
    expect(key.elements.expected).toEqual([
      { code: "priceDiffers", line: 1 },
      { code: "unknownReference", line: 2 },
    ]);
    expect(plain(key.elements.explanation)).toContain("ligne 2 : « ARM-MET » à 360,00 € HT au lieu de 380,00 € HT (prix du catalogue)");
    expect(key.order.lines.map((l) => [l.reference, l.unitPriceCents])).toEqual([
      ["BUR-140", 23_000],
      ["ARM-MET", 38_000],
    ]);
  });

  it("an expired quote is an anomaly and the catalogue's prices apply", () => {
    const key = deriveIntakeKey(input(quoted("2026-11-10")));
    expect(key.elements.expected).toEqual([
      { code: "priceDiffers", line: 0 },
      { code: "priceDiffers", line: 1 },
      { code: "unknownReference", line: 2 },
      { code: "quoteExpired" },
    ]);
    expect(plain(key.elements.explanation)).toContain("devis DV-2026-031 valable jusqu'au 10/11/2026, commande du 16/11/2026 : devis expiré");
  });

  it("names the missed anomalies and the false alarms", () => {
    const key = deriveIntakeKey(input(quoted("2026-12-02")));
    const judged = judgeElements(key.elements, [{ code: "unknownReference", line: 2 }, { code: "unsigned", line: 4 }]);
    expect(judged.correct).toBe(false);
    expect(plain(judged.explanation)).toContain("Anomalie manquée : ligne 2 : « ARM-MET » à 360,00 € HT au lieu de 380,00 € HT");
    expect(plain(judged.explanation)).toContain("Fausse alerte : bon de commande non signé.");
    expect(judgeElements(key.elements, [{ code: "unknownReference", line: 2 }, { code: "priceDiffers", line: 1 }]).correct).toBe(true);
  });

  it("unsigned purchase order, missing delivery address", () => {
    const unsigned = deriveIntakeKey(input(scenario(order({ support: "purchaseOrder", signed: false }))));
    expect(unsigned.elements.expected).toEqual([{ code: "unsigned" }]);
    expect(unsigned.decision.expected.decision).toBe("hold");
    const noAddress = deriveIntakeKey(
      input(
        scenario((f) => {
          delete f.customers![0]!.deliveryAddress;
        }),
      ),
    );
    expect(noAddress.elements.expected).toEqual([{ code: "missingDeliveryAddress" }]);
  });
});

describe("check 6: stock", () => {
  const short = (acceptsPartialDelivery: boolean, requestedDeliveryDate?: string) =>
    deriveIntakeKey(
      input(scenario(order({ lines: [{ reference: "ARM-MET", quantity: 3 }], acceptsPartialDelivery, ...(requestedDeliveryDate ? { requestedDeliveryDate } : {}) }))),
    );

  it("stock short: partial delivery and back-order if accepted, else the date the lead time allows", () => {
    const partial = short(true);
    expect(partial.stock.lines[0]).toMatchObject({ verdict: "partial", deliverNow: 2, backOrder: 1, deliveryDate: "2026-12-06" });
    expect(partial.decision.expected.decision).toBe("acceptWithConditions");
    const whole = short(false);
    expect(whole.stock.expected).toEqual([{ reference: "ARM-MET", verdict: "leadTime", deliveryDate: "2026-12-06" }]);
    expect(whole.decision.expected.decision).toBe("accept");
  });

  it("never promises a date the lead time cannot meet", () => {
    const key = short(false, "2026-11-25");
    expect(key.stock.lines[0]?.deliveryDate).toBe("2026-12-06");
    expect(plain(key.stock.explanation)).toContain("la date demandée (25/11/2026) ne peut pas être tenue");
    const judged = judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "leadTime", deliveryDate: "2026-11-25" }]);
    expect(judged.correct).toBe(false);
    expect(plain(judged.explanation)).toContain("promesse intenable — le délai de 20 jours ne permet pas de livrer avant le 06/12/2026");
  });

  it("every date the lead time can meet is right: the earliest day accepted, the day before refused (0094)", () => {
    const key = short(false);
    const at = (deliveryDate: string) => judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "leadTime", deliveryDate }]);
    expect(at("2026-12-06")).toMatchObject({ correct: true });
    expect(at("2026-12-06").parts?.map((p) => p.points)).toEqual([1.5, 0.5]);
    const later = at("2026-12-09");
    expect(later.correct).toBe(true);
    expect(plain(later.explanation)).toMatch(/^Remarque \(Date promise, ARM-MET, sans effet sur la note\) : le 09\/12\/2026 est tenable ; la date la plus proche possible était le 06\/12\/2026\./);
    const dayBefore = at("2026-12-05");
    expect(dayBefore.correct).toBe(false);
    // The verdict is right (1,5), the date is not (0 / 0,5).
    expect(dayBefore.parts?.map((p) => [p.label, p.points, p.maxPoints])).toEqual([
      ["Verdicts de stock", 1.5, 1.5],
      ["Dates promises", 0, 0.5],
    ]);
    expect(plain(dayBefore.explanation)).toMatch(/^Dates promises : « ARM-MET » : le 05\/12\/2026 est une promesse intenable — le délai de 20 jours ne permet pas de livrer avant le 06\/12\/2026\./);
  });

  it("the customer's requested date, when it can be met, is a limit: the day after it is refused", () => {
    const key = short(false, "2026-12-10");
    const at = (deliveryDate: string) => judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "leadTime", deliveryDate }]);
    expect(at("2026-12-06").correct).toBe(true);
    expect(at("2026-12-10").correct).toBe(true);
    expect(at("2026-12-11").correct).toBe(false);
    expect(plain(at("2026-12-11").explanation)).toContain("le 11/12/2026 dépasse la date demandée par le client (10/12/2026)");
  });

  it("the back-order date of a partial delivery is optional: empty costs nothing, untenable is only a remark", () => {
    const key = short(true);
    expect(judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "partial" }])).toMatchObject({ correct: true });
    const untenable = judgeStock(key.stock, [{ reference: "ARM-MET", verdict: "partial", deliveryDate: "2026-11-20" }]);
    expect(untenable.correct).toBe(true);
    expect(untenable.parts?.map((p) => [p.label, p.correct, p.points, p.maxPoints])).toEqual([
      ["Verdicts de stock", true, 2, 2],
      ["Date du reliquat, ARM-MET", false, 0, 0],
    ]);
    expect(plain(untenable.explanation)).toMatch(
      /^Remarque \(Date du reliquat, ARM-MET, sans effet sur la note\) : le 20\/11\/2026 est une promesse intenable — le délai de 20 jours ne permet pas de livrer avant le 06\/12\/2026\./,
    );
  });
});

describe("check 7: deposit, and the decision", () => {
  it("the excess when over the limit under the deposit policy; the larger of two grounds", () => {
    const breach = scenario((f) => {
      f.company.policies.deposit = { percent: 40, madeToOrder: true };
      order({ customer: { existingId: "C0002" }, lines: [{ reference: "CHA-ERG", quantity: 10 }] })(f);
    });
    const alone = deriveIntakeKey(input(breach));
    expect(alone.deposit.amountCents).toBe(34_000);

    const both = scenario((f) => {
      f.company.policies.deposit = { percent: 40, aboveAmount: "1000.00" };
      order({ customer: { existingId: "C0002" }, lines: [{ reference: "CHA-ERG", quantity: 10 }] })(f);
    });
    const key = deriveIntakeKey(input(both));
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
    expect(plain(excessOnly.parts?.[1]?.note)).toMatch(/^340,00 € au lieu de 456,00 € : c'est le montant d'un seul motif \(dépassement du plafond/);
    expect(judgeDeposit(key.deposit, { required: true, amountCents: 45_600 }).correct).toBe(true);
    expect(judgeDeposit(key.deposit, { required: false }).parts?.map((p) => p.points)).toEqual([0, 0]);
  });

  it("insolvency under the prepayment policy: the whole order as deposit, accepted with conditions", () => {
    const s = scenario((f) => {
      f.company.policies.insolvency = "prepayment";
      f.customers![0]!.solvency = { proceedings: "receivership" };
    });
    const key = deriveIntakeKey(input(s));
    expect(key.deposit.amountCents).toBe(key.credit.orderTotalCents);
    expect(key.decision.expected.decision).toBe("acceptWithConditions");
  });

  it("the most restrictive outcome wins, and hold or refuse carry the reason", () => {
    const s = scenario((f) => {
      f.company.policies.creditLimitExceeded = "refuse";
      order({ customer: { existingId: "C0002" }, support: "purchaseOrder", signed: false, lines: [{ reference: "CHA-ERG", quantity: 10 }] })(f);
    });
    const key = deriveIntakeKey(input(s));
    expect(key.decision.expected.decision).toBe("refuse");
    expect(plain(key.decision.expected.reason)).toBe("Plafond d'encours dépassé de 340,00 € : la politique impose le refus");
    expect(plain(key.decision.explanation)).toContain("→ mettre en attente");
    expect(haltMessage(key)).toContain("Aucune commande n'est enregistrée dans le PGI");
    expect(judgeDecision(key.decision, { decision: "hold", reason: "à voir" })).toMatchObject({ correct: false, answer: "Mettre en attente — motif : à voir" });
  });
});

describe("the course's order and the recorded order", () => {
  it("explains the order of the checks", () => {
    const early = outOfOrderJudgement("account", "credit");
    expect(plain(early.explanation)).toContain("« encours et plafond » (contrôle 3) vient plus tard.");
    expect(plain(early.explanation)).toContain("1. compte client, 2. solvabilité, 3. encours et plafond, 4. conditions particulières, 5. éléments de la commande, 6. stock et délais, 7. acompte");
    expect(outOfOrderJudgement("decision", "account").explanation).toContain("est déjà fait");
  });

  it("records the purchase order with the customer's conditions, port and delivery address", () => {
    const s = scenario(order({ shipping: "30.00", customerOrderNumber: "BC-77" }));
    const key = deriveIntakeKey(input(s));
    const recorded = recordIntakeOrder(input(s).ledger, key, "C0001");
    expect(recorded.ok).toBe(true);
    if (!recorded.ok) return;
    expect(recorded.document).toMatchObject({
      kind: "purchaseOrder",
      customerId: "C0001",
      reductions: { tradeDiscounts: [10, 5] },
      shippingCents: 3_000,
      customerOrderNumber: "BC-77",
      deliveryAddress: LYON,
      deliveryDate: TODAY,
    });
  });

  it("refuses to derive a key for a scenario that cannot be played", () => {
    expect(() => deriveIntakeKey(input(scenario((f) => delete f.order)))).toThrow(/pas de commande/);
    const { contact: _c, ...noContact } = NEW_CUSTOMER;
    expect(() => deriveIntakeKey(input(scenario(order({ customer: { newCustomer: noContact } }))))).toThrow(/contact.name/);
  });
});
