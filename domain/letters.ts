/**
 * The dunning letters of the recovery ladder (relance 1, relance 2, relance 3 par LRAR, mise en
 * demeure) and the summary of a request for an injonction de payer, as plain data that a PDF or a
 * screen view prints as is. Figures come from penaltiesToDate (never recomputed here).
 * Rules: domain.md, "Recovery ladder and disputes" and "Payment follow-up".
 */
import { addDays, assertIsoDate, compareDates, formatDateFr, formatDateLongFr, type IsoDate } from "./dates";
import type { Customer, PostalAddress, SellerIdentity } from "./documents";
import { DEFAULT_DUNNING_POLICY, legalInterestFromNotice, penaltiesToDate, type DunningPolicy, type MoneyMovement, type PenaltiesToDate } from "./dunning";
import { DomainError, formatEuros, formatPercent, type Cents } from "./money";
import { formatDayCount, RECOVERY_INDEMNITY_CENTS } from "./paymentTerms";
import type { HalfYearRates } from "./rates";
import { listFr } from "./text";

export type DunningLetterStep = "reminder1" | "reminder2" | "registeredLetter" | "formalNotice";

export const REGISTERED_MAIL_MENTION = "Lettre recommandée avec accusé de réception";
export const ALREADY_PAID_NOTICE = "Ne pas tenir compte de ce courrier si votre règlement a été effectué entre-temps.";
export const LETTER_SIGNATURE = "Le service comptabilité clients";

/** A name and the lines under it, as printed in an address block. */
export interface LetterParty {
  name: string;
  lines: string[];
}

/** A label and its printed value ("Montant TTC" → "2 400,00 €"). */
export interface LetterRow {
  label: string;
  value: string;
  /** Printed in bold (a total). */
  emphasis?: boolean;
}

export interface LetterInvoice {
  number: string;
  date: IsoDate;
  amountInclTaxCents: Cents;
  dueDate: IsoDate;
}

export interface DunningLetterInput {
  seller: SellerIdentity;
  customer: Customer;
  invoice: LetterInvoice;
  step: DunningLetterStep;
  /** The simulated clock's day: the letter's date. */
  today: IsoDate;
  /** The steps already taken, cited in the letter. */
  previousSteps: readonly { step: DunningLetterStep | "preReminder"; date: IsoDate }[];
  payments: readonly MoneyMovement[];
  /** Credit notes on the invoice: they reduce what was ever owed (no penalty runs on them). */
  creditNotes?: readonly MoneyMovement[];
  /** The effective annual late-penalty rate, in %. */
  latePenaltyRatePercent: number;
  /** Rates the scenario states for half-years the engine's table does not know (a consumer's legal interest). */
  statedRates?: readonly HalfYearRates[];
  /** The new deadline in days; default: the policy's delay before the next step (8 days for the formal notice). */
  deadlineDays?: number;
  policy?: Partial<DunningPolicy>;
}

export interface DunningLetter {
  step: DunningLetterStep;
  /** "Relance 1", "Mise en demeure"… for a title bar or a file name. */
  title: string;
  sender: LetterParty;
  recipient: LetterParty;
  /** "Lyon, le 11 novembre 2026". */
  placeAndDate: string;
  /** "Lettre recommandée avec accusé de réception" for the LRAR and the formal notice, else null. */
  registeredMail: string | null;
  /** "Objet : …". */
  subject: string;
  salutation: string;
  /** The body before the figures. */
  paragraphs: string[];
  /** Number, date, amount TTC and due date of the invoice. */
  invoiceReferences: LetterRow[];
  /** What is claimed: balance, and from reminder 2 on, penalties, indemnity and total. */
  amounts: LetterRow[];
  /** The body after the figures: deadline, payment details, consequences. */
  closingParagraphs: string[];
  /** IBAN or the address for a cheque. */
  paymentDetails: string[];
  politeness: string;
  signature: string;
  /** "Ne pas tenir compte…" on reminders; null on the formal notice. */
  alreadyPaidNotice: string | null;
  /** The seller's legal identity, for the footer. */
  legalFooter: string;
  figures: {
    balanceCents: Cents;
    paidCents: Cents;
    creditedCents: Cents;
    penaltyCents: Cents;
    indemnityCents: Cents;
    /** Penalties + indemnity (what the letter claims beyond the balance). */
    penaltiesAndIndemnityCents: Cents;
    /** Balance + penalties + indemnity. */
    totalCents: Cents;
    daysLate: number;
    deadline: IsoDate;
  };
}

