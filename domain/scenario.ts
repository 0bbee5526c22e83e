/**
 * The scenario format: what a teacher writes to describe a situation (never its answers).
 * One zod schema, strict (a misspelt field is an error), versioned (`schemaVersion`), with amounts
 * as decimal strings ("1234.50") parsed to cents. Types are inferred from it, never written twice.
 * The JSON Schema committed in scenarios/ is generated from this file (npm run scenario -- schema).
 */
import { z } from "zod";
import { daysInMonth, formatDateLongFr, isIsoDate } from "./dates";
import { VAT_RATES, type VatRate } from "./documents";
import { isPrecisePercent, parseAmount } from "./money";
import { STAGE_IDS } from "./stages";

// Teachers read validation errors: zod speaks French wherever a schema of this module parses. The
// module is side-effect free for the bundler (package.json): a page that parses no scenario drops
// it, zod included; whatever parses one evaluates it, and this line with it.
z.config(z.locales.fr());

export const SCENARIO_SCHEMA_VERSION = 1;


// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/**
 * A JSON number where an amount is expected (`"unitPrice": 7000`): the way to write it, from the
 * value the author typed. A number would lose cents in binary (0.1 + 0.2), so amounts are text.
 * Other inputs (a missing field) keep the loader's own messages.
 */
export function moneyWrittenAsNumber(issue: { input?: unknown }): string | undefined {
  if (typeof issue.input !== "number" || !Number.isFinite(issue.input)) return undefined;
  return `montant à écrire entre guillemets, avec deux décimales\u00a0: écrivez "${issue.input.toFixed(2)}" (et non ${String(issue.input)})`;
}

const AMOUNT_TEXT = /^\d+(\.\d{1,2})?$/;

/**
 * Why a text is not an amount of the format. An empty field and a minus sign are named apart: the
 * shape of "1234.50" explains neither. Said of the file: the editor words the shape for its own
 * fields, where a comma is typed.
 */
function amountTextProblem(text: string): string {
  const typed = text.trim();
  if (typed === "") return "montant obligatoire";
  if (typed.startsWith("-") && AMOUNT_TEXT.test(typed.slice(1).trim())) return "montant négatif\u00a0: un montant est positif ou nul (0 ou plus), écrit sans signe moins";
  return "montant attendu entre guillemets avec un point décimal, par exemple \"1234.50\"";
}

/** "1234.50" → 123450 cents. The dotted form only: a file is not typed by a learner. */
export const money = z
  .string({ error: moneyWrittenAsNumber })
  // The pattern stays a regex: the JSON Schema carries it, and the editor draws an amount's field from it.
  .regex(AMOUNT_TEXT, { error: (issue) => amountTextProblem(typeof issue.input === "string" ? issue.input : "") })
  // A refusal is an issue on the field, never a throw: a throw inside a transform escapes the
  // schema's French messages and reaches the command line as an internal error.
  .transform((text, ctx) => {
    const parsed = parseAmount(text);
    if (parsed.ok) return parsed.cents;
    ctx.addIssue({ code: "custom", message: parsed.reason });
    return z.NEVER;
  });

/** An amount that must be something: a payment or a credited sum of 0,00 € left the follow-up unable to finish (fuzz test, issue 10). */
export const positiveMoney = money.refine((cents) => cents > 0, "montant strictement positif attendu\u00a0: un règlement ou un avoir de 0,00\u00a0€ n'en est pas un");

/**
 * The years a scenario's dates may fall in. Due dates, reminders and rates are computed from them,
 * days added; a year 9999 or 0001 made a stage fail mid-play (issue 10). A course exercise sits
 * near the present; its stated rates cover each half-year it reaches (docs/decisions/0081).
 */
export const FIRST_SCENARIO_DATE = "2000-01-01";
export const LAST_SCENARIO_DATE = "2100-12-31";

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why a date text cannot be a scenario date, if it cannot. A date of the right shape that the
 * calendar lacks (« 2026-02-31 ») is named as such: the format's example would send the teacher
 * looking for a mistake of writing that is not there.
 */
