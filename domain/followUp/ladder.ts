/**
 * Payment follow-up: the recovery ladder of the course (relance 1, relance 2, relance 3 par LRAR,
 * mise en demeure, injonction de payer), which step is due on a given day, how a learner's
 * choice stands against it (the assessment judge.ts turns into a Judgement), and the penalties
 * owed to date. Rules: domain.md, "Default decision policies
 * → Payment follow-up"; choices: docs/decisions/0013 to 0016, 0085 (deadlines off Sundays and holidays), 0095 (letters dated on working days).
 */
import { addDays, assertIsoDate, compareDates, daysBetween, formatDateFr, maxDate, nextWorkingDay, nonWorkingDayReason, type IsoDate } from "../dates";
import { PAYMENT_ORDER_COURT_RULE } from "../courts";
import { assertCents, DomainError, formatEuros, type Cents } from "../money";
import { daysLate, formatDayCount, latePenalty, recoveryIndemnity } from "../paymentTerms";
import { ratesOn, type HalfYearRates } from "../rates";
import { capitalize, listFr } from "../text";

// ---------------------------------------------------------------------------------------------
// Policy, steps, labels
// ---------------------------------------------------------------------------------------------

/** Delays in calendar days, each counted from the date the previous step was actually taken. */
export interface DunningPolicy {
  reminder1AfterDueDays: number;
  reminder2AfterReminder1Days: number;
  reminder3AfterReminder2Days: number;
  formalNoticeAfterReminder3Days: number;
  paymentOrderAfterFormalNoticeDays: number;
  /** When set, the company sends a courteous pre-reminder this many days before the due date. */
  preReminderBeforeDueDays?: number;
}

/** The course's delays: R1 at due + 10, R2 + 10, R3 (LRAR) + 10, then 8-day deadlines. */
export const DEFAULT_DUNNING_POLICY: Readonly<DunningPolicy> = Object.freeze({
  reminder1AfterDueDays: 10,
  reminder2AfterReminder1Days: 10,
  reminder3AfterReminder2Days: 10,
  formalNoticeAfterReminder3Days: 8,
  paymentOrderAfterFormalNoticeDays: 8,
});

/** The ladder, in order; a learner climbs it one rung at a time. */
export const DUNNING_LADDER = ["reminder1", "reminder2", "registeredLetter", "formalNotice", "paymentOrder"] as const;
export type LadderStep = (typeof DUNNING_LADDER)[number];

/** What a learner can do to the customer. */
export type DunningAction = "preReminder" | LadderStep;
/** What the engine can expect on a day: an action, or a situation where none is due. */
export type DunningStep = "none" | "wait" | DunningAction | "suspendedByDispute" | "closed";
/** What a learner can choose: an action, or to wait. */
export type DunningChoice = DunningAction | "wait";

export const DUNNING_ACTIONS: readonly DunningAction[] = ["preReminder", ...DUNNING_LADDER];

export const DUNNING_STEP_LABELS: Readonly<Record<DunningStep, string>> = {
  none: "Aucune action à mener",
  wait: "Attendre",
  preReminder: "Pré-relance (courtoise, avant l'échéance)",
  reminder1: "Relance 1 (courtoise)",
  reminder2: "Relance 2 (plus ferme)",
  registeredLetter: "Relance 3 par lettre recommandée avec AR",
  formalNotice: "Mise en demeure",
  paymentOrder: "Injonction de payer",
  suspendedByDispute: "Relances suspendues (litige en cours)",
  closed: "Dossier clos (facture réglée)",
};

/** The step inside a sentence; every one is feminine, hence "due", "envoyée". */
export const STEP_NOUNS: Readonly<Record<DunningAction, string>> = {
  preReminder: "la pré-relance",
  reminder1: "la relance 1",
  reminder2: "la relance 2",
  registeredLetter: "la relance 3 par LRAR",
  formalNotice: "la mise en demeure",
  paymentOrder: "la requête en injonction de payer",
};

const STEP_TAKEN: Readonly<Record<DunningAction, string>> = {
  preReminder: "pré-relance envoyée le",
  reminder1: "relance 1 envoyée le",
  reminder2: "relance 2 envoyée le",
  registeredLetter: "relance 3 (LRAR) envoyée le",
  formalNotice: "mise en demeure envoyée le",
  paymentOrder: "injonction de payer demandée le",
};

/** What the document of a step must contain (domain.md, "Recovery ladder and disputes"). */
export function dunningStepGuidance(step: DunningAction, policy: DunningPolicy = DEFAULT_DUNNING_POLICY): string {
  switch (step) {
    case "preReminder":
      return "Pré-relance courtoise\u00a0: rappeler le numéro, le montant et l'échéance de la facture.";
    case "reminder1":
      return "Relance courtoise (peut-être un oubli)\u00a0: numéro, date et montant de la facture, échéance, nouveau délai, coordonnées de paiement, «\u00a0ne pas tenir compte si règlement déjà effectué\u00a0».";
    case "reminder2":
      return "Relance plus ferme\u00a0: rappeler la relance 1, les pénalités de retard et l'indemnité forfaitaire de 40\u00a0€, fixer un nouveau délai.";
    case "registeredLetter":
      return "Relance ferme par lettre recommandée avec accusé de réception\u00a0: rappeler les relances précédentes, pénalités, indemnité de 40\u00a0€, dernier délai.";
    case "formalNotice":
      return `Mise en demeure par LRAR (C. civ. 1344)\u00a0: références de la facture, montant, délai de ${formatDayCount(policy.paymentOrderAfterFormalNoticeDays)}, mention «\u00a0vaut mise en demeure\u00a0», pénalités de retard qui continuent de courir jusqu'au paiement (entre professionnels, pas d'intérêts au taux légal en plus), annonce d'une action en justice, signature d'une personne nommée avec sa fonction.`;
    case "paymentOrder":
      return `Requête en injonction de payer (CPC 1405 et s.), pour une créance certaine, liquide et exigible, ${PAYMENT_ORDER_COURT_RULE}. Ordonnance à faire signifier dans les six mois\u00a0; le débiteur dispose d'un mois pour former opposition après signification, puis le créancier demande la formule exécutoire.`;
  }
}

