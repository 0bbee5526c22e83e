/**
 * Stage 4 of the course, "contrôle de la facture de vente": the mandatory mentions of an invoice
 * (the course's list of seven, or the full legal list of domain.md) and its arithmetic, checked
 * on the invoice *as printed* (InvoiceDocument, every mention optional).
 *
 * The engine derives the findings; a scenario only says what the context knows (the order's
 * purchase-order number, the delivery date, the agreed reductions...). Findings are ordered:
 * mentions in the order of the chosen list, then the figures in the order of the cascade.
 * Decisions: docs/decisions/0030 to 0035.
 */
import { formatSiren } from "./companyIdentity";
import { addDays, assertIsoDate, compareDates, daysBetween, formatDateFr, isIsoDate, type IsoDate } from "./dates";
import { VAT_RATES, type CompanySize, type DocumentReductions, type InvoiceDocument, type OperationNature, type PostalAddress, type PrintedLine } from "./documents";
import { frenchVatKey, frenchVatNumber, isValidSiren } from "./identifiers";
import { depositReference } from "./depositBlock";
import { cascadeMethodNote, checkCascadeFigure, computeInvoice, type InvoiceComputation, type InvoiceFigures, type InvoiceInput, type InvoiceLineInput } from "./invoice";
import { placeInSeries, type SeriesPlace } from "./numbering";
import { OPERATION_NATURE_LABELS } from "./operationNature";
import { DomainError, formatEuros, formatPercent, type Cents } from "./money";
import {
  checkDueDateLegalMaximum,
  dueDate as computeDueDate,
  FLOOR_MULTIPLIER_OF_LEGAL_RATE,
  LEGAL_MAXIMUM_DAYS_FROM_INVOICE,
  RECOVERY_INDEMNITY_CENTS,
} from "./paymentTerms";
import { formatHalfYear, latePenaltyRateFloorOn, type HalfYearRates } from "./rates";

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type MentionList = "course" | "legal";

export type MentionCode =
  | "issueDate"
  | "invoiceNumber"
  | "originalInvoice"
  | "sellerDetails"
  | "buyerDetails"
  | "sellerSiren"
  | "buyerSiren"
  | "sellerVatNumber"
  | "sellerLegalForm"
  | "sellerShareCapital"
  | "sellerRcs"
  | "purchaseOrderNumber"
  | "saleDate"
  | "productDescriptions"
  | "lineQuantities"
  | "lineUnitPrices"
  | "lineVatRates"
  | "reductions"
  | "totalExclTax"
  | "vatPerRate"
  | "totalToPay"
  | "dueDate"
  | "cashDiscountCondition"
  | "latePenaltyRate"
  | "recoveryIndemnity"
  | "deliveryAddress"
  | "operationNature"
  | "vatOnDebits"
  | "paymentTerms";

export type FindingCategory = "missingMention" | "wrongMention" | "arithmetic";

export interface Finding {
  /** Stable dotted code: "mention.sellerSiren.missing", "mention.dueDate.beyondLegalMaximum", "arithmetic.lineTotal". */
  code: string;
  category: FindingCategory;
  /** Path in the InvoiceDocument: "seller.siren", "lines[1].lineTotalCents", "totals.vat[0].amountCents". */
  field: string;
  /** French, specific, with the figures. */
  message: string;
  /** Legal or course reference: "C. com. art. L441-9", "Cours C6 — contrôle de la facture". */
  reference: string;
  expected?: string;
  found?: string;
  /** The mention concerned, for mention findings (lets a view group findings by mention). */
  mention?: MentionCode;
}

/** What the context (order, delivery note, customer conditions) knows and the invoice must show. */
export interface InvoiceCheckExpectations {
  /** The buyer's purchase-order number: the invoice must quote it. */
  purchaseOrderNumber?: string;
  /** Date of sale or delivery: printed when it differs from the issue date. */
  saleDate?: IsoDate;
  /** The goods were delivered elsewhere than the billing address (reform mention 16). */
  deliveryAddressDiffers?: boolean;
  /** The reductions agreed (customer conditions, order): each must be printed (docs/decisions/0032). */
  reductions?: DocumentReductions;
  /** What the lines sell (goods, services, both), derived from their products: a printed nature must say the same (docs/decisions/0088). */
  operationNature?: OperationNature;
  /** The numbers the seller issued before this one (any series, oldest first): the number must be new and the next of its series (docs/decisions/0086). */
  previousNumbers?: readonly string[];
  /** False when the buyer is a consumer: no L441-10 penalty rate nor 40 € indemnity to print (docs/decisions/0082). */
  buyerProfessional?: boolean;
}

export interface InvoiceCheckOptions {
  list: MentionList;
  /** The simulated date of the control: an issue date after it is wrong; dates the invoice when its issue date is unreadable. */
  today?: IsoDate;
  expected?: InvoiceCheckExpectations;
  /** The rates the scenario states for half-years the engine's table does not know (rates.ts). */
  statedRates?: readonly HalfYearRates[];
}

export interface InvoiceCheck {
  findings: Finding[];
  /** The mentions that applied to this document, in the order of the list. */
  mentionsChecked: MentionCode[];
  conforming: boolean;
  /** Teaching estimate of the tax fine (CGI art. 1737): see fineEstimate below. */
  fineEstimateCents: Cents;
}

/** What a mention's applicability may depend on. */
export interface MentionContext {
  list: MentionList;
  today?: IsoDate;
  expected: InvoiceCheckExpectations;
  /** Reform mentions (buyer SIREN, delivery address, nature of the operation, VAT on debits) are due. */
  reformApplies: boolean;
  /** The invoice's date (else the control's): the half-year whose legal interest rate sets the floor. */
  referenceDate?: IsoDate;
  statedRates?: readonly HalfYearRates[];
}

export interface MentionDefinition {
  /** French label for the checklist shown to the learner. */
  label: string;
  lists: readonly MentionList[];
  reference: string;
  /** The item number in the legal list of domain.md (1–18), when the mention belongs to it. */
  legalItem?: number;
  appliesTo(doc: InvoiceDocument, ctx: MentionContext): boolean;
}

// ---------------------------------------------------------------------------------------------
// References and the reform calendar
// ---------------------------------------------------------------------------------------------

const COURSE = "Cours C6 — contrôle de la facture";
const L441_9 = "C. com. art. L441-9";
const CGI_242 = "CGI ann. II art. 242 nonies A";
const INVOICE_LAW = `${L441_9} ; ${CGI_242}`;
const COMPANY_IDENTITY = "C. com. art. R123-237";
const DUE_DATE_MAXIMUM = "C. com. art. L441-10";
const REFORM = `${CGI_242} (mentions de la réforme de la facturation électronique)`;
const ARITHMETIC = "Cours C6 — contrôle de la facture (calcul de la facture)";

/** The same mention on both lists: the course names it, the law says it. */
function courseAnd(legal: string): string {
  return `${COURSE} ; ${legal}`;
}

/** First day on which the reform mentions are due, by seller size (domain.md, e-invoicing reform). */
export const REFORM_START_DATES: Readonly<Record<CompanySize, IsoDate>> = {
  large: "2026-09-01",
  midSize: "2026-09-01",
  small: "2027-09-01",
  micro: "2027-09-01",
};

/**
 * Whether the reform mentions are due on an invoice issued on `issueDate` by a seller of `size`.
 * An unknown size is treated as small: the later date, so that no learner is asked for a mention
 * the law may not yet require (docs/decisions/0031).
 */
export function isReformApplicable(size: CompanySize | undefined, issueDate: IsoDate): boolean {
  return compareDates(issueDate, reformStartDate(size)) >= 0;
}

/** The day the reform reaches a seller of `size` (unknown: the later date, as above). */
export function reformStartDate(size: CompanySize | undefined): IsoDate {
  return REFORM_START_DATES[size ?? "small"];
}

/** The fixed recovery indemnity is 40 € (C. com. art. D441-5). */
const INDEMNITY_CENTS: Cents = RECOVERY_INDEMNITY_CENTS;

/** 15 € per missing or inexact mention (CGI art. 1737). */
export const FINE_PER_MENTION_CENTS: Cents = 1500;

