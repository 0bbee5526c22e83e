import { beforeAll, describe, expect, it } from "vitest";
import { creditNoteDocument, depositInvoiceDocument, escompteOfferedDocuments, finalInvoiceWithDepositsDocument, invoiceDocument, longInvoiceDocument, twoRateInvoiceWithDepositDocument, withSellerIban } from "./testDocuments";
import { renderInvoicePdf, type Copy } from "./render";
import { allPages as all, pageTexts } from "./testPdfText";
import type { InvoiceDocument } from "@/domain";
import { createActor } from "xstate";
import { findScenario } from "@/components/catalog/catalog";
import { invoiceControlMachine } from "@/machines/invoiceControl";
import { stageInputOf } from "@/machines/testing/controlFixtures";


/** Text of each page, U+202F / U+00A0 read as a plain space. */
async function pages(doc: InvoiceDocument, copy: Copy = "original", reason?: string): Promise<string[]> {
  return pageTexts(await renderInvoicePdf(doc, copy, reason), `${doc.kind}-${doc.lines.length}-${copy}`);
}


describe("InvoicePdf: an invoice", () => {
  let text = "";
  beforeAll(async () => {
    text = all(await pages(invoiceDocument()));
  });

  it("prints the title, number, dates and references", () => {
    expect(text).toContain("FACTURE");
    expect(text).not.toContain("FACTURE D'");
    expect(text).toContain("FA-2026-00001");
    expect(text).toContain("12/11/2026");
    expect(text).toMatch(/Date de vente \/ livraison : 10\/11\/2026/u);
    expect(text).toContain("Votre commande : BC-7781");
    expect(text).toContain("ORIGINAL");
    expect(text).not.toContain("DUPLICATA");
  });

  it("prints the seller's identity", () => {
    expect(text).toContain("Papeterie Lumière");
    // One identity line, the same as the footer's, the chain documents' and the letters'.
    expect(text).toContain("SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon");
    expect(text).not.toContain("SIREN : ");
    expect(text).toContain("N° TVA intracommunautaire : FR62842157638");
    expect(text).toContain("12 rue de la République");
  });

  it("prints the buyer, its billing and delivery addresses", () => {
    expect(text).toContain("Librairie Martin");
    expect(text).toContain("4 place Bellecour");
    expect(text).toContain("SIREN 732 829 320");
    expect(text).toContain("FR44732829320");
    expect(text).toContain("ADRESSE DE LIVRAISON");
    expect(text).toContain("ZI des Glairons, entrepôt 4");
    expect(text).toContain("38400 Saint-Martin-d'Hères");
  });

  it("prints every line", () => {
    expect(text).toMatch(/CAH-A4\s+Cahier A4 grands carreaux 96 pages\s+200\s+2,50\s+20 %\s+500,00/u);
    expect(text).toMatch(/STY-BL\s+Stylo plume bleu\s+30\s+12,00\s+20 %\s+360,00/u);
    expect(text).toMatch(/CLS-LV\s+Classeur à levier dos 80 mm\s+60\s+4,80\s+20 %\s+288,00/u);
  });

  it("prints the cascade with exact amounts", () => {
    expect(text).toMatch(/Montant brut HT\s+1 148,00 €/u);
    expect(text).toMatch(/Remise 10 %[^\n]*\s+-114,80 €/u);
    expect(text).toMatch(/Remise 5 %[^\n]*\s+-51,66 €/u);
    expect(text).toMatch(/Total HT\s+981,54 €/u);
    expect(text).toMatch(/TVA 20 % sur 981,54\s+196,31 €/u);
    expect(text).toMatch(/Total TVA\s+196,31 €/u);
    expect(text).toMatch(/Total TTC\s+1 177,85 €/u);
    expect(text).toMatch(/Net à payer\s+1 177,85 €/u);
  });

  it("prints the payment terms and the legal mentions", () => {
    expect(text).toContain("Date d'échéance : 12/12/2026");
    expect(text).toContain("Conditions de paiement : 30 jours date de facture");
    expect(text).toContain("Pas d'escompte pour paiement anticipé");
    expect(text).toContain("Pénalités de retard : 12,15 % par an");
    expect(text).toContain("Indemnité forfaitaire pour frais de recouvrement : 40 €");
    expect(text).toContain("Nature de l'opération : livraison de biens");
    expect(text).toContain("Option pour le paiement de la taxe d'après les débits");
    expect(text).toContain("page 1 / 1");
  });

  it("prints the seller's IBAN in the payment block when the seller has one, never on a credit note", async () => {
    expect(text).not.toContain("IBAN");
    const printed = all(await pages(withSellerIban(invoiceDocument())));
    expect(printed).toMatch(/Indemnité forfaitaire pour frais de recouvrement : 40 €\nRèglement par virement — IBAN : FR76 3000 4000 0100 0000 1234 567\n/u);
    expect(all(await pages(withSellerIban(creditNoteDocument().document)))).not.toContain("IBAN");
  });

  it("prints the escompte condition the document carries", async () => {
    const offered = { ...invoiceDocument(), cashDiscountCondition: "Escompte de 2 % pour paiement sous 10 jours" };
    const printed = all(await pages(offered));
    expect(printed).toContain("Escompte de 2 % pour paiement sous 10 jours");
    expect(printed).not.toContain("Pas d'escompte");
  });

  it("marks the duplicate", async () => {
    const duplicate = all(await pages(invoiceDocument(), "duplicate"));
    expect(duplicate).toContain("DUPLICATA");
    expect(duplicate).toContain("FACTURE FA-2026-00001 du 12/11/2026 — DUPLICATA");
    expect(duplicate).not.toContain("ORIGINAL");
  });
});