// ---------------------------------------------------------------------------------------------
// Input and validation
// ---------------------------------------------------------------------------------------------

export interface DunningEvent {
  step: DunningAction;
  date: IsoDate;
}

export interface MoneyMovement {
  date: IsoDate;
  amountCents: Cents;
}

export interface DunningInput {
  invoice: { amountInclTaxCents: Cents; dueDate: IsoDate };
  /** The simulated clock's day. Events dated after it are ignored, so a history can be replayed. */
  today: IsoDate;
  actionsTaken: readonly DunningEvent[];
  payments: readonly MoneyMovement[];
  /** Credit notes (avoirs) imputed on the invoice, e.g. to settle a dispute: they reduce what is owed. */
  creditNotes?: readonly MoneyMovement[];
  dispute?: { openedOn: IsoDate; settledOn?: IsoDate };
  /** Company policy; missing delays take the course's defaults. */
  policy?: Partial<DunningPolicy>;
}

/** The company's delays with the course's defaults in the gaps, checked. */
export function resolveDunningPolicy(partial: Partial<DunningPolicy> | undefined): DunningPolicy {
  // A key present but undefined (a form left blank) keeps the course's default.
  const given = Object.fromEntries(Object.entries(partial ?? {}).filter(([, value]) => value !== undefined));
  const policy: DunningPolicy = { ...DEFAULT_DUNNING_POLICY, ...given };
  for (const [key, value] of Object.entries(policy)) {
    if (!Number.isSafeInteger(value) || (value as number) < 0) {
      throw new DomainError("dunning.policy.invalid", `policy.${key}\u00a0: le délai doit être un nombre entier de jours positif ou nul (reçu ${String(value)}).`, `policy.${key}`);
    }
  }
  return policy;
}

function validMovements(movements: readonly MoneyMovement[], field: string, today: IsoDate): MoneyMovement[] {
  movements.forEach((movement, i) => {
    assertIsoDate(movement.date, `${field}[${i}].date`);
    assertCents(movement.amountCents, `${field}[${i}].amountCents`);
    if (movement.amountCents <= 0) {
      throw new DomainError("dunning.movement.notPositive", `${field}[${i}].amountCents\u00a0: le montant doit être positif (reçu ${movement.amountCents} centimes).`, `${field}[${i}].amountCents`);
    }
  });
  return movements.filter((m) => compareDates(m.date, today) <= 0).sort((a, b) => compareDates(a.date, b.date));
}

function assertInvoiceAmount(cents: Cents): void {
  assertCents(cents, "invoice.amountInclTaxCents");
  if (cents < 0) {
    throw new DomainError("dunning.amount.negative", `invoice.amountInclTaxCents\u00a0: montant négatif (${cents} centimes).`, "invoice.amountInclTaxCents");
  }
}

function isLadderStep(step: DunningAction): step is LadderStep {
  return step !== "preReminder";
}

function isAction(step: DunningStep): step is DunningAction {
  return (DUNNING_ACTIONS as readonly string[]).includes(step);
}


function ladderIndex(step: LadderStep): number {
  return DUNNING_LADDER.indexOf(step);
}

/** The delay before a rung, counted from the due date (R1) or from the rung below. */
export function delayBeforeRung(step: LadderStep, policy: DunningPolicy): number {
  switch (step) {
    case "reminder1":
      return policy.reminder1AfterDueDays;
    case "reminder2":
      return policy.reminder2AfterReminder1Days;
    case "registeredLetter":
      return policy.reminder3AfterReminder2Days;
    case "formalNotice":
      return policy.formalNoticeAfterReminder3Days;
    case "paymentOrder":
      return policy.paymentOrderAfterFormalNoticeDays;
  }
}

// ---------------------------------------------------------------------------------------------
// Dispute: the clock stops (docs/decisions/0014)
// ---------------------------------------------------------------------------------------------

/** Days during which the ladder's delays do not run, both ends included. */
interface Suspension {
  from: IsoDate;
  to: IsoDate;
}

/**
 * `days` running days after `base`: the delay does not run from the day the dispute opens to the
 * day it is settled, and resumes the day after, for what was left of it.
 */
function addRunningDays(base: IsoDate, days: number, suspension: Suspension | null): IsoDate {
  const plain = addDays(base, days);
  if (suspension === null || compareDates(plain, suspension.from) < 0) return plain;
  const frozenFrom = maxDate(suspension.from, addDays(base, 1));
  return addDays(plain, Math.max(0, daysBetween(frozenFrom, suspension.to) + 1));
}

/** Days from `from` to `to` (to − from) not counting the frozen days between them. */
function runningDaysBetween(from: IsoDate, to: IsoDate, suspension: Suspension | null): number {
  const total = daysBetween(from, to);
  if (suspension === null || total <= 0) return total;
  const start = maxDate(suspension.from, addDays(from, 1));
  const end = compareDates(suspension.to, to) <= 0 ? suspension.to : to;
  return total - Math.max(0, daysBetween(start, end) + 1);
}

