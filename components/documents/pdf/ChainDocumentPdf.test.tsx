import { beforeAll, describe, expect, it } from "vitest";
import type { ChainDocument } from "@/domain";
import { acknowledgementDocument, deliveryNoteDocument, longDeliveryNoteDocument, longQuoteDocument, purchaseOrderDocument, quoteDocument } from "./chainTestDocuments";
import { renderChainPdf } from "./chainRender";
import { allPages, pageTexts } from "./testPdfText";


/** Text of each page, U+202F / U+00A0 read as a plain space. */
async function pages(doc: ChainDocument): Promise<string[]> {
  const lines = doc.pricing?.lines.length ?? doc.deliveredLines?.length ?? 0;
  return pageTexts(await renderChainPdf(doc), `${doc.kind}-${lines}`);
}

/** The text of the whole document. */
const printed = async (doc: ChainDocument) => allPages(await pages(doc));


const SELLER_MENTIONS = ["Papeterie Lumière", "SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon", "N° TVA intracommunautaire : FR62842157638"];
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
    expect(text).toContain("SIREN 732 829 320");
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
    expect(text).toContain("SIREN 732 829 320");
    expect(text).toContain("FOURNISSEUR");
    expect(text).toContain("Papeterie Lumière");
    expect(text).toContain("Commande passée par Claire Martin");
    for (const line of LINES) expect(text).toMatch(line);
    for (const step of CASCADE) expect(text).toMatch(step);
  });
});

/** Every page: the header row of the table, "page N / M", the issuer's identity and the reference in the footer. */
function expectEveryPage(texts: readonly string[], header: RegExp, reference: string): void {
  texts.forEach((page, index) => {
    expect(page).toMatch(header);
    expect(page).toContain(`page ${index + 1} / ${texts.length}`);
    expect(page).toContain("SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon");
    expect(page).toContain(reference);
  });
}

/** Which pages contain `mention`. */
const pagesWith = (texts: readonly string[], mention: string) => texts.flatMap((page, index) => (page.includes(mention) ? [index] : []));

describe("ChainDocumentPdf: long documents", () => {
  it("paginates a 60-line quote: header on every page, page N / M, totals and conditions once, at the end", async () => {
    const doc = longQuoteDocument(60);
    const texts = await pages(doc);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expectEveryPage(texts, /Réf\.\s+Désignation\s+Qté\s+PU HT \(€\)\s+TVA\s+Total HT \(€\)/u, `DEVIS ${doc.number ?? ""} du 02/11/2026`);
    for (const line of doc.pricing?.lines ?? []) expect(allPages(texts)).toContain(line.description ?? "");
    const last = texts.length - 1;
    expect(pagesWith(texts, "Total TTC")).toEqual([last]);
    expect(pagesWith(texts, "Bon pour accord")).toEqual([last]);
    expect(texts[last]).toMatch(/TVA 20 % sur 889,20\s+177,84 €/u);
    expect(texts[last]).toMatch(/TVA 5,5 % sur 439,47\s+24,17 €/u);
    expect(texts[last]).toMatch(/Total TTC\s+1 530,68 €/u);
    expect(allPages(texts)).not.toContain("Net à payer");
  });

  it("paginates a 60-line delivery note: quantities only, header on every page, receipt once at the end", async () => {
    const doc = longDeliveryNoteDocument(60);
    const texts = await pages(doc);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expectEveryPage(texts, /Réf\.\s+Désignation\s+Qté commandée\s+Qté livrée\s+Reste à livrer/u, `BON DE LIVRAISON ${doc.number ?? ""} du 10/11/2026`);
    const text = allPages(texts);
    expect(text).toMatch(/ART-01\s+Article de papeterie numéro 01\s+3\s+2\s+1/u);
    expect(text).toMatch(/ART-60\s+Article de papeterie numéro 60\s+3\s+2\s+1/u);
    expect(text).not.toMatch(/PU HT|Total HT|TTC/u);
    const last = texts.length - 1;
    expect(pagesWith(texts, "signature du destinataire")).toEqual([last]);
    expect(pagesWith(texts, "RÉSERVES")).toEqual([last]);
  });

  it("keeps the receipt with the last lines of a delivery note that fills its page (68 lines)", async () => {
    const texts = await pages(longDeliveryNoteDocument(68));
    const last = texts[texts.length - 1] ?? "";
    expect(pagesWith(texts, "signature du destinataire")).toEqual([texts.length - 1]);
    expect(last).toMatch(/ART-66[^]*ART-67[^]*ART-68/u);
    expect(last).toMatch(/Qté commandée\s+Qté livrée\s+Reste à livrer/u);
  });
});