describe("InvoicePdf: a credit note and a deposit invoice", () => {
  it("cites the original invoice and the reason", async () => {
    const { document, reason } = creditNoteDocument();
    const text = all(await pages(document, "original", reason));
    expect(text).toContain("FACTURE D'AVOIR");
    expect(text).toContain("AV-2026-00001");
    expect(text).toContain("Avoir sur facture FA-2026-00001 du 12/11/2026");
    expect(text).toContain("Motif : Retour de 10 stylos défectueux");
    expect(text).toMatch(/Total TTC\s+123,12 €/u);
    expect(text).toMatch(/Net à déduire\s+123,12 €/u);
    expect(text).not.toContain("Net à payer");
  });

  it("prints a deposit invoice payable on receipt", async () => {
    const text = all(await pages(depositInvoiceDocument()));
    expect(text).toContain("FACTURE D'ACOMPTE");
    expect(text).toContain("AC-2026-00001");
    expect(text).toContain("Paiement à réception");
    expect(text).toMatch(/TVA 20 % sur 250,00\s+50,00 €/u);
    expect(text).toMatch(/Total TTC\s+300,00 €/u);
  });
});

describe("InvoicePdf: a final invoice deducting its deposit invoices (docs/decisions/0089)", () => {
  it("cites the deposit invoice, deducts its HT and VAT, and prints the VAT still due", async () => {
    const text = all(await pages(finalInvoiceWithDepositsDocument()));
    expect(text).toMatch(
      /Total TTC\s+1 177,85 €\s+Acompte AC-2026-00001 du 06\/11\/2026\s+-300,00 €\s+dont HT\s+-250,00 €\s+dont TVA 20 %\s+-50,00 €\s+TVA 20 % restant due\s+146,31 €\s+Net à payer\s+877,85 €/u,
    );
    expect(text).not.toContain("Acompte versé");
  });

  it("cites two deposit invoices one after the other", async () => {
    const text = all(await pages(finalInvoiceWithDepositsDocument(true)));
    expect(text).toMatch(
      /Acompte AC-2026-00001 du 06\/11\/2026\s+-300,00 €\s+dont HT\s+-250,00 €\s+dont TVA 20 %\s+-50,00 €\s+Acompte AC-2026-00002 du 07\/11\/2026\s+-120,00 €\s+dont HT\s+-100,00 €\s+dont TVA 20 %\s+-20,00 €\s+TVA 20 % restant due\s+126,31 €\s+Net à payer\s+757,85 €/u,
    );
  });

  it("splits a deposit at two rates and prints the VAT still due at each", async () => {
    const text = all(await pages(twoRateInvoiceWithDepositDocument()));
    expect(text).toMatch(
      /Total TTC\s+945,97 €\s+Acompte AC-2026-00001 du 06\/11\/2026\s+-400,00 €\s+dont HT\s+-354,31 €\s+dont TVA 20 %\s+-36,15 €\s+dont TVA 5,5 %\s+-9,54 €\s+TVA 20 % restant due\s+49,35 €\s+TVA 5,5 % restant due\s+13,03 €\s+Net à payer\s+545,97 €/u,
    );
  });
});