function isoDateProblem(value: string): string | undefined {
  if (value.trim() === "") return "date obligatoire";
  const shape = DATE_SHAPE.exec(value);
  if (shape === null) return "date attendue au format AAAA-MM-JJ, par exemple \"2026-11-28\"";
  if (value < FIRST_SCENARIO_DATE || value > LAST_SCENARIO_DATE) {
    return `date hors de la période permise\u00a0: entre ${FIRST_SCENARIO_DATE} et ${LAST_SCENARIO_DATE}, le moteur y calcule échéances, relances et taux`;
  }
  return isIsoDate(value) ? undefined : missingDateProblem(shape[1] ?? "", shape[2] ?? "", Number(shape[3]));
}

/** « le 31 février 2026 n'existe pas… », in the words of the course's letters (formatDateLongFr). */
function missingDateProblem(year: string, month: string, day: number): string {
  if (Number(month) < 1 || Number(month) > 12) return `le mois ${month} n'existe pas\u00a0: de 01 à 12`;
  const monthAndYear = formatDateLongFr(`${year}-${month}-01`).replace(/^1er /u, "");
  return `le ${day} ${monthAndYear} n'existe pas\u00a0: ${monthAndYear} a ${daysInMonth(Number(year), Number(month))} jours`;
}

export const isoDate = z.string().check((ctx) => {
  const problem = isoDateProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
});

const percent = z
  .number()
  .min(0, "un taux ne peut pas être négatif")
  .max(100, "un taux ne peut pas dépasser 100")
  // The engine applies rates exactly to 1/10 000 % (money.ts); a finer one failed mid-play.
  .refine(isPrecisePercent, "un taux a au plus quatre décimales, par exemple 12.1234");
const vatRate = z.union([z.literal(20), z.literal(10), z.literal(5.5), z.literal(2.1)], {
  error: `taux de TVA attendu parmi ${VAT_RATES.join(", ")}`,
}) satisfies z.ZodType<VatRate>;
/** Beyond a million units, a quantity is a slip; the engine counts quantities in thousandths. */
export const MAX_QUANTITY = 1_000_000;
const quantity = z
  .number()
  .int("quantité entière attendue")
  .positive("quantité strictement positive attendue")
  .max(MAX_QUANTITY, "au plus 1 000 000 unités par ligne");
/**
 * Delays, terms and lead times: ten years at most. Dates are computed by adding them; a billion
 * days went beyond the calendar and made a stage fail mid-play (issue 10).
 */
export const MAX_DAYS = 3650;
const dayCount = z.number().int("nombre entier de jours attendu").min(0, "un nombre de jours ne peut pas être négatif").max(MAX_DAYS, "au plus 3 650 jours (dix ans)");
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "identifiant attendu\u00a0: lettres, chiffres, tirets, sans espace");
// Spaces alone are no text: an empty designation failed mid-play (fuzz test, issue 10).
export const text = z.string().regex(/\S/u, "texte vide (des espaces seuls ne comptent pas)");

export const addressSchema = z.strictObject({
  street: text,
  complement: z.string().optional(),
  postalCode: z.string().regex(/^\d{5}$/, "code postal à 5 chiffres attendu"),
  city: text,
  country: z.string().optional(),
});

export const paymentTermsSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("daysFromInvoice"), days: dayCount }),
  z.strictObject({
    kind: z.literal("daysEndOfMonth"),
    days: dayCount,
    method: z.enum(["endOfMonthThenDays", "daysThenEndOfMonth"]).default("endOfMonthThenDays"),
  }),
  z.strictObject({ kind: z.literal("onReceipt") }),
]);

const conditionsSchema = z.strictObject({
  /** Remises negotiated, in %, applied successively. */
  tradeDiscounts: z.array(percent).default([]),
  /** Escompte offered for early payment, in %. */
  cashDiscount: percent.optional(),
  cashDiscountDays: dayCount.positive("délai d'escompte strictement positif attendu").optional(),
});

