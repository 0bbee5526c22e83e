import { describe, expect, it } from "vitest";
import { checkInvoice, controlAnswerKey, printedOperationNature, toCheckExpectations, toPrintedInvoice } from "./control";
import { lineNatures, OPERATION_NATURE_LABELS, operationNatureOf } from "./operationNature";
import { invoiceControlSchema, productSchema } from "./scenario";

describe("operationNatureOf: the nature of the operation, from what the lines sell", () => {
  it("is goods for goods only, services for services only, mixed for both", () => {
    expect(operationNatureOf(["goods", "goods"])).toBe("goods");
    expect(operationNatureOf(["service"])).toBe("services");
    expect(operationNatureOf(["service", "goods"])).toBe("mixed");
    expect(operationNatureOf([])).toBeUndefined();
  });

  it("reads each line's product in the catalogue; a product is goods unless it says it is a service", () => {
    const catalogue = [productSchema.parse({ reference: "INST", description: "Installation sur site", unitPrice: "90.00", vatRate: 20, stock: 0, nature: "service" }), productSchema.parse({ reference: "FOUR", description: "Four mixte", unitPrice: "4290.00", vatRate: 20, stock: 1 })];
    expect(catalogue[1]?.nature).toBe("goods");
    expect(lineNatures([{ reference: "FOUR" }, { reference: "INST" }, {}], catalogue)).toEqual(["goods", "service", "goods"]);
    expect(OPERATION_NATURE_LABELS.mixed).toBe("livraison de biens et prestation de services");
  });
});

/** A reform-era invoice of a large seller (mention 17 due), selling an oven and its installation. */
const control = invoiceControlSchema.parse({
  list: "legal",
  invoice: {
    number: "FA-2026-00410",
    issueDate: "2026-09-15",
    seller: { name: "Cuisines Pro", size: "large" },
    buyer: { name: "Restaurant Le Quai" },
    lines: [
      { reference: "FOUR", description: "Four mixte", quantity: 1, unitPrice: "4290.00", vatRate: 20 },
      { reference: "INST", description: "Installation sur site", quantity: 2, unitPrice: "90.00", vatRate: 20 },
    ],
    totals: {},
    operationNature: "goods",
  },
});
const products = [
  productSchema.parse({ reference: "FOUR", description: "Four mixte", unitPrice: "4290.00", vatRate: 20, stock: 1 }),
  productSchema.parse({ reference: "INST", description: "Installation sur site", unitPrice: "90.00", vatRate: 20, stock: 0, nature: "service" }),
];

describe("invoice control of the nature of the operation", () => {
  it("finds a printed nature that contradicts the lines, as an inexact mention the learner can mark", () => {
    const nature = printedOperationNature(control.invoice, products);
    expect(nature).toBe("mixed");
    const doc = toPrintedInvoice(control.invoice);
    const options = { list: "legal" as const, today: "2026-09-16", expected: toCheckExpectations(undefined, nature) ?? {} };
    const finding = checkInvoice(doc, options).findings.find((f) => f.mention === "operationNature");
    expect(finding).toEqual({
      code: "mention.operationNature.mismatch",
      category: "wrongMention",
      field: "operationNature",
      message:
        "Nature de l'opération «\u00a0livraison de biens\u00a0»\u00a0: les lignes facturent des biens et des services, la nature à imprimer est «\u00a0livraison de biens et prestation de services\u00a0».",
      reference: "CGI ann. II art. 242 nonies A (mentions de la réforme de la facturation électronique)",
      expected: "livraison de biens et prestation de services",
      found: "livraison de biens",
      mention: "operationNature",
    });
    const point = controlAnswerKey(doc, options).points.find((p) => p.id === "control.operationNature");
    expect(point?.kind).toBe("wrong");
    expect(point?.accepted).toEqual(["operationNature"]);
  });

  it("accepts the nature the lines give, and judges a printed nature even before the reform applies", () => {
    const doc = toPrintedInvoice({ ...control.invoice, operationNature: "mixed" });
    const options = { list: "legal" as const, today: "2026-09-16", expected: { operationNature: "mixed" as const } };
    expect(checkInvoice(doc, options).findings.filter((f) => f.mention === "operationNature")).toEqual([]);
    // A small seller in 2026: the mention is not yet due, but a nature printed wrong is still inexact.
    const small = toPrintedInvoice({ ...control.invoice, seller: { ...control.invoice.seller, size: "small" } });
    expect(checkInvoice(small, options).findings.filter((f) => f.mention === "operationNature").map((f) => f.code)).toEqual(["mention.operationNature.mismatch"]);
    const notPrinted = toPrintedInvoice({ ...control.invoice, seller: { ...control.invoice.seller, size: "small" }, operationNature: undefined });
    expect(checkInvoice(notPrinted, options).mentionsChecked).not.toContain("operationNature");
  });
});