// ---------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------

export interface DunningStatus {
  today: IsoDate;
  dueDate: IsoDate;
  amountInclTaxCents: Cents;
  paidCents: Cents;
  creditedCents: Cents;
  /** What remains owed after payments and credit notes; never negative. */
  balanceCents: Cents;
  /** Paid beyond what was owed (to refund or impute). */
  overpaidCents: Cents;
  /** Days late today, or on the day the invoice was settled once closed. */
  daysPastDue: number;
  /** What the learner should do today: an action, or "none" / "wait" / "suspendedByDispute" / "closed". */
  dueNow: DunningStep;
  /** When dueNow is an action: days since it became due (0 = due today), dispute days excluded. */
  stepLateByDays: number;
  /** The next action not yet taken and the date it is (or was) due; null when suspended, closed or finished. */
  next: { step: DunningAction; date: IsoDate } | null;
  /** The most advanced step taken so far (pre-reminder only if no rung of the ladder was climbed). */
  lastStepTaken: DunningEvent | null;
  /** A dispute is open today: every step waits for its settlement. */
  suspended: boolean;
  /** Paid (or credited) in full. */
  closed: boolean;
  closedOn: IsoDate | null;
  policy: DunningPolicy;
  /** What the document of the due step must say, when a step is due. */
  guidance: string | null;
  explanation: string;
}

interface LadderState {
  /** First date each rung was taken. */
  taken: Map<LadderStep, IsoDate>;
  /** Index of the most advanced rung taken, −1 if none. */
  topIndex: number;
  preReminderOn: IsoDate | null;
}

function readLadder(actions: readonly DunningEvent[], today: IsoDate): LadderState {
  const taken = new Map<LadderStep, IsoDate>();
  let preReminderOn: IsoDate | null = null;
  actions.forEach((action, i) => {
    assertIsoDate(action.date, `actionsTaken[${i}].date`);
    if (!DUNNING_ACTIONS.includes(action.step)) {
      throw new DomainError("dunning.step.unknown", `actionsTaken[${i}].step\u00a0: étape «\u00a0${String(action.step)}\u00a0» inconnue.`, `actionsTaken[${i}].step`);
    }
  });
  const past = actions.filter((a) => compareDates(a.date, today) <= 0).sort((a, b) => compareDates(a.date, b.date));
  for (const action of past) {
    if (!isLadderStep(action.step)) {
      preReminderOn ??= action.date;
    } else if (!taken.has(action.step)) {
      taken.set(action.step, action.date);
    }
  }
  const topIndex = Math.max(-1, ...[...taken.keys()].map(ladderIndex));
  return { taken, topIndex, preReminderOn };
}

interface Settlement {
  paidCents: Cents;
  creditedCents: Cents;
  balanceCents: Cents;
  overpaidCents: Cents;
  closedOn: IsoDate | null;
  closed: boolean;
}

function settle(amount: Cents, payments: MoneyMovement[], credits: MoneyMovement[]): Settlement {
  const paidCents = payments.reduce((sum, p) => sum + p.amountCents, 0);
  const creditedCents = credits.reduce((sum, c) => sum + c.amountCents, 0);
  const owed = amount - paidCents - creditedCents;
  let closedOn: IsoDate | null = null;
  let cumulative = 0;
  for (const movement of [...payments, ...credits].sort((a, b) => compareDates(a.date, b.date))) {
    cumulative += movement.amountCents;
    if (cumulative >= amount) {
      closedOn = movement.date;
      break;
    }
  }
  return { paidCents, creditedCents, balanceCents: Math.max(0, owed), overpaidCents: Math.max(0, -owed), closedOn, closed: owed <= 0 };
}

/**
 * The deadline a letter sent on `sentOn` grants, `days` later: moved to the next working day when
 * it falls on a Sunday or a public holiday (docs/decisions/0085). The rung after a letter falls
 * due on that deadline, so the ladder and the printed letter read the same date from here.
 */
export function letterDeadline(sentOn: IsoDate, days: number): IsoDate {
  return nextWorkingDay(addDays(sentOn, days));
}

/** The pending rung of the ladder and the date it is due, or null once the ladder is climbed. */
interface Pending {
  step: LadderStep;
  date: IsoDate;
  base: IsoDate;
  delay: number;
  /** Days added by the dispute. */
  shift: number;
  /** The day the delay ended on, when it was a Sunday or a holiday and the rung moved to `date`. */
  movedFrom: IsoDate | null;
}

function pendingRung(ladder: LadderState, due: IsoDate, policy: DunningPolicy, suspension: Suspension | null): Pending | null {
  const step = DUNNING_LADDER[ladder.topIndex + 1];
  if (step === undefined) return null;
  const below = DUNNING_LADDER[ladder.topIndex];
  const base = below === undefined ? due : (ladder.taken.get(below) ?? due);
  const delay = delayBeforeRung(step, policy);
  const running = addRunningDays(base, delay, suspension);
  // Every rung is a letter, dated the day it falls due: never a Sunday or a public holiday, so
  // reminder 1 (counted from the invoice's due date) moves like the rungs after a letter (docs/decisions/0095).
  const date = nextWorkingDay(running);
  return { step, date, base, delay, shift: daysBetween(addDays(base, delay), running), movedFrom: date === running ? null : running };
}