// ---------------------------------------------------------------------------------------------
// The selling company and its policies (the rules a learner is judged against, always shown)
// ---------------------------------------------------------------------------------------------

export const sellerSchema = z.strictObject({
  name: text,
  legalForm: text,
  shareCapital: money,
  siren: z.string().regex(/^\d{9}$/, "SIREN à 9 chiffres attendu"),
  siret: z.string().regex(/^\d{14}$/, "SIRET à 14 chiffres attendu").optional(),
  rcsCity: text,
  vatNumber: z.string().regex(/^FR\d{11}$/, "numéro de TVA attendu sous la forme FR + 11 chiffres"),
  address: addressSchema,
  email: z.string().optional(),
  phone: z.string().optional(),
  iban: z.string().optional(),
  size: z.enum(["large", "midSize", "small", "micro"]),
  vatOnDebits: z.boolean().optional(),
});

/** Who signs the letters: required once the follow-up stage is played (docs/decisions/0084). */
export const signatorySchema = z.strictObject({
  /** "Camille Roux". */
  name: text,
  /** "Responsable du recouvrement". */
  title: text,
});

export const policiesSchema = z.strictObject({
  /** What to do when outstanding + order TTC exceeds the limit (domain.md: default deposit of the excess). */
  creditLimitExceeded: z.enum(["refuse", "hold", "deposit"]).default("deposit"),
  /** The credit limit given to a new customer's account. */
  newCustomerCreditLimit: money,
  /** Insolvency proceedings published: refuse, or accept only with full payment on order. */
  insolvency: z.enum(["refuse", "prepayment"]).default("refuse"),
  /** Payment incidents in the history: hold for approval, or require a deposit. */
  paymentIncidents: z.enum(["hold", "deposit"]).default("hold"),
  /** When a deposit is required, and how much (% of the order TTC). */
  deposit: z
    .strictObject({
      percent: percent,
      newCustomers: z.boolean().default(false),
      aboveAmount: money.optional(),
      madeToOrder: z.boolean().default(false),
    })
    .optional(),
  /** Payment terms given to a new customer. */
  defaultPaymentTerms: paymentTermsSchema,
  /** Annual late-penalty rate printed on invoices, in %; default ECB + 10 points of the invoice's half-year (rates.ts). */
  latePenaltyRate: percent.optional(),
  /**
   * The rates of the half-years the engine's table does not know (rates.ts), stated by the
   * teacher instead of guessed: one entry per half-year the scenario's dates reach (docs/decisions/0081).
   */
  rates: z
    .array(
      z.strictObject({
        halfYear: z.string().regex(/^\d{4}-S[12]$/, "semestre attendu sous la forme \"2026-S2\" (S1\u00a0: janvier à juin, S2\u00a0: juillet à décembre)"),
        /** ECB main refinancing rate in force on 1 January (S1) or 1 July (S2). */
        ecbRefinancingRate: percent,
        /** Legal interest rate "tous les autres cas" (creditor: a company). */
        legalInterestRate: percent,
        /** Legal interest rate when the creditor is a private individual (shown in the glossary only). */
        individualsLegalInterestRate: percent.optional(),
        /** Where the figures come from, or "hypothèse de l'exercice". */
        source: text,
      }),
    )
    .optional(),
  dunning: z
    .strictObject({
      reminder1AfterDueDays: dayCount.optional(),
      reminder2AfterReminder1Days: dayCount.optional(),
      reminder3AfterReminder2Days: dayCount.optional(),
      formalNoticeAfterReminder3Days: dayCount.optional(),
      paymentOrderAfterFormalNoticeDays: dayCount.optional(),
      preReminderBeforeDueDays: dayCount.optional(),
    })
    .optional(),
});

// ---------------------------------------------------------------------------------------------
// Customers, products, ledger at the start
// ---------------------------------------------------------------------------------------------