// ---------------------------------------------------------------------------------------------
// Small readers of printed values
// ---------------------------------------------------------------------------------------------

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** Printed identifiers often carry spaces ("842 157 638", "FR 62 842157638"). */
function compact(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/gu, "").toUpperCase();
}

const quantityFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });

function lineLabel(index: number): string {
  return `Ligne ${index + 1}`;
}

const ADDRESS_PARTS: readonly { key: "street" | "postalCode" | "city"; label: string }[] = [
  { key: "street", label: "rue" },
  { key: "postalCode", label: "code postal" },
  { key: "city", label: "ville" },
];

/** The parts of an address that are blank ("rue", "code postal", "ville"). */
function missingAddressParts(address: PostalAddress): { key: string; label: string }[] {
  return ADDRESS_PARTS.filter(({ key }) => isBlank(address[key]));
}

const INDIVIDUAL_FORMS = /^(ei|eirl|entrepreneur individuel|entreprise individuelle|micro-entrepreneur|auto-entrepreneur)$/iu;

/** Kept exported from here too: they were first written in this module (ledger.ts imports them). */
export { frenchVatKey, frenchVatNumber };

// ---------------------------------------------------------------------------------------------
// The checks of each mention. An issue is a finding before the catalogue gives it its code and
// reference; `reason` becomes the last part of the code ("missing", "format", "key"...).
// ---------------------------------------------------------------------------------------------

interface MentionIssue {
  reason: string;
  field: string;
  message: string;
  expected?: string;
  found?: string;
  /** When this issue rests on another text than the mention's (the 60-day maximum: L441-10). */
  reference?: string;
}

type MentionCheck = (doc: InvoiceDocument, ctx: MentionContext) => MentionIssue[];

const MISSING = "missing";

function missing(field: string, message: string): MentionIssue {
  return { reason: MISSING, field, message };
}

function checkIssueDate(doc: InvoiceDocument, ctx: MentionContext): MentionIssue[] {
  const date = doc.issueDate;
  if (isBlank(date) || date === undefined) return [missing("issueDate", "Date d'émission absente : toute facture est datée du jour où elle est émise.")];
  if (!isIsoDate(date)) {
    return [{ reason: "invalid", field: "issueDate", message: `Date d'émission « ${date} » illisible : ce n'est pas une date du calendrier.`, found: date }];
  }
  if (ctx.today !== undefined && compareDates(date, ctx.today) > 0) {
    return [
      {
        reason: "inFuture",
        field: "issueDate",
        message: `Date d'émission ${formatDateFr(date)} postérieure à la date du jour (${formatDateFr(ctx.today)}) : une facture n'est pas datée à l'avance.`,
        expected: `au plus tard le ${formatDateFr(ctx.today)}`,
        found: formatDateFr(date),
      },
    ];
  }
  return [];
}

/**
 * A number is judged on what the law asks — unique, and the next of a continuous series — never
 * on its form: a letter prefix is customary, not required (docs/decisions/0086). Continuity is
 * judged only against the numbers the context knows were issued before.
 */
function checkInvoiceNumber(doc: InvoiceDocument, ctx: MentionContext): MentionIssue[] {
  const what = doc.kind === "creditNote" ? "de l'avoir" : "de facture";
  if (isBlank(doc.number) || doc.number === undefined) {
    return [missing("number", `Numéro ${what} absent : chaque pièce porte un numéro unique d'une série chronologique et continue.`)];
  }
  const previous = ctx.expected.previousNumbers;
  return previous === undefined ? [] : seriesIssues(doc.number.trim(), what, placeInSeries(doc.number, previous));
}

function seriesIssues(number: string, what: string, place: SeriesPlace): MentionIssue[] {
  switch (place.kind) {
    case "next":
      return [];
    case "duplicate":
      return [{ reason: "duplicate", field: "number", message: `Numéro ${what} « ${number} » déjà attribué à une pièce précédente : un numéro ne sert qu'une fois dans la série.`, found: number }];
    case "noSequence":
      return [{ reason: "notInSeries", field: "number", message: `Numéro ${what} « ${number} » : il ne se termine pas par un numéro d'ordre, il ne peut pas continuer une série.`, found: number }];
    case "gap": {
      const why =
        place.previous === undefined
          ? `aucune pièce précédente de cette série n'est connue : une nouvelle série commence à ${place.expected}`
          : `la pièce précédente de la série porte le numéro ${place.previous}, la suivante porte ${place.expected} (série continue, sans trou ni retour en arrière)`;
      return [{ reason: "gap", field: "number", message: `Numéro ${what} « ${number} » : ${why}.`, expected: place.expected, found: number }];
    }
  }
}

function checkOriginalInvoice(doc: InvoiceDocument): MentionIssue[] {
  const original = doc.originalInvoice;
  const noNumber = isBlank(original?.number);
  const noDate = isBlank(original?.date);
  if (noNumber && noDate) {
    return [missing("originalInvoice", "Avoir sans référence à la facture d'origine : citez son numéro et sa date.")];
  }
  if (noNumber) return [missing("originalInvoice.number", "Avoir : numéro de la facture d'origine absent (sa date seule ne l'identifie pas).")];
  const date = original?.date;
  if (noDate || date === undefined) return [missing("originalInvoice.date", `Avoir : date de la facture d'origine ${original?.number ?? ""} absente.`)];
  if (!isIsoDate(date)) {
    return [{ reason: "invalidDate", field: "originalInvoice.date", message: `Avoir : date de la facture d'origine « ${date} » illisible.`, found: date }];
  }
  if (doc.issueDate !== undefined && isIsoDate(doc.issueDate) && compareDates(date, doc.issueDate) > 0) {
    return [
      {
        reason: "afterCreditNote",
        field: "originalInvoice.date",
        message: `Avoir du ${formatDateFr(doc.issueDate)} : la facture d'origine ne peut pas être datée après lui (${formatDateFr(date)}).`,
        expected: `au plus tard le ${formatDateFr(doc.issueDate)}`,
        found: formatDateFr(date),
      },
    ];
  }
  return [];
}

/** Name and address of a party: one issue naming every missing part. */
function checkParty(party: "du vendeur" | "de l'acheteur", path: string, name: string | undefined, addressPath: string, address: PostalAddress | undefined): MentionIssue[] {
  const noName = isBlank(name);
  const parts = address === undefined ? undefined : missingAddressParts(address);
  const noAddress = address === undefined || (parts !== undefined && parts.length === ADDRESS_PARTS.length);
  if (noName && noAddress) return [missing(path, `Coordonnées ${party} absentes : ni nom ni adresse.`)];
  if (noName) return [missing(`${path}.name`, `Nom (raison sociale) ${party} absent.`)];
  if (noAddress) return [missing(addressPath, `Adresse ${party} absente.`)];
  if (parts !== undefined && parts.length > 0) {
    const field = parts.length === 1 ? `${addressPath}.${parts[0]?.key ?? ""}` : addressPath;
    return [missing(field, `Adresse ${party} incomplète : ${parts.map((p) => p.label).join(", ")} manquant${parts.length > 1 ? "s" : ""}.`)];
  }
  return [];
}

function checkSellerDetails(doc: InvoiceDocument): MentionIssue[] {
  return checkParty("du vendeur", "seller", doc.seller.name, "seller.address", doc.seller.address);
}

function checkBuyerDetails(doc: InvoiceDocument): MentionIssue[] {
  // The billing address, when printed apart, is the buyer's address for the invoice.
  const billing = doc.buyer.billingAddress !== undefined;
  return checkParty("de l'acheteur", "buyer", doc.buyer.name, billing ? "buyer.billingAddress" : "buyer.address", doc.buyer.billingAddress ?? doc.buyer.address);
}

function checkSiren(siren: string | undefined, field: string, whose: string): MentionIssue[] {
  if (isBlank(siren) || siren === undefined) return [missing(field, `SIREN ${whose} absent.`)];
  const digits = compact(siren);
  if (!/^\d{9}$/.test(digits)) {
    return [{ reason: "format", field, message: `SIREN ${whose} « ${siren} » : un SIREN compte exactement 9 chiffres.`, expected: "9 chiffres", found: siren }];
  }
  if (!isValidSiren(digits)) {
    return [
      {
        reason: "checksum",
        field,
        message: `SIREN ${whose} ${formatSiren(digits)} invalide : son dernier chiffre n'est pas la clé de contrôle (formule de Luhn).`,
        found: formatSiren(digits),
      },
    ];
  }
  return [];
}

