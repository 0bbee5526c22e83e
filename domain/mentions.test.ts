import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VAT_RATES, type CompanySize, type InvoiceDocument } from "./documents";
import { isValidSiren, isValidSiret } from "./identifiers";
import { computeInvoice, type CascadeMethod, type InvoiceInput } from "./invoice";
import { TWO_RATE_INVOICE } from "./invoice.fixtures";
import { TEST_STATED_RATES } from "./rates.fixtures";
import {
  checkInvoice,
  frenchVatKey,
  frenchVatNumber,
  isReformApplicable,
  latestLegalDueDate,
  MENTIONS,
  mentionsOfList,
  type Finding,
  type InvoiceCheckOptions,
  type MentionCode,
} from "./mentions";

// ---------------------------------------------------------------------------------------------
// Fixtures: a fictional seller in Lyon, a bookshop customer. Both SIRENs are Luhn-valid (checked
// below), the VAT key was computed by hand: (12 + 3 × (842157638 mod 97)) mod 97 = 62.
// ---------------------------------------------------------------------------------------------

const SELLER_SIREN = "842157638";
const SELLER_VAT = "FR62842157638";
const BUYER_SIREN = "910382746";

/** 4 × 45,00 + 1 × 35,00 at 20 %, 2 × 12,00 at 5,5 %; remises 10 % then 5 %; port 20,00; acompte 50,00. */
/** `size` "unknown" prints no size (an undefined argument would take the default). */
function invoice(issueDate = "2026-11-20", size: CompanySize | "unknown" = "midSize"): InvoiceDocument {
  return {
    kind: "invoice",
    number: "FA-2026-00042",
    issueDate,
    seller: {
      name: "Lumière & Cie",
      legalForm: "SAS",
      shareCapitalCents: 5_000_000,
      siren: SELLER_SIREN,
      rcsCity: "Lyon",
      vatNumber: SELLER_VAT,
      address: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
      ...(size !== "unknown" ? { size } : {}),
      vatOnDebits: true,
    },
    buyer: {
      name: "Librairie du Parc SARL",
      address: { street: "3 place du Parc", postalCode: "38000", city: "Grenoble" },
      siren: BUYER_SIREN,
    },
    deliveryAddress: { street: "ZI des Glairons, entrepôt 4", postalCode: "38400", city: "Saint-Martin-d'Hères" },
    purchaseOrderNumber: "CMD-7781",
    saleDate: "2026-11-18",
    lines: [
      { reference: "LMP-01", description: "Lampe de bureau LED", quantity: 4, unitPriceCents: 4500, vatRate: 20, lineTotalCents: 18000 },
      { reference: "SRV-MES", description: "Mise en service (forfait)", quantity: 1, unitPriceCents: 3500, vatRate: 20, lineTotalCents: 3500 },
      { reference: "LIV-ECL", description: "Guide de l'éclairage (livre)", quantity: 2, unitPriceCents: 1200, vatRate: 5.5, lineTotalCents: 2400 },
    ],
    reductions: { tradeDiscounts: [10, 5] },
    shippingCents: 2000,
    depositCents: 5000,
    // Worked by hand, per rate (docs/decisions/0003): 20 %: 215,00 − 21,50 = 193,50 − 9,68 = 183,82;
    // 5,5 %: 24,00 − 2,40 = 21,60 − 1,08 = 20,52. Port 20,00 pro rata: 17,99 and 2,01.
    // Bases 201,81 and 22,53; TVA 40,36 (40,362) and 1,24 (1,23915).
    totals: {
      grossCents: 23900,
      netCommercialCents: 20434,
      shippingCents: 2000,
      totalExclTaxCents: 22434,
      vat: [
        { rate: 20, baseCents: 20181, amountCents: 4036 },
        { rate: 5.5, baseCents: 2253, amountCents: 124 },
      ],
      totalVatCents: 4160,
      totalInclTaxCents: 26594,
      depositCents: 5000,
      amountDueCents: 21594,
    },
    dueDate: "2026-12-20",
    paymentTermsText: "30 jours date de facture",
    cashDiscountCondition: "Escompte de 2 % pour paiement sous 10 jours",
    latePenaltyRate: 12.15,
    recoveryIndemnityCents: 4000,
    operationNature: "mixed",
    vatOnDebitsMention: true,
  };
}

/** What the order and the delivery note tell the controller. */
const CONTEXT: NonNullable<InvoiceCheckOptions["expected"]> = {
  purchaseOrderNumber: "CMD-7781",
  saleDate: "2026-11-18",
  deliveryAddressDiffers: true,
  reductions: { tradeDiscounts: [10, 5] },
};

const TODAY = "2026-11-28";

function legal(doc: InvoiceDocument, expected = CONTEXT) {
  return checkInvoice(doc, { list: "legal", today: TODAY, expected, statedRates: TEST_STATED_RATES });
}

/** The invoice numbered `number`, checked knowing the numbers issued before it. */
function withPrevious(number: string, previousNumbers: string[]) {
  return legal(edit(invoice(), (d) => (d.number = number)), { ...CONTEXT, previousNumbers });
}

function course(doc: InvoiceDocument, expected = CONTEXT) {
  return checkInvoice(doc, { list: "course", today: TODAY, expected, statedRates: TEST_STATED_RATES });
}

/** A return of one lamp: 45,00 HT + 9,00 TVA. */
function creditNote(): InvoiceDocument {
  const base = edit(invoice("2026-11-25"), (d) => {
    delete d.shippingCents;
    delete d.depositCents;
  });
  return {
    ...base,
    kind: "creditNote",
    number: "AV-2026-00007",
    originalInvoice: { number: "FA-2026-00042", date: "2026-11-20" },
    lines: [{ description: "Lampe de bureau LED (retour, défectueuse)", quantity: 1, unitPriceCents: 4500, vatRate: 20, lineTotalCents: 4500 }],
    reductions: {},
    totals: { grossCents: 4500, totalExclTaxCents: 4500, vat: [{ rate: 20, baseCents: 4500, amountCents: 900 }], totalVatCents: 900, totalInclTaxCents: 5400 },
  };
}

function edit(doc: InvoiceDocument, change: (d: InvoiceDocument) => void): InvoiceDocument {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}