// ---------------------------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------------------------

const STEP_TITLES: Readonly<Record<DunningLetterStep, string>> = {
  reminder1: "Relance 1",
  reminder2: "Relance 2",
  registeredLetter: "Relance 3 (lettre recommandée)",
  formalNotice: "Mise en demeure",
};

const SUBJECTS: Readonly<Record<DunningLetterStep, string>> = {
  reminder1: "rappel",
  reminder2: "deuxième relance",
  registeredLetter: "dernière relance avant mise en demeure",
  formalNotice: "mise en demeure de payer",
};

const PREVIOUS_STEP_NOUNS: Readonly<Record<DunningLetterStep | "preReminder", string>> = {
  preReminder: "notre courrier de rappel",
  reminder1: "notre relance",
  reminder2: "notre deuxième relance",
  registeredLetter: "notre lettre recommandée avec accusé de réception",
  formalNotice: "notre mise en demeure",
};

function addressLines(address: PostalAddress): string[] {
  return [address.street, ...(address.complement ? [address.complement] : []), `${address.postalCode} ${address.city}`, ...(address.country ? [address.country] : [])];
}

/** "RCS Lyon 842 157 638". */
function rcsLine(seller: SellerIdentity): string {
  return `RCS ${seller.rcsCity} ${seller.siren.replace(/^(\d{3})(\d{3})(\d{3})$/u, "$1 $2 $3")}`;
}

/** "SAS au capital de 50 000,00 € — RCS Lyon 123 456 789 — SIRET … — TVA FR…". */
function sellerLegalIdentity(seller: SellerIdentity): string {
  return [
    `${seller.name}, ${seller.legalForm} au capital de ${formatEuros(seller.shareCapitalCents)}`,
    rcsLine(seller),
    ...(seller.siret ? [`SIRET ${seller.siret}`] : []),
    `TVA ${seller.vatNumber}`,
  ].join(" — ");
}

function senderBlock(seller: SellerIdentity): LetterParty {
  const contact = [seller.phone ? `Tél. ${seller.phone}` : null, seller.email ?? null].filter((line) => line !== null);
  return { name: seller.name, lines: [...addressLines(seller.address), ...contact] };
}

function recipientBlock(customer: Customer): LetterParty {
  const name = customer.legalForm ? `${customer.name} (${customer.legalForm})` : customer.name;
  const attention = customer.contact ? [`À l'attention de ${customer.contact.name}`] : [];
  return { name, lines: [...attention, ...addressLines(customer.billingAddress)] };
}

/** "4 novembre 2026" that never breaks across lines inside a paragraph. */
function longDateInText(date: IsoDate): string {
  return formatDateLongFr(date).replace(/ /gu, "\u00a0");
}

function placeAndDate(seller: SellerIdentity, today: IsoDate): string {
  return `${seller.address.city}, le ${formatDateLongFr(today)}`;
}

function invoiceRows(invoice: LetterInvoice): LetterRow[] {
  return [
    { label: "Facture n°", value: invoice.number },
    { label: "Date de la facture", value: formatDateFr(invoice.date) },
    { label: "Montant TTC", value: formatEuros(invoice.amountInclTaxCents) },
    { label: "Échéance", value: formatDateFr(invoice.dueDate) },
  ];
}

function paymentDetails(seller: SellerIdentity, invoiceNumber: string): string[] {
  const transfer = seller.iban ? [`Par virement sur notre compte IBAN ${seller.iban}, en rappelant la référence ${invoiceNumber}.`] : [];
  const address = `${seller.address.street}, ${seller.address.postalCode} ${seller.address.city}`;
  return [...transfer, `Par chèque à l'ordre de ${seller.name}, adressé au ${address}.`];
}


/** "notre relance du 25 octobre 2026 et notre deuxième relance du 4 novembre 2026". */
function citePreviousSteps(steps: DunningLetterInput["previousSteps"], today: IsoDate): string {
  const past = steps.filter((s) => compareDates(s.date, today) <= 0).sort((a, b) => compareDates(a.date, b.date));
  return listFr(past.map((s) => `${PREVIOUS_STEP_NOUNS[s.step]} du ${longDateInText(s.date)}`));
}