export const solvencySchema = z.strictObject({
  /** Proceedings published at the BODACC. */
  proceedings: z.enum(["none", "safeguard", "receivership", "liquidation"]).default("none"),
  /** Payment incidents in the history (late payments, rejected cheques). */
  incidents: z.array(z.strictObject({ date: isoDate, description: text })).default([]),
  /** What the learner reads when consulting the solvency file (Kbis, BODACC, agency note). */
  note: z.string().optional(),
});

const customerIdentityFields = {
  name: text,
  legalForm: z.string().optional(),
  siren: z.string().regex(/^\d{9}$/, "SIREN à 9 chiffres attendu").optional(),
  siret: z.string().regex(/^\d{14}$/, "SIRET à 14 chiffres attendu").optional(),
  vatNumber: z.string().optional(),
  billingAddress: addressSchema,
  deliveryAddress: addressSchema.optional(),
  contact: z.strictObject({ name: text, email: z.string().optional(), phone: z.string().optional() }).optional(),
};

export const customerSchema = z.strictObject({
  id,
  ...customerIdentityFields,
  paymentTerms: paymentTermsSchema,
  creditLimit: money,
  conditions: conditionsSchema.default({ tradeDiscounts: [] }),
  professional: z.boolean().default(true),
  /** A trader (commerçant)? Unset: a company commercial by its form (SA, SAS, SARL…) is one (docs/decisions/0083). */
  trader: z.boolean().optional(),
  /** The court whose area covers the registered office, for an injonction de payer; unset, the letters print the rule. */
  competentCourt: text.optional(),
  solvency: solvencySchema.default({ proceedings: "none", incidents: [] }),
});

/** A sender not yet in the PGI: what the order tells about them (the learner creates the account). */
export const newCustomerSchema = z.strictObject({
  ...customerIdentityFields,
  solvency: solvencySchema.default({ proceedings: "none", incidents: [] }),
});

export const productSchema = z.strictObject({
  reference: id,
  description: text,
  unitPrice: money,
  vatRate,
  stock: z.number().int("stock entier attendu").min(0, "un stock ne peut pas être négatif").max(MAX_QUANTITY, "au plus 1 000 000 unités en stock"),
  leadTimeDays: dayCount.default(0),
  madeToOrder: z.boolean().default(false),
  /** Goods (default) or a service: the invoice's "nature de l'opération" is derived from its lines' products. */
  nature: z.enum(["goods", "service"]).default("goods"),
});

const simpleLineSchema = z.strictObject({
  description: text,
  quantity,
  unitPrice: money,
  vatRate,
});

/** An invoice already issued before the scenario starts, still (partly) unpaid. */
export const openInvoiceSchema = z.strictObject({
  // The PGI's own series, which the ledger continues: its format, unlike an invoice to control (docs/decisions/0086).
  number: z.string().regex(/^[A-Z]{1,4}-\d{4}-\d{1,6}$/, "numéro de facture du PGI attendu sous la forme FA-2026-00042 (la série que le PGI continue)"),
  customerId: id,
  issueDate: isoDate,
  /** Default: computed from the customer's payment terms. */
  dueDate: isoDate.optional(),
  lines: z.array(simpleLineSchema).min(1),
  /** Already paid on it before the scenario starts. */
  paid: money.optional(),
});

/** An order accepted (acknowledged) and not yet invoiced: it counts in the outstanding. */
export const acceptedOrderSchema = z.strictObject({
  id,
  customerId: id,
  date: isoDate,
  lines: z.array(simpleLineSchema).min(1),
});

export const openingLedgerSchema = z.strictObject({
  openInvoices: z.array(openInvoiceSchema).default([]),
  acceptedOrders: z.array(acceptedOrderSchema).default([]),
});

// ---------------------------------------------------------------------------------------------
// What comes in
// ---------------------------------------------------------------------------------------------

export const incomingOrderLineSchema = z.strictObject({
  /** The reference as the customer wrote it (may be unknown to the catalogue: a check finds it). */
  reference: z.string(),
  description: z.string().optional(),
  quantity,
  /** The unit price HT the customer wrote, if any (compared with the catalogue or the quote). */
  unitPrice: money.optional(),
});

