import { describe, expect, it } from "vitest";
import { checkCredit } from "./credit";
import { customerOutstanding, invoiceBalance } from "./ledger";
import { nextNumber, seriesFor } from "./numbering";
import { scenarioSchema } from "./scenario";
import type { ScenarioFile } from "./scenarioTypes";
import { latePenaltyRateBasisOf, openingLedger, printOptionsOf, sellerOf } from "./scenarioLedger";

const address = { street: "12 rue des Tanneurs", postalCode: "69002", city: "Lyon" };

function scenario(overrides: Partial<ScenarioFile> = {}) {
  return scenarioSchema.parse({
    schemaVersion: 1,
    id: "essai",
    title: "Essai",
    summary: "Un essai",
    level: "bacpro",
    difficulty: 1,
    durationMinutes: 10,
    objectives: ["Tester l'ouverture du PGI"],
    stages: ["invoiceControl"],
    company: {
      identity: {
        name: "Bureautique Rhône SAS",
        legalForm: "SAS",
        shareCapital: "50000.00",
        siren: "842157638",
        rcsCity: "Lyon",
        vatNumber: "FR62842157638",
        address,
        size: "small",
      },
      policies: { newCustomerCreditLimit: "3000.00", defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 } },
    },
    customers: [
      {
        id: "C001",
        name: "Papeterie Martin",
        billingAddress: address,
        paymentTerms: { kind: "daysEndOfMonth", days: 45 },
        creditLimit: "5000.00",
      },
    ],
    ledger: {
      openInvoices: [
        { number: "FA-2026-00040", customerId: "C001", issueDate: "2026-09-15", lines: [{ description: "Ramettes", quantity: 100, unitPrice: "15.00", vatRate: 20 }], paid: "600.00" },
        { number: "FA-2026-00041", customerId: "C001", issueDate: "2026-10-05", dueDate: "2026-11-04", lines: [{ description: "Classeurs", quantity: 50, unitPrice: "10.00", vatRate: 20 }] },
      ],
      acceptedOrders: [{ id: "CM-12", customerId: "C001", date: "2026-10-20", lines: [{ description: "Agrafeuses", quantity: 60, unitPrice: "25.00", vatRate: 20 }] }],
    },
    clock: { start: "2026-11-02" },
    invoiceControl: { invoice: { seller: {}, buyer: {}, lines: [{ description: "x" }], totals: {} } },
    ...overrides,
  });
}

describe("openingLedger", () => {
  const ledger = openingLedger(scenario());

  it("opens the invoices with their number as id, their balance after earlier payments, and their due date", () => {
    expect(invoiceBalance(ledger, "FA-2026-00040")).toBe(180_000 - 60_000);
    expect(invoiceBalance(ledger, "FA-2026-00041")).toBe(60_000);
    // 45 jours fin de mois from 15/09/2026, counted end of month then + 45 days: 30/09 + 45 = 14/11.
    expect(ledger.documents.find((d) => d.id === "FA-2026-00040")?.dueDate).toBe("2026-11-14");
    expect(ledger.documents.find((d) => d.id === "FA-2026-00041")?.dueDate).toBe("2026-11-04");
  });

  it("counts the accepted orders not yet invoiced in the customer's outstanding", () => {
    const outstanding = customerOutstanding(ledger, "C001");
    expect(outstanding.unpaidInvoicesCents).toEqual([120_000, 60_000]);
    expect(outstanding.acceptedOrdersNotInvoicedCents).toEqual([180_000]);
    const check = checkCredit({ ...outstanding, orderTotalInclTaxCents: 114_000, creditLimitCents: 500_000 });
    expect(check.outstandingCents).toBe(360_000);
    expect(check.passes).toBe(true);
  });

  it("continues the invoice series after the last opening number", () => {
    const next = nextNumber(seriesFor(ledger.series, "invoice", "2026-11-02"), "2026-11-02");
    expect(next.ok && next.number).toBe("FA-2026-00042");
  });

  it("copies the customers and products with amounts in cents", () => {
    expect(ledger.customers[0]).toMatchObject({ id: "C001", creditLimitCents: 500_000, professional: true, conditions: { tradeDiscounts: [] } });
  });
});

describe("sellerOf / printOptionsOf: the company as the invoices print it", () => {
  it("keeps the identity and gives the share capital in cents", () => {
    const seller = sellerOf(scenario());
    expect(seller).toMatchObject({ name: "Bureautique Rhône SAS", legalForm: "SAS", siren: "842157638", rcsCity: "Lyon", shareCapitalCents: 5_000_000 });
    expect(seller).not.toHaveProperty("shareCapital");
  });
  it("passes the late-penalty rate only when the policies set one", () => {
    expect(printOptionsOf(scenario())).toEqual({});
  });
});

describe("latePenaltyRateBasisOf: the rate the follow-up judges with, and why", () => {
  it("without a company rate: the ECB rate of the invoice's half-year + 10 points", () => {
    expect(latePenaltyRateBasisOf(scenario(), "2026-03-10")).toEqual({
      ratePercent: 12.15,
      text: "taux de la BCE du 1er semestre 2026 (2,15\u00a0%) + 10 points, soit 12,15\u00a0% par an",
    });
  });
  it("with a company rate: that rate, from its conditions générales de vente", () => {
    const withRate = scenario();
    withRate.company.policies.latePenaltyRate = 15;
    expect(latePenaltyRateBasisOf(withRate, "2026-03-10")).toEqual({ ratePercent: 15, text: "taux fixé par les conditions générales de vente, soit 15\u00a0% par an" });
  });
});