describe("InvoicePdf: the escompte follows from the terms (docs/decisions/0090)", () => {
  it("offers 2 % within 10 days on an invoice due at 30 days, and nothing on the deposit invoice due on receipt", async () => {
    const { invoice, deposit } = escompteOfferedDocuments();
    const onInvoice = all(await pages(invoice));
    expect(onInvoice).toMatch(/Date d'échéance : 12\/12\/2026\s+Conditions de paiement : 30 jours date de facture\s+Escompte de 2 % si paiement sous 10 jours/u);
    const onDeposit = all(await pages(deposit));
    expect(onDeposit).toMatch(/Date d'échéance : 06\/11\/2026\s+Conditions de paiement : Paiement à réception\s+Pas d'escompte pour paiement anticipé/u);
    expect(onDeposit).not.toContain("Escompte de 2 %");
  });
});

describe("InvoicePdf: a long invoice", () => {
  it("paginates, repeats the table header, numbers the pages and prints the totals once at the end", async () => {
    const doc = longInvoiceDocument(60);
    const texts = await pages(doc);
    const count = texts.length;
    expect(count).toBeGreaterThanOrEqual(2);
    texts.forEach((page, index) => {
      expect(page).toMatch(/Réf\.\s+Désignation\s+Qté\s+PU HT \(€\)\s+TVA\s+Total HT \(€\)/u);
      expect(page).toContain(`page ${index + 1} / ${count}`);
      expect(page).toContain("Papeterie Lumière — SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon — TVA FR62842157638");
      expect(page).toContain(`FACTURE ${doc.number ?? ""} du 12/11/2026 — ORIGINAL`);
    });
    for (const line of doc.lines) expect(all(texts)).toContain(line.description);
    const withTotals = texts.map((page) => page.includes("Total TTC"));
    expect(withTotals.filter(Boolean)).toHaveLength(1);
    expect(withTotals[count - 1]).toBe(true);
    const last = texts[count - 1] ?? "";
    expect(last).toMatch(/TVA 20 % sur 889,20\s+177,84 €/u);
    expect(last).toMatch(/TVA 5,5 % sur 439,47\s+24,17 €/u);
    expect(last).toMatch(/Total TTC\s+1 530,68 €/u);
    expect(last).toMatch(/Net à payer\s+1 530,68 €/u);
  });
});

describe("InvoicePdf: the invoice given to control (scenario 03), printed as it is", () => {
  let text = "";
  beforeAll(async () => {
    const scenario = findScenario("mentions-manquantes");
    if (scenario === undefined) throw new Error("scénario 03 introuvable");
    const actor = createActor(invoiceControlMachine, { input: stageInputOf(scenario) }).start();
    const document = actor.getSnapshot().context.document;
    actor.stop();
    text = all(await pages(document));
  });

  it("prints the wrong line total and the totals as the document states them", () => {
    expect(text).toContain("FA-2026-00087");
    // 3 × 145,90 € = 437,70 €, but the document reads 457,70 €: the learner must find it on the PDF too.
    expect(text).toMatch(/PERC-18V[^]*?3 145,90 20 % 457,70\n/u);
    expect(text).toContain("986,89 €");
    expect(text).toContain("Pas d'escompte pour paiement anticipé");
  });

  it("leaves out what the document lacks: the seller's SIREN, the due date, the 40 € indemnity", () => {
    expect(text).toMatch(/^SARL au capital de 45 000,00 € — RCS Caen$/mu);
    expect(text).not.toContain("804 267 136");
    expect(text).not.toMatch(/SIREN|RCS Caen \d/u);
    expect(text).not.toMatch(/Échéance|15\/05\/2026/u);
    expect(text).not.toContain("Indemnité forfaitaire");
  });
});
