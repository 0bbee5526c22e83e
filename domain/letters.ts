/**
 * The dunning letters of the recovery ladder (relance 1, relance 2, relance 3 par LRAR, mise en
 * demeure) and the summary of a request for an injonction de payer, as plain data that a PDF or a
 * screen view prints as is. Figures come from penaltiesToDate (never recomputed here).
 * Rules: domain.md, "Recovery ladder and disputes" and "Payment follow-up".
 */
import { companyIdentityLine, sirenText } from "./companyIdentity";
import { competentCourt, type CompetentCourt } from "./courts";
import { addDays, assertIsoDate, compareDates, formatDateFr, formatDateLongFr, formatDateLongInText, nonWorkingDayReason, type IsoDate } from "./dates";
import type { Customer, PostalAddress, SellerIdentity } from "./documents";
import { DEFAULT_DUNNING_POLICY, legalInterestFromNotice, letterDeadline, penaltiesToDate, type DunningPolicy, type MoneyMovement, type PenaltiesToDate } from "./followUp/ladder";
import { DomainError, formatEuros, formatPercent, type Cents } from "./money";
import { formatDayCount, RECOVERY_INDEMNITY_CENTS } from "./paymentTerms";
import type { HalfYearRates } from "./rates";
import { listFr, ofName } from "./text";

export type DunningLetterStep = "reminder1" | "reminder2" | "registeredLetter" | "formalNotice";

export const REGISTERED_MAIL_MENTION = "Lettre recommandée avec accusé de réception";
export const ALREADY_PAID_NOTICE = "Ne pas tenir compte de ce courrier si votre règlement a été effectué entre-temps.";
export const LETTER_SIGNATURE = "Le service comptabilité clients";

/** The person who signs the letters: a formal notice and a court request bear a name and a title. */
export interface Signatory {
  name: string;
  title: string;
}

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
  /** Who signs; absent, the letter is signed by the department (LETTER_SIGNATURE). */
  signatory?: Signatory;
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
  /** The signature block: name and title of the signatory, or the department. */
  signature: string[];
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

/** "Papeterie Vauban — SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon — SIRET … — TVA FR…". */
function sellerLegalIdentity(seller: SellerIdentity): string {
  return [seller.name, companyIdentityLine(seller), ...(seller.siret ? [`SIRET ${seller.siret}`] : []), `TVA ${seller.vatNumber}`].join(" — ");
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
  return [...transfer, `Par chèque à l'ordre ${ofName(seller.name)}, adressé au ${address}.`];
}


/** "notre relance du 25 octobre 2026 et notre deuxième relance du 4 novembre 2026". */
function citePreviousSteps(steps: DunningLetterInput["previousSteps"], today: IsoDate): string {
  const past = steps.filter((s) => compareDates(s.date, today) <= 0).sort((a, b) => compareDates(a.date, b.date));
  return listFr(past.map((s) => `${PREVIOUS_STEP_NOUNS[s.step]} du ${formatDateLongInText(s.date)}`));
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
    throw new DomainError("letters.deadline.invalid", `deadlineDays\u00a0: le délai doit être un nombre entier de jours positif (reçu ${String(days)}).`, "deadlineDays");
  }
  return days;
}

