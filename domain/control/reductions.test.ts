import { describe, expect, it } from "vitest";
import { CONFORMING_POINT_ID, controlAnswerKey, toCheckExpectations, toPrintedInvoice } from ".";
import { invoiceControlSchema } from "../scenario";
import { CONTROL_SELLER } from "./control.fixtures";

/**
 * Issue 9, point 14: a correct invoice carrying every kind of agreed reduction (remise, rabais,
 * ristourne, escompte) passes the control on the full legal list without a single finding.
 */
const seller = CONTROL_SELLER;

const payment = {
  dueDate: "2026-07-10",
  paymentTermsText: "30 jours date de facture",
  cashDiscountCondition: "Escompte de 2 % déduit pour paiement comptant",
  latePenaltyRate: 12.15,
  recoveryIndemnity: "40.00",
};

const agreed = { tradeDiscounts: [10], allowances: [5], rebates: [2], cashDiscount: 2 };

function controlOf(invoice: object) {
  const control = invoiceControlSchema.parse({ list: "legal", invoice, expected: agreed });
  const expected = toCheckExpectations(control.expected) ?? {};
  return controlAnswerKey(toPrintedInvoice(control.invoice, { size: "small" }), { list: "legal", today: "2026-06-10", expected });
}

const common = {
  number: "FA-2026-00120",
  issueDate: "2026-06-10",
  seller,
  buyer: { name: "Bureaux Artésiens", address: { street: "4 place du Marché", postalCode: "62000", city: "Arras" } },
  reductions: agreed,
  shipping: "45.00",
  ...payment,
};

describe("a conforming invoice with remise, rabais, ristourne and escompte", () => {
  it("passes control with no finding at one VAT rate: 2 480,00 → 2 077,99 → 2 036,43 + 45,00 port → 2 497,72 TTC", () => {
    const key = controlOf({
      ...common,
      lines: [
        { description: "Bureau droit 160 cm", quantity: 4, unitPrice: "350.00", vatRate: 20, lineTotal: "1400.00" },
        { description: "Fauteuil de bureau", quantity: 6, unitPrice: "180.00", vatRate: 20, lineTotal: "1080.00" },
      ],
      totals: {
        gross: "2480.00",
        netCommercial: "2077.99",
        cashDiscount: "41.56",
        netFinancial: "2036.43",
        shipping: "45.00",
        totalExclTax: "2081.43",
        vat: [{ rate: 20, base: "2081.43", amount: "416.29" }],
        totalVat: "416.29",
        totalInclTax: "2497.72",
      },
    });
    expect(key.check.findings).toEqual([]);
    expect(key.check.mentionsChecked).toContain("reductions");
    expect(key.points.map((p) => p.id)).toEqual([CONFORMING_POINT_ID]);
  });

  it("passes control with no finding at two VAT rates (20 % and 5,5 %), the port shared pro rata", () => {
    const key = controlOf({
      ...common,
      lines: [
        { description: "Bureau droit 160 cm", quantity: 4, unitPrice: "350.00", vatRate: 20, lineTotal: "1400.00" },
        { description: "Guide de l'ergonomie au bureau", quantity: 10, unitPrice: "25.00", vatRate: 5.5, lineTotal: "250.00" },
      ],
      totals: {
        gross: "1650.00",
        netCommercial: "1382.53",
        cashDiscount: "27.65",
        netFinancial: "1354.88",
        shipping: "45.00",
        totalExclTax: "1399.88",
        vat: [
          { rate: 20, base: "1187.78", amount: "237.56" },
          { rate: 5.5, base: "212.10", amount: "11.67" },
        ],
        totalVat: "249.23",
        totalInclTax: "1649.11",
      },
    });
    expect(key.check.findings).toEqual([]);
  });

  it("still finds a rabais printed at another rate than agreed (inexact), and one agreed but left off (missing)", () => {
    const base = {
      ...common,
      lines: [{ description: "Bureau droit 160 cm", quantity: 4, unitPrice: "350.00", vatRate: 20, lineTotal: "1400.00" }],
      totals: {},
    };
    const other = controlOf({ ...base, reductions: { ...agreed, allowances: [4] } });
    expect(other.check.findings.filter((f) => f.mention === "reductions").map((f) => [f.code, f.message])).toEqual([
      ["mention.reductions.mismatch", "Rabais\u00a0: la facture indique rabais 4\u00a0%, alors que les conditions accordées sont rabais 5\u00a0%."],
    ]);
    const left = controlOf({ ...base, reductions: { tradeDiscounts: [10], rebates: [2], cashDiscount: 2 } });
    expect(left.check.findings.filter((f) => f.mention === "reductions").map((f) => f.code)).toEqual(["mention.reductions.missing"]);
    expect(left.check.findings.find((f) => f.mention === "reductions")?.field).toBe("reductions.allowances");
  });
});

describe("toCheckExpectations with every kind of reduction", () => {
  it("groups remises, rabais, ristournes and escompte as the checker expects them", () => {
    expect(toCheckExpectations({ ...agreed, purchaseOrderNumber: "BC-1" })).toEqual({ purchaseOrderNumber: "BC-1", reductions: agreed });
  });
});