function defaultDeadlineDays(step: DunningLetterStep, policy: DunningPolicy): number {
  switch (step) {
    case "reminder1":
      return policy.reminder2AfterReminder1Days;
    case "reminder2":
      return policy.reminder3AfterReminder2Days;
    case "registeredLetter":
      return policy.formalNoticeAfterReminder3Days;
    case "formalNotice":
      return policy.paymentOrderAfterFormalNoticeDays;
  }
}

function resolveDeadlineDays(input: DunningLetterInput): number {
  const policy: DunningPolicy = { ...DEFAULT_DUNNING_POLICY, ...Object.fromEntries(Object.entries(input.policy ?? {}).filter(([, v]) => v !== undefined)) };
  const days = input.deadlineDays ?? defaultDeadlineDays(input.step, policy);
  if (!Number.isSafeInteger(days) || days <= 0) {
    throw new DomainError("letters.deadline.invalid", `deadlineDays : le délai doit être un nombre entier de jours positif (reçu ${String(days)}).`, "deadlineDays");
  }
  return days;
}

function validateInput(input: DunningLetterInput): void {
  assertIsoDate(input.today, "today");
  assertIsoDate(input.invoice.date, "invoice.date");
  assertIsoDate(input.invoice.dueDate, "invoice.dueDate");
  input.previousSteps.forEach((s, i) => assertIsoDate(s.date, `previousSteps[${i}].date`));
  if (input.invoice.number.trim() === "") {
    throw new DomainError("letters.invoice.number", "invoice.number : le numéro de la facture est obligatoire dans une relance.", "invoice.number");
  }
}

/** A consumer owes legal interest from the formal notice cited among the previous steps, never L441-10 penalties (docs/decisions/0082). */
function penaltiesOf(input: Pick<DunningLetterInput, "invoice" | "payments" | "creditNotes" | "today" | "latePenaltyRatePercent" | "customer" | "previousSteps" | "statedRates">): PenaltiesToDate {
  const legalInterest = input.customer.professional ? undefined : legalInterestFromNotice(input.previousSteps, input.today, input.statedRates);
  return penaltiesToDate({
    invoice: { amountInclTaxCents: input.invoice.amountInclTaxCents, dueDate: input.invoice.dueDate },
    payments: input.payments,
    ...(input.creditNotes !== undefined ? { creditNotes: input.creditNotes } : {}),
    today: input.today,
    annualRatePercent: input.latePenaltyRatePercent,
    professionalDebtor: input.customer.professional,
    ...(legalInterest !== undefined ? { legalInterest } : {}),
  });
}

/**
 * The label of what runs, with its rate when the row shows one: L441-10 penalties for a
 * professional, legal interest from the formal notice for a consumer.
 */
function runningLabel(penalties: PenaltiesToDate, today: IsoDate, rate: boolean): string {
  const noun = penalties.basis === "legalInterest" ? "Intérêts au taux légal" : "Pénalités de retard";
  const days = penalties.basis === "legalInterest" ? penalties.periods.reduce((max, p) => Math.max(max, p.days), 0) : penalties.daysLate;
  return `${noun} au ${formatDateFr(today)} (${rate ? `${formatPercent(penalties.ratePercent)}, ` : ""}${formatDayCount(days)})`;
}

/** A consumer's letter shows legal interest only once it runs (after the formal notice); a professional's always shows the penalties. */
function runningRows(penalties: PenaltiesToDate, today: IsoDate, rate: boolean): LetterRow[] {
  if (penalties.basis === "legalInterest" && penalties.penaltyCents === 0) return [];
  return [{ label: runningLabel(penalties, today, rate), value: formatEuros(penalties.penaltyCents) }];
}

/** What came off the invoice before today: credit notes, then payments. */
function deductions(invoice: LetterInvoice, penalties: PenaltiesToDate, creditNotes: readonly MoneyMovement[] | undefined, today: IsoDate): Deductions {
  const credited = (creditNotes ?? []).filter((c) => compareDates(c.date, today) <= 0).reduce((sum, c) => sum + c.amountCents, 0);
  const creditedCents = Math.min(credited, invoice.amountInclTaxCents);
  return { creditedCents, paidCents: Math.max(0, invoice.amountInclTaxCents - creditedCents - penalties.balanceCents) };
}

type Deductions = { creditedCents: Cents; paidCents: Cents };

