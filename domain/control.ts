/**
 * Stage 4, "contrôle de la facture de vente", as an exercise: the printed invoice of a scenario
 * becomes an InvoiceDocument, the mentions checker (mentions.ts) gives the findings, and this
 * module turns them into an answer key of selectable targets — what the learner can point at on
 * the invoice (a printed mention or figure, by its path) or tick in the list of mentions (a
 * mention code, for a mention that is missing). Decisions: docs/decisions/0060 to 0063.
 */
import { formatDateFr, isIsoDate, type IsoDate } from "./dates";
import type { CompanySize, InvoiceDocument, OperationNature, PostalAddress, PrintedLine } from "./documents";
import { MENTIONS, checkInvoice, mentionContext, mentionsOfList, type Finding, type InvoiceCheck, type InvoiceCheckExpectations, type MentionCode, type MentionList } from "./mentions";
import { administrativeFinesOfAll, type AdministrativeFineArticle } from "./fines";
import { formatEuros, formatPercent } from "./money";
import type { HalfYearRates } from "./rates";
import type { InvoiceToControl, Scenario } from "./scenario";
import { lineNatures, operationNatureOf, OPERATION_NATURE_LABELS } from "./operationNature";
import { capitalize, percentList } from "./text";

// ---------------------------------------------------------------------------------------------
// The scenario's printed invoice as an InvoiceDocument
// ---------------------------------------------------------------------------------------------

/** Facts about the seller that are not printed but that the checker needs (reform calendar, VAT on debits). */
export interface ControlCompanyFacts {
  size?: CompanySize;
  vatOnDebits?: boolean;
}

type ScenarioExpectations = NonNullable<NonNullable<Scenario["invoiceControl"]>["expected"]>;

function definedEntries<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function printedLine(line: InvoiceToControl["lines"][number]): PrintedLine {
  return definedEntries({
    reference: line.reference,
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPrice,
    vatRate: line.vatRate,
    lineTotalCents: line.lineTotal,
  });
}

/**
 * The invoice as the scenario prints it (amounts already in cents), with the document's field
 * names. The seller's size and VAT-on-debits option are not printed mentions: when the printed
 * seller omits them they come from the company of the scenario (docs/decisions/0060).
 */
export function toPrintedInvoice(invoice: InvoiceToControl, company: ControlCompanyFacts = {}): InvoiceDocument {
  const { shareCapital, size, vatOnDebits, ...seller } = invoice.seller;
  const t = invoice.totals;
  const sellerSize = size ?? company.size;
  const sellerVatOnDebits = vatOnDebits ?? company.vatOnDebits;
  return {
    kind: invoice.kind,
    ...definedEntries({ number: invoice.number, issueDate: invoice.issueDate }),
    seller: {
      ...definedEntries(seller),
      ...(shareCapital !== undefined ? { shareCapitalCents: shareCapital } : {}),
      ...(sellerSize !== undefined ? { size: sellerSize } : {}),
      ...(sellerVatOnDebits !== undefined ? { vatOnDebits: sellerVatOnDebits } : {}),
    },
    buyer: definedEntries(invoice.buyer),
    ...definedEntries({
      deliveryAddress: invoice.deliveryAddress,
      purchaseOrderNumber: invoice.purchaseOrderNumber,
      saleDate: invoice.saleDate,
    }),
    lines: invoice.lines.map(printedLine),
    reductions: definedEntries(invoice.reductions),
    ...definedEntries({ shippingCents: invoice.shipping, depositCents: invoice.deposit }),
    totals: definedEntries({
      grossCents: t.gross,
      netCommercialCents: t.netCommercial,
      cashDiscountCents: t.cashDiscount,
      netFinancialCents: t.netFinancial,
      shippingCents: t.shipping,
      totalExclTaxCents: t.totalExclTax,
      vat: t.vat?.map((line) => ({ rate: line.rate, baseCents: line.base, amountCents: line.amount })),
      totalVatCents: t.totalVat,
      totalInclTaxCents: t.totalInclTax,
      depositCents: t.deposit,
      amountDueCents: t.amountDue,
    }),
    ...definedEntries({
      dueDate: invoice.dueDate,
      paymentTermsText: invoice.paymentTermsText,
      cashDiscountCondition: invoice.cashDiscountCondition,
      latePenaltyRate: invoice.latePenaltyRate,
      recoveryIndemnityCents: invoice.recoveryIndemnity,
      operationNature: invoice.operationNature,
      vatOnDebitsMention: invoice.vatOnDebitsMention,
    }),
    ...(invoice.originalInvoice !== undefined ? { originalInvoice: definedEntries(invoice.originalInvoice) } : {}),
  };
}