function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} @ ${f.field}`);
}

const NBSP = "\u00a0";
const NNBSP = "\u202f";

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

// ---------------------------------------------------------------------------------------------
// The e-invoicing reform calendar
// ---------------------------------------------------------------------------------------------

const REFORM_CODES: MentionCode[] = ["buyerSiren", "deliveryAddress", "operationNature", "vatOnDebits"];

/** The invoice dated `issueDate`, without any reform mention. */
function withoutReformMentions(issueDate: string, size: CompanySize | "unknown"): InvoiceDocument {
  return edit(invoice(issueDate, size), (d) => {
    delete d.buyer.siren;
    delete d.deliveryAddress;
    delete d.operationNature;
    delete d.vatOnDebitsMention;
    d.saleDate = issueDate;
    d.dueDate = issueDate;
  });
}

function reformFindings(issueDate: string, size: CompanySize | "unknown"): string[] {
  const check = checkInvoice(withoutReformMentions(issueDate, size), { list: "legal", statedRates: TEST_STATED_RATES, expected: { ...CONTEXT, saleDate: issueDate } });
  return check.findings.map((f) => f.mention ?? f.code);
}

describe("reform mentions (buyer SIREN, delivery address, nature, VAT on debits)", () => {
  it.each<[CompanySize | "unknown", string, string]>([
    ["large", "2026-08-31", "2026-09-01"],
    ["midSize", "2026-08-31", "2026-09-01"],
    ["small", "2027-08-31", "2027-09-01"],
    ["micro", "2027-08-31", "2027-09-01"],
    ["unknown", "2027-08-31", "2027-09-01"],
  ])("size %s: not required on %s, required from %s", (size, before, from) => {
    const known = size === "unknown" ? undefined : size;
    expect(isReformApplicable(known, before)).toBe(false);
    expect(isReformApplicable(known, from)).toBe(true);
    expect(reformFindings(before, size)).toEqual([]);
    expect(reformFindings(from, size)).toEqual(REFORM_CODES);
    expect(checkInvoice(invoice(before, size), { list: "legal", expected: CONTEXT, statedRates: TEST_STATED_RATES }).mentionsChecked).not.toContain("buyerSiren");
  });

  it("small and micro firms are not yet concerned in 2026", () => {
    expect(reformFindings("2026-11-20", "small")).toEqual([]);
    expect(reformFindings("2026-11-20", "micro")).toEqual([]);
  });

  it("the delivery address is required only when the context says it differs; VAT on debits only when opted for", () => {
    const doc = withoutReformMentions("2026-11-20", "large");
    const noDelivery = checkInvoice(doc, { list: "legal", statedRates: TEST_STATED_RATES, expected: { ...CONTEXT, saleDate: "2026-11-20", deliveryAddressDiffers: false } });
    expect(noDelivery.findings.map((f) => f.mention)).toEqual(["buyerSiren", "operationNature", "vatOnDebits"]);
    const noOption = edit(doc, (d) => (d.seller.vatOnDebits = false));
    expect(checkInvoice(noOption, { list: "legal", statedRates: TEST_STATED_RATES, expected: { ...CONTEXT, saleDate: "2026-11-20" } }).findings.map((f) => f.mention)).toEqual([
      "buyerSiren",
      "deliveryAddress",
      "operationNature",
    ]);
  });

  it("without a readable issue date, the control date decides", () => {
    const doc = edit(withoutReformMentions("2026-11-20", "midSize"), (d) => delete d.issueDate);
    const options = { list: "legal" as const, statedRates: TEST_STATED_RATES, expected: { ...CONTEXT, saleDate: "2026-11-20" } };
    expect(checkInvoice(doc, { ...options, today: "2026-11-28" }).findings.map((f) => f.mention)).toEqual(["issueDate", ...REFORM_CODES]);
    expect(checkInvoice(doc, { ...options, today: "2026-08-31" }).findings.map((f) => f.mention)).toEqual(["issueDate"]);
    expect(checkInvoice(doc, options).findings.map((f) => f.mention)).toEqual(["issueDate"]);
  });

  it("a wrong buyer SIREN is a wrong mention", () => {
    const doc = edit(invoice(), (d) => (d.buyer.siren = "910382747"));
    const [finding] = legal(doc).findings;
    expect(finding).toMatchObject({ code: "mention.buyerSiren.checksum", category: "wrongMention", field: "buyer.siren", found: "910 382 747" });
  });
});

// ---------------------------------------------------------------------------------------------
// Wrong mentions
// ---------------------------------------------------------------------------------------------

describe("wrong mentions", () => {
  it("an indemnity of 35 € instead of 40 €", () => {
    const check = legal(edit(invoice(), (d) => (d.recoveryIndemnityCents = 3500)));
    expect(check.findings).toEqual([
      {
        code: "mention.recoveryIndemnity.wrongAmount",
        category: "wrongMention",
        field: "recoveryIndemnityCents",
        message: `Indemnité forfaitaire pour frais de recouvrement : 35,00${NBSP}€ imprimé au lieu de 40,00${NBSP}€ (montant fixé par décret).`,
        reference: "C. com. art. L441-10 et D441-5",
        expected: `40,00${NBSP}€`,
        found: `35,00${NBSP}€`,
        mention: "recoveryIndemnity",
      },
    ]);
    expect(check.fineEstimateCents).toBe(1500);
  });

  it("a VAT number with a wrong key", () => {
    const check = legal(edit(invoice(), (d) => (d.seller.vatNumber = "FR 99 842157638")));
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]).toMatchObject({
      code: "mention.sellerVatNumber.key",
      category: "wrongMention",
      field: "seller.vatNumber",
      expected: "FR62842157638",
      found: "FR99842157638",
    });
    expect(check.findings[0]?.message).toBe(
      "Numéro de TVA FR 99 842157638 : pour le SIREN 842 157 638, la clé est (12 + 3 × (842157638 mod 97)) mod 97 = 62, et non 99.",
    );
  });

  it("a VAT number of another company (valid key, other SIREN)", () => {
    const check = legal(edit(invoice(), (d) => (d.seller.vatNumber = "FR83404833048")));
    expect(summary(check.findings)).toEqual(["mention.sellerVatNumber.sirenMismatch @ seller.vatNumber"]);
    expect(check.findings[0]?.expected).toBe(SELLER_VAT);
  });

  it("a malformed VAT number and a malformed or invalid seller SIREN", () => {
    expect(summary(legal(edit(invoice(), (d) => (d.seller.vatNumber = "62842157638"))).findings)).toEqual([
      "mention.sellerVatNumber.format @ seller.vatNumber",
    ]);
    // The VAT number no longer matches either: two mentions, both wrong.
    expect(summary(legal(edit(invoice(), (d) => (d.seller.siren = "842157639"))).findings)).toEqual([
      "mention.sellerSiren.checksum @ seller.siren",
      "mention.sellerVatNumber.sirenMismatch @ seller.vatNumber",
    ]);
    expect(summary(legal(edit(invoice(), (d) => (d.seller.siren = "84215763"))).findings)).toEqual(["mention.sellerSiren.format @ seller.siren"]);
    // Printed with spaces, as on paper.
    expect(legal(edit(invoice(), (d) => (d.seller.siren = "842 157 638"))).findings).toEqual([]);
  });

  it("judges the number on uniqueness and continuity, never on a letter prefix", () => {
    // Without the numbers issued before, only the presence of a number can be judged.
    for (const number of ["FA-2026-00042", "2026-00042", "000123", "42"]) {
      expect(legal(edit(invoice(), (d) => (d.number = number))).findings).toEqual([]);
    }
    expect(withPrevious("2026-00042", ["2026-00040", "2026-00041"]).findings).toEqual([]);
    expect(withPrevious("000123", ["000121", "000122"]).findings).toEqual([]);
    // Several series: each continues on its own; a new year's series starts at 1.
    expect(withPrevious("AV-2026-00008", ["FA-2026-00041", "AV-2026-00007", "FA-2026-00042"]).findings).toEqual([]);
    expect(withPrevious("FA-2027-00001", ["FA-2026-00099"]).findings).toEqual([]);
  });

  it("flags a number already issued, a gap, a step back and a number without an order number", () => {
    const duplicate = withPrevious("2026-00041", ["2026-00040", "2026-00041"]);
    expect(duplicate.findings).toEqual([
      {
        code: "mention.invoiceNumber.duplicate",
        category: "wrongMention",
        field: "number",
        message: "Numéro de facture « 2026-00041 » déjà attribué à une pièce précédente : un numéro ne sert qu'une fois dans la série.",
        reference: "Cours C6 — contrôle de la facture ; C. com. art. L441-9 ; CGI ann. II art. 242 nonies A",
        found: "2026-00041",
        mention: "invoiceNumber",
      },
    ]);
    expect(duplicate.fineEstimateCents).toBe(1500);
    const gap = withPrevious("000124", ["000121", "000122"]);
    expect(gap.findings.map((f) => [f.code, f.message, f.expected, f.found])).toEqual([
      [
        "mention.invoiceNumber.gap",
        "Numéro de facture « 000124 » : la pièce précédente de la série porte le numéro 000122, la suivante porte 000123 (série continue, sans trou ni retour en arrière).",
        "000123",
        "000124",
      ],
    ]);
    expect(withPrevious("2026-00040", ["2026-00040 ", "2026-00041"]).findings.map((f) => f.code)).toEqual(["mention.invoiceNumber.duplicate"]);
    expect(withPrevious("2026-00039", ["2026-00040", "2026-00041"]).findings.map((f) => f.expected)).toEqual(["2026-00042"]);
    expect(withPrevious("FA-2027-00005", ["FA-2026-00099"]).findings.map((f) => f.message)).toEqual([
      "Numéro de facture « FA-2027-00005 » : aucune pièce précédente de cette série n'est connue : une nouvelle série commence à FA-2027-00001.",
    ]);
    expect(withPrevious("FACTURE", ["2026-00041"]).findings.map((f) => f.code)).toEqual(["mention.invoiceNumber.notInSeries"]);
  });

  it("an issue date after the control date, or not a date", () => {
    const future = legal(edit(invoice(), (d) => (d.issueDate = "2026-12-01")));
    expect(future.findings.map((f) => f.code)).toEqual(["mention.issueDate.inFuture"]);
    expect(future.findings[0]?.message).toBe(
      "Date d'émission 01/12/2026 postérieure à la date du jour (28/11/2026) : une facture n'est pas datée à l'avance.",
    );
    expect(legal(edit(invoice(), (d) => (d.issueDate = "2026-02-30"))).findings.map((f) => f.code)).toEqual(["mention.issueDate.invalid"]);
  });

  it("an unknown VAT rate on a line", () => {
    const doc = edit(invoice(), (d) => {
      const line = d.lines[2];
      if (line) line.vatRate = 7;
    });
    const check = legal(doc);
    expect(summary(check.findings)).toEqual(["mention.lineVatRates.unknownRate @ lines[2].vatRate"]);
    expect(check.findings[0]?.message).toBe(
      `Ligne 3 : taux de TVA 7${NBSP}% inconnu (taux permis : 20${NBSP}%, 10${NBSP}%, 5,5${NBSP}%, 2,1${NBSP}% ; les montants qui en dépendent ne sont pas vérifiés).`,
    );
    // The course list has no such mention: the arithmetic says why the totals are not checked.
    expect(summary(course(doc).findings)).toEqual(["arithmetic.notComputable @ lines[2].vatRate"]);
  });

  it("agreed reductions left off the invoice: one mention, the figures still checked with the agreed rates", () => {
    const check = legal(edit(invoice(), (d) => (d.reductions = {})));
    expect(check.findings.map((f) => f.message)).toEqual([
      `Réductions accordées au client mais non imprimées : remise 10${NBSP}% puis remise 5${NBSP}% (toute réduction acquise à la date de la vente figure sur la facture).`,
    ]);
    const wrongNet = edit(invoice(), (d) => {
      d.reductions = {};
      d.totals.netCommercialCents = 20435;
    });
    expect(summary(legal(wrongNet).findings)).toEqual([
      "mention.reductions.missing @ reductions.tradeDiscounts",
      "arithmetic.netCommercial @ totals.netCommercialCents",
    ]);
  });

  it("reductions printed other than agreed", () => {
    const check = legal(edit(invoice(), (d) => (d.reductions = { tradeDiscounts: [10] })));
    const mentionFindings = check.findings.filter((f) => f.category !== "arithmetic");
    expect(mentionFindings).toHaveLength(1);
    expect(mentionFindings[0]).toMatchObject({
      code: "mention.reductions.mismatch",
      field: "reductions.tradeDiscounts",
      expected: `remise 10${NBSP}% puis remise 5${NBSP}%`,
      found: `remise 10${NBSP}%`,
    });
    // The printed figures were computed with 10 % then 5 %: against the printed 10 % alone they are wrong.
    expect(check.findings.filter((f) => f.category === "arithmetic").map((f) => f.field)).toContain("totals.netCommercialCents");
    // A reduction printed that nobody agreed on.
    const extra = legal(edit(invoice(), (d) => (d.reductions = { tradeDiscounts: [10, 5], cashDiscount: 2 })));
    expect(extra.findings.filter((f) => f.category !== "arithmetic").map((f) => f.message)).toEqual([
      `Escompte : la facture indique escompte 2${NBSP}%, alors que les conditions du client n'en prévoient aucune.`,
    ]);
  });

  it("without a known context, purchase order, sale date and agreed reductions are not checked", () => {
    const doc = edit(invoice(), (d) => {
      delete d.purchaseOrderNumber;
      delete d.saleDate;
      delete d.deliveryAddress;
    });
    const check = checkInvoice(doc, { list: "legal", statedRates: TEST_STATED_RATES });
    expect(check.findings).toEqual([]);
    expect(check.mentionsChecked).not.toContain("purchaseOrderNumber");
    expect(check.mentionsChecked).not.toContain("saleDate");
    expect(check.mentionsChecked).not.toContain("deliveryAddress");
  });

  it("a purchase-order number or a delivery date other than the context's", () => {
    const doc = edit(invoice(), (d) => {
      d.purchaseOrderNumber = "CMD-7718";
      d.saleDate = "2026-11-17";
    });
    expect(legal(doc).findings.map((f) => [f.code, f.expected, f.found])).toEqual([
      ["mention.purchaseOrderNumber.mismatch", "CMD-7781", "CMD-7718"],
      ["mention.saleDate.mismatch", "18/11/2026", "17/11/2026"],
    ]);
    // A sale on the issue date needs no separate date.
    const sameDay = edit(invoice(), (d) => delete d.saleDate);
    expect(legal(sameDay, { ...CONTEXT, saleDate: "2026-11-20" }).findings).toEqual([]);
  });

  it("an incomplete address names the missing part", () => {
    const doc = edit(invoice(), (d) => {
      if (d.buyer.address) d.buyer.address.postalCode = "";
    });
    expect(summary(legal(doc).findings)).toEqual(["mention.buyerDetails.missing @ buyer.address.postalCode"]);
    expect(legal(doc).findings[0]?.message).toBe("Adresse de l'acheteur incomplète : code postal manquant.");
    // A billing address printed apart is the one that counts.
    const billing = edit(invoice(), (d) => {
      d.buyer.billingAddress = { street: "BP 12", postalCode: "38001", city: "Grenoble Cedex 1" };
      delete d.buyer.address;
    });
    expect(legal(billing).findings).toEqual([]);
  });

  it("an individual entrepreneur prints no share capital", () => {
    const doc = edit(invoice(), (d) => {
      d.seller.legalForm = "EI";
      delete d.seller.shareCapitalCents;
    });
    const check = legal(doc);
    expect(check.findings).toEqual([]);
    expect(check.mentionsChecked).not.toContain("sellerShareCapital");
  });

  it("a VAT summary that leaves out a rate used by the lines", () => {
    const doc = edit(invoice(), (d) => {
      d.totals.vat = d.totals.vat?.slice(0, 1);
    });
    const check = legal(doc);
    expect(summary(check.findings)).toEqual(["mention.vatPerRate.missing @ totals.vat"]);
    expect(check.findings[0]?.message).toContain(`5,5${NBSP}%`);
  });

  it("a deposit without a net amount to pay", () => {
    const doc = edit(invoice(), (d) => delete d.totals.amountDueCents);
    expect(summary(legal(doc).findings)).toEqual(["mention.totalToPay.missing @ totals.amountDueCents"]);
    const noDeposit = edit(doc, (d) => {
      delete d.depositCents;
      delete d.totals.depositCents;
    });
    expect(legal(noDeposit).findings).toEqual([]);
  });
});