/** « Avoirs déduits − 240,00 € », « Règlements reçus − 1 000,00 € »: what explains the balance. */
function deductionRows({ creditedCents, paidCents }: Deductions): LetterRow[] {
  return [
    ...(creditedCents > 0 ? [{ label: "Avoirs déduits", value: `− ${formatEuros(creditedCents)}` }] : []),
    ...(paidCents > 0 ? [{ label: "Règlements reçus", value: `− ${formatEuros(paidCents)}` }] : []),
  ];
}

function amountRows(step: DunningLetterStep, penalties: PenaltiesToDate, deducted: Deductions, today: IsoDate): LetterRow[] {
  const paid = deductionRows(deducted);
  const balance = { label: "Solde restant dû", value: formatEuros(penalties.balanceCents), emphasis: step === "reminder1" };
  if (step === "reminder1") return [...paid, balance];
  const indemnity = penalties.indemnityCents > 0 ? [{ label: "Indemnité forfaitaire pour frais de recouvrement", value: formatEuros(penalties.indemnityCents) }] : [];
  return [
    ...paid,
    balance,
    ...runningRows(penalties, today, false),
    ...indemnity,
    { label: "Total à régler", value: formatEuros(penalties.balanceCents + penalties.totalCents), emphasis: true },
  ];
}

// ---------------------------------------------------------------------------------------------
// The letters
// ---------------------------------------------------------------------------------------------

interface Wording {
  invoiceText: string;
  previous: string;
  deadlineText: string;
  balance: string;
  total: string;
  rate: string;
  indemnity: string;
  days: string;
  /** The debtor is a consumer: no L441-10 penalty and no 40 € are cited, only legal interest after the formal notice (docs/decisions/0082). */
  consumer: boolean;
}

/** A consumer's reminder introduces the figures without citing L441-10 penalties. */
const DETAIL_FOLLOWS = "Le détail des sommes dues est le suivant :";

function bodyOf(step: DunningLetterStep, w: Wording): { paragraphs: string[]; closing: string[] } {
  const indemnityClause = w.indemnity === "" ? "" : ` et l'indemnité forfaitaire pour frais de recouvrement de ${w.indemnity} (articles L441-10 et D441-5 du Code de commerce)`;
  switch (step) {
    case "reminder1":
      return {
        paragraphs: [
          `Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement de notre ${w.invoiceText}. Il s'agit sans doute d'un simple oubli.`,
          "Vous trouverez ci-dessous les références de cette facture :",
        ],
        closing: [
          `Nous vous remercions de bien vouloir procéder à son règlement, soit ${w.balance}, avant le ${w.deadlineText}.`,
          ...(w.consumer ? [] : [`Nous vous rappelons que nos conditions de paiement prévoient des pénalités de retard au taux annuel de ${w.rate}${indemnityClause}.`]),
        ],
      };
    case "reminder2":
      return {
        paragraphs: [
          `Malgré ${w.previous}, votre ${w.invoiceText}, reste impayée à ce jour.`,
          w.consumer
            ? DETAIL_FOLLOWS
            : `Conformément à nos conditions de paiement, des pénalités de retard au taux annuel de ${w.rate} courent depuis le lendemain de l'échéance, sans qu'un rappel soit nécessaire${indemnityClause === "" ? "" : `, ainsi que l'indemnité forfaitaire pour frais de recouvrement de ${w.indemnity}`}. Le détail des sommes dues est le suivant :`,
        ],
        closing: [`Nous vous demandons de régler la somme de ${w.total} au plus tard le ${w.deadlineText}.`],
      };
    case "registeredLetter":
      return {
        paragraphs: [
          `Malgré ${w.previous}, votre ${w.invoiceText}, demeure impayée.`,
          w.consumer
            ? DETAIL_FOLLOWS
            : `Nous vous réclamons, outre le principal, les pénalités de retard courues à ce jour au taux annuel de ${w.rate}${indemnityClause === "" ? "" : ` et l'indemnité forfaitaire pour frais de recouvrement de ${w.indemnity}`} :`,
        ],
        closing: [
          `Nous vous demandons de régler la somme de ${w.total} dans un délai de ${w.days}, soit au plus tard le ${w.deadlineText}.`,
          "À défaut, nous vous adresserons une mise en demeure avant d'engager une procédure de recouvrement judiciaire.",
        ],
      };
    case "formalNotice":
      return {
        paragraphs: [
          `Malgré ${w.previous}, votre ${w.invoiceText}, n'a toujours pas été réglée.`,
          `Par la présente, nous vous mettons en demeure de nous régler la somme de ${w.total}, détaillée ci-dessous, dans un délai de ${w.days}, soit au plus tard le ${w.deadlineText}.`,
        ],
        closing: [
          `Le présent courrier vaut mise en demeure au sens des articles 1344 et 1344-1 du Code civil. À compter de sa date, les sommes dues porteront intérêts au taux légal${w.consumer ? " (article 1231-6 du Code civil)." : ", sans préjudice des pénalités de retard contractuelles."}`,
          "À défaut de règlement dans ce délai, nous engagerons sans autre avis une action en justice pour obtenir le paiement de notre créance (requête en injonction de payer auprès du tribunal de commerce), les frais de procédure restant à votre charge.",
        ],
      };
  }
}

