/**
 * What the learner can mark on the invoice to control: a printed mention or figure (by its path)
 * or, in the list of mentions, a mention code for a mention that is missing (docs/decisions/0061).
 */
import { formatDateFr, isIsoDate } from "../dates";
import type { InvoiceDocument, PostalAddress, PrintedLine } from "../documents";
import { formatEuros, formatPercent } from "../money";
import { OPERATION_NATURE_LABELS } from "../operationNature";
import { capitalize, percentList } from "../text";
import { MENTIONS, mentionsOfList, type MentionCode } from "./catalogue";
import { lineLabel } from "./printed";
import type { ControlArea, MentionList } from "./vocabulary";

export interface ControlTarget {
  /** What the learner marks: a path of the printed document, or a mention code. */
  target: string;
  /** French label ("SIREN du vendeur", "Ligne 2 : montant HT"). */
  label: string;
  area: ControlArea;
  /** The value as printed, for a target of the printed document ("" for an empty cell of a line). */
  value?: string;
  /** The mention of the checker's catalogue this target belongs to. */
  mention?: MentionCode;
}

export interface ControlTargets {
  /** Every mention and figure printed on the invoice, plus every cell of each line (even empty). */
  printed: ControlTarget[];
  /** The catalogue of the chosen list, to mark a missing mention (target = mention code). */
  mentions: ControlTarget[];
}

function formatAddress(address: PostalAddress): string {
  return [address.street, address.complement, `${address.postalCode} ${address.city}`.trim(), address.country].filter((part) => part !== undefined && part.trim() !== "").join(", ");
}

function formatDate(date: string): string {
  return isIsoDate(date) ? formatDateFr(date) : date;
}

interface FieldSpec {
  label: string;
  area: ControlArea;
  mention?: MentionCode;
  read(doc: InvoiceDocument): string | undefined;
}

const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === "" ? undefined : value);
const euros = (value: number | undefined): string | undefined => (value === undefined ? undefined : formatEuros(value));
const date = (value: string | undefined): string | undefined => (value === undefined || value.trim() === "" ? undefined : formatDate(value));
const address = (value: PostalAddress | undefined): string | undefined => (value === undefined ? undefined : formatAddress(value) || undefined);
const rates = (values: readonly number[] | undefined): string | undefined =>
  values === undefined || values.length === 0 ? undefined : percentList(values);