function checkSellerSiren(doc: InvoiceDocument): MentionIssue[] {
  return checkSiren(doc.seller.siren, "seller.siren", "du vendeur");
}

function checkBuyerSiren(doc: InvoiceDocument): MentionIssue[] {
  return checkSiren(doc.buyer.siren, "buyer.siren", "de l'acheteur");
}

function checkSellerVatNumber(doc: InvoiceDocument): MentionIssue[] {
  const printed = doc.seller.vatNumber;
  const field = "seller.vatNumber";
  if (isBlank(printed) || printed === undefined) return [missing(field, "Numéro de TVA intracommunautaire du vendeur absent.")];
  const match = /^FR(\d{2})(\d{9})$/u.exec(compact(printed));
  if (!match) {
    return [
      {
        reason: "format",
        field,
        message: `Numéro de TVA intracommunautaire « ${printed} » : format attendu FR + clé de 2 chiffres + SIREN de 9 chiffres.`,
        expected: "FR + 2 chiffres + 9 chiffres",
        found: printed,
      },
    ];
  }
  const [, key = "", siren = ""] = match;
  const issues: MentionIssue[] = [];
  const expectedKey = frenchVatKey(siren);
  if (key !== expectedKey) {
    issues.push({
      reason: "key",
      field,
      message:
        `Numéro de TVA ${printed} : pour le SIREN ${formatSiren(siren)}, la clé est (12 + 3 × (${siren} mod 97)) mod 97 = ${expectedKey}, et non ${key}.`,
      expected: `FR${expectedKey}${siren}`,
      found: compact(printed),
    });
  }
  const sellerSiren = doc.seller.siren === undefined ? "" : compact(doc.seller.siren);
  if (/^\d{9}$/.test(sellerSiren) && sellerSiren !== siren) {
    issues.push({
      reason: "sirenMismatch",
      field,
      message: `Numéro de TVA ${printed} : il contient le SIREN ${formatSiren(siren)}, qui n'est pas celui du vendeur (${formatSiren(sellerSiren)}).`,
      expected: frenchVatNumber(sellerSiren),
      found: compact(printed),
    });
  }
  return issues;
}

function checkSellerLegalForm(doc: InvoiceDocument): MentionIssue[] {
  return isBlank(doc.seller.legalForm) ? [missing("seller.legalForm", "Forme juridique du vendeur absente (SAS, SARL, SA...).")] : [];
}

function checkSellerShareCapital(doc: InvoiceDocument): MentionIssue[] {
  const capital = doc.seller.shareCapitalCents;
  if (capital === undefined) return [missing("seller.shareCapitalCents", "Montant du capital social du vendeur absent.")];
  if (!Number.isSafeInteger(capital) || capital <= 0) {
    return [
      {
        reason: "notPositive",
        field: "seller.shareCapitalCents",
        message: `Capital social du vendeur : ${Number.isSafeInteger(capital) ? formatEuros(capital) : String(capital)} n'est pas un montant de capital.`,
        found: Number.isSafeInteger(capital) ? formatEuros(capital) : String(capital),
      },
    ];
  }
  return [];
}

function checkSellerRcs(doc: InvoiceDocument): MentionIssue[] {
  return isBlank(doc.seller.rcsCity) ? [missing("seller.rcsCity", "Mention « RCS » suivie de la ville du greffe absente pour le vendeur.")] : [];
}

function checkPurchaseOrderNumber(doc: InvoiceDocument, ctx: MentionContext): MentionIssue[] {
  const expected = ctx.expected.purchaseOrderNumber ?? "";
  const printed = doc.purchaseOrderNumber;
  if (isBlank(printed) || printed === undefined) {
    return [missing("purchaseOrderNumber", `Numéro du bon de commande de l'acheteur (${expected}) absent.`)];
  }
  if (compact(printed) !== compact(expected)) {
    return [
      {
        reason: "mismatch",
        field: "purchaseOrderNumber",
        message: `Numéro de bon de commande « ${printed} » : la commande de l'acheteur porte le numéro ${expected}.`,
        expected,
        found: printed,
      },
    ];
  }
  return [];
}

function checkSaleDate(doc: InvoiceDocument, ctx: MentionContext): MentionIssue[] {
  const expected = ctx.expected.saleDate ?? "";
  const printed = doc.saleDate;
  const shown = isIsoDate(expected) ? formatDateFr(expected) : expected;
  if (isBlank(printed) || printed === undefined) {
    return [missing("saleDate", `Date de la vente ou de la livraison (${shown}) absente alors qu'elle diffère de la date d'émission.`)];
  }
  if (printed !== expected) {
    const found = isIsoDate(printed) ? formatDateFr(printed) : printed;
    return [{ reason: "mismatch", field: "saleDate", message: `Date de livraison ${found} : la livraison a eu lieu le ${shown}.`, expected: shown, found }];
  }
  return [];
}

function checkProductDescriptions(doc: InvoiceDocument): MentionIssue[] {
  if (doc.lines.length === 0) return [missing("lines", "Aucune ligne de produit : la facture ne dit pas ce qui est vendu.")];
  return doc.lines.flatMap((line, i) =>
    isBlank(line.description) ? [missing(`lines[${i}].description`, `${lineLabel(i)} : désignation précise du produit absente.`)] : [],
  );
}

const NOT_VERIFIED = "les montants qui en dépendent ne sont pas vérifiés";

function checkLineQuantities(doc: InvoiceDocument): MentionIssue[] {
  return doc.lines.flatMap((line, i): MentionIssue[] => {
    const field = `lines[${i}].quantity`;
    if (line.quantity === undefined) return [missing(field, `${lineLabel(i)} : quantité absente (${NOT_VERIFIED}).`)];
    if (!Number.isFinite(line.quantity) || line.quantity <= 0) {
      return [{ reason: "invalid", field, message: `${lineLabel(i)} : quantité ${String(line.quantity)} impossible, une quantité facturée est positive (${NOT_VERIFIED}).`, found: String(line.quantity) }];
    }
    return [];
  });
}

function checkLineUnitPrices(doc: InvoiceDocument): MentionIssue[] {
  return doc.lines.flatMap((line, i): MentionIssue[] => {
    const field = `lines[${i}].unitPriceCents`;
    if (line.unitPriceCents === undefined) return [missing(field, `${lineLabel(i)} : prix unitaire HT absent (${NOT_VERIFIED}).`)];
    if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
      return [{ reason: "invalid", field, message: `${lineLabel(i)} : prix unitaire HT ${String(line.unitPriceCents)} impossible (${NOT_VERIFIED}).`, found: String(line.unitPriceCents) }];
    }
    return [];
  });
}

function isKnownVatRate(rate: number): boolean {
  return (VAT_RATES as readonly number[]).includes(rate);
}

function checkLineVatRates(doc: InvoiceDocument): MentionIssue[] {
  return doc.lines.flatMap((line, i): MentionIssue[] => {
    const field = `lines[${i}].vatRate`;
    if (line.vatRate === undefined) return [missing(field, `${lineLabel(i)} : taux de TVA absent (${NOT_VERIFIED}).`)];
    if (!isKnownVatRate(line.vatRate)) {
      const allowed = VAT_RATES.map(formatPercent).join(", ");
      return [
        {
          reason: "unknownRate",
          field,
          message: `${lineLabel(i)} : taux de TVA ${formatPercent(line.vatRate)} inconnu (taux permis : ${allowed} ; ${NOT_VERIFIED}).`,
          expected: allowed,
          found: formatPercent(line.vatRate),
        },
      ];
    }
    return [];
  });
}

type CommercialGroup = "tradeDiscounts" | "allowances" | "rebates";

const REDUCTION_GROUPS: readonly { key: CommercialGroup | "cashDiscount"; label: string }[] = [
  { key: "tradeDiscounts", label: "Remise" },
  { key: "allowances", label: "Rabais" },
  { key: "rebates", label: "Ristourne" },
  { key: "cashDiscount", label: "Escompte" },
];

