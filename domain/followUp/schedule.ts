/**
 * The company's dunning schedule as the learner reads it before each follow-up decision (issue 15,
 * item 5): which step, how many days after what. The delays are the ladder's own (ladder.ts), so
 * the schedule on screen and the judge cannot disagree.
 */
import { formatDayCount } from "../paymentTerms";
import { DUNNING_LADDER, DUNNING_STEP_LABELS, delayBeforeRung, resolveDunningPolicy, STEP_NOUNS, type DunningAction, type DunningPolicy } from "./ladder";

/** One step of the schedule: `days` counted from the due date (before or after it) or from the step below. */
export interface DunningScheduleStep {
  step: DunningAction;
  days: number;
  after: "beforeDueDate" | "dueDate" | DunningAction;
  /** « Relance 2 (plus ferme) : 10 jours après la relance 1 ». */
  text: string;
}

function describeStep(step: DunningAction, days: number, after: DunningScheduleStep["after"]): string {
  const from = after === "beforeDueDate" ? "avant l'échéance" : after === "dueDate" ? "après l'échéance" : `après ${STEP_NOUNS[after]}`;
  return `${DUNNING_STEP_LABELS[step]}\u00a0: ${formatDayCount(days)} ${from}`;
}

/** The schedule of a company's policy (the course's delays where the teacher set none), in the ladder's order. */
export function dunningSchedule(partial?: Partial<DunningPolicy>): DunningScheduleStep[] {
  const policy = resolveDunningPolicy(partial);
  const rungs = DUNNING_LADDER.map((step, index): DunningScheduleStep => {
    const after = DUNNING_LADDER[index - 1] ?? "dueDate";
    const days = delayBeforeRung(step, policy);
    return { step, days, after, text: describeStep(step, days, after) };
  });
  const before = policy.preReminderBeforeDueDays;
  return before === undefined ? rungs : [{ step: "preReminder", days: before, after: "beforeDueDate", text: describeStep("preReminder", before, "beforeDueDate") }, ...rungs];
}

/** Why a step may come a day or two after its delay (docs/decisions/0085, 0095): every step is a dated letter. */
export const DUNNING_WORKING_DAY_RULE = "Un délai qui s'achève un dimanche ou un jour férié reporte l'étape au premier jour ouvrable suivant (le samedi en est un).";