describe("a final invoice citing its deposit invoices (docs/decisions/0089)", () => {
  /** The 50,00 € deducted, cited: AC-2026-00012 of 02/11/2026, 41,67 HT + 8,33 TVA at 20 %. */
  const cited = (doc: InvoiceDocument) =>
    edit(doc, (d) => {
      d.deposits = [{ number: "AC-2026-00012", date: "2026-11-02", vat: [{ rate: 20, baseCents: 4167, amountCents: 833 }], inclTaxCents: 5000 }];
    });

  it("accepts the deposit cited with its number, date, HT and VAT", () => {
    expect(legal(cited(invoice())).findings).toEqual([]);
  });

  it("reads the deposit deducted from the deposits cited when no other line gives it", () => {
    const doc = edit(cited(invoice()), (d) => {
      delete d.depositCents;
      delete d.totals.depositCents;
      delete d.totals.amountDueCents;
    });
    expect(summary(legal(doc).findings)).toEqual(["mention.totalToPay.missing @ totals.amountDueCents"]);
    expect(legal(doc).findings[0]?.message).toBe(`Net à payer absent alors qu'un acompte de 50,00${NBSP}€ est déduit.`);
  });

  it("a deposit cited without its number or its date", () => {
    const doc = edit(cited(invoice()), (d) => {
      const [deposit] = d.deposits ?? [];
      if (deposit) {
        delete deposit.number;
        delete deposit.date;
      }
    });
    expect(summary(legal(doc).findings)).toEqual(["mention.totalToPay.missing @ deposits[0].number", "mention.totalToPay.missing @ deposits[0].date"]);
  });

  it("a deposit whose HT and VAT do not make its TTC, and deposits that do not make the deduction", () => {
    const doc = edit(cited(invoice()), (d) => {
      const [deposit] = d.deposits ?? [];
      if (deposit) deposit.inclTaxCents = 6000;
    });
    const check = legal(doc);
    expect(summary(check.findings)).toEqual(["arithmetic.depositInclTax @ deposits[0].inclTaxCents", "arithmetic.depositsCited @ deposits"]);
    expect(check.findings[0]?.message).toBe(`Acompte AC-2026-00012 du 02/11/2026 : 41,67${NBSP}€ HT + 8,33${NBSP}€ de TVA = 50,00${NBSP}€ TTC et non 60,00${NBSP}€.`);
    expect(check.findings[1]?.message).toBe(`Acomptes cités : leur total TTC est l'acompte déduit, 50,00${NBSP}€ et non 60,00${NBSP}€.`);
  });
});

