import { describe, expect, it } from "vitest";
import { type InvoiceDocument } from "../documents";
import { isValidSiren, isValidSiret, frenchVatKey, frenchVatNumber } from "../identifiers";
import { MENTIONS, mentionsOfList, type MentionCode } from "./catalogue";
import { checkInvoice } from "./check";
import { SELLER_SIREN, SELLER_VAT, BUYER_SIREN, invoice, CONTEXT, TODAY, legal, course, creditNote, edit, summary } from "./mentions.fixtures";

// ---------------------------------------------------------------------------------------------

describe("identifiers used by the fixtures", () => {
  it("SIRENs and SIRETs are checked with the Luhn formula", () => {
    expect(isValidSiren(SELLER_SIREN)).toBe(true);
    expect(isValidSiren(BUYER_SIREN)).toBe(true);
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("842157639")).toBe(false);
    expect(isValidSiren("84215763")).toBe(false);
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("73282932000075")).toBe(false);
    // La Poste: head office Luhn-valid, the post offices by digit sum (multiple of 5).
    expect(isValidSiret("35600000000048")).toBe(true);
    expect(isValidSiret("35600000012346")).toBe(true);
    expect(isValidSiret("35600000012345")).toBe(false);
  });

  it("the VAT key is (12 + 3 × (SIREN mod 97)) mod 97", () => {
    // A published example: SIREN 404 833 048 → FR 83 404 833 048.
    expect(frenchVatNumber("404833048")).toBe("FR83404833048");
    expect(frenchVatNumber(SELLER_SIREN)).toBe(SELLER_VAT);
    // 97 × 9 = 873 → mod 97 = 0 → key 12, padded.
    expect(frenchVatKey("000000873")).toBe("12");
    expect(() => frenchVatKey("1234")).toThrow(/9 chiffres/);
  });
});

describe("a complete invoice", () => {
  it("is conforming on both lists, with every mention of each list checked", () => {
    const legalCheck = legal(invoice());
    expect(legalCheck.findings).toEqual([]);
    expect(legalCheck.conforming).toBe(true);
    expect(legalCheck.fineEstimateCents).toBe(0);
    expect(legalCheck.mentionsChecked).toEqual(mentionsOfList("legal").filter((code) => code !== "originalInvoice"));

    const courseCheck = course(invoice());
    expect(courseCheck.findings).toEqual([]);
    expect(courseCheck.conforming).toBe(true);
    expect(courseCheck.mentionsChecked).toEqual([
      "invoiceNumber",
      "sellerDetails",
      "buyerDetails",
      "productDescriptions",
      "issueDate",
      "reductions",
      "paymentTerms",
    ]);
  });

  it("a complete credit note is conforming and is not asked for payment terms", () => {
    const check = legal(creditNote(), {});
    expect(check.findings).toEqual([]);
    expect(check.mentionsChecked).toContain("originalInvoice");
    expect(check.mentionsChecked).not.toContain("dueDate");
    expect(check.mentionsChecked).not.toContain("recoveryIndemnity");
    expect(course(creditNote(), {}).findings).toEqual([]);
  });

  it("refuses a control date that is not a date", () => {
    expect(() => checkInvoice(invoice(), { list: "legal", today: "28/11/2026" })).toThrow(/today/);
  });

  it("is checked deterministically", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      d.totals.totalVatCents = 4161;
    });
    expect(legal(doc)).toEqual(legal(doc));
  });
});

// ---------------------------------------------------------------------------------------------
// Table tests: remove one mention, get exactly that finding.
// ---------------------------------------------------------------------------------------------

interface Removal {
  remove: (d: InvoiceDocument) => void;
  field: string;
  fixture?: () => InvoiceDocument;
}