/** The non-zero rates of a group: a 0 % reduction is no reduction. */
function groupRates(reductions: DocumentReductions | undefined, key: CommercialGroup | "cashDiscount"): number[] {
  if (reductions === undefined) return [];
  const raw = key === "cashDiscount" ? (reductions.cashDiscount === undefined ? [] : [reductions.cashDiscount]) : (reductions[key] ?? []);
  return raw.filter((rate) => rate !== 0);
}

/** "remise 10 % puis remise 5 %", or "aucune" for an empty group. */
function describeRates(label: string, rates: readonly number[]): string {
  return rates.length === 0 ? "aucune" : rates.map((rate) => `${label.toLowerCase()} ${formatPercent(rate)}`).join(" puis ");
}

function sameRates(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((rate, i) => rate === b[i]);
}

/**
 * Printed rates must be percentages; when the context knows the agreed reductions, each group
 * printed must be the agreed one (docs/decisions/0032).
 */
function checkReductions(doc: InvoiceDocument, ctx: MentionContext): MentionIssue[] {
  const agreed = ctx.expected.reductions;
  return REDUCTION_GROUPS.flatMap(({ key, label }): MentionIssue[] => {
    const field = `reductions.${key}`;
    const printed = groupRates(doc.reductions, key);
    const invalid = printed.find((rate) => !Number.isFinite(rate) || rate < 0 || rate > 100);
    if (invalid !== undefined) {
      return [{ reason: "invalid", field, message: `${label} ${String(invalid)} % : un taux de réduction est compris entre 0 % et 100 %.`, found: `${String(invalid)} %` }];
    }
    if (agreed === undefined) return [];
    const expected = groupRates(agreed, key);
    if (sameRates(printed, expected)) return [];
    if (printed.length === 0) {
      const what = expected.length > 1 ? "Réductions accordées au client mais non imprimées" : "Réduction accordée au client mais non imprimée";
      return [missing(field, `${what} : ${describeRates(label, expected)} (toute réduction acquise à la date de la vente figure sur la facture).`)];
    }
    const agreedText = expected.length === 0 ? "les conditions du client n'en prévoient aucune" : `les conditions accordées sont ${describeRates(label, expected)}`;
    return [
      {
        reason: "mismatch",
        field,
        message: `${label} : la facture indique ${describeRates(label, printed)}, alors que ${agreedText}.`,
        expected: describeRates(label, expected),
        found: describeRates(label, printed),
      },
    ];
  });
}

function checkTotalExclTax(doc: InvoiceDocument): MentionIssue[] {
  return doc.totals.totalExclTaxCents === undefined ? [missing("totals.totalExclTaxCents", "Total HT absent.")] : [];
}

/** The known rates used by the lines, highest first (the order of the printed VAT lines). */
function ratesUsed(doc: InvoiceDocument): number[] {
  const rates = new Set(doc.lines.map((line) => line.vatRate).filter((rate): rate is number => rate !== undefined && isKnownVatRate(rate)));
  return [...rates].sort((a, b) => b - a);
}

function checkVatPerRate(doc: InvoiceDocument): MentionIssue[] {
  const printed = doc.totals.vat;
  if (printed === undefined || printed.length === 0) return [missing("totals.vat", "Récapitulatif de la TVA absent : base HT et montant de TVA par taux.")];
  const absent = ratesUsed(doc).filter((rate) => !printed.some((line) => line.rate === rate));
  if (absent.length === 0) return [];
  return [missing("totals.vat", `Récapitulatif de la TVA incomplet : base et TVA à ${absent.map(formatPercent).join(", ")} absentes alors que des lignes sont à ce taux.`)];
}

/** The TTC of the deposit invoices the invoice cites (docs/decisions/0089). */
function citedDepositsCents(doc: InvoiceDocument): Cents {
  return (doc.deposits ?? []).reduce((sum, d) => sum + d.inclTaxCents, 0);
}

function printedDepositCents(doc: InvoiceDocument): Cents {
  return doc.depositCents ?? doc.totals.depositCents ?? citedDepositsCents(doc);
}

/** A deposit invoice deducted is cited by its number and date, as domain.md asks. */
function depositReferenceIssues(doc: InvoiceDocument): MentionIssue[] {
  return (doc.deposits ?? []).flatMap((deposit, i) => [
    ...(isBlank(deposit.number) ? [missing(`deposits[${i}].number`, `Acompte n° ${i + 1} déduit sans le numéro de sa facture d'acompte.`)] : []),
    ...(isBlank(deposit.date) ? [missing(`deposits[${i}].date`, `Acompte n° ${i + 1} déduit sans la date de sa facture d'acompte.`)] : []),
  ]);
}

function checkTotalToPay(doc: InvoiceDocument): MentionIssue[] {
  const issues: MentionIssue[] = [];
  if (doc.totals.totalInclTaxCents === undefined) issues.push(missing("totals.totalInclTaxCents", "Total TTC absent."));
  if (printedDepositCents(doc) > 0 && doc.totals.amountDueCents === undefined) {
    issues.push(missing("totals.amountDueCents", `Net à payer absent alors qu'un acompte de ${formatEuros(printedDepositCents(doc))} est déduit.`));
  }
  return [...issues, ...depositReferenceIssues(doc)];
}

/**
 * The latest due date the law allows: 60 days after the issue date; or, when the printed terms
 * say "fin de mois" (the derogation must be stipulated expressly), 45 days end of month, counted
 * both ways the administration accepts, the latest of all kept (docs/decisions/0033).
 */
export function latestLegalDueDate(issueDate: IsoDate, paymentTermsText?: string): IsoDate {
  const sixtyDays = computeDueDate(issueDate, { kind: "daysFromInvoice", days: LEGAL_MAXIMUM_DAYS_FROM_INVOICE });
  if (!/fin\s+de\s+mois/iu.test(paymentTermsText ?? "")) return sixtyDays;
  return checkDueDateLegalMaximum(issueDate, sixtyDays).latestLegalDueDate;
}

/** A printed due date must be a date, not before the issue date, not beyond the legal maximum. */
function dueDateIssues(doc: InvoiceDocument, dueDate: IsoDate): MentionIssue[] {
  if (!isIsoDate(dueDate)) {
    return [{ reason: "invalid", field: "dueDate", message: `Échéance « ${dueDate} » : l'échéance s'imprime sous forme d'une date réelle (JJ/MM/AAAA).`, found: dueDate }];
  }
  const issue = doc.issueDate;
  if (issue === undefined || !isIsoDate(issue)) return [];
  if (compareDates(dueDate, issue) < 0) {
    return [
      {
        reason: "beforeIssueDate",
        field: "dueDate",
        message: `Échéance du ${formatDateFr(dueDate)} antérieure à la date d'émission (${formatDateFr(issue)}).`,
        expected: `à partir du ${formatDateFr(issue)}`,
        found: formatDateFr(dueDate),
      },
    ];
  }
  const latest = latestLegalDueDate(issue, doc.paymentTermsText);
  if (compareDates(dueDate, latest) > 0) {
    const rule = compareDates(latest, addDays(issue, LEGAL_MAXIMUM_DAYS_FROM_INVOICE)) > 0 ? "45 jours fin de mois" : "60 jours après la date d'émission";
    return [
      {
        reason: "beyondLegalMaximum",
        field: "dueDate",
        message: `Échéance du ${formatDateFr(dueDate)}, ${daysBetween(issue, dueDate)} jours après la facture : au-delà du délai maximal légal (${rule}, soit le ${formatDateFr(latest)}).`,
        expected: `au plus tard le ${formatDateFr(latest)}`,
        found: formatDateFr(dueDate),
        reference: DUE_DATE_MAXIMUM,
      },
    ];
  }
  return [];
}

function checkDueDate(doc: InvoiceDocument): MentionIssue[] {
  if (isBlank(doc.dueDate) || doc.dueDate === undefined) {
    return [missing("dueDate", "Date d'échéance absente : le délai de paiement s'imprime sous forme d'une date.")];
  }
  return dueDateIssues(doc, doc.dueDate);
}

/** The course's "conditions de règlement": a due date or the printed terms, and a coherent due date. */
function checkPaymentTerms(doc: InvoiceDocument): MentionIssue[] {
  const noDate = isBlank(doc.dueDate) || doc.dueDate === undefined;
  if (noDate && isBlank(doc.paymentTermsText)) {
    return [missing("dueDate", "Conditions de règlement absentes : ni date d'échéance ni délai de paiement.")];
  }
  return noDate || doc.dueDate === undefined ? [] : dueDateIssues(doc, doc.dueDate);
}

