// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { creditNoteDocument, depositInvoiceDocument, escompteOfferedDocuments, finalInvoiceWithDepositsDocument, invoiceDocument, twoRateInvoiceWithDepositDocument, withSellerIban } from "../pdf/testDocuments";
import { findScenario } from "@/components/catalog/catalog";
import { printOptionsOf, sellerOf, toInvoiceDocument } from "@/domain";
import { solveScenario } from "@/machines/answerKey";
import { InvoiceView } from "./InvoiceView";
import { rowTexts, textLines } from "./testing";

afterEach(cleanup);

function view(...args: Parameters<typeof InvoiceView>) {
  const { container } = render(<InvoiceView {...args[0]} />);
  return { lines: textLines(container), rows: rowTexts(container) };
}

describe("InvoiceView: an invoice", () => {
  it("shows the title, number, dates, references and the copy mark", () => {
    const { lines } = view({ document: invoiceDocument(), copy: "original" });
    expect(screen.getByRole("article", { name: "FACTURE FA-2026-00001" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "FACTURE" })).toBeInTheDocument();
    expect(lines).toEqual(expect.arrayContaining(["ORIGINAL", "N° : FA-2026-00001", "Date : 12/11/2026", "Date de vente / livraison : 10/11/2026", "Votre commande : BC-7781"]));
    expect(lines.join("\n")).not.toContain("DUPLICATA");
  });

  it("shows the seller and the buyer with their identities and addresses", () => {
    const { lines } = view({ document: invoiceDocument(), copy: "original" });
    expect(lines).toEqual(
      expect.arrayContaining([
        "Papeterie Lumière",
        "SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon",
        "N° TVA intracommunautaire : FR62842157638",
        "12 rue de la République",
        "Librairie Martin",
        "4 place Bellecour",
        "SIREN 732 829 320",
        "N° TVA : FR44732829320",
        "Adresse de livraison",
        "ZI des Glairons, entrepôt 4",
        "38400 Saint-Martin-d'Hères",
      ]),
    );
  });

  it("shows every line and the cascade with exact amounts", () => {
    const { rows } = view({ document: invoiceDocument(), copy: "original" });
    expect(screen.getByRole("columnheader", { name: "PU HT (€)" })).toBeInTheDocument();
    expect(rows).toEqual(
      expect.arrayContaining([
        "CAH-A4 Cahier A4 grands carreaux 96 pages 200 2,50 20 % 500,00",
        "STY-BL Stylo plume bleu 30 12,00 20 % 360,00",
        "CLS-LV Classeur à levier dos 80 mm 60 4,80 20 % 288,00",
        "Montant brut HT 1 148,00 €",
        "Total HT 981,54 €",
        "TVA 20 % sur 981,54 196,31 €",
        "Total TVA 196,31 €",
        "Total TTC 1 177,85 €",
        "Net à payer 1 177,85 €",
      ]),
    );
    expect(rows.some((row) => /^Remise 10 %.* -114,80 €$/u.test(row))).toBe(true);
    expect(rows.some((row) => /^Remise 5 %.* -51,66 €$/u.test(row))).toBe(true);
  });

  it("shows the payment terms, every legal mention and the footer", () => {
    const { lines } = view({ document: invoiceDocument(), copy: "duplicate" });
    const text = lines.join("\n");
    expect(text).toContain("Date d'échéance : 12/12/2026");
    expect(text).toContain("Conditions de paiement : 30 jours date de facture");
    expect(text).toContain("Pas d'escompte pour paiement anticipé");
    expect(text).toContain("Pénalités de retard : 12,15 % par an");
    expect(text).toContain("Indemnité forfaitaire pour frais de recouvrement : 40 €");
    expect(text).toContain("Nature de l'opération : livraison de biens");
    expect(text).toContain("Option pour le paiement de la taxe d'après les débits");
    expect(text).toContain("FACTURE FA-2026-00001 du 12/11/2026 — DUPLICATA");
    expect(text).not.toContain("ORIGINAL");
  });
});

describe("InvoiceView: the seller's IBAN", () => {
  it("shows it in the payment block when the seller has one, as the PDF prints it", () => {
    expect(view({ document: invoiceDocument(), copy: "original" }).lines.join("\n")).not.toContain("IBAN");
    const { lines } = view({ document: withSellerIban(invoiceDocument()), copy: "original" });
    const indemnity = lines.indexOf("Indemnité forfaitaire pour frais de recouvrement : 40 €");
    expect(lines[indemnity + 1]).toBe("Règlement par virement — IBAN : FR76 3000 4000 0100 0000 1234 567");
  });

  it("does not show it on a credit note, which is not paid", () => {
    const { lines } = view({ document: withSellerIban(creditNoteDocument().document), copy: "original" });
    expect(lines.join("\n")).not.toContain("IBAN");
  });
});

