import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchVatNumber } from "./identifiers";
import type { ScenarioFile } from "./scenarioTypes";
import { decodeScenarioBytes, locateJsonError } from "./scenarioInput";
import { closestName, editDistance, formatIssue, formatWarning, parseScenario, parseScenarioText, type ScenarioIssue } from "./scenarioLoad";

/** A small valid scenario: one customer with an open invoice, followed up. Each test breaks one thing. */
function baseScenario(): ScenarioFile & Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: "test-relance",
    title: "Relance d'une facture",
    summary: "Une facture échue à suivre.",
    level: "bacpro",
    difficulty: 1,
    durationMinutes: 15,
    objectives: ["Choisir l'étape de relance"],
    stages: ["paymentFollowUp"],
    company: {
      identity: {
        name: "Bureautique Armor",
        legalForm: "SAS",
        shareCapital: "120000.00",
        siren: "812345676",
        siret: "81234567600017",
        rcsCity: "Rennes",
        vatNumber: frenchVatNumber("812345676"),
        address: { street: "12 rue de Brest", postalCode: "35000", city: "Rennes" },
        size: "small",
      },
      policies: { newCustomerCreditLimit: "3000.00", defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 } },
      signatory: { name: "Camille Roux", title: "Responsable du recouvrement" },
    },
    customers: [
      {
        id: "C001",
        name: "Cabinet Le Goff",
        siren: "529876542",
        vatNumber: "FR 40 529876542",
        billingAddress: { street: "3 place du Parlement", postalCode: "35000", city: "Rennes" },
        paymentTerms: { kind: "daysFromInvoice", days: 30 },
        creditLimit: "5000.00",
      },
    ],
    ledger: {
      openInvoices: [
        { number: "FA-2026-00012", customerId: "C001", issueDate: "2026-02-02", lines: [{ description: "Chaise", quantity: 2, unitPrice: "100.00", vatRate: 20 }] },
      ],
      acceptedOrders: [],
    },
    clock: { start: "2026-03-31" },
    followUp: { invoices: ["FA-2026-00012"], actionsTaken: [{ invoice: "FA-2026-00012", step: "reminder1", date: "2026-03-14" }], endsOn: "2026-04-30" },
  };
}

/** The base scenario turned into an order intake of one chair, with what the test changes in the order. */
function intakeOnly(order: Partial<NonNullable<ScenarioFile["order"]>>): ReturnType<typeof baseScenario> {
  const data = baseScenario();
  data.stages = ["orderIntake"];
  data.products = [{ reference: "CH-01", description: "Chaise", unitPrice: "100.00", vatRate: 20, stock: 5 }];
  data.order = {
    channel: "mail",
    support: "purchaseOrder",
    source: "customer",
    receivedOn: "2026-03-31",
    orderDate: "2026-03-31",
    customer: { existingId: "C001" },
    lines: [{ reference: "CH-01", quantity: 1 }],
    message: "Commande.",
    ...order,
  };
  return data;
}

function issuesOf(data: unknown): ScenarioIssue[] {
  const result = parseScenario(data, "test.json");
  return result.ok ? [] : result.issues;
}

function paths(data: unknown): string[] {
  return issuesOf(data).map((issue) => issue.path);
}

describe("parseScenario: who signs the letters (docs/decisions/0084)", () => {
  it("requires company.signatory once the follow-up stage is played, in French, with the file and the field", () => {
    const data = baseScenario();
    const { signatory: _signatory, ...company } = data.company;
    expect(issuesOf({ ...data, company }).map(formatIssue)).toEqual([
      'test.json\u00a0: company.signatory\u00a0: champ obligatoire avec l\'étape «\u00a0paymentFollowUp\u00a0»\u00a0: la mise en demeure et la requête en injonction de payer sont signées par une personne nommée, avec sa fonction (par exemple { "name": "Camille Roux", "title": "Responsable du recouvrement" })',
    ]);
  });

  it("refuses a signatory without a title", () => {
    const data = baseScenario();
    expect(paths({ ...data, company: { ...data.company, signatory: { name: "Camille Roux" } } })).toEqual(["company.signatory.title"]);
  });

  it("does not require it without the follow-up stage", () => {
    const data = baseScenario();
    const { signatory: _signatory, ...company } = data.company;
    const { followUp: _followUp, ...rest } = data;
    expect(issuesOf({ ...rest, company, stages: ["invoiceControl"], invoiceControl: { invoice: { seller: {}, buyer: {}, lines: [{ description: "Chaise" }], totals: {} } } })).toEqual([]);
  });
});

describe("parseScenario: the class settings (docs/decisions/0123)", () => {
  it("accepts a neutral title, the assessment mode and a pass mark", () => {
    const result = parseScenario({ ...baseScenario(), classroom: { title: "Exercice 3", assessment: true, passMark: 60 } }, "test.json");
    expect(result.ok ? result.scenario.classroom : result.issues).toEqual({ title: "Exercice 3", assessment: true, passMark: 60 });
  });

  it.each([
    [120, "test.json\u00a0: classroom.passMark\u00a0: un seuil de réussite ne peut pas dépasser 100 (%)"],
    [-5, "test.json\u00a0: classroom.passMark\u00a0: un seuil de réussite ne peut pas être négatif\u00a0: entre 0 et 100 (%)"],
    [62.5, "test.json\u00a0: classroom.passMark\u00a0: seuil de réussite attendu en nombre entier de pour cent, par exemple 60"],
    ["60", "test.json\u00a0: classroom.passMark\u00a0: seuil de réussite attendu en nombre entier de pour cent, par exemple 60"],
  ])("refuses the pass mark %j at classroom.passMark, in French", (passMark, message) => {
    expect(issuesOf({ ...baseScenario(), classroom: { passMark } }).map(formatIssue)).toEqual([message]);
  });

  it("refuses an empty neutral title and names a misspelt setting", () => {
    expect(paths({ ...baseScenario(), classroom: { title: "  " } })).toEqual(["classroom.title"]);
    expect(paths({ ...baseScenario(), classroom: { passmark: 60 } })).toEqual(["classroom.passmark"]);
  });
});