function validateInput(input: DunningLetterInput): void {
  assertIsoDate(input.today, "today");
  assertIsoDate(input.invoice.date, "invoice.date");
  assertIsoDate(input.invoice.dueDate, "invoice.dueDate");
  input.previousSteps.forEach((s, i) => assertIsoDate(s.date, `previousSteps[${i}].date`));
  if (input.invoice.number.trim() === "") {
    throw new DomainError("letters.invoice.number", "invoice.number\u00a0: le numéro de la facture est obligatoire dans une relance.", "invoice.number");
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
  /** "n'est que partiellement réglée : après les règlements reçus (500,00 €), il reste dû 4 096,00 €"; null when nothing was paid. */
  partlyPaid: string | null;
  professional: boolean;
  court: CompetentCourt;
}

/** What the letter says of the invoice after "Malgré nos relances, votre facture …,". */
function unpaidState(w: Wording, unpaid: string): string {
  return w.partlyPaid ?? unpaid;
}

/**
 * What runs after the formal notice. Between professionals the L441-10 penalties are the late-payment
 * interest: they run from the day after the due date until full payment, and legal interest on top
 * would claim twice. A consumer owes legal interest from the notice (Code civil 1231-6, 1344-1).
 */
function interestAfterNotice(w: Wording): string {
  const notice = "Le présent courrier vaut mise en demeure au sens des articles 1344 et 1344-1 du Code civil.";
  return w.professional
    ? `${notice} Les pénalités de retard au taux annuel de ${w.rate}, dues depuis le lendemain de l'échéance (article L441-10 du Code de commerce), continuent de courir sur le solde jusqu'à complet paiement\u00a0: entre professionnels, elles tiennent lieu d'intérêts de retard.`
    : `${notice} À compter de sa date, les sommes dues porteront intérêts au taux légal (article 1231-6 du Code civil).`;
}

/** The legal action announced: the court when the scenario names it, never an invented one. */
function legalActionAnnounced(court: CompetentCourt): string {
  const where = court.named ? `auprès du tribunal compétent\u00a0: ${court.name}` : "auprès du tribunal compétent";
  return `À défaut de règlement dans ce délai, nous engagerons sans autre avis une action en justice pour obtenir le paiement de notre créance (requête en injonction de payer ${where}), les frais de procédure restant à votre charge.`;
}

/** A consumer's reminder introduces the figures without citing L441-10 penalties. */
const DETAIL_FOLLOWS = "Le détail des sommes dues est le suivant\u00a0:";

function bodyOf(step: DunningLetterStep, w: Wording): { paragraphs: string[]; closing: string[] } {
  const indemnityClause = w.indemnity === "" ? "" : ` et l'indemnité forfaitaire pour frais de recouvrement de ${w.indemnity} (articles L441-10 et D441-5 du Code de commerce)`;
  switch (step) {
    case "reminder1":
      return {
        paragraphs: [
          w.partlyPaid === null
            ? `Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement de notre ${w.invoiceText}. Il s'agit sans doute d'un simple oubli.`
            : `Sauf erreur ou omission de notre part, notre ${w.invoiceText}, ${w.partlyPaid}. Il s'agit sans doute d'un simple oubli.`,
          "Vous trouverez ci-dessous les références de cette facture\u00a0:",
        ],
        closing: [
          `Nous vous remercions de bien vouloir procéder à son règlement, soit ${w.balance}, avant le ${w.deadlineText}.`,
          ...(w.professional ? [`Nous vous rappelons que nos conditions de paiement prévoient des pénalités de retard au taux annuel de ${w.rate}${indemnityClause}.`] : []),
        ],
      };
    case "reminder2": {
      const stillRunning = w.partlyPaid === null ? "" : `\u00a0; votre règlement partiel ne les arrête pas\u00a0: elles continuent de courir sur le solde de ${w.balance} jusqu'à complet paiement`;
      return {
        paragraphs: [
          `Malgré ${w.previous}, votre ${w.invoiceText}, ${unpaidState(w, "reste impayée à ce jour")}.`,
          !w.professional
            ? DETAIL_FOLLOWS
            : `Conformément à nos conditions de paiement, des pénalités de retard au taux annuel de ${w.rate} courent depuis le lendemain de l'échéance, sans qu'un rappel soit nécessaire${indemnityClause === "" ? "" : `, ainsi que l'indemnité forfaitaire pour frais de recouvrement de ${w.indemnity}`}${stillRunning}. Le détail des sommes dues est le suivant\u00a0:`,
        ],
        closing: [`Nous vous demandons de régler la somme de ${w.total} au plus tard le ${w.deadlineText}.`],
      };
    }
    case "registeredLetter":
      return {
        paragraphs: [
          `Malgré ${w.previous}, votre ${w.invoiceText}, ${unpaidState(w, "demeure impayée")}.`,
          !w.professional
            ? DETAIL_FOLLOWS
            : `Nous vous réclamons, outre le principal, les pénalités de retard courues à ce jour au taux annuel de ${w.rate}${indemnityClause === "" ? "" : ` et l'indemnité forfaitaire pour frais de recouvrement de ${w.indemnity}`}\u00a0:`,
        ],
        closing: [
          `Nous vous demandons de régler la somme de ${w.total} dans un délai de ${w.days}, soit au plus tard le ${w.deadlineText}.`,
          "À défaut, nous vous adresserons une mise en demeure avant d'engager une procédure de recouvrement judiciaire.",
        ],
      };
    case "formalNotice":
      return {
        paragraphs: [
          `Malgré ${w.previous}, votre ${w.invoiceText}, ${unpaidState(w, "n'a toujours pas été réglée")}.`,
          `Par la présente, nous vous mettons en demeure de nous régler la somme de ${w.total}, détaillée ci-dessous, dans un délai de ${w.days}, soit au plus tard le ${w.deadlineText}.`,
        ],
        closing: [interestAfterNotice(w), legalActionAnnounced(w.court)],
      };
  }
}

/** "30 novembre 2026, le 29 novembre 2026 étant un dimanche": a deadline moved off a Sunday or a holiday says why. */
function deadlineInText(deadline: IsoDate, unmoved: IsoDate): string {
  const reason = nonWorkingDayReason(unmoved);
  return deadline === unmoved || reason === null ? formatDateLongInText(deadline) : `${formatDateLongInText(deadline)}, le ${formatDateLongInText(unmoved)} étant ${reason}`;
}

/** Name and title of the signatory, or the department when the scenario names no one. */
function signatureOf(signatory: Signatory | undefined): string[] {
  return signatory === undefined ? [LETTER_SIGNATURE] : [signatory.name, signatory.title];
}

/** The data of one dunning letter, ready to print. */
export function buildDunningLetter(input: DunningLetterInput): DunningLetter {
  validateInput(input);
  const { seller, customer, invoice, step, today } = input;
  const days = resolveDeadlineDays(input);
  const deadline = letterDeadline(today, days);
  const penalties = penaltiesOf(input);
  const deducted = deductions(invoice, penalties, input.creditNotes, today);
  const totalCents = penalties.balanceCents + penalties.totalCents;
  const previous = citePreviousSteps(input.previousSteps, today);
  const wording: Wording = {
    invoiceText: `facture n° ${invoice.number} du ${formatDateFr(invoice.date)}, d'un montant de ${formatEuros(invoice.amountInclTaxCents)} TTC, échue le ${formatDateFr(invoice.dueDate)}`,
    previous: previous === "" ? "nos précédents rappels" : previous,
    deadlineText: deadlineInText(deadline, addDays(today, days)),
    balance: formatEuros(penalties.balanceCents),
    total: formatEuros(totalCents),
    rate: formatPercent(input.latePenaltyRatePercent),
    indemnity: customer.professional ? `${RECOVERY_INDEMNITY_CENTS / 100}\u00a0€` : "",
    days: formatDayCount(days),
    partlyPaid: deducted.paidCents > 0 ? `n'est que partiellement réglée\u00a0: après les règlements reçus (${formatEuros(deducted.paidCents)}), il reste dû ${formatEuros(penalties.balanceCents)}` : null,
    professional: customer.professional,
    court: competentCourt(customer),
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
    subject: `Objet\u00a0: ${SUBJECTS[step]} — facture n° ${invoice.number}${step === "formalNotice" ? "" : " impayée"}`,
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
    signature: signatureOf(input.signatory),
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
  /** Who signs the request; absent, the department (LETTER_SIGNATURE). */
  signatory?: Signatory;
  statedRates?: readonly HalfYearRates[];
}

export interface PaymentOrderSummary {
  title: string;
  placeAndDate: string;
  /** The court the scenario names ("Tribunal de commerce d'Angers"), else the rule ("Tribunal de commerce dont dépend le siège du débiteur"). */
  court: string;
  courtNote: string;
  /** "Cerfa n° 12946" for a trader, "Cerfa n° 12948" otherwise. */
  form: string;
  creditor: LetterParty;
  debtor: LetterParty;
  invoiceReferences: LetterRow[];
  /** Principal, penalties, indemnity, total. */
  claim: LetterRow[];
  /** Why the claim qualifies (certaine, liquide, exigible) and the amicable steps taken. */
  grounds: string[];
  /** What the creditor does once the order is given: service within six months, then the enforcement formula. */
  nextSteps: string[];
  documents: string[];
  /** The signature block, as on the letters. */
  signature: string[];
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

/** After the order: serve it within six months, let the month for opposition run, then ask for the enforcement formula. */
export const PAYMENT_ORDER_NEXT_STEPS: readonly string[] = [
  "Faire signifier l'ordonnance par un commissaire de justice dans les six mois de sa date, sinon elle est non avenue (CPC 1411).",
  "Le débiteur dispose d'un mois après la signification pour former opposition (CPC 1416).",
  "Sans opposition, demander au greffe la formule exécutoire (CPC 1422)\u00a0: l'ordonnance vaut alors jugement.",
];

/** The summary of a request for an injonction de payer (CPC 1405 to 1425), ready to print. */
export function buildPaymentOrderSummary(input: PaymentOrderSummaryInput): PaymentOrderSummary {
  const { seller, customer, invoice, today } = input;
  assertIsoDate(today, "today");
  input.previousSteps.forEach((s, i) => assertIsoDate(s.date, `previousSteps[${i}].date`));
  const penalties = penaltiesOf(input);
  const totalCents = penalties.balanceCents + penalties.totalCents;
  const court = competentCourt(customer);
  const debtorIds = [customer.siren ? sirenText(customer.siren) : null, customer.siret ? `SIRET ${customer.siret}` : null].filter((l) => l !== null);
  const steps = [...input.previousSteps].filter((s) => compareDates(s.date, today) <= 0).sort((a, b) => compareDates(a.date, b.date));
  const indemnity = penalties.indemnityCents > 0 ? [{ label: "Indemnité forfaitaire pour frais de recouvrement", value: formatEuros(penalties.indemnityCents) }] : [];
  return {
    title: "Requête en injonction de payer — récapitulatif",
    placeAndDate: placeAndDate(seller, today),
    court: court.name,
    courtNote: court.note,
    form: court.form,
    creditor: { name: `${seller.name} (${seller.legalForm})`, lines: [...addressLines(seller.address), companyIdentityLine(seller)] },
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
      "Créance certaine (facture acceptée, non contestée), liquide (montant fixé) et exigible (échéance dépassée)\u00a0: articles 1405 à 1425 du Code de procédure civile.",
      "Démarches amiables restées sans effet\u00a0: " + (steps.length === 0 ? "aucune" : listFr(steps.map((s) => `${PREVIOUS_STEP_NOUNS[s.step].replace(/^notre /u, "")} du ${formatDateFr(s.date)}`))) + ".",
    ],
    nextSteps: [...PAYMENT_ORDER_NEXT_STEPS],
    documents: [
      `Facture n° ${invoice.number} du ${formatDateFr(invoice.date)}`,
      ...steps.map((s) => `${ATTACHMENT_NOUNS[s.step]} du ${formatDateFr(s.date)}`),
    ],
    signature: signatureOf(input.signatory),
    legalFooter: sellerLegalIdentity(seller),
    figures: { principalCents: penalties.balanceCents, penaltyCents: penalties.penaltyCents, indemnityCents: penalties.indemnityCents, totalCents },
  };
}