const LEGAL_REMOVALS: Record<Exclude<MentionCode, "paymentTerms">, Removal> = {
  issueDate: { remove: (d) => delete d.issueDate, field: "issueDate" },
  invoiceNumber: { remove: (d) => delete d.number, field: "number" },
  originalInvoice: { remove: (d) => delete d.originalInvoice, field: "originalInvoice", fixture: creditNote },
  sellerDetails: {
    remove: (d) => {
      delete d.seller.name;
      delete d.seller.address;
    },
    field: "seller",
  },
  buyerDetails: {
    remove: (d) => {
      delete d.buyer.name;
      delete d.buyer.address;
    },
    field: "buyer",
  },
  sellerSiren: { remove: (d) => delete d.seller.siren, field: "seller.siren" },
  buyerSiren: { remove: (d) => delete d.buyer.siren, field: "buyer.siren" },
  sellerVatNumber: { remove: (d) => delete d.seller.vatNumber, field: "seller.vatNumber" },
  sellerLegalForm: { remove: (d) => delete d.seller.legalForm, field: "seller.legalForm" },
  sellerShareCapital: { remove: (d) => delete d.seller.shareCapitalCents, field: "seller.shareCapitalCents" },
  sellerRcs: { remove: (d) => delete d.seller.rcsCity, field: "seller.rcsCity" },
  purchaseOrderNumber: { remove: (d) => delete d.purchaseOrderNumber, field: "purchaseOrderNumber" },
  saleDate: { remove: (d) => delete d.saleDate, field: "saleDate" },
  productDescriptions: { remove: (d) => delete d.lines[1]?.description, field: "lines[1].description" },
  lineQuantities: { remove: (d) => delete d.lines[1]?.quantity, field: "lines[1].quantity" },
  lineUnitPrices: { remove: (d) => delete d.lines[0]?.unitPriceCents, field: "lines[0].unitPriceCents" },
  lineVatRates: { remove: (d) => delete d.lines[2]?.vatRate, field: "lines[2].vatRate" },
  reductions: { remove: (d) => (d.reductions = {}), field: "reductions.tradeDiscounts" },
  totalExclTax: { remove: (d) => delete d.totals.totalExclTaxCents, field: "totals.totalExclTaxCents" },
  vatPerRate: { remove: (d) => delete d.totals.vat, field: "totals.vat" },
  totalToPay: { remove: (d) => delete d.totals.totalInclTaxCents, field: "totals.totalInclTaxCents" },
  dueDate: { remove: (d) => delete d.dueDate, field: "dueDate" },
  cashDiscountCondition: { remove: (d) => delete d.cashDiscountCondition, field: "cashDiscountCondition" },
  latePenaltyRate: { remove: (d) => delete d.latePenaltyRate, field: "latePenaltyRate" },
  recoveryIndemnity: { remove: (d) => delete d.recoveryIndemnityCents, field: "recoveryIndemnityCents" },
  deliveryAddress: { remove: (d) => delete d.deliveryAddress, field: "deliveryAddress" },
  operationNature: { remove: (d) => delete d.operationNature, field: "operationNature" },
  vatOnDebits: { remove: (d) => delete d.vatOnDebitsMention, field: "vatOnDebitsMention" },
};

const COURSE_REMOVALS: Partial<Record<MentionCode, Removal>> = {
  invoiceNumber: LEGAL_REMOVALS.invoiceNumber,
  sellerDetails: LEGAL_REMOVALS.sellerDetails,
  buyerDetails: LEGAL_REMOVALS.buyerDetails,
  productDescriptions: LEGAL_REMOVALS.productDescriptions,
  issueDate: LEGAL_REMOVALS.issueDate,
  reductions: LEGAL_REMOVALS.reductions,
  paymentTerms: {
    remove: (d) => {
      delete d.dueDate;
      delete d.paymentTermsText;
    },
    field: "dueDate",
  },
};

describe("removing one mention yields exactly that finding", () => {
  it("the tables cover every mention of each list", () => {
    expect(Object.keys(LEGAL_REMOVALS).sort()).toEqual(mentionsOfList("legal").sort());
    expect(Object.keys(COURSE_REMOVALS).sort()).toEqual(mentionsOfList("course").sort());
  });

  it.each(Object.entries(LEGAL_REMOVALS))("legal list: %s", (code, { remove, field, fixture }) => {
    const base = (fixture ?? invoice)();
    const expected = fixture === creditNote ? {} : CONTEXT;
    const check = legal(edit(base, remove), expected);
    expect(summary(check.findings)).toEqual([`mention.${code}.missing @ ${field}`]);
    const [finding] = check.findings;
    expect(finding?.category).toBe("missingMention");
    expect(finding?.mention).toBe(code);
    expect(finding?.reference).toBe(MENTIONS[code as MentionCode].reference);
    expect(check.conforming).toBe(false);
    // 15 €, or a quarter of the credit note's 54,00 € TTC.
    expect(check.fineEstimateCents).toBe(fixture === creditNote ? 1350 : 1500);
  });

  it.each(Object.entries(COURSE_REMOVALS))("course list: %s", (code, removal) => {
    const check = course(edit(invoice(), removal?.remove ?? (() => undefined)));
    expect(summary(check.findings)).toEqual([`mention.${code}.missing @ ${removal?.field ?? ""}`]);
    expect(check.findings[0]?.reference).toMatch(/^Cours C6 — contrôle de la facture/);
  });
});

