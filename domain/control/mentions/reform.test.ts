import { describe, expect, it } from "vitest";
import { type CompanySize, type InvoiceDocument } from "../../documents";
import { TEST_STATED_RATES } from "../../rates.fixtures";
import { type MentionCode } from "../catalogue";
import { checkInvoice } from "../check";
import { isReformApplicable } from "../law";
import { invoice, CONTEXT, legal, edit } from "../mentions.fixtures";

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