describe("InvoiceView: a credit note and a deposit invoice", () => {
  it("cites the original invoice and the reason, and says Net à déduire", () => {
    const { document, reason } = creditNoteDocument();
    const { lines, rows } = view({ document, copy: "original", reason });
    expect(lines).toEqual(expect.arrayContaining(["FACTURE D'AVOIR", "N° : AV-2026-00001", "Avoir sur facture FA-2026-00001 du 12/11/2026", "Motif : Retour de 10 stylos défectueux"]));
    expect(rows).toEqual(expect.arrayContaining(["Total TTC 123,12 €", "Net à déduire 123,12 €"]));
    expect(rows.join("\n")).not.toContain("Net à payer");
  });

  it("shows a deposit invoice payable on receipt", () => {
    const { lines, rows } = view({ document: depositInvoiceDocument(), copy: "original" });
    expect(lines).toEqual(expect.arrayContaining(["FACTURE D'ACOMPTE", "N° : AC-2026-00001"]));
    expect(lines.join("\n")).toContain("Paiement à réception");
    expect(rows).toEqual(expect.arrayContaining(["TVA 20 % sur 250,00 50,00 €", "Total TTC 300,00 €"]));
  });
});

describe("InvoiceView: a final invoice deducting its deposit invoices (docs/decisions/0089)", () => {
  /** The rows of the totals from Total TTC to Net à payer. */
  function tail(rows: string[]): string[] {
    return rows.slice(rows.findIndex((row) => row.startsWith("Total TTC")));
  }

  it("shows what the PDF prints: the deposit cited, its HT and VAT, the VAT still due", () => {
    const { rows } = view({ document: finalInvoiceWithDepositsDocument(), copy: "original" });
    expect(tail(rows)).toEqual([
      "Total TTC 1 177,85 €",
      "Acompte AC-2026-00001 du 06/11/2026 -300,00 €",
      "dont HT -250,00 €",
      "dont TVA 20 % -50,00 €",
      "TVA 20 % restant due 146,31 €",
      "Net à payer 877,85 €",
    ]);
  });

  it("shows two deposits and two rates", () => {
    expect(tail(view({ document: finalInvoiceWithDepositsDocument(true), copy: "original" }).rows)).toEqual([
      "Total TTC 1 177,85 €",
      "Acompte AC-2026-00001 du 06/11/2026 -300,00 €",
      "dont HT -250,00 €",
      "dont TVA 20 % -50,00 €",
      "Acompte AC-2026-00002 du 07/11/2026 -120,00 €",
      "dont HT -100,00 €",
      "dont TVA 20 % -20,00 €",
      "TVA 20 % restant due 126,31 €",
      "Net à payer 757,85 €",
    ]);
    expect(tail(view({ document: twoRateInvoiceWithDepositDocument(), copy: "original" }).rows)).toEqual([
      "Total TTC 945,97 €",
      "Acompte AC-2026-00001 du 06/11/2026 -400,00 €",
      "dont HT -354,31 €",
      "dont TVA 20 % -36,15 €",
      "dont TVA 5,5 % -9,54 €",
      "TVA 20 % restant due 49,35 €",
      "TVA 5,5 % restant due 13,03 €",
      "Net à payer 545,97 €",
    ]);
  });
});

describe("InvoiceView: the final invoice of scenario 05, played with the engine's key", () => {
  it("cites the deposit invoice of 3 891,24 € and shows the VAT still due", () => {
    const scenario = findScenario("chaine-complete-livraison-partielle-acompte");
    if (!scenario) throw new Error("scénario 05 introuvable");
    const invoicing = solveScenario(scenario).result.stages.find((s) => s.stage === "invoicing");
    const invoiceId = invoicing?.carried.invoiceId;
    if (!invoicing || invoiceId === undefined || invoiceId === null) throw new Error("facture finale absente");
    const document = toInvoiceDocument(invoicing.ledger, invoiceId, sellerOf(scenario), printOptionsOf(scenario));
    const { rows } = view({ document, copy: "original" });
    // 30 % of 12 970,80 € = 3 891,24 € TTC = 3 242,70 HT + 648,54 TVA; VAT 2 161,80 − 648,54 = 1 513,26.
    expect(rows.slice(rows.findIndex((row) => row.startsWith("Total TTC")))).toEqual([
      "Total TTC 12 970,80 €",
      "Acompte AC-2026-00001 du 15/05/2026 -3 891,24 €",
      "dont HT -3 242,70 €",
      "dont TVA 20 % -648,54 €",
      "TVA 20 % restant due 1 513,26 €",
      "Net à payer 9 079,56 €",
    ]);
  });
});

describe("InvoiceView: the escompte follows from the terms (docs/decisions/0090)", () => {
  it("shows the escompte offered on the invoice and none on the deposit invoice due on receipt", () => {
    const { invoice, deposit } = escompteOfferedDocuments();
    const onInvoice = view({ document: invoice, copy: "original" }).lines;
    expect(onInvoice).toEqual(expect.arrayContaining(["Date d'échéance : 12/12/2026", "Escompte de 2 % si paiement sous 10 jours"]));
    const onDeposit = view({ document: deposit, copy: "original" }).lines;
    expect(onDeposit).toEqual(expect.arrayContaining(["Date d'échéance : 06/11/2026", "Pas d'escompte pour paiement anticipé"]));
    expect(onDeposit.join("\n")).not.toContain("Escompte de 2 %");
  });
});