function checkCashDiscountCondition(doc: InvoiceDocument): MentionIssue[] {
  return isBlank(doc.cashDiscountCondition)
    ? [missing("cashDiscountCondition", "Conditions d'escompte absentes : indiquez le taux et le délai, ou « Pas d'escompte pour paiement anticipé ».")]
    : [];
}

function checkLatePenaltyRate(doc: InvoiceDocument, ctx: MentionContext): MentionIssue[] {
  const rate = doc.latePenaltyRate;
  if (rate === undefined) return [missing("latePenaltyRate", "Taux des pénalités de retard absent.")];
  if (!Number.isFinite(rate) || rate <= 0) {
    return [{ reason: "notPositive", field: "latePenaltyRate", message: `Taux des pénalités de retard ${String(rate)} % : un taux de pénalités est positif.`, found: `${String(rate)} %` }];
  }
  // The floor is 3 × the legal interest rate of the invoice's half-year (rates.ts); without a date, no floor can be named.
  if (ctx.referenceDate === undefined) return [];
  const { floorPercent: floor, legalInterestRatePercent, halfYear } = latePenaltyRateFloorOn(ctx.referenceDate, ctx.statedRates);
  if (rate < floor) {
    return [
      {
        reason: "belowFloor",
        field: "latePenaltyRate",
        message: `Taux des pénalités de retard ${formatPercent(rate)} : inférieur au plancher légal de ${formatPercent(floor)} (${FLOOR_MULTIPLIER_OF_LEGAL_RATE} × le taux d'intérêt légal de ${formatPercent(legalInterestRatePercent)}, ${formatHalfYear(halfYear)}).`,
        expected: `au moins ${formatPercent(floor)}`,
        found: formatPercent(rate),
        reference: "C. com. L441-10",
      },
    ];
  }
  return [];
}

function checkRecoveryIndemnity(doc: InvoiceDocument): MentionIssue[] {
  const printed = doc.recoveryIndemnityCents;
  if (printed === undefined) {
    return [missing("recoveryIndemnityCents", `Mention « indemnité forfaitaire pour frais de recouvrement : ${formatEuros(INDEMNITY_CENTS)} » absente.`)];
  }
  if (printed !== INDEMNITY_CENTS) {
    return [
      {
        reason: "wrongAmount",
        field: "recoveryIndemnityCents",
        message: `Indemnité forfaitaire pour frais de recouvrement : ${formatEuros(printed)} imprimé au lieu de ${formatEuros(INDEMNITY_CENTS)} (montant fixé par décret).`,
        expected: formatEuros(INDEMNITY_CENTS),
        found: formatEuros(printed),
        reference: "C. com. art. L441-10 et D441-5",
      },
    ];
  }
  return [];
}

function checkDeliveryAddress(doc: InvoiceDocument): MentionIssue[] {
  const address = doc.deliveryAddress;
  if (address === undefined) return [missing("deliveryAddress", "Adresse de livraison absente alors qu'elle diffère de l'adresse de facturation.")];
  const parts = missingAddressParts(address);
  if (parts.length === 0) return [];
  const field = parts.length === 1 ? `deliveryAddress.${parts[0]?.key ?? ""}` : "deliveryAddress";
  return [missing(field, `Adresse de livraison incomplète : ${parts.map((p) => p.label).join(", ")} manquant${parts.length > 1 ? "s" : ""}.`)];
}

const LINES_SELL: Readonly<Record<OperationNature, string>> = {
  goods: "les lignes ne facturent que des biens",
  services: "les lignes ne facturent que des services",
  mixed: "les lignes facturent des biens et des services",
};

/** Present when due; and, when the context knows what the lines sell, the same nature as theirs. */
function checkOperationNature(doc: InvoiceDocument, ctx: MentionContext): MentionIssue[] {
  const printed = doc.operationNature;
  if (printed === undefined) return [missing("operationNature", "Nature de l'opération absente : livraison de biens, prestation de services, ou les deux.")];
  const expected = ctx.expected.operationNature;
  if (expected === undefined || printed === expected) return [];
  return [
    {
      reason: "mismatch",
      field: "operationNature",
      message: `Nature de l'opération « ${OPERATION_NATURE_LABELS[printed]} » : ${LINES_SELL[expected]}, la nature à imprimer est « ${OPERATION_NATURE_LABELS[expected]} ».`,
      expected: OPERATION_NATURE_LABELS[expected],
      found: OPERATION_NATURE_LABELS[printed],
    },
  ];
}

function checkVatOnDebits(doc: InvoiceDocument): MentionIssue[] {
  return doc.vatOnDebitsMention === true
    ? []
    : [missing("vatOnDebitsMention", "Mention « Option pour le paiement de la taxe d'après les débits » absente alors que le vendeur a choisi cette option.")];
}

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

const always = (): boolean => true;
const whenReform = (_doc: InvoiceDocument, ctx: MentionContext): boolean => ctx.reformApplies;
/** A credit note is refunded or set off, not paid by a due date: payment mentions concern invoices. */
const payable = (doc: InvoiceDocument): boolean => doc.kind !== "creditNote";
/** L441-10 penalties and the 40 € indemnity are B2B mentions: not asked of an invoice to a known consumer. */
const payableByProfessional = (doc: InvoiceDocument, ctx: MentionContext): boolean => payable(doc) && ctx.expected.buyerProfessional !== false;

