import { describe, expect, it } from "vitest";
import {
  CONFORMING_POINT_ID,
  controlAnswerKey,
  controlTargets,
  defaultControlHints,
  falseAlarmExplanation,
  judgeControl,
  selectableTargets,
  toCheckExpectations,
  toPrintedInvoice,
  unlistedKeys,
  type ControlOptions,
} from "./control";
import { mentionsOfList } from "./mentions";
import { TEST_STATED_RATES } from "./rates.fixtures";
import { invoiceControlSchema } from "./scenario";
import { CONTROL_SELLER } from "./control.fixtures";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

const seller = CONTROL_SELLER;

/** Course list: buyer address missing, 5 % remise deducted but not printed, line 2 and VAT wrong. */
const control = invoiceControlSchema.parse({
  list: "course",
  invoice: {
    number: "FA-2026-00057",
    issueDate: "2026-11-05",
    seller,
    buyer: { name: "Librairie Les Mots Passants" },
    lines: [
      { description: "Ramette papier A4 80 g", quantity: 40, unitPrice: "4.90", vatRate: 20, lineTotal: "196.00" },
      { quantity: 25, unitPrice: "3.20", vatRate: 20, lineTotal: "82.00" },
    ],
    shipping: "15.00",
    totals: { gross: "276.00", netCommercial: "262.20", shipping: "15.00", totalExclTax: "277.20", vat: [{ rate: 20, base: "277.20", amount: "55.44" }], totalInclTax: "332.64" },
    dueDate: "2026-12-05",
    recoveryIndemnity: "40.00",
  },
  expected: { tradeDiscounts: [5], purchaseOrderNumber: "BC-118" },
});

const options: ControlOptions = { list: "course", today: "2026-11-06", statedRates: TEST_STATED_RATES, expected: toCheckExpectations(control.expected) ?? {} };

describe("toPrintedInvoice", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });

  it("renames the printed amounts to the document's cent fields", () => {
    expect(doc.lines[1]).toEqual({ quantity: 25, unitPriceCents: 320, vatRate: 20, lineTotalCents: 8200 });
    expect(doc.totals).toEqual({
      grossCents: 27600,
      netCommercialCents: 26220,
      shippingCents: 1500,
      totalExclTaxCents: 27720,
      vat: [{ rate: 20, baseCents: 27720, amountCents: 5544 }],
      totalInclTaxCents: 33264,
    });
    expect(doc.shippingCents).toBe(1500);
    expect(doc.recoveryIndemnityCents).toBe(4000);
    expect(doc.seller.shareCapitalCents).toBe(5_000_000);
    expect(doc.buyer).toEqual({ name: "Librairie Les Mots Passants" });
  });

  it("takes the seller's size from the company when the invoice does not print it, never the reverse", () => {
    expect(doc.seller.size).toBe("small");
    expect(toPrintedInvoice({ ...control.invoice, seller: { ...control.invoice.seller, size: "large" } }, { size: "small" }).seller.size).toBe("large");
    expect(toPrintedInvoice(control.invoice).seller.size).toBeUndefined();
  });

  it("leaves out every mention the invoice does not print", () => {
    expect(Object.keys(doc)).not.toContain("purchaseOrderNumber");
    expect(Object.keys(doc)).not.toContain("latePenaltyRate");
    expect(doc.reductions).toEqual({});
  });
});

describe("toCheckExpectations", () => {
  it("groups the agreed reductions as the checker expects them", () => {
    expect(toCheckExpectations({ tradeDiscounts: [10, 5], cashDiscount: 2, purchaseOrderNumber: "BC-1" })).toEqual({ purchaseOrderNumber: "BC-1", reductions: { tradeDiscounts: [10, 5], cashDiscount: 2 } });
    expect(toCheckExpectations({ saleDate: "2026-11-02" })).toEqual({ saleDate: "2026-11-02" });
    expect(toCheckExpectations(undefined)).toBeUndefined();
  });
});