/** The printed fields outside the lines and the VAT table, in reading order. */
const FIELDS: Readonly<Record<string, FieldSpec>> = {
  number: { label: "Numéro de la pièce", area: "header", mention: "invoiceNumber", read: (d) => text(d.number) },
  issueDate: { label: "Date d'émission", area: "header", mention: "issueDate", read: (d) => date(d.issueDate) },
  "originalInvoice.number": { label: "Numéro de la facture d'origine", area: "creditNote", mention: "originalInvoice", read: (d) => text(d.originalInvoice?.number) },
  "originalInvoice.date": { label: "Date de la facture d'origine", area: "creditNote", mention: "originalInvoice", read: (d) => date(d.originalInvoice?.date) },
  "seller.name": { label: "Nom du vendeur", area: "seller", mention: "sellerDetails", read: (d) => text(d.seller.name) },
  "seller.address": { label: "Adresse du vendeur", area: "seller", mention: "sellerDetails", read: (d) => address(d.seller.address) },
  "seller.legalForm": { label: "Forme juridique du vendeur", area: "seller", mention: "sellerLegalForm", read: (d) => text(d.seller.legalForm) },
  "seller.shareCapitalCents": { label: "Capital social du vendeur", area: "seller", mention: "sellerShareCapital", read: (d) => euros(d.seller.shareCapitalCents) },
  "seller.siren": { label: "SIREN du vendeur", area: "seller", mention: "sellerSiren", read: (d) => text(d.seller.siren) },
  "seller.siret": { label: "SIRET du vendeur", area: "seller", read: (d) => text(d.seller.siret) },
  "seller.rcsCity": { label: "RCS (ville du greffe) du vendeur", area: "seller", mention: "sellerRcs", read: (d) => text(d.seller.rcsCity) },
  "seller.vatNumber": { label: "Numéro de TVA intracommunautaire du vendeur", area: "seller", mention: "sellerVatNumber", read: (d) => text(d.seller.vatNumber) },
  "seller.email": { label: "Courriel du vendeur", area: "seller", read: (d) => text(d.seller.email) },
  "seller.phone": { label: "Téléphone du vendeur", area: "seller", read: (d) => text(d.seller.phone) },
  "seller.iban": { label: "IBAN du vendeur", area: "seller", read: (d) => text(d.seller.iban) },
  "buyer.name": { label: "Nom de l'acheteur", area: "buyer", mention: "buyerDetails", read: (d) => text(d.buyer.name) },
  "buyer.address": { label: "Adresse de l'acheteur", area: "buyer", mention: "buyerDetails", read: (d) => address(d.buyer.address) },
  "buyer.billingAddress": { label: "Adresse de facturation", area: "buyer", mention: "buyerDetails", read: (d) => address(d.buyer.billingAddress) },
  "buyer.siren": { label: "SIREN de l'acheteur", area: "buyer", mention: "buyerSiren", read: (d) => text(d.buyer.siren) },
  "buyer.vatNumber": { label: "Numéro de TVA de l'acheteur", area: "buyer", read: (d) => text(d.buyer.vatNumber) },
  deliveryAddress: { label: "Adresse de livraison", area: "order", mention: "deliveryAddress", read: (d) => address(d.deliveryAddress) },
  purchaseOrderNumber: { label: "Numéro du bon de commande de l'acheteur", area: "order", mention: "purchaseOrderNumber", read: (d) => text(d.purchaseOrderNumber) },
  saleDate: { label: "Date de la vente ou de la livraison", area: "order", mention: "saleDate", read: (d) => date(d.saleDate) },
  "reductions.tradeDiscounts": { label: "Remises", area: "reductions", mention: "reductions", read: (d) => rates(d.reductions.tradeDiscounts) },
  "reductions.allowances": { label: "Rabais", area: "reductions", mention: "reductions", read: (d) => rates(d.reductions.allowances) },
  "reductions.rebates": { label: "Ristournes", area: "reductions", mention: "reductions", read: (d) => rates(d.reductions.rebates) },
  "reductions.cashDiscount": {
    label: "Escompte (taux)",
    area: "reductions",
    mention: "reductions",
    read: (d) => (d.reductions.cashDiscount === undefined ? undefined : formatPercent(d.reductions.cashDiscount)),
  },
  shippingCents: { label: "Port HT (ligne de port)", area: "totals", read: (d) => euros(d.shippingCents) },
  depositCents: { label: "Acompte versé (ligne d'acompte)", area: "totals", read: (d) => euros(d.depositCents) },
  "totals.grossCents": { label: "Montant brut HT", area: "totals", read: (d) => euros(d.totals.grossCents) },
  "totals.netCommercialCents": { label: "Net commercial HT", area: "totals", read: (d) => euros(d.totals.netCommercialCents) },
  "totals.cashDiscountCents": { label: "Montant de l'escompte", area: "totals", read: (d) => euros(d.totals.cashDiscountCents) },
  "totals.netFinancialCents": { label: "Net financier HT", area: "totals", read: (d) => euros(d.totals.netFinancialCents) },
  "totals.shippingCents": { label: "Port HT (totaux)", area: "totals", read: (d) => euros(d.totals.shippingCents) },
  "totals.totalExclTaxCents": { label: "Total HT", area: "totals", mention: "totalExclTax", read: (d) => euros(d.totals.totalExclTaxCents) },
  "totals.totalVatCents": { label: "Total TVA", area: "totals", mention: "vatPerRate", read: (d) => euros(d.totals.totalVatCents) },
  "totals.totalInclTaxCents": { label: "Total TTC", area: "totals", mention: "totalToPay", read: (d) => euros(d.totals.totalInclTaxCents) },
  "totals.depositCents": { label: "Acompte déduit", area: "totals", mention: "totalToPay", read: (d) => euros(d.totals.depositCents) },
  "totals.amountDueCents": { label: "Net à payer", area: "totals", mention: "totalToPay", read: (d) => euros(d.totals.amountDueCents) },
  dueDate: { label: "Date d'échéance", area: "payment", mention: "dueDate", read: (d) => date(d.dueDate) },
  paymentTermsText: { label: "Conditions de règlement", area: "payment", mention: "paymentTerms", read: (d) => text(d.paymentTermsText) },
  cashDiscountCondition: { label: "Conditions d'escompte", area: "payment", mention: "cashDiscountCondition", read: (d) => text(d.cashDiscountCondition) },
  latePenaltyRate: {
    label: "Taux des pénalités de retard",
    area: "payment",
    mention: "latePenaltyRate",
    read: (d) => (d.latePenaltyRate === undefined ? undefined : formatPercent(d.latePenaltyRate)),
  },
  recoveryIndemnityCents: { label: "Indemnité forfaitaire pour frais de recouvrement", area: "payment", mention: "recoveryIndemnity", read: (d) => euros(d.recoveryIndemnityCents) },
  operationNature: { label: "Nature de l'opération", area: "reform", mention: "operationNature", read: (d) => (d.operationNature === undefined ? undefined : capitalize(OPERATION_NATURE_LABELS[d.operationNature])) },
  vatOnDebitsMention: {
    label: "«\u00a0Option pour le paiement de la taxe d'après les débits\u00a0»",
    area: "reform",
    mention: "vatOnDebits",
    read: (d) => (d.vatOnDebitsMention === true ? "Option pour le paiement de la taxe d'après les débits" : undefined),
  },
};

