import { describe, expect, it } from "vitest";
import { legal, creditNote, edit, summary } from "../mentions.fixtures";

describe("credit notes", () => {
  it("without any reference to the original invoice", () => {
    const check = legal(edit(creditNote(), (d) => delete d.originalInvoice), {});
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]).toMatchObject({
      code: "mention.originalInvoice.missing",
      category: "missingMention",
      field: "originalInvoice",
      message: "Avoir sans référence à la facture d'origine\u00a0: citez son numéro et sa date.",
    });
  });

  it("with the number but not the date, or an original dated after the credit note", () => {
    const noDate = edit(creditNote(), (d) => (d.originalInvoice = { number: "FA-2026-00042" }));
    expect(summary(legal(noDate, {}).findings)).toEqual(["mention.originalInvoice.missing @ originalInvoice.date"]);
    const later = edit(creditNote(), (d) => (d.originalInvoice = { number: "FA-2026-00042", date: "2026-11-26" }));
    expect(summary(legal(later, {}).findings)).toEqual(["mention.originalInvoice.afterCreditNote @ originalInvoice.date"]);
  });
});
