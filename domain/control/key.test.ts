import { describe, expect, it } from "vitest";
import { TEST_STATED_RATES } from "../rates.fixtures";
import { invoiceControlSchema } from "../scenario";
import { judgeControl } from "./judge";
import { CONFORMING_POINT_ID, controlAnswerKey, unlistedKeys } from "./key";
import { toPrintedInvoice } from "./printedInvoice";
import { plain, control, options, seller } from "./control.fixtures";

describe("controlAnswerKey", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });
  const key = controlAnswerKey(doc, options);

  it("makes one decision point per anomaly, a missing mention named by its code, a wrong figure by its path", () => {
    expect(key.points.map((p) => p.id)).toEqual(["control.buyerDetails", "control.productDescriptions", "control.reductions", "control.lines[1].lineTotalCents"]);
    expect(key.points.map((p) => p.kind)).toEqual(["missing", "missing", "missing", "figure"]);
    expect(plain(key.points[3]?.messages[0] ?? "")).toBe("Ligne 2 : 25 × 3,20 € = 80,00 € et non 82,00 €.");
  });

  it("accepts the empty cell as well as the mention code for a missing description", () => {
    expect(key.points[1]?.accepted).toEqual(["productDescriptions", "lines[1].description"]);
    expect(unlistedKeys(key)).toEqual([]);
  });

  it("groups two problems of the same printed mention into one decision point", () => {
    const twice = toPrintedInvoice({ ...control.invoice, seller: { ...control.invoice.seller, vatNumber: "FR12552100554" } });
    const legal = controlAnswerKey(twice, { list: "legal", today: "2026-11-06", statedRates: TEST_STATED_RATES });
    const vat = legal.points.find((p) => p.id === "control.seller.vatNumber");
    expect(vat?.messages).toHaveLength(2);
    expect(legal.check.findings.filter((f) => f.field === "seller.vatNumber")).toHaveLength(2);
  });

  it("asks to spot a late-penalty rate printed below the legal floor, on the legal list", () => {
    const low = toPrintedInvoice({ ...control.invoice, latePenaltyRate: 5 });
    const legal = controlAnswerKey(low, { list: "legal", today: "2026-11-06", statedRates: TEST_STATED_RATES });
    const rate = legal.points.find((p) => p.id === "control.latePenaltyRate");
    expect(rate?.accepted).toContain("latePenaltyRate");
    expect(plain(rate?.messages[0] ?? "")).toContain("inférieur au plancher légal de 7,86 %");
  });

  it("gives a conforming invoice one decision point: mark nothing", () => {
    const clean = invoiceControlSchema.parse({
      invoice: {
        number: "FA-2026-00059",
        issueDate: "2026-11-05",
        seller,
        buyer: { name: "Librairie Les Mots Passants", address: { street: "4 place du Marché", postalCode: "62000", city: "Arras" } },
        lines: [{ description: "Ramette", quantity: 2, unitPrice: "4.90", vatRate: 20, lineTotal: "9.80" }],
        totals: { totalExclTax: "9.80", vat: [{ rate: 20, base: "9.80", amount: "1.96" }], totalInclTax: "11.76" },
        dueDate: "2026-12-05",
      },
    });
    const conforming = controlAnswerKey(toPrintedInvoice(clean.invoice), { list: "course", today: "2026-11-06", statedRates: TEST_STATED_RATES });
    expect(conforming.points.map((p) => p.id)).toEqual([CONFORMING_POINT_ID]);
    expect(judgeControl(conforming, toPrintedInvoice(clean.invoice), [], { list: "course" }).results[0]?.found).toBe(true);
    expect(judgeControl(conforming, toPrintedInvoice(clean.invoice), ["number"], { list: "course" }).results[0]?.found).toBe(false);
  });
});