export const incomingOrderSchema = z.strictObject({
  channel: z.enum(["phone", "fax", "email", "mail"]),
  support: z.enum(["message", "purchaseOrder", "quote"]),
  source: z.enum(["customer", "salesRep"]),
  receivedOn: isoDate,
  /** The sender: an existing account (by id) or an unknown company. */
  customer: z.union([z.strictObject({ existingId: id }), z.strictObject({ newCustomer: newCustomerSchema })]),
  customerOrderNumber: z.string().optional(),
  orderDate: isoDate,
  lines: z.array(incomingOrderLineSchema).min(1),
  /** A signed quote whose prices prevail over the catalogue. */
  quote: z
    .strictObject({
      number: text,
      date: isoDate,
      validUntil: isoDate,
      prices: z.array(z.strictObject({ reference: id, unitPrice: money })),
    })
    .optional(),
  deliveryAddress: addressSchema.optional(),
  /** False when a written purchase order arrived unsigned. */
  signed: z.boolean().default(true),
  requestedDeliveryDate: isoDate.optional(),
  /** With stock short: deliver what is available now and the rest later (true), or all at once (false). */
  acceptsPartialDelivery: z.boolean().default(true),
  /** Port charged on this order, HT. */
  shipping: money.optional(),
  /** The message exactly as received: the email, the phone note, the letter, in French. */
  message: text,
  /**
   * Supplies expected after the order (order processing): they let a back-order be delivered by a
   * second delivery note. Absent: see docs/decisions/0051 (the lead time of the promise).
   */
  restockOn: z.array(z.strictObject({ reference: id, quantity, date: isoDate })).optional(),
});

/** An invoice given to control, as printed: every mention optional, figures as printed. */
const printedLineSchema = z.strictObject({
  reference: z.string().optional(),
  description: z.string().optional(),
  // As printed, so possibly wrong or fractional (2,5 kg), but within what the engine can count.
  quantity: z.number().positive("quantité strictement positive attendue").max(MAX_QUANTITY, "au plus 1 000 000 unités par ligne").optional(),
  unitPrice: money.optional(),
  // A printed rate may be a wrong one (19,6 %) for the learner to spot, but it is still a rate.
  vatRate: percent.optional(),
  lineTotal: money.optional(),
});

export const invoiceToControlSchema = z.strictObject({
  kind: z.enum(["invoice", "creditNote"]).default("invoice"),
  number: z.string().optional(),
  issueDate: isoDate.optional(),
  seller: sellerSchema.partial(),
  buyer: z.strictObject({
    name: z.string().optional(),
    address: addressSchema.optional(),
    billingAddress: addressSchema.optional(),
    siren: z.string().optional(),
    vatNumber: z.string().optional(),
  }),
  deliveryAddress: addressSchema.optional(),
  purchaseOrderNumber: z.string().optional(),
  saleDate: isoDate.optional(),
  lines: z.array(printedLineSchema).min(1),
  reductions: z
    .strictObject({
      tradeDiscounts: z.array(percent).optional(),
      allowances: z.array(percent).optional(),
      rebates: z.array(percent).optional(),
      cashDiscount: percent.optional(),
    })
    .default({}),
  shipping: money.optional(),
  deposit: money.optional(),
  totals: z.strictObject({
    gross: money.optional(),
    netCommercial: money.optional(),
    cashDiscount: money.optional(),
    netFinancial: money.optional(),
    shipping: money.optional(),
    totalExclTax: money.optional(),
    vat: z.array(z.strictObject({ rate: z.number(), base: money, amount: money })).optional(),
    totalVat: money.optional(),
    totalInclTax: money.optional(),
    deposit: money.optional(),
    amountDue: money.optional(),
  }),
  dueDate: isoDate.optional(),
  paymentTermsText: z.string().optional(),
  cashDiscountCondition: z.string().optional(),
  latePenaltyRate: z.number().optional(),
  recoveryIndemnity: money.optional(),
  operationNature: z.enum(["goods", "services", "mixed"]).optional(),
  vatOnDebitsMention: z.boolean().optional(),
  originalInvoice: z.strictObject({ number: z.string().optional(), date: isoDate.optional() }).optional(),
});