interface Context {
  input: DunningInput;
  today: IsoDate;
  due: IsoDate;
  policy: DunningPolicy;
  ladder: LadderState;
  settlement: Settlement;
  /** The dispute as seen today: open, settled (frozen days), or none. */
  disputeOpen: boolean;
  suspension: Suspension | null;
  pending: Pending | null;
  preReminderWindow: { from: IsoDate; to: IsoDate } | null;
}

function buildContext(input: DunningInput): Context {
  const today = assertIsoDate(input.today, "today");
  const due = assertIsoDate(input.invoice.dueDate, "invoice.dueDate");
  assertInvoiceAmount(input.invoice.amountInclTaxCents);
  const policy = resolveDunningPolicy(input.policy);
  const ladder = readLadder(input.actionsTaken, today);
  const settlement = settle(
    input.invoice.amountInclTaxCents,
    validMovements(input.payments, "payments", today),
    validMovements(input.creditNotes ?? [], "creditNotes", today),
  );
  let disputeOpen = false;
  let suspension: Suspension | null = null;
  if (input.dispute !== undefined) {
    const openedOn = assertIsoDate(input.dispute.openedOn, "dispute.openedOn");
    const settledOn = input.dispute.settledOn === undefined ? undefined : assertIsoDate(input.dispute.settledOn, "dispute.settledOn");
    if (settledOn !== undefined && compareDates(settledOn, openedOn) < 0) {
      throw new DomainError("dunning.dispute.settledBeforeOpened", `dispute.settledOn\u00a0: le litige ne peut être réglé le ${formatDateFr(settledOn)}, avant son ouverture le ${formatDateFr(openedOn)}.`, "dispute.settledOn");
    }
    if (compareDates(openedOn, today) <= 0) {
      if (settledOn === undefined || compareDates(settledOn, today) > 0) disputeOpen = true;
      else suspension = { from: openedOn, to: settledOn };
    }
  }
  const pending = pendingRung(ladder, due, policy, suspension);
  return { input, today, due, policy, ladder, settlement, disputeOpen, suspension, pending, preReminderWindow: preReminderWindow(ladder, due, policy, pending) };
}

/**
 * From due − N (moved to the next working day) to the due date, while no rung is climbed; it closes the day before reminder 1
 * falls due, should a policy set reminder 1 on the due date itself.
 */
function preReminderWindow(ladder: LadderState, due: IsoDate, policy: DunningPolicy, pending: Pending | null): { from: IsoDate; to: IsoDate } | null {
  const p = policy.preReminderBeforeDueDays;
  if (p === undefined || ladder.topIndex >= 0 || ladder.preReminderOn !== null || pending === null) return null;
  // The pre-reminder is a letter too: its window opens on a working day (docs/decisions/0095).
  const from = nextWorkingDay(addDays(due, -p));
  const dayBeforeReminder1 = addDays(pending.date, -1);
  const to = compareDates(dayBeforeReminder1, due) < 0 ? dayBeforeReminder1 : due;
  return compareDates(from, to) <= 0 ? { from, to } : null;
}


function lastStep(ladder: LadderState): DunningEvent | null {
  const top = DUNNING_LADDER[ladder.topIndex];
  if (top !== undefined) {
    const date = ladder.taken.get(top);
    if (date !== undefined) return { step: top, date };
  }
  return ladder.preReminderOn === null ? null : { step: "preReminder", date: ladder.preReminderOn };
}

/** "Échéance 15/10/2026, 27 jours de retard ; relance 1 envoyée le 25/10/2026" — the facts of the case. */
function describeFacts(ctx: Context): string[] {
  const { today, due, settlement, ladder } = ctx;
  const late = daysLate(due, today);
  const facts: string[] = [];
  if (late > 0) facts.push(`Échéance ${formatDateFr(due)}, ${formatDayCount(late)} de retard`);
  else if (compareDates(today, due) === 0) facts.push(`Échéance ${formatDateFr(due)}, aujourd'hui (pas encore de retard)`);
  else facts.push(`Échéance ${formatDateFr(due)}, dans ${formatDayCount(daysBetween(today, due))} (facture non échue)`);
  if (settlement.paidCents + settlement.creditedCents > 0) {
    const received = [
      settlement.paidCents > 0 ? `règlements ${formatEuros(settlement.paidCents)}` : null,
      settlement.creditedCents > 0 ? `avoirs ${formatEuros(settlement.creditedCents)}` : null,
    ].filter((part) => part !== null);
    facts.push(`${received.join(", ")}\u00a0: solde dû ${formatEuros(settlement.balanceCents)} sur ${formatEuros(ctx.input.invoice.amountInclTaxCents)}`);
  }
  const steps: string[] = [];
  if (ladder.preReminderOn !== null) steps.push(`${STEP_TAKEN.preReminder} ${formatDateFr(ladder.preReminderOn)}`);
  for (const step of DUNNING_LADDER) {
    const date = ladder.taken.get(step);
    if (date !== undefined) steps.push(`${STEP_TAKEN[step]} ${formatDateFr(date)}`);
  }
  if (steps.length > 0) facts.push(steps.join(", "));
  if (ctx.suspension !== null) {
    const frozen = daysBetween(ctx.suspension.from, ctx.suspension.to) + 1;
    facts.push(`litige du ${formatDateFr(ctx.suspension.from)} au ${formatDateFr(ctx.suspension.to)} (délais suspendus ${formatDayCount(frozen)})`);
  }
  return facts;
}

