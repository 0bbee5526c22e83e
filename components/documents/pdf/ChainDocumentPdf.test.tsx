import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChainDocument } from "@/domain/salesDocuments";
import { acknowledgementDocument, deliveryNoteDocument, purchaseOrderDocument, quoteDocument } from "./chainTestDocuments";
import { registerFonts, renderChainPdf } from "./chainRender";

const FONTS = fileURLToPath(new URL("../../../public/fonts", import.meta.url));

/** The text of the whole document, U+202F / U+00A0 read as a plain space. */
async function printed(doc: ChainDocument): Promise<string> {
  const buffer = await renderChainPdf(doc);
  if (process.env.PDF_PREVIEW) {
    mkdirSync(process.env.PDF_PREVIEW, { recursive: true });
    const file = `${process.env.PDF_PREVIEW}/${doc.kind}.pdf`;
    writeFileSync(file, buffer);
    if (existsSync("/usr/bin/pdftoppm")) execFileSync("pdftoppm", ["-png", "-r", "70", file, file.replace(/\.pdf$/u, "")]);
  }
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
  return text.replace(/[\u202f\u00a0]/gu, " ");
}

beforeAll(() => registerFonts(FONTS));

const SELLER_MENTIONS = ["Papeterie Lumière", "SAS au capital de 50 000 €", "RCS Lyon 842 157 638", "N° TVA intracommunautaire : FR62842157638"];
const CASCADE = [/Montant brut HT\s+1 148,00 €/u, /Remise 10 %[^\n]*\s+-114,80 €/u, /Remise 5 %[^\n]*\s+-51,66 €/u, /Total HT\s+981,54 €/u, /TVA 20 % sur 981,54\s+196,31 €/u, /Total TTC\s+1 177,85 €/u];
const LINES = [/CAH-A4\s+Cahier A4 grands carreaux 96 pages\s+200\s+2,50\s+20 %\s+500,00/u, /STY-BL\s+Stylo plume bleu\s+30\s+12,00\s+20 %\s+360,00/u, /CLS-LV\s+Classeur à levier dos 80 mm\s+60\s+4,80\s+20 %\s+288,00/u];

describe("ChainDocumentPdf: a delivery note", () => {
  let text = "";
  beforeAll(async () => {
    text = await printed(deliveryNoteDocument());
  });

  it("prints the title, the BL number, the order references and the dates", () => {
    expect(text).toContain("BON DE LIVRAISON");
    expect(text).toContain("BL n° : BL-2026-00001");
    expect(text).toContain("Notre commande : CM-2026-00001");
    expect(text).toContain("Votre commande : BC-7781 du 05/11/2026");
    expect(text).toContain("Date d'expédition : 09/11/2026");
    expect(text).toContain("Date de livraison : 10/11/2026");
  });

  it("prints the parties, the billing and the delivery addresses", () => {
    for (const mention of SELLER_MENTIONS) expect(text).toContain(mention);
    expect(text).toContain("CLIENT (FACTURATION)");
    expect(text).toContain("Librairie Martin");
    expect(text).toContain("4 place Bellecour");
    expect(text).toContain("ADRESSE DE LIVRAISON");
    expect(text).toContain("ZI des Glairons, entrepôt 4");
    expect(text).toContain("38400 Saint-Martin-d'Hères");
  });

  it("prints quantities ordered, delivered and remaining, and no price", () => {
    expect(text).toMatch(/Réf\.\s+Désignation\s+Qté commandée\s+Qté livrée\s+Reste à livrer/u);
    expect(text).toMatch(/CAH-A4\s+Cahier A4 grands carreaux 96 pages\s+200\s+150\s+50/u);
    expect(text).toMatch(/STY-BL\s+Stylo plume bleu\s+30\s+30\s+0/u);
    expect(text).toMatch(/CLS-LV\s+Classeur à levier dos 80 mm\s+60\s+0\s+60/u);
    expect(text).not.toMatch(/PU HT|Total HT|TTC|2,50|12,00|4,80/u);
  });

  it("prints the receipt and the reservations box, and the footer", () => {
    expect(text).toContain("Reçu le");
    expect(text).toContain("signature du destinataire");
    expect(text).toContain("RÉSERVES");
    expect(text).toContain("BON DE LIVRAISON BL-2026-00001 du 09/11/2026");
    expect(text).toContain("page 1 / 1");
  });
});

describe("ChainDocumentPdf: an order acknowledgement", () => {
  it("prints the identities, the customer's order, the items, reductions, delivery, terms, CGV and deposit", async () => {
    const text = await printed(acknowledgementDocument());
    expect(text).toContain("ACCUSÉ DE RÉCEPTION DE COMMANDE");
    expect(text).toContain("N° : AR-2026-00001");
    expect(text).toContain("Date : 06/11/2026");
    expect(text).toContain("Votre commande : BC-7781 du 05/11/2026");
    expect(text).toContain("Livraison convenue : 10/11/2026");
    for (const mention of SELLER_MENTIONS) expect(text).toContain(mention);
    expect(text).toContain("SIREN : 732829320");
    expect(text).toContain("ZI des Glairons, entrepôt 4");
    for (const line of LINES) expect(text).toMatch(line);
    for (const step of CASCADE) expect(text).toMatch(step);
    expect(text).toContain("Date de livraison convenue : 10/11/2026");
    expect(text).toContain("Conditions de paiement : 30 jours date de facture");
    expect(text).toContain("Acompte demandé à la commande : 300,00 € TTC");
    expect(text).toContain("conditions générales de vente");
    expect(text).not.toContain("Net à payer");
  });
});

describe("ChainDocumentPdf: a quote and a purchase order", () => {
  it("prints the quote: number, date, validity, priced lines, totals and conditions", async () => {
    const text = await printed(quoteDocument());
    expect(text).toContain("DEVIS");
    expect(text).toContain("N° : DV-2026-00001");
    expect(text).toContain("Date : 02/11/2026");
    expect(text).toContain("Valable jusqu'au : 02/12/2026");
    for (const line of LINES) expect(text).toMatch(line);
    for (const step of CASCADE) expect(text).toMatch(step);
    expect(text).toContain("Devis valable jusqu'au 02/12/2026");
    expect(text).toContain("Bon pour accord");
    expect(text).toContain("Conditions de paiement : 30 jours date de facture");
  });

  it("prints the purchase order as received", async () => {
    const text = await printed(purchaseOrderDocument());
    expect(text).toContain("BON DE COMMANDE");
    expect(text).toContain("Commande client n° : BC-7781");
    expect(text).toContain("Date de commande : 05/11/2026");
    expect(text).toContain("Enregistrée sous : CM-2026-00001");
    expect(text).toContain("Livraison souhaitée : 10/11/2026");
    expect(text).toMatch(/^Librairie Martin\s+4 place Bellecour/u);
    expect(text).toContain("SIREN : 732829320");
    expect(text).toContain("FOURNISSEUR");
    expect(text).toContain("Papeterie Lumière");
    expect(text).toContain("Commande passée par Claire Martin");
    for (const line of LINES) expect(text).toMatch(line);
    for (const step of CASCADE) expect(text).toMatch(step);
  });
});
