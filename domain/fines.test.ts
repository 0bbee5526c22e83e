import { describe, expect, it } from "vitest";
import { administrativeFinesOf, controlAnswerKey, toPrintedInvoice, type Finding } from "./control";
import { ADMINISTRATIVE_FINES, administrativeFineText } from "./fines";
import { glossaryEntry } from "./glossary";
import { invoiceControlSchema } from "./scenario";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

function finding(code: string, mention: Finding["mention"], category: Finding["category"] = "missingMention"): Finding {
  return { code, category, field: "x", message: "", reference: "", ...(mention !== undefined ? { mention } : {}) };
}

describe("the administrative fines of the Code de commerce", () => {
  it("states each article's maxima, doubled on a repeat within two years", () => {
    expect(plain(administrativeFineText("L441-9"))).toBe(
      "Amende administrative encourue (C. com. art. L441-9, manquement aux règles de facturation) : jusqu'à 75 000 € pour une personne physique et 375 000 € pour une personne morale, le double (150 000 € et 750 000 €) en cas de réitération dans les deux ans.",
    );
    expect(plain(administrativeFineText("L441-16"))).toBe(
      "Amende administrative encourue (C. com. art. L441-16, manquement aux délais et conditions de paiement) : jusqu'à 75 000 € pour une personne physique et 2 000 000 € pour une personne morale, le double (150 000 € et 4 000 000 €) en cas de réitération dans les deux ans.",
    );
  });

  it("are in the glossary with their amounts and articles", () => {
    const invoicing = plain(glossaryEntry("invoicingFine")?.definition ?? "");
    expect(invoicing).toContain("(art. L441-9)");
    expect(invoicing).toContain("jusqu'à 75 000 € pour une personne physique et 375 000 € pour une personne morale, le double (150 000 € et 750 000 €)");
    const payment = plain(glossaryEntry("paymentTermsFine")?.definition ?? "");
    expect(payment).toContain("(art. L441-16)");
    expect(payment).toContain("jusqu'à 75 000 € pour une personne physique et 2 000 000 € pour une personne morale, le double (150 000 € et 4 000 000 €)");
    expect(glossaryEntry("mandatoryMentions")?.related).toEqual(expect.arrayContaining(["invoicingFine", "paymentTermsFine"]));
    for (const fine of Object.values(ADMINISTRATIVE_FINES)) expect(glossaryEntry(fine.glossaryId)).toBeDefined();
  });

  it("apply by article: L441-9 to its invoice mentions, L441-16 to payment terms, none to CGI mentions or figures", () => {
    expect(administrativeFinesOf(finding("mention.buyerDetails.missing", "buyerDetails"))).toEqual(["L441-9"]);
    expect(administrativeFinesOf(finding("mention.reductions.mismatch", "reductions", "wrongMention"))).toEqual(["L441-9"]);
    expect(administrativeFinesOf(finding("mention.dueDate.missing", "dueDate"))).toEqual(["L441-9"]);
    expect(administrativeFinesOf(finding("mention.dueDate.beyondLegalMaximum", "dueDate", "wrongMention"))).toEqual(["L441-16"]);
    expect(administrativeFinesOf(finding("mention.paymentTerms.beyondLegalMaximum", "paymentTerms", "wrongMention"))).toEqual(["L441-16"]);
    expect(administrativeFinesOf(finding("mention.latePenaltyRate.missing", "latePenaltyRate"))).toEqual(["L441-9", "L441-16"]);
    expect(administrativeFinesOf(finding("mention.latePenaltyRate.belowFloor", "latePenaltyRate", "wrongMention"))).toEqual(["L441-16"]);
    expect(administrativeFinesOf(finding("mention.recoveryIndemnity.missing", "recoveryIndemnity"))).toEqual(["L441-9", "L441-16"]);
    expect(administrativeFinesOf(finding("mention.sellerSiren.missing", "sellerSiren"))).toEqual([]);
    expect(administrativeFinesOf(finding("mention.invoiceNumber.gap", "invoiceNumber", "wrongMention"))).toEqual([]);
    expect(administrativeFinesOf(finding("arithmetic.totalInclTax", undefined, "arithmetic"))).toEqual([]);
  });

  it("are attached to the control's decision points: a due date 70 days out is fined under L441-16", () => {
    const control = invoiceControlSchema.parse({
      list: "legal",
      invoice: {
        number: "FA-2026-00071",
        issueDate: "2026-03-02",
        seller: { name: "Papeterie Vauban", legalForm: "SAS", shareCapital: "50000.00", siren: "842157638", rcsCity: "Lille", vatNumber: "FR62842157638", address: { street: "12 rue des Arts", postalCode: "59000", city: "Lille" } },
        buyer: { name: "Librairie Les Mots Passants", address: { street: "4 place du Marché", postalCode: "62000", city: "Arras" } },
        lines: [{ description: "Ramette", quantity: 2, unitPrice: "4.90", vatRate: 20, lineTotal: "9.80" }],
        totals: { totalExclTax: "9.80", vat: [{ rate: 20, base: "9.80", amount: "1.96" }], totalInclTax: "11.76" },
        dueDate: "2026-05-11",
        paymentTermsText: "70 jours date de facture",
        cashDiscountCondition: "Pas d'escompte pour paiement anticipé",
        latePenaltyRate: 12.15,
      },
    });
    const key = controlAnswerKey(toPrintedInvoice(control.invoice, { size: "small" }), { list: "legal", today: "2026-03-03" });
    expect(key.points.map((p) => [p.id, p.fines])).toEqual([
      ["control.dueDate", ["L441-16"]],
      ["control.recoveryIndemnity", ["L441-9", "L441-16"]],
    ]);
  });
});