/** Every mention the checker knows, in the order of the legal list (domain.md items 1–18). */
export const MENTIONS: Readonly<Record<MentionCode, MentionDefinition>> = {
  issueDate: { label: "Date d'émission", lists: ["course", "legal"], reference: courseAnd(INVOICE_LAW), legalItem: 1, appliesTo: always },
  invoiceNumber: { label: "Numéro unique de la facture (série chronologique et continue)", lists: ["course", "legal"], reference: courseAnd(INVOICE_LAW), legalItem: 2, appliesTo: always },
  originalInvoice: {
    label: "Avoir : numéro et date de la facture d'origine",
    lists: ["legal"],
    reference: `${CGI_242} (facture rectificative)`,
    appliesTo: (doc) => doc.kind === "creditNote",
  },
  sellerDetails: { label: "Coordonnées du vendeur (nom, adresse)", lists: ["course", "legal"], reference: courseAnd(INVOICE_LAW), legalItem: 3, appliesTo: always },
  buyerDetails: { label: "Coordonnées de l'acheteur (nom, adresse de facturation)", lists: ["course", "legal"], reference: courseAnd(INVOICE_LAW), legalItem: 3, appliesTo: always },
  sellerSiren: { label: "SIREN du vendeur", lists: ["legal"], reference: `${COMPANY_IDENTITY} ; ${CGI_242}`, legalItem: 4, appliesTo: always },
  buyerSiren: { label: "SIREN de l'acheteur (réforme)", lists: ["legal"], reference: REFORM, legalItem: 4, appliesTo: whenReform },
  sellerVatNumber: { label: "Numéro de TVA intracommunautaire du vendeur", lists: ["legal"], reference: CGI_242, legalItem: 5, appliesTo: always },
  sellerLegalForm: { label: "Forme juridique du vendeur", lists: ["legal"], reference: COMPANY_IDENTITY, legalItem: 6, appliesTo: always },
  sellerShareCapital: {
    label: "Capital social du vendeur",
    lists: ["legal"],
    reference: COMPANY_IDENTITY,
    legalItem: 6,
    // An individual entrepreneur has no share capital to print.
    appliesTo: (doc) => !INDIVIDUAL_FORMS.test((doc.seller.legalForm ?? "").trim()),
  },
  sellerRcs: { label: "RCS et ville du greffe du vendeur", lists: ["legal"], reference: COMPANY_IDENTITY, legalItem: 6, appliesTo: always },
  purchaseOrderNumber: {
    label: "Numéro du bon de commande de l'acheteur",
    lists: ["legal"],
    reference: L441_9,
    legalItem: 7,
    appliesTo: (_doc, ctx) => !isBlank(ctx.expected.purchaseOrderNumber),
  },
  saleDate: {
    label: "Date de la vente ou de la livraison, si différente",
    lists: ["legal"],
    reference: INVOICE_LAW,
    legalItem: 8,
    appliesTo: (doc, ctx) => ctx.expected.saleDate !== undefined && ctx.expected.saleDate !== doc.issueDate,
  },
  productDescriptions: { label: "Désignation précise des produits", lists: ["course", "legal"], reference: courseAnd(INVOICE_LAW), legalItem: 9, appliesTo: always },
  lineQuantities: { label: "Quantité de chaque ligne", lists: ["legal"], reference: INVOICE_LAW, legalItem: 9, appliesTo: always },
  lineUnitPrices: { label: "Prix unitaire HT de chaque ligne", lists: ["legal"], reference: INVOICE_LAW, legalItem: 9, appliesTo: always },
  lineVatRates: { label: "Taux de TVA de chaque ligne", lists: ["legal"], reference: CGI_242, legalItem: 9, appliesTo: always },
  reductions: {
    label: "Réductions commerciales et financières (remises, rabais, ristournes, escompte)",
    lists: ["course", "legal"],
    reference: courseAnd(INVOICE_LAW),
    legalItem: 10,
    appliesTo: always,
  },
  totalExclTax: { label: "Total HT", lists: ["legal"], reference: CGI_242, legalItem: 11, appliesTo: always },
  vatPerRate: { label: "Base et montant de TVA par taux", lists: ["legal"], reference: CGI_242, legalItem: 11, appliesTo: always },
  totalToPay: { label: "Total TTC et net à payer", lists: ["legal"], reference: CGI_242, legalItem: 11, appliesTo: always },
  dueDate: { label: "Date d'échéance du paiement", lists: ["legal"], reference: L441_9, legalItem: 12, appliesTo: payable },
  cashDiscountCondition: {
    label: "Conditions d'escompte, ou « pas d'escompte pour paiement anticipé »",
    lists: ["legal"],
    reference: L441_9,
    legalItem: 13,
    appliesTo: payable,
  },
  latePenaltyRate: { label: "Taux des pénalités de retard", lists: ["legal"], reference: L441_9, legalItem: 14, appliesTo: payableByProfessional },
  recoveryIndemnity: {
    label: "Indemnité forfaitaire pour frais de recouvrement : 40 €",
    lists: ["legal"],
    reference: `${L441_9} ; C. com. art. D441-5`,
    legalItem: 15,
    appliesTo: payableByProfessional,
  },
  deliveryAddress: {
    label: "Adresse de livraison, si différente (réforme)",
    lists: ["legal"],
    reference: REFORM,
    legalItem: 16,
    appliesTo: (doc, ctx) => ctx.reformApplies && ctx.expected.deliveryAddressDiffers === true,
  },
  operationNature: {
    label: "Nature de l'opération : biens, services ou les deux (réforme)",
    lists: ["legal"],
    reference: REFORM,
    legalItem: 17,
    // Due with the reform; before it, a nature printed all the same must not contradict the lines.
    appliesTo: (doc, ctx) => ctx.reformApplies || (doc.operationNature !== undefined && ctx.expected.operationNature !== undefined),
  },
  vatOnDebits: {
    label: "« Option pour le paiement de la taxe d'après les débits », si choisie (réforme)",
    lists: ["legal"],
    reference: REFORM,
    legalItem: 18,
    appliesTo: (doc, ctx) => ctx.reformApplies && doc.seller.vatOnDebits === true,
  },
  paymentTerms: { label: "Conditions de règlement (échéance, délai de paiement)", lists: ["course"], reference: courseAnd(L441_9), appliesTo: payable },
};

const CHECKS: Readonly<Record<MentionCode, MentionCheck>> = {
  issueDate: checkIssueDate,
  invoiceNumber: checkInvoiceNumber,
  originalInvoice: checkOriginalInvoice,
  sellerDetails: checkSellerDetails,
  buyerDetails: checkBuyerDetails,
  sellerSiren: checkSellerSiren,
  buyerSiren: checkBuyerSiren,
  sellerVatNumber: checkSellerVatNumber,
  sellerLegalForm: checkSellerLegalForm,
  sellerShareCapital: checkSellerShareCapital,
  sellerRcs: checkSellerRcs,
  purchaseOrderNumber: checkPurchaseOrderNumber,
  saleDate: checkSaleDate,
  productDescriptions: checkProductDescriptions,
  lineQuantities: checkLineQuantities,
  lineUnitPrices: checkLineUnitPrices,
  lineVatRates: checkLineVatRates,
  reductions: checkReductions,
  totalExclTax: checkTotalExclTax,
  vatPerRate: checkVatPerRate,
  totalToPay: checkTotalToPay,
  dueDate: checkDueDate,
  cashDiscountCondition: checkCashDiscountCondition,
  latePenaltyRate: checkLatePenaltyRate,
  recoveryIndemnity: checkRecoveryIndemnity,
  deliveryAddress: checkDeliveryAddress,
  operationNature: checkOperationNature,
  vatOnDebits: checkVatOnDebits,
  paymentTerms: checkPaymentTerms,
};

/** The course's seven mentions, in the order the course lists them. */
const COURSE_ORDER: readonly MentionCode[] = [
  "invoiceNumber",
  "sellerDetails",
  "buyerDetails",
  "productDescriptions",
  "issueDate",
  "reductions",
  "paymentTerms",
];

/** The mentions of a list, in its order (the course's order, or the legal numbering). */
export function mentionsOfList(list: MentionList): MentionCode[] {
  if (list === "course") return [...COURSE_ORDER];
  return (Object.keys(MENTIONS) as MentionCode[]).filter((code) => MENTIONS[code].lists.includes("legal"));
}

function mentionFindings(code: MentionCode, doc: InvoiceDocument, ctx: MentionContext): Finding[] {
  const definition = MENTIONS[code];
  return CHECKS[code](doc, ctx).map((issue) => ({
    code: `mention.${code}.${issue.reason}`,
    category: issue.reason === MISSING ? "missingMention" : "wrongMention",
    field: issue.field,
    message: issue.message,
    reference: issue.reference ?? definition.reference,
    ...(issue.expected !== undefined ? { expected: issue.expected } : {}),
    ...(issue.found !== undefined ? { found: issue.found } : {}),
    mention: code,
  }));
}

// ---------------------------------------------------------------------------------------------
// Arithmetic: recompute with computeInvoice from what is printed, compare every printed figure
// (docs/decisions/0034).
// ---------------------------------------------------------------------------------------------

function arithmeticFinding(code: string, field: string, message: string, expected: Cents, found: Cents): Finding {
  return { code: `arithmetic.${code}`, category: "arithmetic", field, message, reference: ARITHMETIC, expected: formatEuros(expected), found: formatEuros(found) };
}

function notComputable(field: string, message: string): Finding {
  return { code: "arithmetic.notComputable", category: "arithmetic", field, message, reference: ARITHMETIC };
}

/** computeInvoice's paths ("tradeDiscounts[0]") as paths of the printed document ("reductions.tradeDiscounts[0]"). */
function documentPath(field: string | undefined): string {
  if (field === undefined) return "lines";
  return /^(tradeDiscounts|allowances|rebates|cashDiscount)/u.test(field) ? `reductions.${field}` : field;
}

/**
 * The rates the printed figures were computed with: the printed ones, or — for a group the
 * invoice leaves out while the context knows it — the agreed ones, so that a missing reduction
 * is one missing mention and not a cascade of arithmetic errors (docs/decisions/0032).
 */
function reductionsForArithmetic(doc: InvoiceDocument, agreed: DocumentReductions | undefined): Pick<InvoiceInput, "tradeDiscounts" | "allowances" | "rebates" | "cashDiscount"> {
  const pick = (key: CommercialGroup | "cashDiscount"): number[] => {
    const printed = groupRates(doc.reductions, key);
    return printed.length > 0 ? printed : groupRates(agreed, key);
  };
  const cashDiscount = pick("cashDiscount")[0];
  return {
    tradeDiscounts: pick("tradeDiscounts"),
    allowances: pick("allowances"),
    rebates: pick("rebates"),
    ...(cashDiscount !== undefined ? { cashDiscount } : {}),
  };
}