export const invoiceControlSchema = z.strictObject({
  /** Which list the learner checks against: the course's seven mentions or the full legal list. */
  list: z.enum(["course", "legal"]).default("course"),
  invoice: invoiceToControlSchema,
  /** What the context knows (the buyer's PO number, agreed reductions...), so that their absence is detectable. */
  expected: z
    .strictObject({
      purchaseOrderNumber: z.string().optional(),
      saleDate: isoDate.optional(),
      deliveryAddressDiffers: z.boolean().optional(),
      /** Numbers the seller issued before this invoice, oldest first: the invoice's number must be new and the next of its series. */
      previousNumbers: z.array(text).optional(),
      /** Every reduction agreed for this sale, by kind (each group in the order applied): all must be printed, none other. */
      tradeDiscounts: z.array(percent).optional(),
      allowances: z.array(percent).optional(),
      rebates: z.array(percent).optional(),
      cashDiscount: percent.optional(),
      /** False when the buyer is a consumer: the L441-10 rate and the 40 € indemnity are then not required. */
      buyerProfessional: z.boolean().optional(),
    })
    .optional(),
});

// ---------------------------------------------------------------------------------------------
// The world's clock and scheduled events, follow-up
// ---------------------------------------------------------------------------------------------

/** Invoices are named by number (opening ledger) or "@stage" for the one the invoicing stage issued. */
const invoiceRef = z.string().min(1, "numéro de facture attendu");

export const worldEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("payment"),
    date: isoDate,
    invoice: invoiceRef,
    /** The sum received; or `balance: true`, the customer settles what is still due that day (one of the two, scenarioLoad). */
    amount: positiveMoney.optional(),
    /** A total that varies per learner (docs/decisions/0146): the payment follows it. */
    balance: z.boolean().optional(),
    method: z.enum(["transfer", "cheque", "card", "cash", "bill", "directDebit"]).default("transfer"),
  }),
  z.strictObject({ type: z.literal("disputeOpened"), date: isoDate, invoice: invoiceRef, reason: text }),
  z.strictObject({
    type: z.literal("disputeSettled"),
    date: isoDate,
    invoice: invoiceRef,
    resolution: text,
    /** How the dispute is settled (the learner's choice is checked against it when given). */
    settlement: z.enum(["creditNote", "allowance", "replacement"]).optional(),
    /** Amount HT credited by a credit note or an allowance (an avoir at the invoice's VAT rate). */
    amount: positiveMoney.optional(),
  }),
  z.strictObject({ type: z.literal("goodsDamaged"), date: isoDate, invoice: invoiceRef, description: text }),
]);

export const followUpSchema = z.strictObject({
  /** The invoices the learner follows up (numbers of the opening ledger; "@stage" for the invoicing stage's). */
  invoices: z.array(invoiceRef).min(1),
  /** Reminders already sent before the scenario starts. */
  actionsTaken: z
    .array(
      z.strictObject({
        invoice: invoiceRef,
        step: z.enum(["preReminder", "reminder1", "reminder2", "registeredLetter", "formalNotice", "paymentOrder"]),
        date: isoDate,
      }),
    )
    .default([]),
  /** The simulation stops on this date at the latest. */
  endsOn: isoDate,
});

// ---------------------------------------------------------------------------------------------
// After the invoice: what makes a correction by credit note necessary (invoicing stage)
// ---------------------------------------------------------------------------------------------

const incidentCommon = {
  /** The invoiced article concerned. */
  reference: id,
  /** The customer's message, in French, as received. */
  message: text,
  /** Default: the day the invoice is sent. */
  reportedOn: isoDate.optional(),
};

