// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ChainDocument } from "@/domain";
import { acknowledgementDocument, deliveryNoteDocument, purchaseOrderDocument, quoteDocument } from "../pdf/chainTestDocuments";
import { ChainDocumentView } from "./ChainDocumentView";
import { rowTexts, textLines } from "./testing";

afterEach(cleanup);

function view(document: ChainDocument) {
  const { container } = render(<ChainDocumentView document={document} />);
  return { lines: textLines(container), text: textLines(container).join("\n"), rows: rowTexts(container) };
}

const SELLER_MENTIONS = ["Papeterie Lumière", "SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon", "N° TVA intracommunautaire : FR62842157638"];
const PRICED_ROWS = [
  "CAH-A4 Cahier A4 grands carreaux 96 pages 200 2,50 20 % 500,00",
  "STY-BL Stylo plume bleu 30 12,00 20 % 360,00",
  "CLS-LV Classeur à levier dos 80 mm 60 4,80 20 % 288,00",
  "Montant brut HT 1 148,00 €",
  "Remise 10 % -114,80 €",
  "Remise 5 % -51,66 €",
  "Total HT 981,54 €",
  "TVA 20 % sur 981,54 196,31 €",
  "Total TTC 1 177,85 €",
];

describe("ChainDocumentView: a delivery note", () => {
  it("shows the number, the order references, the dates and the addresses", () => {
    const { lines } = view(deliveryNoteDocument());
    expect(screen.getByRole("article", { name: "BON DE LIVRAISON BL-2026-00001" })).toBeInTheDocument();
    expect(lines).toEqual(
      expect.arrayContaining([
        ...SELLER_MENTIONS,
        "BL n° : BL-2026-00001",
        "Notre commande : CM-2026-00001",
        "Votre commande : BC-7781 du 05/11/2026",
        "Date d'expédition : 09/11/2026",
        "Date de livraison : 10/11/2026",
        "Client (facturation)",
        "4 place Bellecour",
        "Adresse de livraison",
        "ZI des Glairons, entrepôt 4",
      ]),
    );
  });

  it("shows quantities ordered, delivered and remaining, no price, the receipt and the reservations box", () => {
    const { rows, text } = view(deliveryNoteDocument());
    expect(screen.getByRole("columnheader", { name: "Reste à livrer" })).toBeInTheDocument();
    expect(rows).toEqual(
      expect.arrayContaining([
        "Réf. Désignation Qté commandée Qté livrée Reste à livrer",
        "CAH-A4 Cahier A4 grands carreaux 96 pages 200 150 50",
        "STY-BL Stylo plume bleu 30 30 0",
        "CLS-LV Classeur à levier dos 80 mm 60 0 60",
      ]),
    );
    expect(rows.join("\n")).not.toMatch(/€|2,50/u);
    expect(text).toContain("Reçu le");
    expect(text).toContain("signature du destinataire");
    expect(screen.getByRole("heading", { name: "Réserves" })).toBeInTheDocument();
    expect(text).toContain("BON DE LIVRAISON BL-2026-00001 du 09/11/2026");
  });
});

describe("ChainDocumentView: acknowledgement, quote and purchase order", () => {
  it("shows the acknowledgement with the customer's order, prices, reductions, delivery, terms, deposit and CGV", () => {
    const { lines, rows, text } = view(acknowledgementDocument());
    expect(lines).toEqual(expect.arrayContaining(["ACCUSÉ DE RÉCEPTION DE COMMANDE", "N° : AR-2026-00001", "Date : 06/11/2026", "Votre commande : BC-7781 du 05/11/2026", "Livraison convenue : 10/11/2026"]));
    expect(rows).toEqual(expect.arrayContaining(PRICED_ROWS));
    expect(text).toContain("Conditions de paiement : 30 jours date de facture");
    expect(text).toContain("Acompte demandé à la commande : 300,00 € TTC");
    expect(text).toContain("conditions générales de vente");
    expect(rows.join("\n")).not.toContain("Net à payer");
  });

  it("shows the quote with its validity", () => {
    const { lines, rows } = view(quoteDocument());
    expect(lines).toEqual(expect.arrayContaining(["DEVIS", "N° : DV-2026-00001", "Date : 02/11/2026", "Valable jusqu'au : 02/12/2026", "Devis valable jusqu'au 02/12/2026", "Bon pour accord — date, signature et cachet du client :"]));
    expect(rows).toEqual(expect.arrayContaining(PRICED_ROWS));
  });

  it("shows the purchase order as received", () => {
    const { lines, rows } = view(purchaseOrderDocument());
    expect(lines).toEqual(expect.arrayContaining(["BON DE COMMANDE", "Commande client n° : BC-7781", "Date de commande : 05/11/2026", "Enregistrée sous : CM-2026-00001", "Livraison souhaitée : 10/11/2026", "Librairie Martin", "SIREN 732 829 320", "Fournisseur", "Papeterie Lumière", "Commande passée par Claire Martin"]));
    expect(rows).toEqual(expect.arrayContaining(PRICED_ROWS));
  });
});