interface UsableLines {
  lines: InvoiceLineInput[];
  /** One entry per missing value that prevents the recomputation. */
  gaps: { field: string; message: string }[];
}

const LINE_VALUES: readonly { key: "quantity" | "unitPriceCents" | "vatRate"; label: string }[] = [
  { key: "quantity", label: "quantité absente" },
  { key: "unitPriceCents", label: "prix unitaire HT absent" },
  { key: "vatRate", label: "taux de TVA absent" },
];

function usableLines(printed: readonly PrintedLine[]): UsableLines {
  const gaps = printed.flatMap((line, i) =>
    LINE_VALUES.filter(({ key }) => line[key] === undefined).map(({ key, label }) => ({
      field: `lines[${i}].${key}`,
      message: `${lineLabel(i)} : ${label}, les totaux imprimés ne peuvent pas être recalculés.`,
    })),
  );
  const lines = printed.map((line, i) => ({
    description: line.description ?? lineLabel(i),
    quantity: line.quantity ?? 0,
    unitPriceCents: line.unitPriceCents ?? 0,
    vatRate: line.vatRate ?? 0,
  }));
  return { lines, gaps };
}

/**
 * quantity × unit price of one line, by computeInvoice itself so that the rounding is the
 * cascade's. The VAT rate plays no part in that product: a fixed known rate stands in for it, so
 * that a line with an unknown rate still has its total checked. Undefined when the line cannot be
 * computed (its problem is reported with the line's mentions or as not computable).
 */