/** A validated invoice found wrong after it was sent: it is corrected by a credit note (docs/decisions/0054). */
export const invoicingIncidentSchema = z.discriminatedUnion("kind", [
  /** The unit price invoiced is higher than the agreed one: credit the difference. */
  z.strictObject({ kind: z.literal("priceError"), ...incidentCommon, correctUnitPrice: money }),
  /** Units sent back by the customer: credit them at the invoiced price. */
  z.strictObject({ kind: z.literal("returnedGoods"), ...incidentCommon, quantity }),
  /** Units damaged, kept by the customer against a rabais (allowance) in %. */
  z.strictObject({ kind: z.literal("damagedGoods"), ...incidentCommon, quantity, allowancePercent: percent }),
]);

// ---------------------------------------------------------------------------------------------
// Teacher's texts and the whole scenario
// ---------------------------------------------------------------------------------------------

/** Explanations and hints by decision point id (listed in scenarios/README.md). */
const teacherNotesSchema = z.strictObject({
  explanations: z.record(z.string(), text).default({}),
  hints: z.record(z.string(), z.array(text)).default({}),
});

/**
 * The teacher's settings for a class, carried by the content (a file, a share link, a package) so
 * that they travel with it (docs/decisions/0123). Shared by the scenario and quiz formats.
 */
export const classroomSchema = z.strictObject({
  /** Shown to learners instead of the title, the summary hidden: a title that does not give the answer away. */
  title: text.optional(),
  /** No feedback and no hint until the end, then the full review. */
  assessment: z.boolean().optional(),
  /** The percent of the points that passes, said on the end screen (« Réussi », « Pas encore réussi »). */
  passMark: z
    .number({ error: "seuil de réussite attendu en nombre entier de pour cent, par exemple 60" })
    .int("seuil de réussite attendu en nombre entier de pour cent, par exemple 60")
    .min(0, "un seuil de réussite ne peut pas être négatif\u00a0: entre 0 et 100 (%)")
    .max(100, "un seuil de réussite ne peut pas dépasser 100 (%)")
    .optional(),
});

// ---------------------------------------------------------------------------------------------
// Per-learner variants (docs/decisions/0142): which figures of the file vary, within which ranges,
// and which answers every variant must keep. Applied to the file as written (domain/variants.ts).
// ---------------------------------------------------------------------------------------------

/** Paths into the file as written, the way validation errors print them. */
export const variantPath = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*(?:\[\d+\]|\.[A-Za-z][A-Za-z0-9_]*)*$/, "chemin attendu comme les erreurs l'écrivent, par exemple \"order.lines[0].quantity\" ou \"events[1]\"");

/** A range's bound: a number (quantity, rate, days) or an amount written as in the file ("4000.00"). */
const rangeBound = z.union([z.number(), z.string().regex(/^\d+(\.\d{1,2})?$/, "montant attendu en chaîne décimale, par exemple \"4000.00\"")], {
  error: "borne attendue\u00a0: un nombre (quantité, taux, jours) ou un montant entre guillemets (\"4000.00\")",
});

/** Dates move together, by at most a year: the rates of the half-years reached must be known (0081). */
const MAX_DATE_SHIFT = 365;
const dateShift = z
  .number()
  .int("décalage en nombre entier de jours attendu")
  .min(-MAX_DATE_SHIFT, "au plus 365 jours en arrière")
  .max(MAX_DATE_SHIFT, "au plus 365 jours en avant");

const rangeRule = z.strictObject({ path: variantPath, min: rangeBound, max: rangeBound, step: rangeBound.optional() });

/**
 * A range's bounds agree with each other. Checked on the list, not on the range: a refusal inside
 * one form of the union of rules would be reported as « no form fits », the real reason buried.
 */