describe("controlTargets", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });
  const targets = controlTargets(doc, "course");

  it("lists what is printed with its value, in reading order: header, parties, lines, totals with VAT, payment", () => {
    const printed = targets.printed.map((t) => t.target);
    expect(printed.slice(0, 3)).toEqual(["number", "issueDate", "seller.name"]);
    expect(printed.indexOf("lines[0].description")).toBeLessThan(printed.indexOf("totals.grossCents"));
    expect(printed.indexOf("totals.totalExclTaxCents")).toBeLessThan(printed.indexOf("totals.vat[0].baseCents"));
    expect(printed.indexOf("totals.vat[0].amountCents")).toBeLessThan(printed.indexOf("totals.totalInclTaxCents"));
    expect(printed[printed.length - 1]).toBe("recoveryIndemnityCents");
    expect(printed).not.toContain("buyer.address");
    expect(targets.printed.find((t) => t.target === "seller.siren")).toEqual({ target: "seller.siren", label: "SIREN du vendeur", area: "seller", value: "842157638", mention: "sellerSiren" });
    expect(plain(targets.printed.find((t) => t.target === "totals.vat[0].amountCents")?.value ?? "")).toBe("55,44 €");
    expect(plain(targets.printed.find((t) => t.target === "totals.vat[0].amountCents")?.label ?? "")).toBe("TVA à 20 %");
  });

  it("keeps every cell of each line, even an empty one (an empty cell is visible on the invoice)", () => {
    expect(targets.printed.find((t) => t.target === "lines[1].description")).toEqual({ target: "lines[1].description", label: "Ligne 2 : désignation", area: "lines", value: "", mention: "productDescriptions" });
    // No line prints a reference: the column is not there.
    expect(targets.printed.some((t) => t.target === "lines[0].reference")).toBe(false);
  });

  it("offers the whole catalogue of the chosen list for missing mentions, whatever the invoice lacks", () => {
    expect(targets.mentions.map((t) => t.target)).toEqual(mentionsOfList("course"));
    expect(controlTargets(doc, "legal").mentions.map((t) => t.target)).toEqual(mentionsOfList("legal"));
    expect(targets.mentions[0]).toEqual({ target: "invoiceNumber", label: "Numéro unique de la facture (série chronologique et continue)", area: "header", mention: "invoiceNumber" });
  });

  it("gives each selectable target once (a mention code that is also a path is one target)", () => {
    const legal = controlTargets(doc, "legal");
    const all = selectableTargets(legal);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((t) => t === "issueDate")).toHaveLength(1);
  });
});

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

describe("judgeControl", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });
  const key = controlAnswerKey(doc, options);

  it("counts hits, misses and false alarms", () => {
    const judgement = judgeControl(key, doc, ["buyerDetails", "lines[1].description", "totals.vat[0].amountCents", "seller.siren"], options);
    expect(judgement.results.map((r) => r.found)).toEqual([true, true, false, false]);
    expect(judgement.falseAlarms.map((f) => f.target)).toEqual(["totals.vat[0].amountCents", "seller.siren"]);
    expect(plain(judgement.falseAlarms[0]?.explanation ?? "")).toBe("TVA à 20 % (55,44 €) : cette mention est présente et exacte.");
  });

  it("explains a false alarm on a mention that does not apply, and on an empty cell", () => {
    const legal: ControlOptions = { list: "legal", today: "2026-11-06", statedRates: TEST_STATED_RATES };
    const legalKey = controlAnswerKey(doc, legal);
    // A small seller in 2026: the reform mentions are not yet due.
    expect(falseAlarmExplanation(legalKey, doc, "buyerSiren", legal)).toBe(
      "SIREN de l'acheteur (réforme) : cette mention n'est pas exigée sur cette facture (les mentions de la réforme ne s'appliquent pas encore à ce vendeur à cette date, ou le cas ne se présente pas).",
    );
    expect(falseAlarmExplanation(legalKey, doc, "sellerRcs", legal)).toBe("RCS et ville du greffe du vendeur : cette mention est présente et exacte.");
    const withReference = toPrintedInvoice({ ...control.invoice, lines: [{ ...control.invoice.lines[0], reference: "PAP-A4" } as never, control.invoice.lines[1] as never] });
    const refKey = controlAnswerKey(withReference, options);
    expect(falseAlarmExplanation(refKey, withReference, "lines[1].reference", options)).toBe("Ligne 2 : référence : case vide, ce n'est pas une anomalie au regard de la liste contrôlée.");
  });
});

describe("defaultControlHints", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });
  const key = controlAnswerKey(doc, options);

  it("say how many anomalies remain, then where to look, then what", () => {
    const point = key.points[3];
    expect(point).toBeDefined();
    if (point === undefined) return;
    expect(defaultControlHints(point, 4)).toEqual(["Il reste 4 anomalies à relever.", "Regardez les lignes de la facture.", "Indice : un montant est faux : « Ligne 2 : montant HT »."]);
    expect(defaultControlHints(point, 1)[0]).toBe("Il reste 1 anomalie à relever.");
  });
});