describe("parseScenario: the base fixture", () => {
  it("is valid, amounts in cents", () => {
    const result = parseScenario(baseScenario(), "test.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.customers[0]?.creditLimit).toBe(500000);
    if (result.ok) expect(result.warnings).toEqual([]);
  });
});

describe("parseScenarioText: syntax, schema, file and path in French", () => {
  it("reports a JSON syntax error with its line and column", () => {
    const result = parseScenarioText('{\n  "id": "x",\n  "title": \n}', "casse.json");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.file).toBe("casse.json");
      expect(result.issues[0]?.message).toMatch(/^JSON invalide \(ligne 4, colonne 1\)/);
    }
  });

  it("names a misspelt field at its own path, with the name it probably meant", () => {
    const data = baseScenario();
    (data.customers?.[0] as Record<string, unknown>).creditLimt = "10.00";
    const issue = issuesOf(data).find((i) => i.path === "customers[0].creditLimt");
    expect(issue?.message).toMatch(/^champ inconnu\u00a0: vouliez-vous écrire «\u00a0creditLimit\u00a0»\u00a0\? \(champs permis\u00a0: id, name, /);
    expect(formatIssue(issue as ScenarioIssue)).toMatch(/^test\.json\u00a0: customers\[0\]\.creditLimt\u00a0: champ inconnu/);
  });

  it("suggests nothing for a field far from every permitted one", () => {
    const data = baseScenario();
    (data as Record<string, unknown>).remarque = "x";
    expect(issuesOf(data)).toEqual([{ file: "test.json", path: "remarque", message: expect.stringMatching(/^champ inconnu \(champs permis\u00a0: \$schema, schemaVersion, id, /) }]);
  });

  it("finds the permitted fields inside a union by its discriminator (a payment event)", () => {
    const data = baseScenario();
    data.events = [{ type: "payment", date: "2026-04-02", invoice: "FA-2026-00012", amout: "10.00" } as never];
    const messages = Object.fromEntries(issuesOf(data).map((i) => [i.path, i.message]));
    expect(messages["events[0].amout"]).toBe("champ inconnu\u00a0: vouliez-vous écrire «\u00a0amount\u00a0»\u00a0? (champs permis\u00a0: type, date, invoice, amount, balance, method)");
    // The sum is optional since a payment may settle the balance (docs/decisions/0146): the misspelt field is the one problem.
    expect(Object.keys(messages)).toEqual(["events[0].amout"]);
  });

  it("lists the permitted values of an unknown event type", () => {
    const data = baseScenario();
    data.events = [{ type: "paiement", date: "2026-04-02", invoice: "FA-2026-00012", amount: "10.00" } as never];
    expect(issuesOf(data)).toEqual([
      { file: "test.json", path: "events[0].type", message: "«\u00a0paiement\u00a0» inconnu\u00a0: valeurs permises «\u00a0payment\u00a0», «\u00a0disputeOpened\u00a0», «\u00a0disputeSettled\u00a0», «\u00a0goodsDamaged\u00a0»" },
    ]);
  });

  it("says what each form of a union lacks (the order's customer)", () => {
    const data = baseScenario();
    data.stages = ["orderIntake"];
    data.order = {
      channel: "phone",
      support: "message",
      source: "customer",
      receivedOn: "2026-03-31",
      orderDate: "2026-03-31",
      customer: { existing: "C001" } as never,
      lines: [{ reference: "CH-01", quantity: 1 }],
      message: "Appel.",
    };
    expect(issuesOf(data)).toContainEqual({
      file: "test.json",
      path: "order.customer",
      message: "aucune des formes permises ne convient\u00a0: forme 1 — champ «\u00a0existingId\u00a0» absent, champ «\u00a0existing\u00a0» inconnu\u00a0; forme 2 — champ «\u00a0newCustomer\u00a0» absent, champ «\u00a0existing\u00a0» inconnu",
    });
  });

  it("refuses an amount written as a number, saying how to write the value typed", () => {
    const data = baseScenario();
    (data.customers?.[0] as Record<string, unknown>).creditLimit = 5000;
    const line = (data.ledger as { openInvoices: { lines: Record<string, unknown>[] }[] }).openInvoices[0]?.lines[0];
    if (line) line.unitPrice = 12.5;
    expect(issuesOf(data).map(formatIssue)).toEqual([
      'test.json\u00a0: customers[0].creditLimit\u00a0: montant à écrire entre guillemets, avec deux décimales\u00a0: écrivez "5000.00" (et non 5000)',
      'test.json\u00a0: ledger.openInvoices[0].lines[0].unitPrice\u00a0: montant à écrire entre guillemets, avec deux décimales\u00a0: écrivez "12.50" (et non 12.5)',
    ]);
  });

  it("refuses an amount too large for the engine as an error on its field, with the largest amount allowed (issue 10)", () => {
    const data = baseScenario();
    (data.customers?.[0] as Record<string, unknown>).creditLimit = "99999999999999999999";
    expect(issuesOf(data).map(formatIssue)).toEqual([
      "test.json\u00a0: customers[0].creditLimit\u00a0: «\u00a099999999999999999999\u00a0» est trop grand\u00a0: un montant va au plus jusqu'à 90\u202f071\u202f992\u202f547\u202f409,91\u00a0€.",
    ]);
  });

  it("names an empty amount and a negative one apart from an amount written in the wrong shape", () => {
    const messageFor = (creditLimit: string) => {
      const data = baseScenario();
      (data.customers?.[0] as Record<string, unknown>).creditLimit = creditLimit;
      return issuesOf(data).map((issue) => `${issue.path} : ${issue.message}`);
    };
    const shape = 'customers[0].creditLimit : montant attendu entre guillemets avec un point décimal, par exemple "1234.50"';
    expect(messageFor("")).toEqual(["customers[0].creditLimit : montant obligatoire"]);
    expect(messageFor("-100")).toEqual(["customers[0].creditLimit : montant négatif\u00a0: un montant est positif ou nul (0 ou plus), écrit sans signe moins"]);
    expect(messageFor("-100.50")).toEqual(messageFor("-100"));
    for (const wrong of ["12,3,4", "5100,505", "5 100,00 €", "5100.505", "1.234.50", "-abc"]) expect(messageFor(wrong)).toEqual([shape]);
    for (const right of ["5100", "5100.50", "5100.5", "0"]) expect(messageFor(right)).toEqual([]);
  });

  it("says a date that the calendar lacks does not exist, and keeps the format's example for a date written in another shape", () => {
    const messageFor = (receivedOn: string) => issuesOf(intakeOnly({ receivedOn, orderDate: "2026-01-31" })).map((issue) => `${issue.path} : ${issue.message}`);
    expect(messageFor("2026-02-31")).toEqual(["order.receivedOn : le 31 février 2026 n'existe pas\u00a0: février 2026 a 28 jours"]);
    expect(messageFor("2028-02-30")).toEqual(["order.receivedOn : le 30 février 2028 n'existe pas\u00a0: février 2028 a 29 jours"]);
    expect(messageFor("2026-04-31")).toEqual(["order.receivedOn : le 31 avril 2026 n'existe pas\u00a0: avril 2026 a 30 jours"]);
    expect(messageFor("2026-13-01")).toEqual(["order.receivedOn : le mois 13 n'existe pas\u00a0: de 01 à 12"]);
    expect(messageFor("")).toEqual(["order.receivedOn : date obligatoire"]);
    for (const shape of ["31/02/2026", "2026-2-3", "2026-02-31 ", "demain"]) expect(messageFor(shape)).toEqual(['order.receivedOn : date attendue au format AAAA-MM-JJ, par exemple "2026-11-28"']);
    expect(messageFor("2026-03-31")).toEqual([]);
  });

  it("keeps the missing-field message for an amount left out", () => {
    const data = baseScenario();
    delete (data.customers?.[0] as Record<string, unknown>).creditLimit;
    expect(issuesOf(data).map(formatIssue)).toEqual(["test.json\u00a0: customers[0].creditLimit\u00a0: champ obligatoire absent (un texte entre guillemets attendu)"]);
  });
});

describe("consistency: identifiers", () => {
  it("refuses a seller SIREN whose Luhn key is wrong", () => {
    const data = baseScenario();
    data.company.identity.siren = "812345677";
    expect(issuesOf(data)).toContainEqual({ file: "test.json", path: "company.identity.siren", message: expect.stringContaining("n'est pas valide") });
  });

  it("refuses a VAT number that is not the SIREN's, giving the right one", () => {
    const data = baseScenario();
    data.company.identity.vatNumber = "FR00812345676";
    const issue = issuesOf(data).find((i) => i.path === "company.identity.vatNumber");
    expect(issue?.message).toContain("attendu FR19812345676");
  });

  it("refuses a SIRET of another SIREN", () => {
    const data = baseScenario();
    data.company.identity.siret = "52987654200018";
    expect(paths(data)).toContain("company.identity.siret");
  });

  it("accepts a customer VAT number printed with spaces, refuses a wrong customer SIREN", () => {
    expect(paths(baseScenario())).toEqual([]);
    const data = baseScenario();
    (data.customers?.[0] as Record<string, unknown>).siren = "529876543";
    expect(paths(data)).toContain("customers[0].siren");
  });

  it("checks the SIREN of a new customer announced by the order", () => {
    const data = baseScenario();
    data.stages = ["orderIntake"];
    data.order = {
      channel: "phone",
      support: "message",
      source: "customer",
      receivedOn: "2026-03-31",
      orderDate: "2026-03-31",
      customer: { newCustomer: { name: "Atelier Riou", siren: "123456789", billingAddress: { street: "1 rue Haute", postalCode: "29200", city: "Brest" } } },
      lines: [{ reference: "CH-01", quantity: 1 }],
      message: "Appel de M. Riou.",
    };
    expect(paths(data)).toContain("order.customer.newCustomer.siren");
  });
});

describe("consistency: the escompte agrees with the payment terms (docs/decisions/0090)", () => {
  it("refuses an escompte offered within 30 days to a customer due at 30 days, naming file and field", () => {
    const data = baseScenario();
    const customer = data.customers?.[0] as Record<string, unknown>;
    customer.conditions = { tradeDiscounts: [], cashDiscount: 2, cashDiscountDays: 30 };
    expect(issuesOf(data).map(formatIssue)).toEqual([
      "test.json\u00a0: customers[0].conditions.cashDiscountDays\u00a0: un escompte de 2\u00a0% si paiement sous 30 jours est offert, mais l'échéance tombe à 30 jours de la facture\u00a0: ce délai ne finit pas avant l'échéance, l'escompte ne récompenserait aucun paiement anticipé (conditions de paiement\u00a0: 30 jours date de facture)",
    ]);
  });

  it("refuses an escompte offered to a customer who pays on receipt", () => {
    const data = baseScenario();
    const customer = data.customers?.[0] as Record<string, unknown>;
    customer.paymentTerms = { kind: "onReceipt" };
    customer.conditions = { tradeDiscounts: [], cashDiscount: 1 };
    expect(issuesOf(data).map(formatIssue)).toEqual([
      "test.json\u00a0: customers[0].conditions.cashDiscount\u00a0: un escompte de 1\u00a0% pour paiement anticipé est offert, mais l'échéance tombe le jour même de la facture\u00a0: aucun paiement ne peut la devancer (conditions de paiement\u00a0: Paiement à réception)",
    ]);
  });

  it("refuses an invoice to control that deducts an escompte but falls due 90 days later (scenario 07 altered)", () => {
    const data = JSON.parse(readFileSync(new URL("../scenarios/07-controle-facture-reforme-grande-entreprise.json", import.meta.url), "utf8")) as { invoiceControl: { invoice: { reductions: Record<string, unknown> } } };
    data.invoiceControl.invoice.reductions.cashDiscount = 1;
    expect(issuesOf(data).map(formatIssue)).toEqual([
      "test.json\u00a0: invoiceControl.invoice.reductions.cashDiscount\u00a0: un escompte de 1\u00a0% est déduit pour paiement comptant, mais l'échéance tombe à 91 jours de la facture\u00a0: un escompte ne se déduit que d'une facture payée comptant (échéance à la date de la facture)",
    ]);
  });

  it("accepts an escompte within 10 days for a customer due at 30 days", () => {
    const data = baseScenario();
    const customer = data.customers?.[0] as Record<string, unknown>;
    customer.conditions = { tradeDiscounts: [], cashDiscount: 2, cashDiscountDays: 10 };
    expect(issuesOf(data)).toEqual([]);
  });
});

describe("consistency: the opening ledger", () => {
  it("refuses an accepted order whose id is an invoice number", () => {
    const data = baseScenario();
    data.ledger = { ...data.ledger, acceptedOrders: [{ id: "FA-2026-00012", customerId: "C001", date: "2026-03-01", lines: [{ description: "Bureau", quantity: 1, unitPrice: "300.00", vatRate: 20 }] }] };
    expect(paths(data)).toContain("ledger.acceptedOrders[0].id");
  });

  it("refuses an opening invoice issued after the start, or due before its date", () => {
    const data = baseScenario();
    const invoice = data.ledger?.openInvoices?.[0] as Record<string, unknown>;
    invoice.issueDate = "2026-04-02";
    invoice.dueDate = "2026-04-01";
    expect(paths(data)).toEqual(expect.arrayContaining(["ledger.openInvoices[0].issueDate", "ledger.openInvoices[0].dueDate"]));
  });

  it("refuses a payment already received beyond the invoice's total TTC (2 × 100,00 HT = 240,00 TTC)", () => {
    const data = baseScenario();
    (data.ledger?.openInvoices?.[0] as Record<string, unknown>).paid = "240.01";
    const issue = issuesOf(data).find((i) => i.path === "ledger.openInvoices[0].paid");
    expect(issue?.message).toMatch(/240,01.*240,00/);
    (data.ledger?.openInvoices?.[0] as Record<string, unknown>).paid = "240.00";
    expect(paths(data)).toEqual([]);
  });

  it("refuses an action 'already taken' dated after the start", () => {
    const data = baseScenario();
    data.followUp = { invoices: ["FA-2026-00012"], actionsTaken: [{ invoice: "FA-2026-00012", step: "reminder1", date: "2026-04-01" }], endsOn: "2026-04-30" };
    expect(paths(data)).toContain("followUp.actionsTaken[0].date");
  });
});

describe("consistency: the rates of every half-year the scenario reaches (docs/decisions/0081)", () => {
  const statedRates = { halfYear: "2026-S2", ecbRefinancingRate: 2.15, legalInterestRate: 2.62, source: "Hypothèse de l'exercice\u00a0: taux du 1er semestre 2026 reconduits" };

  it("refuses a follow-up into a half-year the table does not know, naming the file, the field and the half-year", () => {
    const data = baseScenario();
    data.followUp = { invoices: ["FA-2026-00012"], endsOn: "2026-07-15" };
    const issues = issuesOf(data);
    expect(issues.map(formatIssue)).toEqual([
      "test.json\u00a0: followUp.endsOn\u00a0: le 2nd semestre 2026 n'est pas dans la table des taux\u00a0; indiquez ses taux dans company.policies.rates " +
        '({ "halfYear": "2026-S2", "ecbRefinancingRate": …, "legalInterestRate": …, "source": "…" })\u00a0: ' +
        "taux de refinancement de la BCE au 1er janvier ou au 1er juillet, taux de l'intérêt légal («\u00a0autres cas\u00a0»)",
    ]);
  });

  it("accepts the same scenario once it states the half-year's rates", () => {
    const data = baseScenario();
    data.followUp = { invoices: ["FA-2026-00012"], endsOn: "2026-07-15" };
    data.company = { ...data.company, policies: { ...data.company.policies, rates: [statedRates] } };
    const result = parseScenario(data, "test.json");
    expect(result.ok).toBe(true);
    expect(result.ok && result.scenario.company.policies.rates).toEqual([statedRates]);
  });

  it("refuses a statement for a half-year the table already knows, and names each unknown half-year crossed", () => {
    const data = baseScenario();
    data.company = { ...data.company, policies: { ...data.company.policies, rates: [{ ...statedRates, halfYear: "2026-S1" }] } };
    data.followUp = { invoices: ["FA-2026-00012"], endsOn: "2027-02-01" };
    expect(paths(data)).toEqual(["company.policies.rates[0].halfYear", "followUp.endsOn", "followUp.endsOn"]);
    expect(issuesOf(data)[0]?.message).toBe("le 1er semestre 2026 est déjà dans la table des taux du moteur\u00a0: retirez cette ligne");
    expect(issuesOf(data)[2]?.message).toMatch(/^le 1er semestre 2027 n'est pas dans la table des taux/u);
  });

  it("asks nothing of a scenario whose stages apply no rate (order intake only)", () => {
    const data = intakeOnly({ support: "purchaseOrder", receivedOn: "2026-10-05", orderDate: "2026-10-02", message: "Commande d'une chaise." });
    data.clock = { start: "2026-10-05" };
    data.ledger = { openInvoices: [], acceptedOrders: [] };
    delete data.followUp;
    expect(issuesOf(data)).toEqual([]);
  });
});

describe("consistency: dates of the order and of the follow-up", () => {
  it("refuses an event after the end of the follow-up: it would never happen", () => {
    const data = baseScenario();
    data.events = [{ type: "payment", date: "2026-05-02", invoice: "FA-2026-00012", amount: "240.00" }];
    expect(paths(data)).toEqual(["events[0].date"]);
  });

  it("refuses a dispute settled before it is opened, naming both dates", () => {
    const data = baseScenario();
    data.events = [
      { type: "disputeSettled", date: "2026-04-02", invoice: "FA-2026-00012", resolution: "Avoir accordé.", settlement: "creditNote", amount: "20.00" },
      { type: "disputeOpened", date: "2026-04-10", invoice: "FA-2026-00012", reason: "Chaise abîmée." },
    ];
    expect(issuesOf(data).map(formatIssue)).toEqual([
      "test.json\u00a0: events[0].date\u00a0: le litige sur la facture «\u00a0FA-2026-00012\u00a0» est réglé le 2026-04-02, avant d'être ouvert le 2026-04-10 (events[1])\u00a0: un litige se règle après son ouverture",
    ]);
  });

  it("wants a payment's sum or the balance due, one of the two (docs/decisions/0146)", () => {
    const data = baseScenario();
    data.events = [
      { type: "payment", date: "2026-04-10", invoice: "FA-2026-00012", balance: true },
      { type: "payment", date: "2026-04-11", invoice: "FA-2026-00012" },
      { type: "payment", date: "2026-04-12", invoice: "FA-2026-00012", amount: "20.00", balance: true },
    ];
    expect(issuesOf(data).map(formatIssue)).toEqual([
      "test.json\u00a0: events[1].amount\u00a0: montant du règlement attendu, ou «\u00a0\"balance\": true\u00a0» si le client règle le solde dû ce jour-là",
      "test.json\u00a0: events[2].balance\u00a0: un règlement donne son montant ou règle le solde dû, pas les deux\u00a0: retirez l'un des deux champs",
    ]);
  });

  it("accepts a dispute settled the day it is opened", () => {
    const data = baseScenario();
    data.events = [
      { type: "disputeOpened", date: "2026-04-10", invoice: "FA-2026-00012", reason: "Chaise abîmée." },
      { type: "disputeSettled", date: "2026-04-10", invoice: "FA-2026-00012", resolution: "Remplacement.", settlement: "replacement" },
    ];
    expect(issuesOf(data)).toEqual([]);
  });

  it("refuses an invoice followed twice", () => {
    const data = baseScenario();
    data.followUp = { invoices: ["FA-2026-00012", "FA-2026-00012"], endsOn: "2026-04-30" };
    expect(paths(data)).toEqual(["followUp.invoices[1]"]);
  });

  it("refuses an order dated after its reception and a quote expiring before its date", () => {
    const data = intakeOnly({
      support: "quote",
      receivedOn: "2026-03-31",
      orderDate: "2026-04-01",
      quote: { number: "DV-2026-00003", date: "2026-03-10", validUntil: "2026-03-01", prices: [{ reference: "CH-01", unitPrice: "95.00" }] },
      message: "Devis signé retourné.",
    });
    expect(paths(data)).toEqual(expect.arrayContaining(["order.orderDate", "order.quote.validUntil"]));
  });
});

describe("consistency: references (rules of the first version, kept)", () => {
  it("names a dangling customer id and a dangling invoice number", () => {
    const data = baseScenario();
    (data.ledger?.openInvoices?.[0] as Record<string, unknown>).customerId = "C999";
    data.followUp = { invoices: ["FA-2026-00099"], endsOn: "2026-04-30" };
    const issues = issuesOf(data);
    expect(issues).toContainEqual({ file: "test.json", path: "ledger.openInvoices[0].customerId", message: "le compte client «\u00a0C999\u00a0» n'existe pas dans customers" });
    expect(issues).toContainEqual({ file: "test.json", path: "followUp.invoices[0]", message: "la facture «\u00a0FA-2026-00099\u00a0» n'existe pas dans ledger.openInvoices" });
  });

  it("names a stage without its data", () => {
    const data = baseScenario();
    data.stages = ["invoiceControl"];
    expect(issuesOf(data)).toContainEqual({ file: "test.json", path: "stages[0]", message: expect.stringContaining("invoiceControl") });
  });
});

describe("locateJsonError: where a hand-edited file breaks, in French", () => {
  const cases: [string, string, number, RegExp][] = [
    ["missing value", '{"a": \n}', 7, /une valeur est attendue.*«\u00a0}\u00a0»/],
    ["trailing comma in an object", '{"a": 1,}', 8, /virgule en trop/],
    ["missing comma", '{"a": 1\n "b": 2}', 9, /virgule oubliée/],
    ["amount written with a comma", '{"a": 12,50}', 9, /nom de champ entre guillemets/],
    ["unquoted text", '{"a": bonjour}', 6, /mot «\u00a0bonjour\u00a0» inconnu/],
    ["unterminated string", '{"a": "x}', 6, /guillemet fermant/],
    ["line break in a text", '{"a": "x\ny"}', 8, /^retour à la ligne ou caractère de contrôle dans un texte\u00a0: un texte tient sur une ligne \(seuls order\.message et invoicingIncident\.message passent à la ligne, en écrivant \\n\)$/],
    ["trailing comma in a list", "[1, 2,]", 6, /virgule en trop avant «\u00a0]\u00a0»/],
    ["text after the document", '{"a": 1} }', 9, /texte en trop/],
    ["empty file", "", 0, /la fin du fichier/],
  ];
  it.each(cases)("%s", (_name, text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const located = locateJsonError(text);
    expect(located?.offset).toBe(offset);
    expect(located?.message).toMatch(message);
  });

  it("refuses more than 64 nested levels, without recursion (5 000 and 1 000 000 « [ », issue 10)", () => {
    for (const count of [5_000, 1_000_000]) {
      const located = locateJsonError("[".repeat(count));
      expect(located?.offset).toBe(64);
      expect(located?.message).toBe("objets et listes imbriqués sur plus de 64 niveaux\u00a0: un scénario n'en compte que quelques-uns (crochet ou accolade en trop\u00a0?)");
    }
    // « {"a": » takes offsets 0–5 and the object is the first level: the 64th « [ » (offset 69) is the 65th level.
    const result = parseScenarioText(`{"a": ${"[".repeat(5_000)}`, "imbrique.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/^JSON invalide \(ligne 1, colonne 70\)\u00a0: objets et listes imbriqués sur plus de 64 niveaux/);
  });

  it("agrees with JSON.parse on any text near a valid document (property)", () => {
    const nearJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("delete", "insert"), fc.constantFrom(",", "}", "]", '"', ":", " ", "a", "1", "\n", "{", "["))
      .map(([json, where, how, char]) => {
        const at = json.length === 0 ? 0 : where % json.length;
        return how === "delete" ? json.slice(0, at) + json.slice(at + 1) : json.slice(0, at) + char + json.slice(at);
      });
    fc.assert(
      fc.property(nearJson, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === null).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});

describe("closestName: the field a teacher meant", () => {
  it("counts a swap of neighbours as one edit, and ignores case", () => {
    expect(editDistance("creditLimt", "creditLimit")).toBe(1);
    expect(editDistance("recieved", "received")).toBe(1);
    expect(editDistance("ReceivedOn", "receivedOn")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("proposes the nearest permitted name within reach, or nothing", () => {
    expect(closestName("chanel", ["channel", "support", "source"])).toBe("channel");
    expect(closestName("unitprice", ["unitPrice", "quantity"])).toBe("unitPrice");
    expect(closestName("remarque", ["channel", "support", "source"])).toBeUndefined();
  });
});

describe("consistency: articles of the order, and the control of the stage's invoice", () => {
  function withOrder() {
    const data = intakeOnly({
      channel: "email",
      lines: [{ reference: "CH-01", quantity: 3 }],
      deliveryAddress: { street: "3 place du Parlement", postalCode: "35000", city: "Rennes" },
      message: "Bon de commande joint.",
    });
    data.stages = ["orderIntake", "orderProcessing", "invoicing"];
    data.products = [{ reference: "CH-01", description: "Chaise", unitPrice: "100.00", vatRate: 20, stock: 1 }];
    return data;
  }

  it("accepts a control stage without a printed invoice when the invoicing stage issues one", () => {
    const data = withOrder();
    data.stages = ["orderIntake", "orderProcessing", "invoicing", "invoiceControl"];
    expect(paths(data)).toEqual([]);
    data.stages = ["orderIntake", "invoiceControl"];
    expect(issuesOf(data)).toContainEqual({ file: "test.json", path: "stages[1]", message: expect.stringContaining("aucune étape de facturation ne la fournit") });
  });

  it("refuses a supply of an unknown article, or dated before the order", () => {
    const data = withOrder();
    (data.order as Record<string, unknown>).restockOn = [{ reference: "CH-02", quantity: 2, date: "2026-03-30" }];
    expect(paths(data)).toEqual(["order.restockOn[0].reference", "order.restockOn[0].date"]);
  });

  it("refuses an incident on an article not ordered, or without the invoicing stage", () => {
    const data = withOrder();
    data.invoicingIncident = { kind: "returnedGoods", reference: "CH-02", quantity: 1, message: "Retour d'une chaise." };
    data.stages = ["orderIntake"];
    expect(paths(data)).toEqual(["invoicingIncident", "invoicingIncident.reference"]);
  });
});

describe("warnings: legal to write, probably a slip", () => {
  it("warns of payment terms beyond the legal maximum, in the policy and in a customer's account, and still loads", () => {
    const data = baseScenario();
    (data.company.policies as Record<string, unknown>).defaultPaymentTerms = { kind: "daysFromInvoice", days: 75 };
    (data.customers?.[0] as Record<string, unknown>).paymentTerms = { kind: "daysEndOfMonth", days: 60 };
    const result = parseScenario(data, "test.json");
    expect(result.ok).toBe(true);
    expect(result.ok ? result.warnings.map(formatWarning) : []).toEqual([
      "test.json\u00a0: company.policies.defaultPaymentTerms\u00a0: avertissement\u00a0: 75 jours date de facture\u00a0: non conforme, 15 jours de plus que le maximum légal de 60 jours à compter de la date de facture (C. com. L441-10). Ramener le délai à 60 jours date de facture au plus, ou à 45 jours fin de mois si le contrat le stipule expressément. Si le scénario l'enseigne, gardez-le\u00a0: l'élève doit le relever.",
      "test.json\u00a0: customers[0].paymentTerms\u00a0: avertissement\u00a0: 60 jours fin de mois\u00a0: non conforme, 15 jours de plus que le maximum légal de 45 jours fin de mois (C. com. L441-10). Ramener le délai à 45 jours fin de mois au plus, ou à 60 jours date de facture. Si le scénario l'enseigne, gardez-le\u00a0: l'élève doit le relever.",
    ]);
  });

  it("warns of a character the PDF fonts lack in a text that may be printed, naming it and its place, and still loads", () => {
    const data = baseScenario();
    (data.customers?.[0] as Record<string, unknown>).name = "Ωmega Ελλάς 😀";
    data.summary = "Résumé à l'écran seulement 😀";
    const result = parseScenario(data, "test.json");
    expect(result.ok ? result.warnings.map(formatWarning) : []).toEqual([
      "test.json\u00a0: customers[0].name\u00a0: avertissement\u00a0: «\u00a0Ω\u00a0» (U+03A9), «\u00a0Ε\u00a0» (U+0395), «\u00a0λ\u00a0» (U+03BB), «\u00a0ά\u00a0» (U+03AC), «\u00a0ς\u00a0» (U+03C2), «\u00a0😀\u00a0» (U+1F600)\u00a0: ces caractères seront remplacés par «\u00a0□\u00a0» dans les PDF, dont les polices couvrent le français et les alphabets latins. Écrivez ce texte en lettres latines s'il doit être imprimé.",
    ]);
  });

  it("says nothing of Latin names from across Europe, nor of what only the screens show", () => {
    const data = baseScenario();
    (data.customers?.[0] as Record<string, unknown>).name = "Łukasz Wiśniewski & Ștefan Țurcanu — «\u00a0Œuvres\u00a0»";
    data.title = "Relance ✉️";
    const result = parseScenario(data, "test.json");
    expect(result.ok ? result.warnings : "invalide").toEqual([]);
  });

  it("says nothing of terms at the maximum (60 days from the invoice, 45 days end of month)", () => {
    const data = baseScenario();
    (data.company.policies as Record<string, unknown>).defaultPaymentTerms = { kind: "daysFromInvoice", days: 60 };
    (data.customers?.[0] as Record<string, unknown>).paymentTerms = { kind: "daysEndOfMonth", days: 45 };
    const result = parseScenario(data, "test.json");
    expect(result.ok ? result.warnings : "invalide").toEqual([]);
  });
});

describe("input rules: what a file may hold before the schema reads it (docs/decisions/0097, issue 10)", () => {
  /** The base scenario as a file's text, with `edit` applied to its data first. */
  function textOf(edit: (data: ReturnType<typeof baseScenario>) => void = () => undefined): string {
    const data = baseScenario();
    edit(data);
    return JSON.stringify(data, null, 2);
  }
  function messagesOf(text: string): string[] {
    const result = parseScenarioText(text, "test.json");
    return result.ok ? [] : result.issues.map(formatIssue);
  }
  const bytesOf = (text: string) => new TextEncoder().encode(text);

  it("decodes UTF-8, and refuses another encoding with the line of the first wrong byte", () => {
    expect(decodeScenarioBytes(bytesOf('{"title": "Échéance"}'), "test.json")).toEqual({ ok: true, text: '{"title": "Échéance"}' });
    // « é » saved in Windows-1252 is the single byte E9, on the third line.
    const latin = new Uint8Array([...bytesOf('{\n  "id": "x",\n  "title": "Relance '), 0xe9, ...bytesOf('chue"\n}')]);
    expect(decodeScenarioBytes(latin, "latin.json")).toEqual({
      ok: false,
      issues: [{ file: "latin.json", path: "", message: "le fichier n'est pas en UTF-8 (octet invalide ligne 3)\u00a0: enregistrez-le en UTF-8 (dans l'éditeur\u00a0: «\u00a0Enregistrer sous… › Encodage\u00a0: UTF-8\u00a0»)" }],
    });
  });

  it("keeps a byte-order mark in the text, for the syntax scan to name it", () => {
    const decoded = decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(textOf())]), "bom.json");
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(messagesOf(decoded.text)).toEqual(["test.json\u00a0: JSON invalide (ligne 1, colonne 1)\u00a0: le fichier commence par une marque d'ordre des octets (BOM)\u00a0: enregistrez-le en UTF-8 sans BOM"]);
  });

  it("refuses a file over 2 Mo before reading it, as bytes or as text", () => {
    const message = "big.json\u00a0: fichier trop volumineux (plus de 2 Mo)\u00a0: un scénario en fait quelques ko\u00a0; est-ce bien un scénario\u00a0?";
    const decoded = decodeScenarioBytes(new Uint8Array(2_000_001), "big.json");
    expect(decoded.ok ? [] : decoded.issues.map(formatIssue)).toEqual([message]);
    const parsed = parseScenarioText(textOf((d) => (d.summary = "x".repeat(2_000_000))), "big.json");
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([message]);
  });

  it("refuses 100 000 nested lists that are valid JSON, as text and as data, without overflowing", () => {
    const text = textOf().replace('"title": "Relance d\'une facture"', `"title": ${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(messagesOf(text)).toEqual([
      "test.json\u00a0: JSON invalide (ligne 4, colonne 75)\u00a0: objets et listes imbriqués sur plus de 64 niveaux\u00a0: un scénario n'en compte que quelques-uns (crochet ou accolade en trop\u00a0?)",
    ]);
    const data = baseScenario();
    data.title = JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`) as string;
    expect(issuesOf(data)).toEqual([
      { file: "test.json", path: `title${"[0]".repeat(63)}`, message: "objets et listes imbriqués sur plus de 64 niveaux\u00a0: un scénario n'en compte que quelques-uns (crochet ou accolade en trop\u00a0?)" },
    ]);
  }, 30_000);

  it("writes a control character of a field name or of a syntax error as U+XXXX, never raw (fuzz test, issue 10)", () => {
    const data = baseScenario();
    data["ti\u0002tle"] = "x";
    expect(issuesOf(data).map((issue) => issue.path)).toContain("tiU+0002tle");
    expect(messagesOf('{\n  "id": \u0002\n}')).toEqual([
      "test.json\u00a0: JSON invalide (ligne 2, colonne 9)\u00a0: une valeur est attendue (texte entre guillemets, nombre, true, false, objet ou liste), pas «\u00a0U+0002\u00a0»",
    ]);
  });

  it("refuses a text of spaces alone, as an empty one (fuzz test, issue 10)", () => {
    const order = intakeOnly({});
    order.products = [{ reference: "CH-01", description: "   ", unitPrice: "100.00", vatRate: 20, stock: 5 }];
    expect(issuesOf(order).map((issue) => `${issue.path}\u00a0: ${issue.message}`)).toEqual(["products[0].description\u00a0: texte vide (des espaces seuls ne comptent pas)"]);
  });

  it("bounds the stock, the printed figures of an invoice to control and the estimated duration (fuzz test, issue 10)", () => {
    const stocked = intakeOnly({});
    stocked.products = [{ reference: "CH-01", description: "Chaise", unitPrice: "100.00", vatRate: 20, stock: 999_999_999_999_999 }];
    stocked.durationMinutes = 100_000;
    expect(issuesOf(stocked).map((issue) => `${issue.path}\u00a0: ${issue.message}`)).toEqual([
      "durationMinutes\u00a0: au plus 480 minutes (une journée de cours)",
      "products[0].stock\u00a0: au plus 1 000 000 unités en stock",
    ]);
  });

  it("refuses a field written twice in one object, with both lines, on a file JSON.parse accepts", () => {
    const text = '{\n  "schemaVersion": 1,\n  "title": "Relance",\n  "id": "a",\n  "t\\u0069tle": "Autre"\n}';
    expect(JSON.parse(text)).toMatchObject({ title: "Autre" });
    expect(messagesOf(text)).toEqual(["test.json\u00a0: title\u00a0: champ écrit deux fois dans le même objet (lignes 3 et 5)\u00a0: gardez-en un seul"]);
    expect(messagesOf(textOf().replace('"city": "Rennes"\n', '"city": "Rennes",\n          "city": "Brest"\n'))).toEqual([
      "test.json\u00a0: company.identity.address.city\u00a0: champ écrit deux fois dans le même objet (lignes 27 et 28)\u00a0: gardez-en un seul",
    ]);
  });

  it("refuses a text over 5 000 characters and a field name over 100, naming the field", () => {
    expect(messagesOf(textOf((d) => (d.summary = "x".repeat(5_001))))).toEqual([
      "test.json\u00a0: summary\u00a0: texte de 5\u202f001 caractères\u00a0: au plus 5\u202f000 (voir scenarios/README.md)",
    ]);
    expect(messagesOf(textOf((d) => (d.customers?.[0] as Record<string, unknown>)[`note${"x".repeat(97)}`] = "x"))).toEqual([
      `test.json\u00a0: customers[0].note${"x".repeat(36)}…\u00a0: nom de champ de 101 caractères\u00a0: au plus 100`,
    ]);
  });

  it("refuses a 5 MB unknown field name and 50 000 order lines in well under a second", () => {
    const name = "x".repeat(5_000_000);
    const hugeName = textOf((d) => (d[name] = 1));
    const hugeNameData = { ...baseScenario(), [name]: 1 };
    const lines = JSON.stringify(intakeOnly({ lines: Array.from({ length: 50_000 }, () => ({ reference: "CH-01", quantity: 1 })) }));
    expect(lines.length).toBeLessThan(2_000_000);
    // Timed: the loading only, not the making of the files; generous, for a loaded machine.
    const started = performance.now();
    expect(messagesOf(hugeName)).toEqual(["test.json\u00a0: fichier trop volumineux (plus de 2 Mo)\u00a0: un scénario en fait quelques ko\u00a0; est-ce bien un scénario\u00a0?"]);
    // As data (no file to weigh), the name's length stops it before the spelling suggestion.
    expect(issuesOf(hugeNameData)).toEqual([{ file: "test.json", path: `${"x".repeat(40)}…`, message: "nom de champ de 5\u202f000\u202f000 caractères\u00a0: au plus 100" }]);
    expect(messagesOf(lines)).toEqual(["test.json\u00a0: order.lines\u00a0: liste de 50\u202f000 éléments\u00a0: au plus 500 (voir scenarios/README.md)"]);
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 30_000);

  it("refuses an object of more than 200 fields", () => {
    const explanations = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`point${i}`, "Explication."]));
    expect(messagesOf(textOf((d) => (d.notes = { explanations, hints: {} })))).toEqual(["test.json\u00a0: notes.explanations\u00a0: objet de 201 champs\u00a0: au plus 200"]);
  });

  it("refuses a lone surrogate in any text, and keeps a real pair (an emoji)", () => {
    expect(messagesOf(textOf().replace('"Relance d\'une facture"', '"Relance \\ud800"'))).toEqual([
      "test.json\u00a0: title\u00a0: caractère invalide (U+D800, moitié isolée d'une paire UTF-16, souvent un «\u00a0\\ud800\u00a0» mal copié)\u00a0: retirez-le",
    ]);
    expect(messagesOf(textOf().replace('"Relance d\'une facture"', '"Relance \\ud83d\\ude00"'))).toEqual([]);
  });

  it("refuses control characters, and line breaks outside the messages received", () => {
    expect(messagesOf(textOf((d) => (d.title = "Relance\u001b[2J")))).toEqual(["test.json\u00a0: title\u00a0: caractère de contrôle U+001B interdit dans un texte"]);
    expect(messagesOf(textOf((d) => (d.objectives = ["Lire\tl'échéance"])))).toEqual([
      "test.json\u00a0: objectives[0]\u00a0: caractère de contrôle U+0009 interdit dans un texte (tabulation\u00a0: écrivez des espaces)",
    ]);
    expect(messagesOf(textOf((d) => (d.summary = "Une facture\néchue.")))).toEqual([
      "test.json\u00a0: summary\u00a0: retour à la ligne interdit dans ce texte d'une ligne (seuls order.message et invoicingIncident.message passent à la ligne, en écrivant \\n)",
    ]);
    expect(messagesOf(JSON.stringify(intakeOnly({ message: "Bonjour,\nvoici notre commande.\nCordialement" })))).toEqual([]);
    expect(messagesOf(JSON.stringify(intakeOnly({ message: "Bonjour,\u0007" })))).toEqual(["test.json\u00a0: order.message\u00a0: caractère de contrôle U+0007 interdit dans un texte"]);
  });

  it("refuses __proto__, constructor and prototype as field names anywhere, and pollutes nothing", () => {
    const text = textOf()
      .replace('"id": "C001",', '"id": "C001", "__proto__": { "polluted": true }, "constructor": 1,')
      .replace('"clock"', '"notes": { "explanations": { "prototype": "x" } },\n  "clock"');
    expect(messagesOf(text)).toEqual([
      "test.json\u00a0: customers[0].__proto__\u00a0: nom de champ «\u00a0__proto__\u00a0» interdit\u00a0: ce nom est réservé par JavaScript",
      "test.json\u00a0: customers[0].constructor\u00a0: nom de champ «\u00a0constructor\u00a0» interdit\u00a0: ce nom est réservé par JavaScript",
      "test.json\u00a0: notes.explanations.prototype\u00a0: nom de champ «\u00a0prototype\u00a0» interdit\u00a0: ce nom est réservé par JavaScript",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("says « nombre trop grand » for 1e400, refuses -0, and reads 1e-400 as 0", () => {
    const duration = (value: string) => messagesOf(textOf().replace('"durationMinutes": 15', `"durationMinutes": ${value}`));
    expect(duration("1e400")).toEqual(["test.json\u00a0: durationMinutes\u00a0: nombre trop grand"]);
    expect(duration("-0")).toEqual(["test.json\u00a0: durationMinutes\u00a0: écrivez 0 (et non -0)"]);
    expect(duration("1e-400")).toEqual(["test.json\u00a0: durationMinutes\u00a0: durée strictement positive attendue"]);
    expect(duration("NaN")).toEqual(["test.json\u00a0: JSON invalide (ligne 8, colonne 22)\u00a0: mot «\u00a0NaN\u00a0» inconnu\u00a0: un texte s'écrit entre guillemets (true, false et null seuls s'écrivent sans)"]);
  });

  it("reports the first 100 problems and counts the others", () => {
    const issues = issuesOf({ ...baseScenario(), objectives: Array.from({ length: 150 }, () => "\u0007") });
    expect(issues).toHaveLength(101);
    expect(issues[0]).toEqual({ file: "test.json", path: "objectives[0]", message: "caractère de contrôle U+0007 interdit dans un texte" });
    expect(issues[100]).toEqual({ file: "test.json", path: "", message: "… et 50 autres problèmes du même fichier\u00a0: corrigez d'abord ceux-ci" });
  });
});

describe("closestName: bounded work on any name", () => {
  it("suggests nothing for a name over 64 characters, and stops the distance past its limit", () => {
    expect(closestName(`creditLimit${"x".repeat(54)}`, ["creditLimit"])).toBeUndefined();
    expect(closestName(`creditLimit${"x".repeat(5)}`, ["creditLimit"])).toBe("creditLimit");
    expect(editDistance("abcdefgh", "stuvwxyz", 2)).toBe(3);
    expect(editDistance("abcdefgh", "stuvwxyz")).toBe(8);
    expect(editDistance("a".repeat(100_000), "b", 2)).toBe(3);
  });

  it("agrees with the unbounded distance within the limit (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(6), (a, b, limit) => {
        const exact = editDistance(a, b);
        expect(editDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 500 },
    );
  });
});