function lineAmount(line: PrintedLine): Cents | undefined {
  if (line.quantity === undefined || line.unitPriceCents === undefined) return undefined;
  try {
    return computeInvoice({ lines: [{ description: line.description ?? "", quantity: line.quantity, unitPriceCents: line.unitPriceCents, vatRate: 20 }] }).grossCents;
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

function checkLineTotals(doc: InvoiceDocument): Finding[] {
  return doc.lines.flatMap((line, i) => {
    const expected = lineAmount(line);
    const found = line.lineTotalCents;
    if (expected === undefined || found === undefined || found === expected || line.quantity === undefined || line.unitPriceCents === undefined) return [];
    const message = `${lineLabel(i)} : ${quantityFormat.format(line.quantity)} × ${formatEuros(line.unitPriceCents)} = ${formatEuros(expected)} et non ${formatEuros(found)}.`;
    return [arithmeticFinding("lineTotal", `lines[${i}].lineTotalCents`, message, expected, found)];
  });
}

interface PrintedFigure {
  code: string;
  field: string;
  found: Cents | undefined;
  /** The figure in a set of cascade figures: the invoice's, or the per-rate method's (docs/decisions/0079). */
  pick: (figures: InvoiceFigures) => Cents | undefined;
  /** "Total TTC : 224,34 € HT + 41,60 € de TVA = 265,94 €" — the figure as it should be, explained. */
  explanation: string;
}

/**
 * A printed figure is right when it follows either accepted method (the invoice's totals, or
 * rate by rate); a finding names the method of the expected figure when the two differ.
 */
function compareFigure(computed: InvoiceComputation): (figure: PrintedFigure) => Finding[] {
  return ({ code, field, found, pick, explanation }) => {
    if (found === undefined) return [];
    const check = checkCascadeFigure(computed, pick, found);
    if (check.acceptedBy !== undefined) return [];
    return [arithmeticFinding(code, field, `${explanation}${cascadeMethodNote(check)} et non ${formatEuros(found)}.`, check.expectedCents, found)];
  };
}

function reductionsText(input: Pick<InvoiceInput, "tradeDiscounts" | "allowances" | "rebates">): string {
  const parts = [
    ...(input.tradeDiscounts ?? []).map((rate) => `remise ${formatPercent(rate)}`),
    ...(input.allowances ?? []).map((rate) => `rabais ${formatPercent(rate)}`),
    ...(input.rebates ?? []).map((rate) => `ristourne ${formatPercent(rate)}`),
  ];
  return parts.length === 0 ? "sans réduction" : `après ${parts.join(", ")}`;
}

/** The printed figures above the VAT lines, in cascade order. */
function headFigures(doc: InvoiceDocument, computed: InvoiceComputation, input: InvoiceInput): PrintedFigure[] {
  const t = doc.totals;
  const cashRate = input.cashDiscount ?? 0;
  return [
    { code: "gross", field: "totals.grossCents", found: t.grossCents, pick: (f) => f.grossCents, explanation: `Montant brut HT : la somme des lignes donne ${formatEuros(computed.grossCents)}` },
    {
      code: "netCommercial",
      field: "totals.netCommercialCents",
      found: t.netCommercialCents,
      pick: (f) => f.netCommercialCents,
      explanation: `Net commercial HT : ${formatEuros(computed.grossCents)} ${reductionsText(input)} = ${formatEuros(computed.netCommercialCents)}`,
    },
    {
      code: "cashDiscount",
      field: "totals.cashDiscountCents",
      found: t.cashDiscountCents,
      pick: (f) => f.cashDiscountCents,
      explanation:
        cashRate > 0
          ? `Escompte : ${formatPercent(cashRate)} × ${formatEuros(computed.netCommercialCents)} = ${formatEuros(computed.cashDiscountCents)}`
          : `Escompte : aucun escompte n'est accordé, ${formatEuros(0)}`,
    },
    {
      code: "netFinancial",
      field: "totals.netFinancialCents",
      found: t.netFinancialCents,
      pick: (f) => f.netFinancialCents,
      explanation: `Net financier HT : ${formatEuros(computed.netCommercialCents)} − ${formatEuros(computed.cashDiscountCents)} d'escompte = ${formatEuros(computed.netFinancialCents)}`,
    },
    {
      code: "shipping",
      field: "totals.shippingCents",
      // Printed twice (charge line and totals): the charge line is the one the cascade used.
      found: doc.shippingCents !== undefined ? t.shippingCents : undefined,
      pick: (f) => f.shippingCents,
      explanation: `Port HT : la ligne de port indique ${formatEuros(computed.shippingCents)}`,
    },
    {
      code: "totalExclTax",
      field: "totals.totalExclTaxCents",
      found: t.totalExclTaxCents,
      pick: (f) => f.totalExclTaxCents,
      explanation: `Total HT : ${formatEuros(computed.netFinancialCents)} + ${formatEuros(computed.shippingCents)} de port = ${formatEuros(computed.totalExclTaxCents)}`,
    },
  ];
}

function vatAt(figures: InvoiceFigures, rate: number): InvoiceFigures["vat"][number] | undefined {
  return figures.vat.find((vat) => vat.rate === rate);
}

function vatFigures(doc: InvoiceDocument, computed: InvoiceComputation): Finding[] {
  const printed = doc.totals.vat ?? [];
  return printed.flatMap((line, k): Finding[] => {
    const path = `totals.vat[${k}]`;
    const firstAtRate = printed.findIndex((other) => other.rate === line.rate) === k;
    const match = computed.vat.find((vat) => vat.rate === line.rate);
    if (match === undefined || !firstAtRate) {
      const why = match === undefined ? "aucune ligne de la facture n'est à ce taux" : "ce taux figure déjà plus haut dans le récapitulatif";
      return [arithmeticFinding("vatRateUnexpected", `${path}.amountCents`, `TVA ${formatPercent(line.rate)} : ${why}, le montant attendu est ${formatEuros(0)} et non ${formatEuros(line.amountCents)}.`, 0, line.amountCents)];
    }
    const share = computed.byRate?.find((r) => r.rate === line.rate);
    // With several rates the net financier and the port are shared pro rata of the gross amounts (docs/decisions/0079).
    const prorata = computed.vat.length > 1 ? " au prorata du montant brut à ce taux" : "";
    const baseExplanation =
      share !== undefined
        ? `Base TVA ${formatPercent(line.rate)} : ${formatEuros(share.netFinancialCents)} + ${formatEuros(share.shippingCents)} de port${prorata} = ${formatEuros(match.baseCents)}`
        : `Base TVA ${formatPercent(line.rate)} : ${formatEuros(match.baseCents)}`;
    return [
      ...compareFigure(computed)({ code: "vatBase", field: `${path}.baseCents`, found: line.baseCents, pick: (f) => vatAt(f, line.rate)?.baseCents, explanation: baseExplanation }),
      ...compareFigure(computed)({
        code: "vatAmount",
        field: `${path}.amountCents`,
        found: line.amountCents,
        pick: (f) => vatAt(f, line.rate)?.amountCents,
        explanation: `TVA ${formatPercent(line.rate)} : ${formatPercent(line.rate)} × ${formatEuros(match.baseCents)} = ${formatEuros(match.amountCents)}`,
      }),
    ];
  });
}

function tailFigures(doc: InvoiceDocument, computed: InvoiceComputation): PrintedFigure[] {
  const t = doc.totals;
  return [
    {
      code: "totalVat",
      field: "totals.totalVatCents",
      found: t.totalVatCents,
      pick: (f) => f.totalVatCents,
      explanation: `Total TVA : ${computed.vat.map((v) => formatEuros(v.amountCents)).join(" + ")} = ${formatEuros(computed.totalVatCents)}`,
    },
    {
      code: "totalInclTax",
      field: "totals.totalInclTaxCents",
      found: t.totalInclTaxCents,
      pick: (f) => f.totalInclTaxCents,
      explanation: `Total TTC : ${formatEuros(computed.totalExclTaxCents)} HT + ${formatEuros(computed.totalVatCents)} de TVA = ${formatEuros(computed.totalInclTaxCents)}`,
    },
    {
      code: "deposit",
      field: "totals.depositCents",
      found: doc.depositCents !== undefined ? t.depositCents : undefined,
      pick: (f) => f.depositCents,
      explanation: `Acompte : la ligne d'acompte indique ${formatEuros(computed.depositCents)}`,
    },
    {
      code: "amountDue",
      field: "totals.amountDueCents",
      found: t.amountDueCents,
      pick: (f) => f.amountDueCents,
      explanation: `Net à payer : ${formatEuros(computed.totalInclTaxCents)} TTC − ${formatEuros(computed.depositCents)} d'acompte = ${formatEuros(computed.amountDueCents)}`,
    },
  ];
}

/** Each deposit cited: its HT and VAT add up to its TTC; together, they are the deposit deducted. */
function depositFigures(doc: InvoiceDocument, computed: InvoiceComputation): PrintedFigure[] {
  const deposits = doc.deposits ?? [];
  if (deposits.length === 0) return [];
  const each = deposits.map((deposit, i): PrintedFigure => {
    const exclTax = deposit.vat.reduce((sum, v) => sum + v.baseCents, 0);
    const vat = deposit.vat.reduce((sum, v) => sum + v.amountCents, 0);
    return {
      code: "depositInclTax",
      field: `deposits[${i}].inclTaxCents`,
      found: deposit.inclTaxCents,
      pick: () => exclTax + vat,
      explanation: `Acompte ${depositReference(deposit)} : ${formatEuros(exclTax)} HT + ${formatEuros(vat)} de TVA = ${formatEuros(exclTax + vat)} TTC`,
    };
  });
  const cited = citedDepositsCents(doc);
  const total: PrintedFigure = {
    code: "depositsCited",
    field: "deposits",
    found: cited,
    pick: (figures) => figures.depositCents,
    explanation: `Acomptes cités : leur total TTC est l'acompte déduit, ${formatEuros(computed.depositCents)}`,
  };
  return [...each, total];
}

interface ArithmeticResult {
  findings: Finding[];
  computed?: InvoiceComputation;
}

/**
 * Line totals are checked one by one; the other figures need the whole cascade, so when a line
 * or an amount cannot be used they are skipped and the reason is given once — unless a mention
 * finding already names that field.
 */
function checkArithmetic(doc: InvoiceDocument, agreed: DocumentReductions | undefined, reportedFields: ReadonlySet<string>): ArithmeticResult {
  const lineFindings = checkLineTotals(doc);
  const unreported = (field: string): boolean => !reportedFields.has(field);
  const { lines, gaps } = usableLines(doc.lines);
  if (gaps.length > 0) {
    return { findings: [...lineFindings, ...gaps.filter((gap) => unreported(gap.field)).map((gap) => notComputable(gap.field, gap.message))] };
  }
  const shippingCents = doc.shippingCents ?? doc.totals.shippingCents;
  const depositCents = doc.depositCents ?? doc.totals.depositCents ?? (doc.deposits !== undefined ? citedDepositsCents(doc) : undefined);
  const input: InvoiceInput = {
    lines,
    ...reductionsForArithmetic(doc, agreed),
    ...(shippingCents !== undefined ? { shippingCents } : {}),
    ...(depositCents !== undefined ? { depositCents } : {}),
  };
  let computed: InvoiceComputation;
  try {
    computed = computeInvoice(input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const field = documentPath(error.field);
    const reason = error.message.replace(/\.$/u, "");
    const findings = unreported(field) ? [notComputable(field, `Calcul impossible — ${reason} : les totaux imprimés ne sont pas vérifiés.`)] : [];
    return { findings: [...lineFindings, ...findings] };
  }
  return {
    computed,
    findings: [
      ...lineFindings,
      ...headFigures(doc, computed, input).flatMap(compareFigure(computed)),
      ...vatFigures(doc, computed),
      ...tailFigures(doc, computed).flatMap(compareFigure(computed)),
      ...depositFigures(doc, computed).flatMap(compareFigure(computed)),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The fine estimate and the whole check
// ---------------------------------------------------------------------------------------------

/**
 * A TEACHING ESTIMATE, not a tax assessment: CGI art. 1737 fines 15 € per missing or inexact
 * mention, capped at a quarter of the invoice amount. We count one mention per field with a
 * mention finding (two problems with the same VAT number are one inexact mention), leave the
 * arithmetic findings out (they are counted as calculation errors, not as mentions), and cap at
 * ¼ of the total TTC printed, or else recomputed, rounded down so as never to exceed the cap.
 * Without any total the estimate is uncapped (docs/decisions/0035).
 */
function fineEstimate(findings: readonly Finding[], invoiceTotalCents: Cents | undefined): Cents {
  const fields = new Set(findings.filter((f) => f.category !== "arithmetic").map((f) => f.field));
  const uncapped = fields.size * FINE_PER_MENTION_CENTS;
  if (invoiceTotalCents === undefined) return uncapped;
  return Math.min(uncapped, Math.floor(Math.abs(invoiceTotalCents) / 4));
}

/** The date the invoice is judged at, for the reform calendar: its issue date, else the control date. */
function referenceDate(doc: InvoiceDocument, today: IsoDate | undefined): IsoDate | undefined {
  if (doc.issueDate !== undefined && isIsoDate(doc.issueDate)) return doc.issueDate;
  return today !== undefined && isIsoDate(today) ? today : undefined;
}

export function mentionContext(doc: InvoiceDocument, options: InvoiceCheckOptions): MentionContext {
  const date = referenceDate(doc, options.today);
  return {
    list: options.list,
    ...(options.today !== undefined ? { today: options.today } : {}),
    expected: options.expected ?? {},
    reformApplies: date !== undefined && isReformApplicable(doc.seller.size, date),
    ...(date !== undefined ? { referenceDate: date } : {}),
    ...(options.statedRates !== undefined ? { statedRates: options.statedRates } : {}),
  };
}

/**
 * Stage 4, "contrôle de la facture": the mentions of the chosen list that apply to this document,
 * then every printed figure against the cascade recomputed from the printed lines.
 */
export function checkInvoice(doc: InvoiceDocument, options: InvoiceCheckOptions): InvoiceCheck {
  if (options.today !== undefined) assertIsoDate(options.today, "today");
  const ctx = mentionContext(doc, options);
  const mentionsChecked = mentionsOfList(options.list).filter((code) => MENTIONS[code].appliesTo(doc, ctx));
  const mentionResults = mentionsChecked.flatMap((code) => mentionFindings(code, doc, ctx));
  const arithmetic = checkArithmetic(doc, ctx.expected.reductions, new Set(mentionResults.map((f) => f.field)));
  const findings = [...mentionResults, ...arithmetic.findings];
  const total = doc.totals.totalInclTaxCents ?? arithmetic.computed?.totalInclTaxCents;
  return {
    findings,
    mentionsChecked,
    conforming: findings.length === 0,
    fineEstimateCents: fineEstimate(findings, total),
  };
}
