/** Text of the chain documents before the invoice (devis, commande, ARC, BL): pure, no react-pdf. */
import { type ChainDocument, type ChainDocumentKind, formatDateFr, formatEuros, type InvoiceDocument, type InvoiceStep, type PostalAddress, type SellerIdentity, sirenText } from "@/domain";
import { printedSteps } from "./cascade";

export const CHAIN_TITLES: Readonly<Record<ChainDocumentKind, string>> = {
  quote: "DEVIS",
  purchaseOrder: "BON DE COMMANDE",
  orderAcknowledgement: "ACCUSÉ DE RÉCEPTION DE COMMANDE",
  deliveryNote: "BON DE LIVRAISON",
};

export type MetaItem = readonly [label: string, value: string | undefined];

const date = (value: string | undefined) => (value !== undefined ? formatDateFr(value) : undefined);

function customerOrder(doc: ChainDocument): string | undefined {
  const order = doc.customerOrder;
  if (!order) return undefined;
  return `${order.number ?? "sans numéro"} du ${formatDateFr(order.date)}`;
}

/** Number, dates and references, in the order they are printed. */
export function chainMetaItems(doc: ChainDocument): MetaItem[] {
  switch (doc.kind) {
    case "quote":
      return [["N°", doc.number], ["Date", date(doc.date)], ["Valable jusqu'au", date(doc.validUntil)]];
    case "purchaseOrder":
      return [
        ["Commande client n°", doc.customerOrder?.number],
        ["Date de commande", date(doc.customerOrder?.date ?? doc.date)],
        ["Enregistrée sous", doc.number],
        ["Livraison souhaitée", date(doc.deliveryDate)],
      ];
    case "orderAcknowledgement":
      return [["N°", doc.number], ["Date", date(doc.date)], ["Votre commande", customerOrder(doc)], ["Livraison convenue", date(doc.deliveryDate)]];
    case "deliveryNote":
      return [
        ["BL n°", doc.number],
        ["Notre commande", doc.orderNumber],
        ["Votre commande", customerOrder(doc)],
        ["Date d'expédition", date(doc.shippingDate)],
        ["Date de livraison", date(doc.deliveryDate)],
      ];
  }
}

/** The conditions box: validity, payment terms, deposit requested, CGV reference. */
export function chainConditionLines(doc: ChainDocument): string[] {
  return [
    doc.kind === "quote" && doc.validUntil ? `Devis valable jusqu'au ${formatDateFr(doc.validUntil)}` : undefined,
    doc.kind === "orderAcknowledgement" && doc.deliveryDate ? `Date de livraison convenue\u00a0: ${formatDateFr(doc.deliveryDate)}` : undefined,
    doc.paymentTermsText ? `Conditions de paiement\u00a0: ${doc.paymentTermsText}` : undefined,
    doc.depositRequestedCents !== undefined ? `Acompte demandé à la commande\u00a0: ${formatEuros(doc.depositRequestedCents)} TTC` : undefined,
    doc.termsOfSaleReference,
    doc.kind === "quote" ? QUOTE_ACCEPTANCE : undefined,
  ].filter((line): line is string => line !== undefined);
}

export const QUOTE_ACCEPTANCE = "Bon pour accord — date, signature et cachet du client\u00a0:";

export const CHAIN_CONDITIONS_TITLE = "Conditions";

/** "BON DE LIVRAISON BL-2026-00001 du 09/11/2026": the footer reference of every page. */
export function chainReference(doc: ChainDocument): string {
  return [CHAIN_TITLES[doc.kind], doc.number, `du ${formatDateFr(doc.date)}`].filter(Boolean).join(" ");
}

/** The buyer's identity lines under its name. */
export function buyerIdentityLines(doc: ChainDocument): string[] {
  return [
    doc.buyer.siren ? sirenText(doc.buyer.siren) : undefined,
    doc.buyer.vatNumber ? `N° TVA\u00a0: ${doc.buyer.vatNumber}` : undefined,
    doc.buyer.contact ? `À l'attention de ${doc.buyer.contact}` : undefined,
  ].filter((line): line is string => line !== undefined);
}

/** The priced part as the invoice cascade reads it (TotalsBlock, printedSteps): no payment mentions. */
export function pricingAsInvoice(doc: ChainDocument): InvoiceDocument | undefined {
  const pricing = doc.pricing;
  if (!pricing) return undefined;
  return {
    kind: "invoice",
    seller: doc.seller,
    buyer: {},
    lines: pricing.lines,
    reductions: pricing.reductions,
    ...(pricing.shippingCents !== undefined ? { shippingCents: pricing.shippingCents } : {}),
    totals: pricing.totals,
  };
}

export const DELIVERED_COLUMNS = ["Réf.", "Désignation", "Qté commandée", "Qté livrée", "Reste à livrer"] as const;

export const RECEIPT_LINE = "Reçu le ……………………… signature du destinataire\u00a0:";
export const RESERVATIONS_TITLE = "Réserves";
export const RESERVATIONS_HINT = "Réserves précises et motivées du destinataire (colis manquants ou endommagés), à confirmer au transporteur sous 3 jours.";

/** The cascade of a priced chain document: the invoice's, down to Total TTC (nothing is payable yet). */
export function chainSteps(priced: InvoiceDocument): InvoiceStep[] {
  return printedSteps(priced).filter((step) => step.kind !== "amountDue" && step.kind !== "deposit");
}

/** Who issued the document: the customer for its purchase order (as received), the seller otherwise. */
export function issuerOf(doc: ChainDocument): Partial<SellerIdentity> {
  if (doc.kind !== "purchaseOrder") return doc.seller;
  const { buyer } = doc;
  return { name: buyer.name, address: buyer.billingAddress, ...(buyer.siren !== undefined ? { siren: buyer.siren } : {}), ...(buyer.vatNumber !== undefined ? { vatNumber: buyer.vatNumber } : {}) };
}

export interface PartyBox {
  title: string;
  name?: string;
  address?: PostalAddress;
  extra: string[];
}

/** The address boxes under the header: the addressee (the customer, or the supplier on a purchase order) and the delivery address. */
export function chainPartyBoxes(doc: ChainDocument): PartyBox[] {
  const addressee: PartyBox =
    doc.kind === "purchaseOrder"
      ? { title: "Fournisseur", name: doc.seller.name, address: doc.seller.address, extra: doc.buyer.contact ? [`Commande passée par ${doc.buyer.contact}`] : [] }
      : { title: doc.kind === "deliveryNote" ? "Client (facturation)" : "Client", name: doc.buyer.name, address: doc.buyer.billingAddress, extra: buyerIdentityLines(doc) };
  return [addressee, ...(doc.deliveryAddress ? [{ title: "Adresse de livraison", address: doc.deliveryAddress, extra: [] }] : [])];
}