const LINE_CELLS: readonly { key: keyof PrintedLine; label: string; mention?: MentionCode; show(line: PrintedLine): string }[] = [
  { key: "reference", label: "référence", show: (l) => l.reference ?? "" },
  { key: "description", label: "désignation", mention: "productDescriptions", show: (l) => l.description ?? "" },
  { key: "quantity", label: "quantité", mention: "lineQuantities", show: (l) => (l.quantity === undefined ? "" : String(l.quantity).replace(".", ",")) },
  { key: "unitPriceCents", label: "prix unitaire HT", mention: "lineUnitPrices", show: (l) => (l.unitPriceCents === undefined ? "" : formatEuros(l.unitPriceCents)) },
  { key: "vatRate", label: "taux de TVA", mention: "lineVatRates", show: (l) => (l.vatRate === undefined ? "" : formatPercent(l.vatRate)) },
  { key: "lineTotalCents", label: "montant HT", show: (l) => (l.lineTotalCents === undefined ? "" : formatEuros(l.lineTotalCents)) },
];

function lineCellLabel(index: number, cell: (typeof LINE_CELLS)[number]): string {
  return `${lineLabel(index)}\u00a0: ${cell.label}`;
}

function lineTargets(doc: InvoiceDocument): ControlTarget[] {
  const withReferences = doc.lines.some((line) => line.reference !== undefined);
  return doc.lines.flatMap((line, i) =>
    LINE_CELLS.filter((cell) => cell.key !== "reference" || withReferences).map((cell) => ({
      target: `lines[${i}].${cell.key}`,
      label: lineCellLabel(i, cell),
      area: "lines" as const,
      value: cell.show(line),
      ...(cell.mention !== undefined ? { mention: cell.mention } : {}),
    })),
  );
}

function vatTargets(doc: InvoiceDocument): ControlTarget[] {
  return (doc.totals.vat ?? []).flatMap((line, k) => [
    { target: `totals.vat[${k}].baseCents`, label: `Base HT de la TVA à ${formatPercent(line.rate)}`, area: "totals" as const, value: formatEuros(line.baseCents), mention: "vatPerRate" as const },
    { target: `totals.vat[${k}].amountCents`, label: `TVA à ${formatPercent(line.rate)}`, area: "totals" as const, value: formatEuros(line.amountCents), mention: "vatPerRate" as const },
  ]);
}