/** The data of one dunning letter, ready to print. */
export function buildDunningLetter(input: DunningLetterInput): DunningLetter {
  validateInput(input);
  const { seller, customer, invoice, step, today } = input;
  const days = resolveDeadlineDays(input);
  const deadline = addDays(today, days);
  const penalties = penaltiesOf(input);
  const deducted = deductions(invoice, penalties, input.creditNotes, today);
  const totalCents = penalties.balanceCents + penalties.totalCents;
  const previous = citePreviousSteps(input.previousSteps, today);
  const wording: Wording = {
    invoiceText: `facture n° ${invoice.number} du ${formatDateFr(invoice.date)}, d'un montant de ${formatEuros(invoice.amountInclTaxCents)} TTC, échue le ${formatDateFr(invoice.dueDate)}`,
    previous: previous === "" ? "nos précédents rappels" : previous,
    deadlineText: longDateInText(deadline),
    balance: formatEuros(penalties.balanceCents),
    total: formatEuros(totalCents),
    rate: formatPercent(input.latePenaltyRatePercent),
    indemnity: customer.professional ? `${RECOVERY_INDEMNITY_CENTS / 100}\u00a0€` : "",
    days: formatDayCount(days),
    consumer: !customer.professional,
  };
  const body = bodyOf(step, wording);
  const registered = step === "registeredLetter" || step === "formalNotice";
  return {
    step,
    title: STEP_TITLES[step],
    sender: senderBlock(seller),
    recipient: recipientBlock(customer),
    placeAndDate: placeAndDate(seller, today),
    registeredMail: registered ? REGISTERED_MAIL_MENTION : null,
    subject: `Objet : ${SUBJECTS[step]} — facture n° ${invoice.number}${step === "formalNotice" ? "" : " impayée"}`,
    salutation: "Madame, Monsieur,",
    paragraphs: body.paragraphs,
    invoiceReferences: invoiceRows(invoice),
    amounts: amountRows(step, penalties, deducted, today),
    closingParagraphs: body.closing,
    paymentDetails: paymentDetails(seller, invoice.number),
    politeness:
      step === "reminder1"
        ? "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées."
        : "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    signature: LETTER_SIGNATURE,
    alreadyPaidNotice: step === "formalNotice" ? null : ALREADY_PAID_NOTICE,
    legalFooter: sellerLegalIdentity(seller),
    figures: {
      balanceCents: penalties.balanceCents,
      paidCents: deducted.paidCents,
      creditedCents: deducted.creditedCents,
      penaltyCents: penalties.penaltyCents,
      indemnityCents: penalties.indemnityCents,
      penaltiesAndIndemnityCents: penalties.totalCents,
      totalCents,
      daysLate: penalties.daysLate,
      deadline,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Injonction de payer
// ---------------------------------------------------------------------------------------------

export interface PaymentOrderSummaryInput {
  seller: SellerIdentity;
  customer: Customer;
  invoice: LetterInvoice;
  today: IsoDate;
  /** The ladder climbed so far: reminders, LRAR and formal notice, with their dates. */
  previousSteps: DunningLetterInput["previousSteps"];
  payments: readonly MoneyMovement[];
  creditNotes?: readonly MoneyMovement[];
  latePenaltyRatePercent: number;
  statedRates?: readonly HalfYearRates[];
}

export interface PaymentOrderSummary {
  title: string;
  placeAndDate: string;
  /** "Tribunal de commerce de Lyon", "Tribunal de commerce d'Angers". */
  court: string;
  courtNote: string;
  /** "Cerfa n° 12946". */
  form: string;
  creditor: LetterParty;
  debtor: LetterParty;
  invoiceReferences: LetterRow[];
  /** Principal, penalties, indemnity, total. */
  claim: LetterRow[];
  /** Why the claim qualifies (certaine, liquide, exigible) and what follows. */
  grounds: string[];
  documents: string[];
  legalFooter: string;
  figures: { principalCents: Cents; penaltyCents: Cents; indemnityCents: Cents; totalCents: Cents };
}

const ATTACHMENT_NOUNS: Readonly<Record<DunningLetterStep | "preReminder", string>> = {
  preReminder: "Courrier de rappel",
  reminder1: "Lettre de relance 1",
  reminder2: "Lettre de relance 2",
  registeredLetter: "Lettre recommandée de relance (relance 3) et son avis de réception",
  formalNotice: "Mise en demeure par lettre recommandée et son avis de réception",
};

/** "de Lyon", "d'Angers", "du Havre", "des Sables-d'Olonne": the preposition before a city's name, as French writes it. */
export function ofCity(city: string): string {
  const name = city.trim();
  if (/^Le /u.test(name)) return `du ${name.slice(3)}`;
  if (/^Les /u.test(name)) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÀÂÉÈÊÎÏÔÛaeiouy]/u.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/** The summary of a request for an injonction de payer (CPC 1405 to 1425), ready to print. */
export function buildPaymentOrderSummary(input: PaymentOrderSummaryInput): PaymentOrderSummary {
  const { seller, customer, invoice, today } = input;
  assertIsoDate(today, "today");
  input.previousSteps.forEach((s, i) => assertIsoDate(s.date, `previousSteps[${i}].date`));
  const penalties = penaltiesOf(input);
  const totalCents = penalties.balanceCents + penalties.totalCents;
  const city = customer.billingAddress.city;
  const debtorIds = [customer.siren ? `SIREN ${customer.siren}` : null, customer.siret ? `SIRET ${customer.siret}` : null].filter((l) => l !== null);
  const steps = [...input.previousSteps].filter((s) => compareDates(s.date, today) <= 0).sort((a, b) => compareDates(a.date, b.date));
  const indemnity = penalties.indemnityCents > 0 ? [{ label: "Indemnité forfaitaire pour frais de recouvrement", value: formatEuros(penalties.indemnityCents) }] : [];
  return {
    title: "Requête en injonction de payer — récapitulatif",
    placeAndDate: placeAndDate(seller, today),
    court: `Tribunal de commerce ${ofCity(city)}`,
    courtNote: `Juridiction du domicile du débiteur (${city}), compétente entre commerçants ; dans les villes dotées d'un tribunal des activités économiques (2025-2028), la requête lui est adressée.`,
    form: "Cerfa n° 12946",
    creditor: { name: `${seller.name} (${seller.legalForm})`, lines: [...addressLines(seller.address), rcsLine(seller)] },
    debtor: { name: customer.legalForm ? `${customer.name} (${customer.legalForm})` : customer.name, lines: [...addressLines(customer.billingAddress), ...debtorIds] },
    invoiceReferences: invoiceRows(invoice),
    claim: [
      ...deductionRows(deductions(invoice, penalties, input.creditNotes, today)),
      { label: "Principal (solde de la facture)", value: formatEuros(penalties.balanceCents) },
      ...runningRows(penalties, today, true),
      ...indemnity,
      { label: "Total de la créance", value: formatEuros(totalCents), emphasis: true },
    ],
    grounds: [
      "Créance certaine (facture acceptée, non contestée), liquide (montant fixé) et exigible (échéance dépassée) : articles 1405 à 1425 du Code de procédure civile.",
      "Démarches amiables restées sans effet : " + (steps.length === 0 ? "aucune" : listFr(steps.map((s) => `${PREVIOUS_STEP_NOUNS[s.step].replace(/^notre /u, "")} du ${formatDateFr(s.date)}`))) + ".",
      "Après signification de l'ordonnance par un commissaire de justice, le débiteur dispose d'un mois pour former opposition.",
    ],
    documents: [
      `Facture n° ${invoice.number} du ${formatDateFr(invoice.date)}`,
      ...steps.map((s) => `${ATTACHMENT_NOUNS[s.step]} du ${formatDateFr(s.date)}`),
    ],
    legalFooter: sellerLegalIdentity(seller),
    figures: { principalCents: penalties.balanceCents, penaltyCents: penalties.penaltyCents, indemnityCents: penalties.indemnityCents, totalCents },
  };
}