describe("credit notes", () => {
  it("without any reference to the original invoice", () => {
    const check = legal(edit(creditNote(), (d) => delete d.originalInvoice), {});
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]).toMatchObject({
      code: "mention.originalInvoice.missing",
      category: "missingMention",
      field: "originalInvoice",
      message: "Avoir sans référence à la facture d'origine : citez son numéro et sa date.",
    });
  });

  it("with the number but not the date, or an original dated after the credit note", () => {
    const noDate = edit(creditNote(), (d) => (d.originalInvoice = { number: "FA-2026-00042" }));
    expect(summary(legal(noDate, {}).findings)).toEqual(["mention.originalInvoice.missing @ originalInvoice.date"]);
    const later = edit(creditNote(), (d) => (d.originalInvoice = { number: "FA-2026-00042", date: "2026-11-26" }));
    expect(summary(legal(later, {}).findings)).toEqual(["mention.originalInvoice.afterCreditNote @ originalInvoice.date"]);
  });
});

describe("due date", () => {
  const dueOn = (date: string, terms = "30 jours date de facture") =>
    legal(
      edit(invoice(), (d) => {
        d.dueDate = date;
        d.paymentTermsText = terms;
      }),
    );

  it("60 days after the issue date is the legal maximum (C. com. L441-10)", () => {
    expect(dueOn("2027-01-19").findings).toEqual([]);
    const late = dueOn("2027-01-20");
    expect(late.findings).toEqual([
      {
        code: "mention.dueDate.beyondLegalMaximum",
        category: "wrongMention",
        field: "dueDate",
        message: "Échéance du 20/01/2027, 61 jours après la facture : au-delà du délai maximal légal (60 jours après la date d'émission, soit le 19/01/2027).",
        reference: "C. com. art. L441-10",
        expected: "au plus tard le 19/01/2027",
        found: "20/01/2027",
        mention: "dueDate",
      },
    ]);
  });

  it("45 days end of month when the terms say so: the later of the two counts", () => {
    // 20/11/2026: end of November + 45 days = 14/01/2027; 20/11 + 45 days = 04/01, end of month = 31/01/2027.
    expect(latestLegalDueDate("2026-11-20", "45 jours fin de mois")).toBe("2027-01-31");
    expect(latestLegalDueDate("2026-11-20")).toBe("2027-01-19");
    expect(dueOn("2027-01-31", "45 jours fin de mois").findings).toEqual([]);
    expect(dueOn("2027-01-31").findings.map((f) => f.code)).toEqual(["mention.dueDate.beyondLegalMaximum"]);
    expect(dueOn("2027-02-01", "45 jours fin de mois").findings[0]?.message).toContain("45 jours fin de mois, soit le 31/01/2027");
  });

  it("before the issue date, or not a date", () => {
    expect(dueOn("2026-11-19").findings.map((f) => f.code)).toEqual(["mention.dueDate.beforeIssueDate"]);
    expect(dueOn("2026-11-20").findings).toEqual([]);
    expect(dueOn("à 30 jours").findings.map((f) => f.code)).toEqual(["mention.dueDate.invalid"]);
    // The course list applies the same coherence checks to the printed due date.
    expect(course(edit(invoice(), (d) => (d.dueDate = "2026-11-19"))).findings.map((f) => f.code)).toEqual(["mention.paymentTerms.beforeIssueDate"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------------------------

/** Example 1 of domain.md: 1 000,00 €, remises 10 %, 5 %, 2 % → 837,90; TVA 167,58; TTC 1 005,48. */
function example1(): InvoiceDocument {
  return edit(invoice(), (d) => {
    d.lines = [{ description: "Lot de luminaires", quantity: 10, unitPriceCents: 10000, vatRate: 20, lineTotalCents: 100000 }];
    d.reductions = { tradeDiscounts: [10, 5, 2] };
    delete d.shippingCents;
    delete d.depositCents;
    d.totals = {
      grossCents: 100000,
      netCommercialCents: 83790,
      totalExclTaxCents: 83790,
      vat: [{ rate: 20, baseCents: 83790, amountCents: 16758 }],
      totalVatCents: 16758,
      totalInclTaxCents: 100548,
    };
  });
}

const EXAMPLE_1_CONTEXT = { ...CONTEXT, reductions: { tradeDiscounts: [10, 5, 2] } };

describe("arithmetic", () => {
  it("domain.md example 1 is right, and the course page's 838,90 is caught", () => {
    expect(legal(example1(), EXAMPLE_1_CONTEXT).findings).toEqual([]);
    const wrong = edit(example1(), (d) => (d.totals.netCommercialCents = 83890));
    const check = legal(wrong, EXAMPLE_1_CONTEXT);
    expect(check.findings).toEqual([
      {
        code: "arithmetic.netCommercial",
        category: "arithmetic",
        field: "totals.netCommercialCents",
        message: `Net commercial HT : 1${"\u202f"}000,00${NBSP}€ après remise 10${NBSP}%, remise 5${NBSP}%, remise 2${NBSP}% = 837,90${NBSP}€ et non 838,90${NBSP}€.`,
        reference: "Cours C6 — contrôle de la facture (calcul de la facture)",
        expected: `837,90${NBSP}€`,
        found: `838,90${NBSP}€`,
      },
    ]);
    // Arithmetic errors are not counted in the fine estimate (docs/decisions/0035).
    expect(check.fineEstimateCents).toBe(0);
    expect(check.conforming).toBe(false);
  });

  it("domain.md examples 2 and 3 (remise 25 %; escompte 2 % granted)", () => {
    const example2 = edit(example1(), (d) => {
      d.lines = [{ description: "Rayonnages", quantity: 1, unitPriceCents: 240000, vatRate: 20, lineTotalCents: 240000 }];
      d.reductions = { tradeDiscounts: [25] };
      d.totals = { grossCents: 240000, netCommercialCents: 180000, totalExclTaxCents: 180000, vat: [{ rate: 20, baseCents: 180000, amountCents: 36000 }], totalVatCents: 36000, totalInclTaxCents: 216000 };
    });
    expect(legal(example2, { ...CONTEXT, reductions: { tradeDiscounts: [25] } }).findings).toEqual([]);
    const example3 = edit(example1(), (d) => {
      d.lines = [{ description: "Machine", quantity: 1, unitPriceCents: 1000000, vatRate: 20, lineTotalCents: 1000000 }];
      d.reductions = { cashDiscount: 2 };
      d.totals = {
        grossCents: 1000000,
        netCommercialCents: 1000000,
        cashDiscountCents: 20000,
        netFinancialCents: 980000,
        totalExclTaxCents: 980000,
        vat: [{ rate: 20, baseCents: 980000, amountCents: 196000 }],
        totalVatCents: 196000,
        totalInclTaxCents: 1176000,
      };
    });
    const context3 = { ...CONTEXT, reductions: { cashDiscount: 2 } };
    expect(legal(example3, context3).findings).toEqual([]);
    // Printing the TTC without the escompte (12 000,00) is an error of 240,00.
    const withoutEscompte = edit(example3, (d) => (d.totals.totalInclTaxCents = 1200000));
    expect(legal(withoutEscompte, context3).findings.map((f) => [f.field, f.expected, f.found])).toEqual([
      ["totals.totalInclTaxCents", `11${"\u202f"}760,00${NBSP}€`, `12${"\u202f"}000,00${NBSP}€`],
    ]);
  });

  it("a wrong line total: 3 × 45,00 € printed 145,00 €", () => {
    const doc = edit(example1(), (d) => {
      d.lines = [
        { description: "Lot de luminaires", quantity: 10, unitPriceCents: 10000, vatRate: 20, lineTotalCents: 100000 },
        { description: "Lampe de bureau LED", quantity: 3, unitPriceCents: 4500, vatRate: 20, lineTotalCents: 14500 },
      ];
      d.reductions = {};
      d.totals = { grossCents: 113500, netCommercialCents: 113500, totalExclTaxCents: 113500, vat: [{ rate: 20, baseCents: 113500, amountCents: 22700 }], totalVatCents: 22700, totalInclTaxCents: 136200 };
    });
    const check = legal(doc, { ...CONTEXT, reductions: {} });
    expect(check.findings).toEqual([
      {
        code: "arithmetic.lineTotal",
        category: "arithmetic",
        field: "lines[1].lineTotalCents",
        message: `Ligne 2 : 3 × 45,00${NBSP}€ = 135,00${NBSP}€ et non 145,00${NBSP}€.`,
        reference: "Cours C6 — contrôle de la facture (calcul de la facture)",
        expected: `135,00${NBSP}€`,
        found: `145,00${NBSP}€`,
      },
    ]);
  });

  it("a fractional quantity is rounded half-up: 2,5 × 3,99 € = 9,98 €", () => {
    const doc = edit(example1(), (d) => {
      d.lines = [{ description: "Câble (m)", quantity: 2.5, unitPriceCents: 399, vatRate: 20, lineTotalCents: 997 }];
      d.reductions = {};
      d.totals = {};
    });
    const [finding] = legal(doc, { ...CONTEXT, reductions: {} }).findings.filter((f) => f.category === "arithmetic");
    expect(finding?.message).toBe(`Ligne 1 : 2,5 × 3,99${NBSP}€ = 9,98${NBSP}€ et non 9,97${NBSP}€.`);
  });

  it("a wrong VAT amount and a wrong TTC, each with its figures", () => {
    const doc = edit(invoice(), (d) => {
      const vat20 = d.totals.vat?.[0];
      if (vat20) vat20.amountCents = 4037;
      d.totals.totalInclTaxCents = 26494;
    });
    const check = legal(doc);
    expect(check.findings.map((f) => [f.code, f.field, f.expected, f.found])).toEqual([
      ["arithmetic.vatAmount", "totals.vat[0].amountCents", `40,36${NBSP}€`, `40,37${NBSP}€`],
      ["arithmetic.totalInclTax", "totals.totalInclTaxCents", `265,94${NBSP}€`, `264,94${NBSP}€`],
    ]);
    expect(check.findings[0]?.message).toBe(`TVA 20${NBSP}% : 20${NBSP}% × 201,81${NBSP}€ = 40,36${NBSP}€ et non 40,37${NBSP}€.`);
    expect(check.findings[1]?.message).toBe(`Total TTC : 224,34${NBSP}€ HT + 41,60${NBSP}€ de TVA = 265,94${NBSP}€ et non 264,94${NBSP}€.`);
  });

  it("a VAT line at a rate no line uses", () => {
    const doc = edit(invoice(), (d) => d.totals.vat?.push({ rate: 10, baseCents: 100, amountCents: 10 }));
    expect(summary(legal(doc).findings)).toEqual(["arithmetic.vatRateUnexpected @ totals.vat[2].amountCents"]);
    // The same rate printed twice: the second line is extra.
    const twice = edit(invoice(), (d) => d.totals.vat?.push({ rate: 20, baseCents: 20181, amountCents: 4036 }));
    const check = legal(twice);
    expect(summary(check.findings)).toEqual(["arithmetic.vatRateUnexpected @ totals.vat[2].amountCents"]);
    expect(check.findings[0]?.message).toBe(`TVA 20${NBSP}% : ce taux figure déjà plus haut dans le récapitulatif, le montant attendu est 0,00${NBSP}€ et non 40,36${NBSP}€.`);
  });

  it("shipping and deposit printed twice must agree", () => {
    const doc = edit(invoice(), (d) => {
      d.totals.shippingCents = 2500;
      d.totals.depositCents = 4000;
    });
    expect(legal(doc).findings.map((f) => [f.field, f.expected, f.found])).toEqual([
      ["totals.shippingCents", `20,00${NBSP}€`, `25,00${NBSP}€`],
      ["totals.depositCents", `50,00${NBSP}€`, `40,00${NBSP}€`],
    ]);
  });

  it("findings come in list order, then in cascade order", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      delete d.issueDate;
      d.totals.amountDueCents = 1;
      const line = d.lines[0];
      if (line) line.lineTotalCents = 1;
      d.totals.grossCents = 1;
    });
    expect(legal(doc).findings.map((f) => f.field)).toEqual([
      "issueDate",
      "seller.siren",
      "lines[0].lineTotalCents",
      "totals.grossCents",
      "totals.amountDueCents",
    ]);
    expect(course(doc).findings.map((f) => f.field)).toEqual(["issueDate", "lines[0].lineTotalCents", "totals.grossCents", "totals.amountDueCents"]);
  });

  it("unusable lines: the totals are skipped, not miscounted, and the reason is given once", () => {
    const doc = edit(invoice(), (d) => {
      delete d.lines[1]?.quantity;
      const line = d.lines[0];
      if (line) line.lineTotalCents = 18100;
      d.totals.totalVatCents = 1;
    });
    // Legal list: the missing quantity is a mention; line 1's total is still checked.
    expect(summary(legal(doc).findings)).toEqual([
      "mention.lineQuantities.missing @ lines[1].quantity",
      "arithmetic.lineTotal @ lines[0].lineTotalCents",
    ]);
    // Course list: no such mention, the arithmetic reports it.
    expect(summary(course(doc).findings)).toEqual([
      "arithmetic.lineTotal @ lines[0].lineTotalCents",
      "arithmetic.notComputable @ lines[1].quantity",
    ]);
    expect(course(doc).findings[1]?.message).toBe("Ligne 2 : quantité absente, les totaux imprimés ne peuvent pas être recalculés.");
  });

  it("a deposit larger than the TTC cannot be computed, without crashing", () => {
    const doc = edit(invoice(), (d) => {
      d.depositCents = 30000;
      d.totals.depositCents = 30000;
    });
    expect(summary(legal(doc).findings)).toEqual(["arithmetic.notComputable @ depositCents"]);
    expect(legal(doc).findings[0]?.message).toBe(
      `Calcul impossible — depositCents : l'acompte versé 300,00${NBSP}€ dépasse le total TTC 265,94${NBSP}€ : les totaux imprimés ne sont pas vérifiés.`,
    );
  });

  it("no line at all", () => {
    const doc = edit(invoice(), (d) => (d.lines = []));
    expect(summary(legal(doc).findings)).toEqual(["mention.productDescriptions.missing @ lines"]);
  });
});

describe("fine estimate (15 € per mention, at most ¼ of the invoice)", () => {
  it("counts 15 € per faulty mention", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      delete d.latePenaltyRate;
      d.recoveryIndemnityCents = 3500;
    });
    expect(legal(doc).fineEstimateCents).toBe(4500);
  });

  it("is capped at a quarter of the TTC: 5 mentions (75 €) on 265,94 € → 66,48 €", () => {
    const doc = edit(invoice(), (d) => {
      delete d.seller.siren;
      delete d.seller.legalForm;
      delete d.seller.rcsCity;
      delete d.latePenaltyRate;
      delete d.operationNature;
    });
    const check = legal(doc);
    expect(check.findings).toHaveLength(5);
    expect(check.fineEstimateCents).toBe(6648);
  });

  it("uses the recomputed TTC when none is printed: 1,00 € HT → 1,20 € TTC → 0,30 €", () => {
    const doc = edit(example1(), (d) => {
      d.lines = [{ description: "Ampoule", quantity: 1, unitPriceCents: 100, vatRate: 20, lineTotalCents: 100 }];
      d.reductions = {};
      d.totals = { totalExclTaxCents: 100, vat: [{ rate: 20, baseCents: 100, amountCents: 20 }] };
      delete d.seller.siren;
    });
    const check = legal(doc, { ...CONTEXT, reductions: {} });
    expect(check.findings.map((f) => f.mention)).toEqual(["sellerSiren", "totalToPay"]);
    expect(check.fineEstimateCents).toBe(30);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: invoices printed from computeInvoice's own output are arithmetically right, and any
// one printed figure off by a cent is caught on that field and no other.
// ---------------------------------------------------------------------------------------------

const percent = fc.integer({ min: 0, max: 5000 }).map((hundredths) => hundredths / 100);

const printedInput: fc.Arbitrary<InvoiceInput> = fc
  .record({
    lines: fc.array(
      fc.record({
        description: fc.constantFrom("Lampe", "Ampoule", "Câble (m)", "Livre"),
        quantity: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 50_000 }).map((t) => t / 1000)),
        unitPriceCents: fc.integer({ min: 0, max: 500_000 }),
        vatRate: fc.constantFrom(...VAT_RATES),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    tradeDiscounts: fc.array(percent, { maxLength: 2 }),
    allowances: fc.array(percent, { maxLength: 1 }),
    rebates: fc.array(percent, { maxLength: 1 }),
    cashDiscount: fc.option(percent, { nil: undefined }),
    shippingCents: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
    depositShare: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ depositShare, cashDiscount, shippingCents, ...input }) => {
    const base: InvoiceInput = { ...input, ...(cashDiscount !== undefined ? { cashDiscount } : {}), ...(shippingCents !== undefined ? { shippingCents } : {}) };
    const { totalInclTaxCents } = computeInvoice(base);
    return { ...base, depositCents: Math.floor((totalInclTaxCents * depositShare) / 100) };
  });

/**
 * The fixture's identity and mentions, with lines and figures printed from computeInvoice: the
 * invoice's figures, or those a learner computes rate by rate (docs/decisions/0079).
 */
function printed(input: InvoiceInput, method: CascadeMethod = "invoiceTotals"): InvoiceDocument {
  const computed = computeInvoice(input);
  const c = method === "perRate" && computed.perRateMethod !== undefined ? computed.perRateMethod : computed;
  return edit(invoice(), (d) => {
    d.lines = input.lines.map((line, i) => ({ ...line, lineTotalCents: computed.lineTotalsCents?.[i] ?? 0 }));
    d.reductions = {
      tradeDiscounts: input.tradeDiscounts ?? [],
      allowances: input.allowances ?? [],
      rebates: input.rebates ?? [],
      ...(input.cashDiscount !== undefined ? { cashDiscount: input.cashDiscount } : {}),
    };
    d.shippingCents = c.shippingCents;
    d.depositCents = c.depositCents;
    d.totals = {
      grossCents: c.grossCents,
      netCommercialCents: c.netCommercialCents,
      cashDiscountCents: c.cashDiscountCents,
      netFinancialCents: c.netFinancialCents,
      shippingCents: c.shippingCents,
      totalExclTaxCents: c.totalExclTaxCents,
      vat: c.vat.map((v) => ({ ...v })),
      totalVatCents: c.totalVatCents,
      totalInclTaxCents: c.totalInclTaxCents,
      depositCents: c.depositCents,
      amountDueCents: c.amountDueCents,
    };
  });
}

/** Every printed figure, as [path, setter, getter]. */
function printedFigures(doc: InvoiceDocument): { field: string; shift: (d: InvoiceDocument, delta: number) => void; read: (d: InvoiceDocument) => number | undefined }[] {
  const totals = ["grossCents", "netCommercialCents", "cashDiscountCents", "netFinancialCents", "shippingCents", "totalExclTaxCents", "totalVatCents", "totalInclTaxCents", "depositCents", "amountDueCents"] as const;
  return [
    ...doc.lines.map((_, i) => ({
      field: `lines[${i}].lineTotalCents`,
      read: (d: InvoiceDocument) => d.lines[i]?.lineTotalCents,
      shift: (d: InvoiceDocument, delta: number) => {
        const line = d.lines[i];
        if (line) line.lineTotalCents = (line.lineTotalCents ?? 0) + delta;
      },
    })),
    ...totals.map((key) => ({ field: `totals.${key}`, read: (d: InvoiceDocument) => d.totals[key], shift: (d: InvoiceDocument, delta: number) => (d.totals[key] = (d.totals[key] ?? 0) + delta) })),
    ...(doc.totals.vat ?? []).flatMap((_, k) =>
      (["baseCents", "amountCents"] as const).map((key) => ({
        field: `totals.vat[${k}].${key}`,
        read: (d: InvoiceDocument) => d.totals.vat?.[k]?.[key],
        shift: (d: InvoiceDocument, delta: number) => {
          const vat = d.totals.vat?.[k];
          if (vat) vat[key] += delta;
        },
      })),
    ),
  ];
}

const noContext = { purchaseOrderNumber: "CMD-7781", saleDate: "2026-11-18", deliveryAddressDiffers: true };

describe("property: printed from computeInvoice", () => {
  it("finds nothing at all on an invoice printed from computeInvoice", () => {
    fc.assert(
      fc.property(printedInput, (input) => {
        const check = legal(printed(input), noContext);
        expect(check.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("finds nothing on an invoice computed rate by rate: the other accepted method", () => {
    fc.assert(
      fc.property(printedInput, (input) => {
        const check = legal(printed(input, "perRate"), noContext);
        expect(check.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("a printed figure off by ±1 cent gives exactly one arithmetic finding, on that field — unless it lands on the per-rate figure", () => {
    fc.assert(
      fc.property(printedInput, fc.nat(), fc.constantFrom(1, -1), (input, pick, delta) => {
        const doc = printed(input);
        const figures = printedFigures(doc);
        const figure = figures[pick % figures.length];
        if (!figure) throw new Error("no figure");
        const altered = edit(doc, (d) => figure.shift(d, delta));
        const check = legal(altered, noContext);
        if (figure.read(altered) === figure.read(printed(input, "perRate"))) {
          expect(check.findings).toEqual([]);
          return;
        }
        expect(summary(check.findings).map((s) => s.split(" @ ")[1])).toEqual([figure.field]);
        const [finding] = check.findings;
        expect(finding?.category).toBe("arithmetic");
        expect(finding?.code).not.toBe("arithmetic.notComputable");
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it("issue 9 example: a hand-made invoice computed rate by rate is right; a wrong net commercial names the method", () => {
    // invoice.fixtures.ts: on the totals the net commercial is 2 765,34, total HT 2 795,34,
    // TTC 3 075,94; rate by rate 2 765,35, 2 795,35 and 3 075,95 (VAT 174,98 + 105,62 either way).
    const byHand = printed(TWO_RATE_INVOICE, "perRate");
    expect(byHand.totals).toMatchObject({ netCommercialCents: 276_535, totalExclTaxCents: 279_535, totalInclTaxCents: 307_595 });
    expect(legal(byHand, noContext).findings).toEqual([]);
    const wrong = edit(byHand, (d) => (d.totals.netCommercialCents = 276_500));
    expect(legal(wrong, noContext).findings).toEqual([
      {
        code: "arithmetic.netCommercial",
        category: "arithmetic",
        field: "totals.netCommercialCents",
        message: `Net commercial HT : 3${NNBSP}135,31${NBSP}€ après remise 10${NBSP}%, ristourne 2${NBSP}% = 2${NNBSP}765,34${NBSP}€ (calculé sur le total de la facture, comme à la calculatrice ; calculé taux par taux, puis additionné : 2${NNBSP}765,35${NBSP}€, accepté aussi) et non 2${NNBSP}765,00${NBSP}€.`,
        reference: expect.any(String),
        expected: `2${NNBSP}765,34${NBSP}€`,
        found: `2${NNBSP}765,00${NBSP}€`,
      },
    ]);
  });

  it("course and legal lists agree on the arithmetic", () => {
    fc.assert(
      fc.property(printedInput, (input) => {
        const doc = edit(printed(input), (d) => (d.totals.totalInclTaxCents = (d.totals.totalInclTaxCents ?? 0) + 1));
        const arithmetic = (list: "course" | "legal") =>
          checkInvoice(doc, { list, expected: noContext, statedRates: TEST_STATED_RATES }).findings.filter((f) => f.category === "arithmetic");
        expect(arithmetic("course")).toEqual(arithmetic("legal"));
      }),
      { numRuns: 100 },
    );
  });
});