function rangeProblems(rule: z.output<typeof rangeRule>): { key: "min" | "max" | "step"; message: string }[] {
  const { min, max, step } = rule;
  if (new Set([typeof min, typeof max, ...(step === undefined ? [] : [typeof step])]).size > 1) {
    return [{ key: step !== undefined && typeof step !== typeof min ? "step" : "max", message: "min, max et step sont tous des nombres, ou tous des montants entre guillemets" }];
  }
  return [
    ...(Number(min) > Number(max) ? [{ key: "min" as const, message: "min est plus grand que max" }] : []),
    ...(step !== undefined && !(Number(step) > 0) ? [{ key: "step" as const, message: "pas strictement positif attendu" }] : []),
  ];
}

export const variantRuleSchema = z.union(
  [
    rangeRule,
    z.strictObject({
      path: variantPath,
      omit: z.literal(true),
      /** The probability that the field is left out of a variant (default 0.5). */
      chance: z.number().gt(0, "probabilité attendue entre 0 et 1 (exclus)").lt(1, "probabilité attendue entre 0 et 1 (exclus)").optional(),
    }),
    /** One of these values replaces the file's (a mention written wrong, another list of events). */
    z.strictObject({ path: variantPath, oneOf: z.array(z.unknown()).min(2, "au moins deux valeurs possibles") }),
    z.strictObject({
      shiftDates: z
        .strictObject({
          min: dateShift,
          max: dateShift,
          /** 7 keeps every date on its day of the week: a reminder due on a Monday stays a working day. */
          step: z.number().int("pas en nombre entier de jours attendu").positive("pas strictement positif attendu").optional(),
        })
        .refine((shift) => shift.min <= shift.max, { message: "min est plus grand que max", path: ["min"] }),
    }),
  ],
  {
    error:
      "règle de variante attendue\u00a0: { \"path\", \"min\", \"max\" (, \"step\") }, { \"path\", \"omit\": true (, \"chance\") }, { \"path\", \"oneOf\": [ … ] } ou { \"shiftDates\": { \"min\", \"max\" } }",
  },
);

export const variantsSchema = z
  .strictObject({
    /** What varies, drawn in this order from the learner's seed. */
    vary: z.array(variantRuleSchema).min(1, "au moins une règle de variante"),
    /**
     * Decision points whose answer (the verdict, not the figures) every variant keeps: "intake.credit",
     * "control" (the set of findings), "followUp.FA-2026-00140" (the steps due on that invoice).
     */
    keeps: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_.@[\]-]*$/, "identifiant de point de décision attendu, par exemple \"intake.credit\"")).min(1, "au moins un point à garder\u00a0: une variante doit enseigner la même chose"),
  })
  .check((ctx) => {
    ctx.value.vary.forEach((rule, index) => {
      if (!("min" in rule)) return;
      for (const problem of rangeProblems(rule)) ctx.issues.push({ code: "custom", message: problem.message, input: rule, path: ["vary", index, problem.key] });
    });
  });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  id,
  title: text,
  summary: text,
  level: z.enum(["bacpro", "bts"]),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  // A session of a school day at most: the library sums these estimates into hours of practice.
  durationMinutes: z.number().int("nombre entier de minutes attendu").positive("durée strictement positive attendue").max(480, "au plus 480 minutes (une journée de cours)"),
  objectives: z.array(text).min(1),
  stages: z.array(z.enum(STAGE_IDS)).min(1),
  company: z.strictObject({ identity: sellerSchema, policies: policiesSchema, signatory: signatorySchema.optional() }),
  customers: z.array(customerSchema).default([]),
  products: z.array(productSchema).default([]),
  ledger: openingLedgerSchema.default({ openInvoices: [], acceptedOrders: [] }),
  clock: z.strictObject({ start: isoDate }),
  events: z.array(worldEventSchema).default([]),
  order: incomingOrderSchema.optional(),
  invoiceControl: invoiceControlSchema.optional(),
  followUp: followUpSchema.optional(),
  invoicingIncident: invoicingIncidentSchema.optional(),
  notes: teacherNotesSchema.default({ explanations: {}, hints: {} }),
  classroom: classroomSchema.optional(),
  variants: variantsSchema.optional(),
});

export function scenarioJsonSchema(): object {
  return z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" });
}