function fieldTarget(path: string, spec: FieldSpec, value: string): ControlTarget {
  return { target: path, label: spec.label, area: spec.area, value, ...(spec.mention !== undefined ? { mention: spec.mention } : {}) };
}

/** FIELDS in reading order, listed once: the targets go through them four times per invoice. */
const FIELD_ENTRIES: readonly (readonly [string, FieldSpec])[] = Object.entries(FIELDS);

/** The totals printed under the VAT table, in the order of the cascade. */
const AFTER_VAT: ReadonlySet<string> = new Set(["totals.totalVatCents", "totals.totalInclTaxCents", "totals.depositCents", "totals.amountDueCents"]);

/**
 * What the learner can mark: every printed mention and figure (with its value as printed),
 * every cell of the lines table, and the whole catalogue of the chosen list for missing mentions
 * (the same list whatever the invoice lacks, so that it gives nothing away). A mention code
 * that is also a path (issueDate, dueDate...) is one and the same target (docs/decisions/0061).
 */
export function controlTargets(doc: InvoiceDocument, list: MentionList): ControlTargets {
  const printedFields = (keep: (path: string, spec: FieldSpec) => boolean): ControlTarget[] =>
    FIELD_ENTRIES.flatMap(([path, spec]) => {
      const value = keep(path, spec) ? spec.read(doc) : undefined;
      return value === undefined ? [] : [fieldTarget(path, spec, value)];
    });
  const isTotal = (spec: FieldSpec): boolean => spec.area === "totals";
  const isTail = (spec: FieldSpec): boolean => spec.area === "payment" || spec.area === "reform";
  const printed = [
    ...printedFields((_path, spec) => !isTotal(spec) && !isTail(spec)),
    ...lineTargets(doc),
    ...printedFields((path, spec) => isTotal(spec) && !AFTER_VAT.has(path)),
    ...vatTargets(doc),
    ...printedFields((path) => AFTER_VAT.has(path)),
    ...printedFields((_path, spec) => isTail(spec)),
  ];
  const mentions = mentionsOfList(list).map((code) => ({ target: code, label: MENTIONS[code].label, area: MENTIONS[code].area, mention: code }));
  return { printed, mentions };
}

/** A cell of the lines table: its line's index, then its column. */
const LINE_CELL = /^lines\[(\d+)\]\.(\w+)$/u;

/**
 * The mention of the catalogue a target belongs to: the mention code itself, or the mention of a
 * printed field, a cell of the lines or the VAT table; undefined for a field no mention names (an
 * e-mail, a line's total).
 */
export function mentionOfTarget(target: string): MentionCode | undefined {
  if (Object.hasOwn(MENTIONS, target)) return target as MentionCode;
  if (Object.hasOwn(FIELDS, target)) return FIELDS[target]?.mention;
  if (/^totals\.vat\[\d+\]\./u.test(target)) return "vatPerRate";
  const cell = LINE_CELL.exec(target)?.[2];
  return LINE_CELLS.find((spec) => spec.key === cell)?.mention;
}

/**
 * A target's name without the invoice it is read on (a decision point of the control is named by
 * its target alone): « SIREN du vendeur », « Ligne 2 : montant HT », its mention for a cell of the
 * VAT table (« Base et montant de TVA par taux »: its rate only the invoice knows); undefined for a
 * target the control does not have.
 */
export function targetName(target: string): string | undefined {
  if (Object.hasOwn(MENTIONS, target)) return MENTIONS[target as MentionCode].label;
  const field = Object.hasOwn(FIELDS, target) ? FIELDS[target] : undefined;
  if (field !== undefined) return field.label;
  const [, index, key] = LINE_CELL.exec(target) ?? [];
  const cell = LINE_CELLS.find((spec) => spec.key === key);
  if (index !== undefined && cell !== undefined) return lineCellLabel(Number(index), cell);
  const mention = mentionOfTarget(target);
  return mention === undefined ? undefined : MENTIONS[mention].label;
}

/** Every target string the learner may mark, once each. */
export function selectableTargets(targets: ControlTargets): string[] {
  return [...new Set([...targets.printed, ...targets.mentions].map((t) => t.target))];
}

