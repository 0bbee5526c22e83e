/**
 * Which step of the recovery ladder is due on a day: an invoice, the letters already sent (each
 * when the ladder called for it, or a day or two later), sometimes a partial payment or a settled
 * dispute, and a day around the next step. The answer is `dunningStatus`; each wrong option's
 * feedback is what `assessDunningAction` says of that choice.
 */
import { addDays, compareDates, formatDateFr, maxDate, nextWorkingDay, type IsoDate } from "../../dates";
import { DomainError, formatEuros } from "../../money";
import { DEFAULT_DUNNING_POLICY, DUNNING_STEP_LABELS, STEP_NOUNS, assessDunningAction, dunningStatus, type DunningChoice, type DunningEvent, type DunningInput, type DunningStep } from "../../followUp/ladder";
import { formatNumber } from "../../numbering";
import { formatDayCount } from "../../paymentTerms";
import { CUSTOMERS, SINGLE_RATE_SELLERS, TWO_RATE_SELLERS } from "./catalogue";
import { defineGenerator, singleChoiceQuestion, type Difficulty } from "./generator";
import type { Random } from "./random";

export interface DunningInputs {
  dunning: DunningInput;
}

/** The choices offered, in the order of the ladder; waiting stands for « nothing is due yet ». */
export const DUNNING_OPTIONS: readonly { id: string; choice: DunningChoice; text: string }[] = [
  { id: "rien-encore", choice: "wait", text: "Rien pour l'instant\u00a0: attendre" },
  { id: "relance-1", choice: "reminder1", text: DUNNING_STEP_LABELS.reminder1 },
  { id: "relance-2", choice: "reminder2", text: DUNNING_STEP_LABELS.reminder2 },
  { id: "relance-3-lrar", choice: "registeredLetter", text: DUNNING_STEP_LABELS.registeredLetter },
  { id: "mise-en-demeure", choice: "formalNotice", text: DUNNING_STEP_LABELS.formalNotice },
  { id: "injonction-de-payer", choice: "paymentOrder", text: DUNNING_STEP_LABELS.paymentOrder },
];

/** The option that answers what the engine expects today. */
export function optionOfStep(step: DunningStep): string {
  const choice = step === "none" ? "wait" : step;
  const option = DUNNING_OPTIONS.find((o) => o.choice === choice);
  if (option === undefined) throw new DomainError("quiz.generator.dunningStep", `étape «\u00a0${step}\u00a0» hors des choix proposés.`);
  return option.id;
}

/** A day far enough for every event drawn to be past, to read the pending step and its date. */
const LATER = 400;

/** The letters sent so far: each step when it fell due, or a day or two later (a working day). */
function climb(random: Random, base: Omit<DunningInput, "today" | "actionsTaken">, steps: number): DunningEvent[] {
  const actions: DunningEvent[] = [];
  for (let i = 0; i < steps; i++) {
    const next = dunningStatus({ ...base, actionsTaken: actions, today: addDays(base.invoice.dueDate, LATER) }).next;
    if (next === null) break;
    actions.push({ step: next.step, date: nextWorkingDay(addDays(next.date, random.int(0, 2))) });
  }
  return actions;
}

function stepsTaken(random: Random, difficulty: Difficulty): number {
  return difficulty === 1 ? 0 : difficulty === 2 ? random.int(1, 2) : random.int(2, 4);
}

function policyText(): string {
  const p = DEFAULT_DUNNING_POLICY;
  return (
    `Politique de relance\u00a0: relance 1, ${formatDayCount(p.reminder1AfterDueDays)} après l'échéance\u00a0; relance 2, ${formatDayCount(p.reminder2AfterReminder1Days)} après la relance 1\u00a0; ` +
    `relance 3 par lettre recommandée avec AR, ${formatDayCount(p.reminder3AfterReminder2Days)} après la relance 2\u00a0; mise en demeure, ${formatDayCount(p.formalNoticeAfterReminder3Days)} après la relance 3\u00a0; ` +
    `injonction de payer, ${formatDayCount(p.paymentOrderAfterFormalNoticeDays)} après la mise en demeure\u00a0; un courrier qui tomberait un dimanche ou un jour férié part le premier jour ouvrable suivant.`
  );
}