describe("course list and legal list", () => {
  it("the course list is the teacher's seven mentions, all on the legal list but paymentTerms", () => {
    expect(mentionsOfList("course")).toEqual(["invoiceNumber", "sellerDetails", "buyerDetails", "productDescriptions", "issueDate", "reductions", "paymentTerms"]);
    const legalCodes = mentionsOfList("legal");
    expect(legalCodes).not.toContain("paymentTerms");
    expect(mentionsOfList("course").filter((code) => !legalCodes.includes(code))).toEqual(["paymentTerms"]);
  });

  it("the legal list covers items 1 to 18 of domain.md, and every mention has a French label and a reference", () => {
    const items = new Set(mentionsOfList("legal").map((code) => MENTIONS[code].legalItem));
    for (let item = 1; item <= 18; item += 1) expect(items.has(item)).toBe(true);
    for (const definition of Object.values(MENTIONS)) {
      expect(definition.label.length).toBeGreaterThan(5);
      expect(definition.reference.length).toBeGreaterThan(5);
      expect(definition.lists.length).toBeGreaterThan(0);
    }
  });

  it("identity and legal mentions are required by the law only", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      delete d.latePenaltyRate;
      delete d.recoveryIndemnityCents;
    });
    expect(summary(legal(doc).findings)).toEqual([
      "mention.sellerSiren.missing @ seller.siren",
      "mention.latePenaltyRate.missing @ latePenaltyRate",
      "mention.recoveryIndemnity.missing @ recoveryIndemnityCents",
    ]);
    expect(course(doc).findings).toEqual([]);
  });

  /** The invoice issued and due on other days, printing another late-penalty rate. */
  const datedWithRate = (issueDate: string, dueDate: string, rate: number) =>
    edit(invoice(issueDate), (d) => {
      d.dueDate = dueDate;
      d.latePenaltyRate = rate;
    });

  it("a late-penalty rate below the legal floor of the invoice's half-year (3 × 2,62 % = 7,86 % in H1 2026) is a finding; the floor itself is not", () => {
    const march = (rate: number) => legal(datedWithRate("2026-03-10", "2026-04-09", rate), { ...CONTEXT, saleDate: "2026-03-10" }).findings;
    const low = march(5);
    expect(summary(low)).toEqual(["mention.latePenaltyRate.belowFloor @ latePenaltyRate"]);
    expect(low[0]?.message.replace(/[\u00a0\u202f]/gu, " ")).toBe("Taux des pénalités de retard 5 % : inférieur au plancher légal de 7,86 % (3 × le taux d'intérêt légal de 2,62 %, 1er semestre 2026).");
    expect(march(7.86)).toEqual([]);
    expect(summary(march(7.85))).toEqual(["mention.latePenaltyRate.belowFloor @ latePenaltyRate"]);
  });

  it("on a November 2025 invoice the floor is 3 × 2,76 % = 8,28 %, named « 2nd semestre 2025 »", () => {
    const november = (rate: number) => legal(datedWithRate("2025-11-20", "2025-12-20", rate), { ...CONTEXT, saleDate: "2025-11-20" }).findings;
    const low = november(7.86);
    expect(summary(low)).toEqual(["mention.latePenaltyRate.belowFloor @ latePenaltyRate"]);
    expect(low[0]?.message.replace(/[\u00a0\u202f]/gu, " ")).toBe("Taux des pénalités de retard 7,86 % : inférieur au plancher légal de 8,28 % (3 × le taux d'intérêt légal de 2,76 %, 2nd semestre 2025).");
    expect(low[0]?.expected?.replace(/[\u00a0\u202f]/gu, " ")).toBe("au moins 8,28 %");
    expect(november(8.28)).toEqual([]);
  });

  it("an invoice of a half-year neither the table nor the scenario knows is refused, not judged against a guessed floor", () => {
    const doc = edit(invoice("2026-11-20"), (d) => (d.latePenaltyRate = 5));
    expect(() => checkInvoice(doc, { list: "legal", today: TODAY, expected: CONTEXT })).toThrow(/2nd semestre 2026 n'est pas dans la table des taux/u);
  });

  it("a consumer's invoice is not asked for the L441-10 rate nor the 40 € indemnity", () => {
    const doc = edit(invoice(), (d) => {
      delete d.latePenaltyRate;
      delete d.recoveryIndemnityCents;
    });
    const consumer = legal(doc, { ...CONTEXT, buyerProfessional: false });
    expect(consumer.mentionsChecked).not.toContain("latePenaltyRate");
    expect(consumer.mentionsChecked).not.toContain("recoveryIndemnity");
    expect(summary(consumer.findings)).toEqual([]);
    expect(summary(legal(doc).findings)).toEqual(["mention.latePenaltyRate.missing @ latePenaltyRate", "mention.recoveryIndemnity.missing @ recoveryIndemnityCents"]);
  });

  it("the course accepts payment terms without a due date; the law wants the date", () => {
    const doc = edit(invoice(), (d) => delete d.dueDate);
    expect(course(doc).findings).toEqual([]);
    expect(summary(legal(doc).findings)).toEqual(["mention.dueDate.missing @ dueDate"]);
  });

  it("the course does not check a credit note's reference to the original invoice", () => {
    const doc = edit(creditNote(), (d) => delete d.originalInvoice);
    expect(course(doc, {}).findings).toEqual([]);
  });
});