/** "la relance 2 est due depuis le 04/11/2026 (7 jours)" and the like. */
function describeDue(step: DunningAction, date: IsoDate, lateBy: number): string {
  return lateBy === 0 ? `${STEP_NOUNS[step]} est due aujourd'hui (${formatDateFr(date)})` : `${STEP_NOUNS[step]} est due depuis le ${formatDateFr(date)} (${formatDayCount(lateBy)})`;
}

function describeUpcoming(step: DunningAction, date: IsoDate, today: IsoDate): string {
  return `${STEP_NOUNS[step]} sera due le ${formatDateFr(date)} (dans ${formatDayCount(daysBetween(today, date))})`;
}

function closedStatusExplanation(ctx: Context): string {
  const { settlement, due } = ctx;
  if (settlement.closedOn === null) return `Rien n'est dû sur cette facture\u00a0: aucune relance.`;
  const late = daysLate(due, settlement.closedOn);
  const how = settlement.creditedCents > 0 ? "soldée (règlements et avoirs)" : "réglée intégralement";
  const overpaid = settlement.overpaidCents > 0 ? ` Trop-perçu de ${formatEuros(settlement.overpaidCents)} à rembourser ou à imputer.` : "";
  if (late === 0) {
    return `Facture ${how} le ${formatDateFr(settlement.closedOn)}, à l'échéance du ${formatDateFr(due)} ou avant\u00a0: aucune relance, aucune pénalité.${overpaid}`;
  }
  return (
    `Facture ${how} le ${formatDateFr(settlement.closedOn)}, ${formatDayCount(late)} après l'échéance du ${formatDateFr(due)}\u00a0: les relances s'arrêtent\u00a0; ` +
    `les pénalités de retard et l'indemnité forfaitaire de 40\u00a0€ (débiteur professionnel) peuvent encore être réclamées.${overpaid}`
  );
}

/** The dunning situation of one invoice on `today`. */
export function dunningStatus(input: DunningInput): DunningStatus {
  return statusOf(buildContext(input));
}