function historyText(input: DunningInput, customer: string): string {
  const sent = input.actionsTaken.map((a) => `${STEP_NOUNS[a.step]} le ${formatDateFr(a.date)}`);
  const facts = [
    sent.length > 0 ? `Déjà envoyé\u00a0: ${sent.join("\u00a0; ")}.` : "Aucune relance envoyée.",
    ...input.payments.map((p) => `${customer} a versé ${formatEuros(p.amountCents)} le ${formatDateFr(p.date)}.`),
    ...(input.dispute !== undefined
      ? [`${customer} a contesté la facture le ${formatDateFr(input.dispute.openedOn)}\u00a0; le litige a été réglé le ${formatDateFr(input.dispute.settledOn ?? input.dispute.openedOn)}.`]
      : []),
  ];
  return facts.join(" ");
}

export const dunningStepGenerator = defineGenerator<DunningInputs>({
  id: "etape-relance",
  label: "Étape de relance due à une date\u00a0: relances, LRAR, mise en demeure, injonction de payer",
  stage: "paymentFollowUp",
  notion: "reminders",
  draw(random, difficulty) {
    const seller = random.pick([...SINGLE_RATE_SELLERS, ...TWO_RATE_SELLERS]);
    const customer = random.pick(CUSTOMERS);
    const due = random.date("2025-09-01", "2026-12-31");
    const amountInclTaxCents = random.cents(600, 18_000);
    const number = formatNumber("FA", Number(addDays(due, -30).slice(0, 4)), random.int(40, 900));
    const base = { invoice: { amountInclTaxCents, dueDate: due }, payments: [] };
    const actionsTaken = climb(random, base, stepsTaken(random, difficulty));
    const last = actionsTaken.at(-1)?.date ?? due;
    const payments = difficulty > 1 && random.chance(0.3) ? [{ date: addDays(last, 1), amountCents: Math.round(amountInclTaxCents / 300) * 100 }] : [];
    const dispute = difficulty === 3 && random.chance(0.4) ? drawDispute(random, last) : undefined;
    const history: Omit<DunningInput, "today"> = { ...base, actionsTaken, payments, ...(dispute !== undefined ? { dispute } : {}) };

    const pending = dunningStatus({ ...history, today: addDays(due, LATER) }).next;
    // Today comes after every event told, around the day the next step falls due.
    const earliest = addDays([last, ...payments.map((p) => p.date), ...(dispute?.settledOn !== undefined ? [dispute.settledOn] : [])].reduce(maxDate), 1);
    const around = addDays(pending?.date ?? earliest, random.int(difficulty === 1 ? -14 : -6, 5));
    const today = actionsTaken.length === 0 || compareDates(around, earliest) > 0 ? around : earliest;
    const input: DunningInput = { ...history, today };
    const status = dunningStatus(input);
    const correct = optionOfStep(status.dueNow);
    const options = DUNNING_OPTIONS.map(({ id, choice, text }) => (id === correct ? { id, text } : { id, text, feedback: assessDunningAction({ ...input, action: choice }).explanation }));
    const prompt =
      `Facture ${number} de ${formatEuros(amountInclTaxCents)} TTC émise par ${seller.name} à ${customer}, échéance le ${formatDateFr(due)}, impayée à l'échéance. ${policyText()} ` +
      `${historyText(input, customer)} Nous sommes le ${formatDateFr(today)}. Quelle étape de relance est due aujourd'hui\u00a0?`;
    return {
      inputs: { dunning: input },
      question: singleChoiceQuestion(options, correct, prompt, [status.explanation, ...(status.guidance !== null ? [status.guidance] : [])]),
    };
  },
});

/** A dispute opened a few days after the last letter and settled one to two weeks later: the delays stop meanwhile. */
function drawDispute(random: Random, after: IsoDate): NonNullable<DunningInput["dispute"]> {
  const openedOn = addDays(after, random.int(2, 5));
  return { openedOn, settledOn: addDays(openedOn, random.int(6, 15)) };
}