/** What the printed lines sell, by their references in the scenario's catalogue (goods when not a known service). */
export function printedOperationNature(invoice: InvoiceToControl, products: Scenario["products"]): OperationNature | undefined {
  return operationNatureOf(lineNatures(invoice.lines, products));
}

/**
 * What the scenario says the context knows, in the checker's terms: the agreed reductions of every
 * kind (remise, rabais, ristourne, escompte) grouped, so that a printed rabais agreed is not inexact;
 * and what the lines sell, for the nature of the operation.
 */
export function toCheckExpectations(expected: ScenarioExpectations | undefined, operationNature?: OperationNature): InvoiceCheckExpectations | undefined {
  if (expected === undefined) return operationNature === undefined ? undefined : { operationNature };
  const reductions = definedEntries({ tradeDiscounts: expected.tradeDiscounts, allowances: expected.allowances, rebates: expected.rebates, cashDiscount: expected.cashDiscount });
  return {
    ...definedEntries({
      purchaseOrderNumber: expected.purchaseOrderNumber,
      saleDate: expected.saleDate,
      deliveryAddressDiffers: expected.deliveryAddressDiffers,
      previousNumbers: expected.previousNumbers,
      operationNature,
      buyerProfessional: expected.buyerProfessional,
    }),
    ...(Object.keys(reductions).length > 0 ? { reductions } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Selectable targets
// ---------------------------------------------------------------------------------------------

/** Where a target sits on the invoice: the UI groups targets by area, hints name the area. */
export type ControlArea = "header" | "seller" | "buyer" | "order" | "lines" | "reductions" | "totals" | "payment" | "reform" | "creditNote";

const CONTROL_AREA_LABELS: Readonly<Record<ControlArea, string>> = {
  header: "l'en-tête de la facture (numéro, date d'émission)",
  seller: "le bloc du vendeur",
  buyer: "le bloc de l'acheteur",
  order: "les références de la commande et de la livraison",
  lines: "les lignes de la facture",
  reductions: "les réductions (remises, rabais, ristournes, escompte)",
  totals: "le pied de facture (totaux et TVA)",
  payment: "les conditions de paiement",
  reform: "les mentions de la réforme de la facturation électronique",
  creditNote: "la référence à la facture d'origine",
};

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
    label: "« Option pour le paiement de la taxe d'après les débits »",
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

function lineTargets(doc: InvoiceDocument): ControlTarget[] {
  const withReferences = doc.lines.some((line) => line.reference !== undefined);
  return doc.lines.flatMap((line, i) =>
    LINE_CELLS.filter((cell) => cell.key !== "reference" || withReferences).map((cell) => ({
      target: `lines[${i}].${cell.key}`,
      label: `Ligne ${i + 1} : ${cell.label}`,
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

/** The totals printed under the VAT table, in the order of the cascade. */
const AFTER_VAT: ReadonlySet<string> = new Set(["totals.totalVatCents", "totals.totalInclTaxCents", "totals.depositCents", "totals.amountDueCents"]);

/** The area of a mention, for the list of missing mentions and for hints. */
const MENTION_AREAS: Readonly<Record<MentionCode, ControlArea>> = {
  issueDate: "header",
  invoiceNumber: "header",
  originalInvoice: "creditNote",
  sellerDetails: "seller",
  buyerDetails: "buyer",
  sellerSiren: "seller",
  buyerSiren: "buyer",
  sellerVatNumber: "seller",
  sellerLegalForm: "seller",
  sellerShareCapital: "seller",
  sellerRcs: "seller",
  purchaseOrderNumber: "order",
  saleDate: "order",
  productDescriptions: "lines",
  lineQuantities: "lines",
  lineUnitPrices: "lines",
  lineVatRates: "lines",
  reductions: "reductions",
  totalExclTax: "totals",
  vatPerRate: "totals",
  totalToPay: "totals",
  dueDate: "payment",
  cashDiscountCondition: "payment",
  latePenaltyRate: "payment",
  recoveryIndemnity: "payment",
  deliveryAddress: "order",
  operationNature: "reform",
  vatOnDebits: "reform",
  paymentTerms: "payment",
};

/**
 * What the learner can mark: every printed mention and figure (with its value as printed),
 * every cell of the lines table, and the whole catalogue of the chosen list for missing mentions
 * (the same list whatever the invoice lacks, so that it gives nothing away). A mention code
 * that is also a path (issueDate, dueDate...) is one and the same target (docs/decisions/0061).
 */
export function controlTargets(doc: InvoiceDocument, list: MentionList): ControlTargets {
  const printedFields = (keep: (path: string, spec: FieldSpec) => boolean): ControlTarget[] =>
    Object.entries(FIELDS).flatMap(([path, spec]) => {
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
  const mentions = mentionsOfList(list).map((code) => ({ target: code, label: MENTIONS[code].label, area: MENTION_AREAS[code], mention: code }));
  return { printed, mentions };
}

/** Every target string the learner may mark, once each. */
export function selectableTargets(targets: ControlTargets): string[] {
  return [...new Set([...targets.printed, ...targets.mentions].map((t) => t.target))];
}

// ---------------------------------------------------------------------------------------------
// The answer key
// ---------------------------------------------------------------------------------------------

/** One decision point of the control: an anomaly to find (several findings may make one). */
export interface ControlPoint {
  /** "control.sellerSiren", "control.lines[1].lineTotalCents". */
  id: string;
  /** The target that names it (a mention code for a missing mention, else the printed path). */
  key: string;
  /** Every target whose mark finds it (the key first). */
  accepted: string[];
  label: string;
  area: ControlArea;
  /** "Il manque…" or "…est faux": what the learner should have seen. */
  kind: "missing" | "wrong" | "figure" | "conforming";
  /** The checker's messages, with the figures. */
  messages: string[];
  references: string[];
  mention?: MentionCode;
  /** The administrative fines (C. com. L441-9, L441-16) the anomaly exposes the seller to, when any (docs/decisions/0088). */
  fines?: AdministrativeFineArticle[];
}

export interface ControlAnswerKey {
  list: MentionList;
  check: InvoiceCheck;
  targets: ControlTargets;
  points: ControlPoint[];
}

export interface ControlOptions {
  list: MentionList;
  today?: IsoDate;
  expected?: InvoiceCheckExpectations;
  /** The scenario's rates for half-years the engine's table does not know (the floor of the printed rate). */
  statedRates?: readonly HalfYearRates[];
}

/** The decision point of a target: an anomaly named by it, or a false alarm raised on it. */
export function controlPointId(target: string): string {
  return `control.${target}`;
}

/** The id of the one decision point of an invoice without any anomaly. */
export const CONFORMING_POINT_ID = "control.conforming";

const INDEX_SUFFIX = /\[\d+\]$/u;

/** "lines[1].lineTotalCents" → "lines[1]", "seller.address.postalCode" → "seller.address". */
function parentPath(path: string): string | undefined {
  if (INDEX_SUFFIX.test(path)) return path.replace(INDEX_SUFFIX, "");
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : path.slice(0, dot);
}

/** The path itself or its closest ancestor that is a printed target. */
function closestPrinted(path: string, printed: ReadonlySet<string>): string | undefined {
  for (let current: string | undefined = path; current !== undefined; current = parentPath(current)) {
    if (printed.has(current)) return current;
  }
  return undefined;
}

function pointKey(finding: Finding, printed: ReadonlySet<string>, listed: ReadonlySet<string>): { key: string; accepted: string[] } {
  const near = closestPrinted(finding.field, printed);
  if (finding.category === "missingMention" && finding.mention !== undefined && listed.has(finding.mention)) {
    // A missing mention is ticked in the list; pointing at the empty cell or the incomplete block finds it too.
    return { key: finding.mention, accepted: [finding.mention, ...(near !== undefined && near !== finding.mention ? [near] : [])] };
  }
  if (near !== undefined) return { key: near, accepted: [near] };
  if (finding.mention !== undefined && listed.has(finding.mention)) return { key: finding.mention, accepted: [finding.mention] };
  return { key: finding.field, accepted: [finding.field] };
}

function labelOf(key: string, targets: readonly ControlTarget[]): string {
  return targets.find((t) => t.target === key)?.label ?? key;
}

function areaOf(key: string, finding: Finding, targets: readonly ControlTarget[]): ControlArea {
  const target = targets.find((t) => t.target === key);
  if (target !== undefined) return target.area;
  return finding.mention !== undefined ? MENTION_AREAS[finding.mention] : "totals";
}

function pointKind(finding: Finding): ControlPoint["kind"] {
  if (finding.category === "arithmetic") return "figure";
  return finding.category === "missingMention" ? "missing" : "wrong";
}

/**
 * The checker's findings grouped into decision points: one per mention found missing, one per
 * printed mention or figure found wrong (two problems with the same VAT number are one anomaly
 * to point at). An invoice without anomaly has one decision point: declare it conforming.
 */
export function controlAnswerKey(doc: InvoiceDocument, options: ControlOptions): ControlAnswerKey {
  const check = checkInvoice(doc, options);
  const targets = controlTargets(doc, options.list);
  const all = [...targets.printed, ...targets.mentions];
  const printed = new Set(targets.printed.map((t) => t.target));
  const listed = new Set(targets.mentions.map((t) => t.target));
  const points: ControlPoint[] = [];
  for (const finding of check.findings) {
    const { key, accepted } = pointKey(finding, printed, listed);
    const existing = points.find((p) => p.key === key);
    if (existing !== undefined) {
      existing.messages.push(finding.message);
      if (!existing.references.includes(finding.reference)) existing.references.push(finding.reference);
      for (const target of accepted) if (!existing.accepted.includes(target)) existing.accepted.push(target);
      continue;
    }
    points.push({
      id: controlPointId(key),
      key,
      accepted,
      label: labelOf(key, all),
      area: areaOf(key, finding, all),
      kind: pointKind(finding),
      messages: [finding.message],
      references: [finding.reference],
      ...(finding.mention !== undefined ? { mention: finding.mention } : {}),
    });
  }
  for (const point of points) {
    const fines = administrativeFinesOfAll(check.findings.filter((finding) => pointKey(finding, printed, listed).key === point.key));
    if (fines.length > 0) point.fines = fines;
  }
  if (points.length === 0) {
    points.push({
      id: CONFORMING_POINT_ID,
      key: "conforming",
      accepted: [],
      label: "Facture conforme",
      area: "header",
      kind: "conforming",
      messages: [`Aucune anomalie : toutes les mentions contrôlées (${check.mentionsChecked.length}) sont présentes et exactes, et les calculs sont justes.`],
      references: [],
    });
  }
  return { list: options.list, check, targets, points };
}

/** Anomalies that no listed target can mark (a corner case of uncomputable figures): a scenario check expects none. */
export function unlistedKeys(key: ControlAnswerKey): string[] {
  const selectable = new Set(selectableTargets(key.targets));
  return key.points.filter((p) => p.kind !== "conforming" && !p.accepted.some((t) => selectable.has(t))).map((p) => p.key);
}

// ---------------------------------------------------------------------------------------------
// Judging the marks
// ---------------------------------------------------------------------------------------------

export interface ControlJudgement {
  /** Each decision point, found or not. */
  results: { point: ControlPoint; found: boolean }[];
  /** Marks that point at no anomaly. */
  falseAlarms: { target: string; label: string; explanation: string }[];
}

/** Whether a mark finds a decision point. A conforming invoice is found by marking nothing. */
export function isFound(point: ControlPoint, marks: readonly string[]): boolean {
  if (point.kind === "conforming") return marks.length === 0;
  return point.accepted.some((target) => marks.includes(target));
}

/** Why a mark that finds nothing is wrong: the mention is there and right, or not required. */
export function falseAlarmExplanation(key: ControlAnswerKey, doc: InvoiceDocument, target: string, options: ControlOptions): string {
  const printed = key.targets.printed.find((t) => t.target === target);
  const mention = key.targets.mentions.find((t) => t.target === target);
  if (printed !== undefined) {
    if (printed.value === "") return `${printed.label} : case vide, ce n'est pas une anomalie au regard de la liste contrôlée.`;
    return `${printed.label} (${printed.value}) : cette mention est présente et exacte.`;
  }
  if (mention !== undefined) {
    const code = mention.target as MentionCode;
    const applies = MENTIONS[code].appliesTo(doc, mentionContext(doc, options));
    return applies
      ? `${mention.label} : cette mention est présente et exacte.`
      : `${mention.label} : cette mention n'est pas exigée sur cette facture (${whyNotRequired(code)}).`;
  }
  return `${target} : cette mention est présente et exacte.`;
}

function whyNotRequired(code: MentionCode): string {
  switch (code) {
    case "buyerSiren":
    case "deliveryAddress":
    case "operationNature":
    case "vatOnDebits":
      return "les mentions de la réforme ne s'appliquent pas encore à ce vendeur à cette date, ou le cas ne se présente pas";
    case "purchaseOrderNumber":
      return "la commande de l'acheteur ne porte pas de numéro connu";
    case "saleDate":
      return "la livraison a eu lieu le jour de la facture, ou sa date n'est pas connue";
    case "originalInvoice":
      return "ce n'est pas un avoir";
    case "sellerShareCapital":
      return "un entrepreneur individuel n'a pas de capital social";
    default:
      return "un avoir ne se règle pas à une échéance";
  }
}

export function judgeControl(key: ControlAnswerKey, doc: InvoiceDocument, marks: readonly string[], options: ControlOptions): ControlJudgement {
  const results = key.points.map((point) => ({ point, found: isFound(point, marks) }));
  const accepted = new Set(key.points.flatMap((p) => p.accepted));
  const all = [...key.targets.printed, ...key.targets.mentions];
  const falseAlarms = marks
    .filter((mark) => !accepted.has(mark))
    .map((target) => ({ target, label: labelOf(target, all), explanation: falseAlarmExplanation(key, doc, target, options) }));
  return { results, falseAlarms };
}

// ---------------------------------------------------------------------------------------------
// The corrected copy
// ---------------------------------------------------------------------------------------------

/** After submission, what a target turned out to be. */
export type ControlOutcome = "hit" | "missed" | "falseAlarm";

/** One decision point of the trace, judged, and where its outcome is drawn on the invoice. */
export interface ControlPointOutcome {
  /** The trace's decision point ("control.sellerSiren"). */
  decisionPoint: string;
  outcome: ControlOutcome;
  /** The marks that found it, the target naming a missed anomaly, the mark of a false alarm; none for a conforming invoice. */
  targets: string[];
}

/**
 * The control handed back as a teacher corrects a paper: the invoice controlled, the targets it
 * offered, the learner's marks and each decision point's outcome. Plain JSON, so that it travels
 * in the stage's output (and a saved game) and the views draw it without judging anything.
 */
export interface ControlReport {
  document: InvoiceDocument;
  list: MentionList;
  targets: ControlTargets;
  marks: string[];
  outcomes: ControlPointOutcome[];
}

/** Where a judged point is drawn: on the marks that found it, or on the target that names it when missed. */
function drawnOn(point: ControlPoint, found: boolean, marks: readonly string[]): string[] {
  if (point.kind === "conforming") return [];
  return found ? point.accepted.filter((target) => marks.includes(target)) : [point.key];
}

/** The corrected copy of a submitted control, from the same judgement as the trace (one outcome per decision point). */
export function controlReport(key: ControlAnswerKey, doc: InvoiceDocument, marks: readonly string[], options: ControlOptions): ControlReport {
  const judgement = judgeControl(key, doc, marks, options);
  const judged = judgement.results.map(({ point, found }): ControlPointOutcome => ({ decisionPoint: point.id, outcome: found ? "hit" : "missed", targets: drawnOn(point, found, marks) }));
  const alarms = judgement.falseAlarms.map(({ target }): ControlPointOutcome => ({ decisionPoint: controlPointId(target), outcome: "falseAlarm", targets: [target] }));
  return { document: doc, list: key.list, targets: key.targets, marks: [...marks], outcomes: [...judged, ...alarms] };
}

// ---------------------------------------------------------------------------------------------
// Default hints
// ---------------------------------------------------------------------------------------------

function anomalies(count: number): string {
  return count === 1 ? "1 anomalie" : `${count} anomalies`;
}

/**
 * The engine's hints on the first anomaly not yet found: how many remain, then where to look,
 * then what to look for. On a conforming invoice, the first hint says so.
 */
export function defaultControlHints(point: ControlPoint, remaining: number): string[] {
  if (point.kind === "conforming") {
    return ["Relisez chaque mention de la liste et refaites chaque calcul : si tout est juste, ne marquez rien.", "Cette facture ne comporte aucune anomalie."];
  }
  const what = point.kind === "missing" ? `une mention manque : « ${point.label} »` : point.kind === "figure" ? `un montant est faux : « ${point.label} »` : `une mention est inexacte : « ${point.label} »`;
  return [`Il reste ${anomalies(remaining)} à relever.`, `Regardez ${CONTROL_AREA_LABELS[point.area]}.`, `Indice : ${what}.`];
}

/** The glossary entries a control feedback links to, by area. */
export function controlGlossary(area: ControlArea): string[] {
  switch (area) {
    case "reductions":
      return ["mandatoryMentions", "tradeDiscount", "cashDiscount"];
    case "totals":
    case "lines":
      return ["mandatoryMentions", "netCommercial", "vat"];
    case "payment":
      return ["mandatoryMentions", "dueDate", "latePenalty", "recoveryIndemnity"];
    case "seller":
    case "buyer":
      return ["mandatoryMentions", "siren"];
    case "creditNote":
      return ["mandatoryMentions", "creditNote"];
    default:
      return ["mandatoryMentions"];
  }
}