function statusOf(ctx: Context): DunningStatus {
  const { today, due, policy, settlement, ladder, pending, preReminderWindow } = ctx;
  const base = {
    today,
    dueDate: due,
    amountInclTaxCents: ctx.input.invoice.amountInclTaxCents,
    paidCents: settlement.paidCents,
    creditedCents: settlement.creditedCents,
    balanceCents: settlement.balanceCents,
    overpaidCents: settlement.overpaidCents,
    lastStepTaken: lastStep(ladder),
    closedOn: settlement.closedOn,
    policy,
  };
  const facts = describeFacts(ctx).join("\u00a0; ");

  if (settlement.closed) {
    return {
      ...base,
      daysPastDue: settlement.closedOn === null ? 0 : daysLate(due, settlement.closedOn),
      dueNow: "closed",
      stepLateByDays: 0,
      next: null,
      suspended: false,
      closed: true,
      guidance: null,
      explanation: closedStatusExplanation(ctx),
    };
  }
  const common = { ...base, daysPastDue: daysLate(due, today), closed: false };

  if (ctx.disputeOpen && ctx.input.dispute !== undefined) {
    return {
      ...common,
      dueNow: "suspendedByDispute",
      stepLateByDays: 0,
      next: null,
      suspended: true,
      guidance: null,
      explanation:
        `${facts}\u00a0; litige ouvert le ${formatDateFr(ctx.input.dispute.openedOn)}\u00a0: relances suspendues (une créance contestée n'est pas certaine). ` +
        `Instruire le litige et le régler (avoir, rabais ou remplacement)\u00a0; les délais reprendront le lendemain du règlement, pour ce qui en restait.`,
    };
  }

  const open = { ...common, suspended: false };
  if (preReminderWindow !== null && compareDates(today, preReminderWindow.to) <= 0) {
    const next = { step: "preReminder" as const, date: preReminderWindow.from };
    if (compareDates(today, preReminderWindow.from) >= 0) {
      const lateBy = daysBetween(preReminderWindow.from, today);
      return { ...open, dueNow: "preReminder", stepLateByDays: lateBy, next, guidance: dunningStepGuidance("preReminder", policy), explanation: `${facts}\u00a0: ${describeDue("preReminder", next.date, lateBy)}.` };
    }
    return { ...open, dueNow: "none", stepLateByDays: 0, next, guidance: null, explanation: `${facts}\u00a0: rien à faire pour l'instant\u00a0; ${describeUpcoming("preReminder", next.date, today)}.` };
  }

  if (pending === null) {
    return {
      ...open,
      dueNow: "none",
      stepLateByDays: 0,
      next: null,
      guidance: null,
      explanation: `${facts}\u00a0: toutes les étapes amiables et la mise en demeure sont faites\u00a0; la procédure d'injonction de payer suit son cours (opposition possible dans le mois de la signification).`,
    };
  }

  const next = { step: pending.step, date: pending.date };
  if (compareDates(today, pending.date) >= 0) {
    const lateBy = runningDaysBetween(pending.date, today, ctx.suspension);
    return { ...open, dueNow: pending.step, stepLateByDays: lateBy, next, guidance: dunningStepGuidance(pending.step, policy), explanation: `${facts}\u00a0: ${describeDue(pending.step, pending.date, lateBy)}.` };
  }
  const notDueYet = compareDates(today, due) <= 0 && ladder.topIndex < 0;
  return {
    ...open,
    dueNow: notDueYet ? "none" : "wait",
    stepLateByDays: 0,
    next,
    guidance: null,
    explanation: notDueYet
      ? `${facts}\u00a0: rien à faire avant l'échéance\u00a0; ${describeUpcoming(pending.step, pending.date, today)}.`
      : `${facts}\u00a0: attendre\u00a0; ${describeUpcoming(pending.step, pending.date, today)}. Les pénalités de retard courent depuis le ${formatDateFr(addDays(due, 1))}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Assessing a learner's choice (docs/decisions/0015)
// ---------------------------------------------------------------------------------------------

export type DunningVerdict = "correct" | "tooEarly" | "tooLate" | "wrongStep" | "notAllowed";

export interface DunningAssessment {
  correct: boolean;
  verdict: DunningVerdict;
  /** How many days too early or too late, when the verdict is about timing. */
  daysOff?: number;
  /** What was expected today. */
  expected: DunningStep;
  status: DunningStatus;
  explanation: string;
}

function assessment(status: DunningStatus, verdict: DunningVerdict, explanation: string, daysOff?: number): DunningAssessment {
  return { correct: verdict === "correct", verdict, ...(daysOff === undefined ? {} : { daysOff }), expected: status.dueNow, status, explanation };
}

/** "(10 jours après la relance 1 du 25/10/2026, + 5 jours de litige)". */
function describeDelay(pending: Pending, due: IsoDate, ladder: LadderState): string {
  const below = DUNNING_LADDER[ladder.topIndex];
  const reference = below === undefined ? `l'échéance du ${formatDateFr(due)}` : `${STEP_NOUNS[below]} du ${formatDateFr(pending.base)}`;
  const shift = pending.shift > 0 ? `, + ${formatDayCount(pending.shift)} de litige` : "";
  const moved = pending.movedFrom === null ? "" : `, reportée au premier jour ouvrable car le ${formatDateFr(pending.movedFrom)} est ${nonWorkingDayReason(pending.movedFrom) ?? ""}`;
  return `${formatDayCount(pending.delay)} après ${reference}${shift}${moved}`;
}

/**
 * Assesses what a learner does on `input.today`, against the state before the action. Taking the
 * due step is correct whatever its delay (the delay is reported, and was already judged on the
 * days the learner waited); waiting while a step is due is "tooLate" by the days it has been due.
 */
export function assessDunningAction(input: DunningInput & { action: DunningChoice }): DunningAssessment {
  const ctx = buildContext(input);
  const status = statusOf(ctx);
  const { action } = input;
  if (action !== "wait" && !DUNNING_ACTIONS.includes(action)) {
    throw new DomainError("dunning.step.unknown", `action\u00a0: étape «\u00a0${String(action)}\u00a0» inconnue.`, "action");
  }

  if (status.closed) {
    return action === "wait"
      ? assessment(status, "correct", `Correct. ${status.explanation}`)
      : assessment(status, "wrongStep", `${DUNNING_STEP_LABELS[action]} à tort\u00a0: la facture est soldée, relancer un client qui a payé nuit à la relation. ${status.explanation}`);
  }
  if (status.suspended) {
    return action === "wait"
      ? assessment(status, "correct", `Correct. ${status.explanation}`)
      : assessment(status, "notAllowed", `${DUNNING_STEP_LABELS[action]} interdite pendant un litige ouvert. ${status.explanation}`);
  }
  if (action === "wait") return assessWaiting(status);
  if (action === "preReminder") return assessPreReminder(ctx, status);
  return assessRung(ctx, status, action);
}

function assessWaiting(status: DunningStatus): DunningAssessment {
  if (!isAction(status.dueNow) || status.next === null) {
    return assessment(status, "correct", `Correct. ${status.explanation}`);
  }
  const { step, date } = status.next;
  const lateBy = status.stepLateByDays;
  const when =
    lateBy === 0
      ? `est due aujourd'hui (${formatDateFr(date)})\u00a0: attendre la mettrait en retard`
      : `est due depuis le ${formatDateFr(date)}, elle est en retard de ${formatDayCount(lateBy)}`;
  return assessment(status, "tooLate", `Trop tard\u00a0: ${STEP_NOUNS[step]} ${when}\u00a0; chaque jour d'attente retarde l'encaissement.`, lateBy);
}

function assessPreReminder(ctx: Context, status: DunningStatus): DunningAssessment {
  const { policy, ladder, due, today } = ctx;
  if (policy.preReminderBeforeDueDays === undefined) {
    return assessment(status, "wrongStep", `La politique de relance de l'entreprise ne prévoit pas de pré-relance. ${status.explanation}`);
  }
  if (ladder.preReminderOn !== null) {
    return assessment(status, "wrongStep", `Pré-relance déjà envoyée le ${formatDateFr(ladder.preReminderOn)}. ${status.explanation}`);
  }
  const window = ctx.preReminderWindow;
  if (window === null || compareDates(today, window.to) > 0) {
    return assessment(status, "wrongStep", `La pré-relance se fait avant l'échéance du ${formatDateFr(due)}\u00a0: elle n'a plus lieu d'être. ${status.explanation}`);
  }
  if (compareDates(today, window.from) < 0) {
    const early = daysBetween(today, window.from);
    return assessment(
      status,
      "tooEarly",
      `Trop tôt de ${formatDayCount(early)}\u00a0: la pré-relance se fait ${formatDayCount(policy.preReminderBeforeDueDays)} avant l'échéance du ${formatDateFr(due)}, soit le ${formatDateFr(window.from)}.`,
      early,
    );
  }
  return assessment(status, "correct", `Correct. ${status.explanation}`);
}

function assessRung(ctx: Context, status: DunningStatus, action: LadderStep): DunningAssessment {
  const { ladder, pending, today, due, policy } = ctx;
  const index = ladderIndex(action);
  const label = DUNNING_STEP_LABELS[action];

  if (pending === null || index < ladderIndex(pending.step)) {
    const takenOn = ladder.taken.get(action);
    const top = lastStep(ladder);
    const why = takenOn !== undefined ? `${STEP_NOUNS[action]} a déjà été envoyée le ${formatDateFr(takenOn)}` : `l'étape est dépassée (${top === null ? "" : `${STEP_TAKEN[top.step]} ${formatDateFr(top.date)}`})`;
    return assessment(status, "wrongStep", `${label}\u00a0: mauvaise étape, ${why}. ${status.explanation}`);
  }

  if (action === pending.step) {
    if (compareDates(today, pending.date) < 0) {
      const early = daysBetween(today, pending.date);
      const why = compareDates(today, due) <= 0 ? " La facture n'est pas encore échue\u00a0: une relance avant l'échéance est prématurée, le client a jusqu'à l'échéance pour payer." : " Relancer trop tôt froisse le client.";
      return assessment(status, "tooEarly", `Trop tôt de ${formatDayCount(early)}\u00a0: ${STEP_NOUNS[action]} n'est due que le ${formatDateFr(pending.date)} (${describeDelay(pending, due, ladder)}).${why}`, early);
    }
    const when =
      status.stepLateByDays > 0
        ? `${STEP_NOUNS[action]} est due depuis le ${formatDateFr(pending.date)}\u00a0; elle part avec ${formatDayCount(status.stepLateByDays)} de retard`
        : `${STEP_NOUNS[action]} est due aujourd'hui (${formatDateFr(pending.date)})`;
    return assessment(status, "correct", `Correct\u00a0: ${when}.`);
  }

  // A rung above the pending one: the amicable steps in between are skipped.
  let earliest = maxDate(today, pending.date);
  const skipped = DUNNING_LADDER.slice(ladderIndex(pending.step), index);
  for (const step of DUNNING_LADDER.slice(ladderIndex(pending.step) + 1, index + 1)) earliest = letterDeadline(earliest, delayBeforeRung(step, policy));
  const early = daysBetween(today, earliest);
  const pendingState = compareDates(today, pending.date) >= 0 ? `est due depuis le ${formatDateFr(pending.date)}` : `ne sera due que le ${formatDateFr(pending.date)}`;
  const legal =
    action === "formalNotice"
      ? " La mise en demeure ne vient qu'après les relances amiables."
      : action === "paymentOrder"
        ? " L'injonction de payer ne vient qu'après les relances amiables et la mise en demeure restées sans effet."
        : " Relancer trop tôt froisse le client.";
  return assessment(
    status,
    "tooEarly",
    `Trop tôt\u00a0: ${STEP_NOUNS[action]} saute ${listFr(skipped.map((s) => STEP_NOUNS[s]))}. ${capitalize(STEP_NOUNS[pending.step])} ${pendingState}\u00a0; ${STEP_NOUNS[action]} ne pourrait venir qu'au plus tôt le ${formatDateFr(earliest)} (dans ${formatDayCount(early)}).${legal}`,
    early,
  );
}

// ---------------------------------------------------------------------------------------------
// Penalties to date (docs/decisions/0016)
// ---------------------------------------------------------------------------------------------

export interface PenaltiesToDateInput {
  invoice: { amountInclTaxCents: Cents; dueDate: IsoDate };
  payments: readonly MoneyMovement[];
  creditNotes?: readonly MoneyMovement[];
  today: IsoDate;
  /** The effective rate (see effectiveLatePenaltyRate in paymentTerms.ts). */
  annualRatePercent: number;
  /** The 40 € indemnity is owed by professional debtors only. Default true (B2B). */
  professionalDebtor?: boolean;
  /**
   * A consumer debtor (`professionalDebtor: false`) owes no L441-10 penalty: only interest at the
   * legal rate from the formal notice (C. civ. 1231-6, 1344-1). Absent: no formal notice yet, nothing
   * runs (docs/decisions/0082). Ignored for a professional debtor.
   */
  legalInterest?: { ratePercent: number; formalNoticeDate: IsoDate };
}

export interface PenaltyPeriod {
  amountCents: Cents;
  from: IsoDate;
  to: IsoDate;
  days: number;
  penaltyCents: Cents;
  explanation: string;
}

export interface PenaltiesToDate {
  /** What runs: L441-10 late penalties (professional debtor) or legal interest (consumer, from the formal notice). */
  basis: "latePenalty" | "legalInterest";
  /** The annual rate applied, in % (0 for a consumer before the formal notice). */
  ratePercent: number;
  /** Days late today, or on the day the last euro was paid. */
  daysLate: number;
  balanceCents: Cents;
  periods: PenaltyPeriod[];
  penaltyCents: Cents;
  indemnityCents: Cents;
  totalCents: Cents;
  explanation: string;
}

/**
 * A consumer's legal interest, from the formal notice sent on or before `today` (the first one),
 * at the legal rate "autres cas" of the notice's half-year: the creditor is the selling company
 * (C. mon. fin. L313-2, docs/decisions/0082). Undefined before any formal notice.
 */
export function legalInterestFromNotice(
  steps: readonly { step: string; date: IsoDate }[],
  today: IsoDate,
  statedRates: readonly HalfYearRates[] = [],
): PenaltiesToDateInput["legalInterest"] {
  const notices = steps.filter((s) => s.step === "formalNotice" && compareDates(s.date, today) <= 0).map((s) => s.date).sort(compareDates);
  const first = notices[0];
  return first === undefined ? undefined : { ratePercent: ratesOn(first, statedRates).legalInterestRatePercent, formalNoticeDate: first };
}

/**
 * What runs on a late amount, and from which day: L441-10 penalties from the due date for a
 * professional; for a consumer, legal interest from the formal notice (if it came after the due
 * date), nothing before it (docs/decisions/0082).
 */
function whatRuns(input: PenaltiesToDateInput, due: IsoDate): { from: IsoDate; ratePercent: number; prefix: string } | null {
  if (input.professionalDebtor ?? true) return { from: due, ratePercent: input.annualRatePercent, prefix: "" };
  const interest = input.legalInterest;
  if (interest === undefined) return null;
  const notice = assertIsoDate(interest.formalNoticeDate, "legalInterest.formalNoticeDate");
  return {
    from: maxDate(due, notice),
    ratePercent: interest.ratePercent,
    prefix: `Intérêts au taux légal depuis la mise en demeure du ${formatDateFr(notice)}\u00a0: `,
  };
}

/** The consumer's line: neither L441-10 penalties nor the 40 €, legal interest from the formal notice only. */
function consumerLine(input: PenaltiesToDateInput, due: IsoDate, today: IsoDate, interestCents: Cents): string {
  const rule = "Débiteur non professionnel\u00a0: ni pénalités de retard (C. com. L441-10) ni indemnité forfaitaire de 40\u00a0€";
  if (daysLate(due, today) === 0) return `Pas de retard au ${formatDateFr(today)} (échéance ${formatDateFr(due)}).`;
  if (input.legalInterest === undefined) return `${rule}\u00a0; les intérêts au taux légal ne courent qu'à compter de la mise en demeure (C. civ. 1231-6, 1344-1), pas encore envoyée au ${formatDateFr(today)}.`;
  return `${rule}\u00a0; intérêts au taux légal à compter de la mise en demeure (C. civ. 1231-6, 1344-1)\u00a0: ${formatEuros(interestCents)}.`;
}

/**
 * Penalties from due + 1: each amount paid late runs until its payment, the balance until today;
 * credit notes reduce the base from the start (that amount was never owed).
 */
export function penaltiesToDate(input: PenaltiesToDateInput): PenaltiesToDate {
  const today = assertIsoDate(input.today, "today");
  const due = assertIsoDate(input.invoice.dueDate, "invoice.dueDate");
  assertInvoiceAmount(input.invoice.amountInclTaxCents);
  const payments = validMovements(input.payments, "payments", today);
  const credited = validMovements(input.creditNotes ?? [], "creditNotes", today).reduce((sum, c) => sum + c.amountCents, 0);
  let remaining = Math.max(0, input.invoice.amountInclTaxCents - credited);

  const running = whatRuns(input, due);
  const periods: PenaltyPeriod[] = [];
  const addPeriod = (amountCents: Cents, end: IsoDate, paid: boolean): void => {
    if (running === null || amountCents <= 0 || daysLate(running.from, end) === 0) return;
    const result = latePenalty({ amountInclTaxCents: amountCents, annualRatePercent: running.ratePercent, dueDate: running.from, ...(paid ? { paymentDate: end } : { today: end }) });
    periods.push({ amountCents, from: addDays(running.from, 1), to: end, days: result.daysLate, penaltyCents: result.penaltyCents, explanation: `${running.prefix}${result.explanation}` });
  };
  let lastPaymentDate: IsoDate | null = null;
  for (const payment of payments) {
    const applied = Math.min(payment.amountCents, remaining);
    if (applied <= 0) break;
    addPeriod(applied, payment.date, true);
    remaining -= applied;
    lastPaymentDate = payment.date;
  }
  addPeriod(remaining, today, false);

  const penaltyCents = periods.reduce((sum, p) => sum + p.penaltyCents, 0);
  const professional = input.professionalDebtor ?? true;
  const late = periods.length > 0;
  const indemnityCents = recoveryIndemnity({ professional, late });
  const end = remaining > 0 ? today : (lastPaymentDate ?? today);
  const lines = periods.map((p) => p.explanation);
  if (!professional) lines.push(consumerLine(input, due, today, penaltyCents));
  else if (!late) lines.push(`Pas de retard au ${formatDateFr(today)} (échéance ${formatDateFr(due)})\u00a0: ni pénalités ni indemnité.`);
  else {
    lines.push(
      indemnityCents > 0
        ? `Indemnité forfaitaire pour frais de recouvrement\u00a0: ${formatEuros(indemnityCents)} (hors TVA).`
        : "Pas d'indemnité forfaitaire de 40\u00a0€\u00a0: le débiteur n'est pas un professionnel.",
    );
    lines.push(`Total réclamable\u00a0: ${formatEuros(penaltyCents + indemnityCents)}.`);
  }
  return {
    basis: professional ? "latePenalty" : "legalInterest",
    ratePercent: running?.ratePercent ?? 0,
    daysLate: daysLate(due, end),
    balanceCents: remaining,
    periods,
    penaltyCents,
    indemnityCents,
    totalCents: penaltyCents + indemnityCents,
    explanation: lines.join(" "),
  };
}
