import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { addDays, compareDates, daysBetween, isWorkingDay, publicHolidayOn, dayOfWeek } from "../dates";
import { dunningPolicyArbitrary } from "./ladder.arbitrary";
import { DomainError } from "../money";
import { latePenalty } from "../paymentTerms";
import {
  DEFAULT_DUNNING_POLICY,
  DUNNING_ACTIONS,
  DUNNING_LADDER,
  DUNNING_STEP_LABELS,
  dunningStatus,
  assessDunningAction,
  legalInterestFromNotice,
  penaltiesToDate,
  type DunningAction,
  type DunningChoice,
  type DunningEvent,
  type DunningInput,
  type DunningStep,
} from "./ladder";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

const DUE = "2026-10-15";
const AMOUNT = 200_000; // 2 000,00 € TTC

function input(today: string, actionsTaken: DunningEvent[] = [], extra: Partial<DunningInput> = {}): DunningInput {
  return { invoice: { amountInclTaxCents: AMOUNT, dueDate: DUE }, today, actionsTaken, payments: [], ...extra };
}

/**
 * The ladder of the course climbed on time: R1 26/10 (due + 10 is Sunday 25/10: the letter moves to
 * Monday, docs/decisions/0095), R2 05/11, R3 16/11 (05/11 + 10 is Sunday 15/11), MED 24/11, IP 02/12.
 */
const ON_TIME: DunningEvent[] = [
  { step: "reminder1", date: "2026-10-26" },
  { step: "reminder2", date: "2026-11-05" },
  { step: "registeredLetter", date: "2026-11-16" },
  { step: "formalNotice", date: "2026-11-24" },
  { step: "paymentOrder", date: "2026-12-02" },
];

const CHOICES: readonly DunningChoice[] = ["wait", ...DUNNING_ACTIONS];
const isAction = (step: DunningStep): step is DunningAction => (DUNNING_ACTIONS as readonly string[]).includes(step);

describe("labels", () => {
  it("name every step in French", () => {
    expect(DUNNING_STEP_LABELS.reminder1).toBe("Relance 1 (courtoise)");
    expect(DUNNING_STEP_LABELS.reminder2).toBe("Relance 2 (plus ferme)");
    expect(DUNNING_STEP_LABELS.registeredLetter).toBe("Relance 3 par lettre recommandée avec AR");
    expect(DUNNING_STEP_LABELS.formalNotice).toBe("Mise en demeure");
    expect(DUNNING_STEP_LABELS.paymentOrder).toBe("Injonction de payer");
    expect(Object.keys(DUNNING_STEP_LABELS)).toHaveLength(10);
  });

  it("default policy is the course's: 10, 10, 10, 8, 8", () => {
    expect(DEFAULT_DUNNING_POLICY).toEqual({
      reminder1AfterDueDays: 10,
      reminder2AfterReminder1Days: 10,
      reminder3AfterReminder2Days: 10,
      formalNoticeAfterReminder3Days: 8,
      paymentOrderAfterFormalNoticeDays: 8,
    });
  });
});

describe("the exercise: an invoice 27 days past due with one reminder sent", () => {
  const exercise = input("2026-11-11", [{ step: "reminder1", date: "2026-10-25" }]);

  it("expects reminder 2, due since due + 20, 7 days late", () => {
    const status = dunningStatus(exercise);
    expect(status.daysPastDue).toBe(27);
    expect(status.dueNow).toBe("reminder2");
    expect(status.stepLateByDays).toBe(7);
    expect(status.next).toEqual({ step: "reminder2", date: "2026-11-04" });
    expect(status.lastStepTaken).toEqual({ step: "reminder1", date: "2026-10-25" });
    expect(status.balanceCents).toBe(AMOUNT);
    expect(status.explanation).toBe(
      "Échéance 15/10/2026, 27 jours de retard\u00a0; relance 1 envoyée le 25/10/2026\u00a0: la relance 2 est due depuis le 04/11/2026 (7 jours).",
    );
    expect(status.guidance).toContain("pénalités de retard et l'indemnité forfaitaire de 40\u00a0€");
  });

  it("judges each possible answer", () => {
    const judge = (action: DunningChoice) => assessDunningAction({ ...exercise, action });
    expect(judge("reminder2")).toMatchObject({ correct: true, verdict: "correct" });
    expect(judge("reminder2").explanation).toContain("7 jours de retard");
    expect(judge("wait")).toMatchObject({ correct: false, verdict: "tooLate", daysOff: 7 });
    expect(judge("wait").explanation).toContain("en retard de 7 jours");
    expect(judge("reminder1")).toMatchObject({ verdict: "wrongStep" });
    expect(judge("reminder1").explanation).toContain("déjà été envoyée le 25/10/2026");
    // R3 at the earliest 10 days after an R2 sent today (Saturday 21/11); the formal notice 8 days
    // after that, Sunday 29/11, moved to Monday 30/11.
    expect(judge("registeredLetter")).toMatchObject({ verdict: "tooEarly", daysOff: 10 });
    expect(judge("formalNotice")).toMatchObject({ verdict: "tooEarly", daysOff: 19 });
    expect(judge("formalNotice").explanation).toContain("ne pourrait venir qu'au plus tôt le 30/11/2026 (dans 19 jours)");
    expect(judge("formalNotice").explanation).toContain("saute la relance 2 et la relance 3 par LRAR");
    expect(judge("formalNotice").explanation).toContain("ne vient qu'après les relances amiables");
    expect(judge("paymentOrder")).toMatchObject({ verdict: "tooEarly", daysOff: 27 });
    expect(judge("preReminder")).toMatchObject({ verdict: "wrongStep" });
  });
});

describe("every date of the ladder's table (default policy, due 15/10/2026)", () => {
  const cases: [today: string, taken: number, dueNow: DunningStep, next: { step: DunningAction; date: string } | null][] = [
    ["2026-10-01", 0, "none", { step: "reminder1", date: "2026-10-26" }],
    ["2026-10-15", 0, "none", { step: "reminder1", date: "2026-10-26" }],
    ["2026-10-16", 0, "wait", { step: "reminder1", date: "2026-10-26" }],
    ["2026-10-24", 0, "wait", { step: "reminder1", date: "2026-10-26" }],
    ["2026-10-25", 0, "wait", { step: "reminder1", date: "2026-10-26" }],
    ["2026-10-26", 0, "reminder1", { step: "reminder1", date: "2026-10-26" }],
    ["2026-10-27", 1, "wait", { step: "reminder2", date: "2026-11-05" }],
    ["2026-11-04", 1, "wait", { step: "reminder2", date: "2026-11-05" }],
    ["2026-11-05", 1, "reminder2", { step: "reminder2", date: "2026-11-05" }],
    ["2026-11-14", 2, "wait", { step: "registeredLetter", date: "2026-11-16" }],
    ["2026-11-15", 2, "wait", { step: "registeredLetter", date: "2026-11-16" }],
    ["2026-11-16", 2, "registeredLetter", { step: "registeredLetter", date: "2026-11-16" }],
    ["2026-11-23", 3, "wait", { step: "formalNotice", date: "2026-11-24" }],
    ["2026-11-24", 3, "formalNotice", { step: "formalNotice", date: "2026-11-24" }],
    ["2026-12-01", 4, "wait", { step: "paymentOrder", date: "2026-12-02" }],
    ["2026-12-02", 4, "paymentOrder", { step: "paymentOrder", date: "2026-12-02" }],
    ["2026-12-15", 5, "none", null],
  ];
  it.each(cases)("on %s with %i step(s) taken: %s", (today, taken, dueNow, next) => {
    const status = dunningStatus(input(today, ON_TIME.slice(0, taken)));
    expect(status.dueNow).toBe(dueNow);
    expect(status.next).toEqual(next);
    expect(status.stepLateByDays).toBe(0);
    expect(assessDunningAction({ ...input(today, ON_TIME.slice(0, taken)), action: isAction(dueNow) ? dueNow : "wait" }).correct).toBe(true);
  });

  it("says what to do in French, with dates and day counts", () => {
    expect(dunningStatus(input("2026-10-10")).explanation).toBe(
      "Échéance 15/10/2026, dans 5 jours (facture non échue)\u00a0: rien à faire avant l'échéance\u00a0; la relance 1 sera due le 26/10/2026 (dans 16 jours).",
    );
    expect(dunningStatus(input("2026-10-20")).explanation).toBe(
      "Échéance 15/10/2026, 5 jours de retard\u00a0: attendre\u00a0; la relance 1 sera due le 26/10/2026 (dans 6 jours). Les pénalités de retard courent depuis le 16/10/2026.",
    );
    expect(dunningStatus(input("2026-10-26")).explanation).toContain("la relance 1 est due aujourd'hui (26/10/2026)");
    expect(dunningStatus(input("2026-12-15", ON_TIME)).explanation).toContain("injonction de payer demandée le 02/12/2026");
  });

  it("counts each delay from the date the previous step was actually taken", () => {
    // R1 five days late (30/10): R2 moves to 09/11, R3 to 19/11.
    const lateR1 = [{ step: "reminder1" as const, date: "2026-10-30" }];
    expect(dunningStatus(input("2026-11-05", lateR1)).next).toEqual({ step: "reminder2", date: "2026-11-09" });
    const thenR2 = [...lateR1, { step: "reminder2" as const, date: "2026-11-09" }];
    expect(dunningStatus(input("2026-11-10", thenR2)).next).toEqual({ step: "registeredLetter", date: "2026-11-19" });
  });

  it("ignores actions dated after today, so a history can be replayed", () => {
    expect(dunningStatus(input("2026-10-20", ON_TIME)).dueNow).toBe("wait");
    expect(dunningStatus(input("2026-10-20", ON_TIME)).lastStepTaken).toBeNull();
  });

  it("takes every delay from the policy", () => {
    const policy = { reminder1AfterDueDays: 15, reminder2AfterReminder1Days: 7, formalNoticeAfterReminder3Days: 13 };
    expect(dunningStatus(input("2026-10-29", [], { policy })).dueNow).toBe("wait");
    expect(dunningStatus(input("2026-10-30", [], { policy })).dueNow).toBe("reminder1");
    expect(dunningStatus(input("2026-11-06", [{ step: "reminder1", date: "2026-10-30" }], { policy })).dueNow).toBe("reminder2");
    const r3 = [...ON_TIME.slice(0, 3)];
    // 16/11 + 13 days is Sunday 29/11: the LRAR's deadline, and the formal notice, move to Monday 30/11.
    expect(dunningStatus(input("2026-11-28", r3, { policy })).next).toEqual({ step: "formalNotice", date: "2026-11-30" });
    // A key left undefined keeps the default.
    expect(dunningStatus(input("2026-10-26", [], { policy: { reminder1AfterDueDays: undefined } })).dueNow).toBe("reminder1");
    expect(() => dunningStatus(input("2026-10-26", [], { policy: { reminder2AfterReminder1Days: -1 } }))).toThrow(/policy\.reminder2AfterReminder1Days/);
  });
});

describe("judging timing", () => {
  it("a reminder before the due date is too early, and called premature", () => {
    const judgement = assessDunningAction({ ...input("2026-10-12"), action: "reminder1" });
    expect(judgement).toMatchObject({ correct: false, verdict: "tooEarly", daysOff: 14, expected: "none" });
    expect(judgement.explanation).toContain(
      "Trop tôt de 14 jours\u00a0: la relance 1 n'est due que le 26/10/2026 (10 jours après l'échéance du 15/10/2026, reportée au premier jour ouvrable car le 25/10/2026 est un dimanche)",
    );
    expect(judgement.explanation).toContain("La facture n'est pas encore échue\u00a0: une relance avant l'échéance est prématurée, le client a jusqu'à l'échéance pour payer.");
    expect(judgement.explanation).not.toContain("harcèlement");
  });

  it("reminder 1 on Sunday 25/10/2026, the day the 10 days after the due date end, is a day early: it moved to Monday", () => {
    const judgement = assessDunningAction({ ...input("2026-10-25"), action: "reminder1" });
    expect(judgement).toMatchObject({ verdict: "tooEarly", daysOff: 1 });
    expect(judgement.explanation).toContain("la relance 1 n'est due que le 26/10/2026 (10 jours après l'échéance du 15/10/2026, reportée au premier jour ouvrable car le 25/10/2026 est un dimanche)");
    expect(assessDunningAction({ ...input("2026-10-26"), action: "reminder1" }).verdict).toBe("correct");
  });

  it("a formal notice on Sunday 22/11/2026, the day the LRAR's 8 days end, is a day early: the deadline moved to Monday", () => {
    // The LRAR was sent on Saturday 14/11, two days before it fell due: the formal notice counts from that day.
    const lrarOn14 = [...ON_TIME.slice(0, 2), { step: "registeredLetter" as const, date: "2026-11-14" }];
    const judgement = assessDunningAction({ ...input("2026-11-22", lrarOn14), action: "formalNotice" });
    expect(judgement).toMatchObject({ verdict: "tooEarly", daysOff: 1 });
    expect(judgement.explanation).toContain(
      "la mise en demeure n'est due que le 23/11/2026 (8 jours après la relance 3 par LRAR du 14/11/2026, reportée au premier jour ouvrable car le 22/11/2026 est un dimanche)",
    );
  });

  it("a formal notice with no reminder is too early, by the days the amicable steps need", () => {
    // 27/10: R1 due since 26/10; sent today, then R2 06/11, R3 16/11, formal notice 24/11.
    const judgement = assessDunningAction({ ...input("2026-10-27"), action: "formalNotice" });
    expect(judgement).toMatchObject({ verdict: "tooEarly", daysOff: 28 });
    expect(judgement.explanation).toContain("saute la relance 1, la relance 2 et la relance 3 par LRAR");
    expect(judgement.explanation).toContain("au plus tôt le 24/11/2026 (dans 28 jours)");
  });

  it("the next step a few days early is too early by those days", () => {
    // R1 26/10, R2 due 05/11.
    const judgement = assessDunningAction({ ...input("2026-11-01", ON_TIME.slice(0, 1)), action: "reminder2" });
    expect(judgement).toMatchObject({ verdict: "tooEarly", daysOff: 4 });
  });

  it("waiting on the day a step is due is already too late (by 0 days so far)", () => {
    const judgement = assessDunningAction({ ...input("2026-10-26"), action: "wait" });
    expect(judgement).toMatchObject({ verdict: "tooLate", daysOff: 0 });
    expect(judgement.explanation).toContain("attendre la mettrait en retard");
  });

  it("a step taken late is still the right thing to do that day", () => {
    const judgement = assessDunningAction({ ...input("2026-11-20"), action: "reminder1" });
    expect(judgement).toMatchObject({ correct: true, verdict: "correct" });
    // Due since Monday 26/10: 25 days late on 20/11.
    expect(judgement.explanation).toContain("25 jours de retard");
  });

  it("after the order for payment, any step repeats one already taken", () => {
    expect(assessDunningAction({ ...input("2026-12-15", ON_TIME), action: "formalNotice" }).verdict).toBe("wrongStep");
    expect(assessDunningAction({ ...input("2026-12-15", ON_TIME), action: "wait" }).verdict).toBe("correct");
  });

  it("refuses an unknown step", () => {
    expect(() => assessDunningAction({ ...input("2026-12-15"), action: "lawsuit" as DunningChoice })).toThrow(DomainError);
    expect(() => dunningStatus(input("2026-12-15", [{ step: "call" as DunningAction, date: "2026-10-20" }]))).toThrow(/actionsTaken\[0\]\.step/);
  });
});

describe("disputes", () => {
  const r1 = ON_TIME.slice(0, 1);

  it("an open dispute suspends everything", () => {
    const disputed = input("2026-11-10", r1, { dispute: { openedOn: "2026-10-28" } });
    const status = dunningStatus(disputed);
    expect(status).toMatchObject({ dueNow: "suspendedByDispute", suspended: true, next: null, closed: false });
    expect(status.explanation).toContain("litige ouvert le 28/10/2026\u00a0: relances suspendues");
    expect(status.explanation).toContain("avoir, rabais ou remplacement");
    expect(assessDunningAction({ ...disputed, action: "reminder2" })).toMatchObject({ verdict: "notAllowed", correct: false });
    expect(assessDunningAction({ ...disputed, action: "wait" })).toMatchObject({ verdict: "correct" });
    // Still open the day before its settlement.
    expect(dunningStatus(input("2026-11-04", r1, { dispute: { openedOn: "2026-10-28", settledOn: "2026-11-05" } })).suspended).toBe(true);
  });

  it("after settlement the ladder resumes for the days that were left", () => {
    // R1 26/10; dispute 28/10–05/11 (9 days frozen): 1 day ran before (27/10), 9 remain from 06/11 → R2 Saturday 14/11.
    const dispute = { openedOn: "2026-10-28", settledOn: "2026-11-05" };
    expect(dunningStatus(input("2026-11-05", r1, { dispute }))).toMatchObject({ dueNow: "wait", suspended: false, next: { step: "reminder2", date: "2026-11-14" } });
    const resumed = dunningStatus(input("2026-11-14", r1, { dispute }));
    expect(resumed.dueNow).toBe("reminder2");
    expect(resumed.explanation).toContain("litige du 28/10/2026 au 05/11/2026 (délais suspendus 9 jours)");
    const early = assessDunningAction({ ...input("2026-11-10", r1, { dispute }), action: "reminder2" });
    expect(early).toMatchObject({ verdict: "tooEarly", daysOff: 4 });
    expect(early.explanation).toContain("10 jours après la relance 1 du 26/10/2026, + 9 jours de litige");
  });

  it("a step already overdue when the dispute opened is late only by the days outside the dispute", () => {
    // R1 due 26/10, never sent; dispute 28/10–02/11 (6 days); on 05/11 it is 10 − 6 = 4 days late.
    const status = dunningStatus(input("2026-11-05", [], { dispute: { openedOn: "2026-10-28", settledOn: "2026-11-02" } }));
    expect(status.dueNow).toBe("reminder1");
    expect(status.stepLateByDays).toBe(4);
  });

  it("a dispute settled by a credit note leaves the ladder running on what remains", () => {
    const status = dunningStatus(
      input("2026-11-14", r1, { dispute: { openedOn: "2026-10-28", settledOn: "2026-11-05" }, creditNotes: [{ date: "2026-11-05", amountCents: 50_000 }] }),
    );
    expect(status.balanceCents).toBe(150_000);
    expect(status.dueNow).toBe("reminder2");
    expect(plain(status.explanation)).toContain("avoirs 500,00 € : solde dû 1 500,00 € sur 2 000,00 €");
  });

  it("a dispute opened after today is not seen yet; a settlement before the opening is refused", () => {
    expect(dunningStatus(input("2026-10-26", [], { dispute: { openedOn: "2026-10-28" } })).dueNow).toBe("reminder1");
    expect(() => dunningStatus(input("2026-10-26", [], { dispute: { openedOn: "2026-10-28", settledOn: "2026-10-20" } }))).toThrow(DomainError);
  });
});

describe("payments", () => {
  it("a partial payment keeps the ladder going on the balance", () => {
    const status = dunningStatus(input("2026-11-11", ON_TIME.slice(0, 1), { payments: [{ date: "2026-10-30", amountCents: 80_000 }] }));
    expect(status.balanceCents).toBe(120_000);
    expect(status.paidCents).toBe(80_000);
    expect(status.dueNow).toBe("reminder2");
    expect(plain(status.explanation)).toContain("règlements 800,00 € : solde dû 1 200,00 € sur 2 000,00 €");
  });

  it("full payment closes the file, and says penalties and indemnity may still be claimed", () => {
    const paid = input("2026-11-11", ON_TIME.slice(0, 1), { payments: [{ date: "2026-10-30", amountCents: 80_000 }, { date: "2026-11-08", amountCents: 120_000 }] });
    const status = dunningStatus(paid);
    expect(status).toMatchObject({ closed: true, dueNow: "closed", balanceCents: 0, closedOn: "2026-11-08", daysPastDue: 24, next: null });
    expect(status.explanation).toContain("réglée intégralement le 08/11/2026, 24 jours après l'échéance du 15/10/2026");
    expect(status.explanation).toContain("les pénalités de retard et l'indemnité forfaitaire de 40\u00a0€");
    expect(assessDunningAction({ ...paid, action: "reminder2" })).toMatchObject({ verdict: "wrongStep" });
    expect(assessDunningAction({ ...paid, action: "wait" })).toMatchObject({ verdict: "correct" });
  });

  it("payment on time: closed without penalty; overpayment is reported, the balance stays at 0", () => {
    const onTime = dunningStatus(input("2026-10-20", [], { payments: [{ date: "2026-10-14", amountCents: 210_000 }] }));
    expect(onTime).toMatchObject({ closed: true, balanceCents: 0, overpaidCents: 10_000, daysPastDue: 0 });
    expect(onTime.explanation).toContain("aucune pénalité");
    expect(plain(onTime.explanation)).toContain("Trop-perçu de 100,00 €");
  });

  it("a payment dated after today does not count yet; a zero payment is refused", () => {
    expect(dunningStatus(input("2026-10-26", [], { payments: [{ date: "2026-10-27", amountCents: AMOUNT }] })).dueNow).toBe("reminder1");
    expect(() => dunningStatus(input("2026-10-26", [], { payments: [{ date: "2026-10-20", amountCents: 0 }] }))).toThrow(/payments\[0\]\.amountCents/);
  });
});

describe("pre-reminder policy", () => {
  const policy = { preReminderBeforeDueDays: 5 };

  it("expects a courteous pre-reminder from due − 5 to the due date", () => {
    expect(dunningStatus(input("2026-10-08", [], { policy }))).toMatchObject({ dueNow: "none", next: { step: "preReminder", date: "2026-10-10" } });
    expect(dunningStatus(input("2026-10-10", [], { policy }))).toMatchObject({ dueNow: "preReminder", stepLateByDays: 0 });
    expect(dunningStatus(input("2026-10-12", [], { policy }))).toMatchObject({ dueNow: "preReminder", stepLateByDays: 2 });
    expect(dunningStatus(input("2026-10-15", [], { policy })).dueNow).toBe("preReminder");
  });

  it("judges it", () => {
    expect(assessDunningAction({ ...input("2026-10-08", [], { policy }), action: "preReminder" })).toMatchObject({ verdict: "tooEarly", daysOff: 2 });
    expect(assessDunningAction({ ...input("2026-10-10", [], { policy }), action: "preReminder" })).toMatchObject({ verdict: "correct" });
    expect(assessDunningAction({ ...input("2026-10-12", [], { policy }), action: "wait" })).toMatchObject({ verdict: "tooLate", daysOff: 2 });
    expect(assessDunningAction({ ...input("2026-10-12", [], { policy }), action: "reminder1" })).toMatchObject({ verdict: "tooEarly", daysOff: 14 });
    const sent = [{ step: "preReminder" as const, date: "2026-10-11" }];
    expect(assessDunningAction({ ...input("2026-10-12", sent, { policy }), action: "preReminder" }).explanation).toContain("déjà envoyée le 11/10/2026");
  });

  it("once sent, or once the due date has passed, the ladder takes over", () => {
    const sent = [{ step: "preReminder" as const, date: "2026-10-11" }];
    expect(dunningStatus(input("2026-10-12", sent, { policy }))).toMatchObject({
      dueNow: "none",
      next: { step: "reminder1", date: "2026-10-26" },
      lastStepTaken: { step: "preReminder", date: "2026-10-11" },
    });
    expect(dunningStatus(input("2026-10-16", [], { policy })).dueNow).toBe("wait");
    expect(assessDunningAction({ ...input("2026-10-16", [], { policy }), action: "preReminder" }).verdict).toBe("wrongStep");
  });

  it("is a letter too: due − 4 is Sunday 11/10/2026, so the window opens on Monday 12/10 (docs/decisions/0095)", () => {
    const fourDays = { preReminderBeforeDueDays: 4 };
    expect(dunningStatus(input("2026-10-08", [], { policy: fourDays }))).toMatchObject({ dueNow: "none", next: { step: "preReminder", date: "2026-10-12" } });
    expect(dunningStatus(input("2026-10-11", [], { policy: fourDays }))).toMatchObject({ dueNow: "none", next: { step: "preReminder", date: "2026-10-12" } });
    expect(assessDunningAction({ ...input("2026-10-11", [], { policy: fourDays }), action: "preReminder" })).toMatchObject({ verdict: "tooEarly", daysOff: 1 });
    expect(dunningStatus(input("2026-10-12", [], { policy: fourDays }))).toMatchObject({ dueNow: "preReminder", stepLateByDays: 0 });
  });

  it("is a wrong step when the company's policy has none", () => {
    const judgement = assessDunningAction({ ...input("2026-10-12"), action: "preReminder" });
    expect(judgement.verdict).toBe("wrongStep");
    expect(judgement.explanation).toContain("ne prévoit pas de pré-relance");
  });
});

describe("penaltiesToDate", () => {
  const base = { invoice: { amountInclTaxCents: 1_500_000, dueDate: DUE }, payments: [], annualRatePercent: 15 };

  it("worked example: 15 000,00 € × 15 % × 30/365 = 184,93 € + 40 € indemnity", () => {
    const result = penaltiesToDate({ ...base, today: "2026-11-14" });
    expect(result).toMatchObject({ daysLate: 30, penaltyCents: 18_493, indemnityCents: 4_000, totalCents: 22_493, balanceCents: 1_500_000 });
    expect(plain(result.explanation)).toContain("Indemnité forfaitaire pour frais de recouvrement : 40,00 € (hors TVA)");
    expect(plain(result.explanation)).toContain("Total réclamable : 224,93 €");
  });

  it("worked example: 5 000\u00a0€ × 10\u00a0% × 30/365 = 41,10\u00a0€ + 40\u00a0€", () => {
    const result = penaltiesToDate({ invoice: { amountInclTaxCents: 500_000, dueDate: DUE }, payments: [], annualRatePercent: 10, today: "2026-11-14" });
    expect(result.totalCents).toBe(4_110 + 4_000);
  });

  it("reuses latePenalty for each period (no second formula)", () => {
    const result = penaltiesToDate({ ...base, today: "2026-11-14" });
    expect(result.periods[0]?.explanation).toBe(latePenalty({ amountInclTaxCents: 1_500_000, annualRatePercent: 15, dueDate: DUE, today: "2026-11-14" }).explanation);
  });

  it("a part paid late runs until its payment, the balance until today", () => {
    // 5 000 € paid 25/10 (10 days): 75 000 × 10/365 = 2 054,79 → 2 055; 10 000 € for 30 days: 150 000 × 30/365 = 12 328,77 → 12 329.
    const result = penaltiesToDate({ ...base, payments: [{ date: "2026-10-25", amountCents: 500_000 }], today: "2026-11-14" });
    expect(result.periods.map((p) => [p.amountCents, p.days, p.penaltyCents])).toEqual([
      [500_000, 10, 2_055],
      [1_000_000, 30, 12_329],
    ]);
    expect(result.penaltyCents).toBe(14_384);
    expect(result.balanceCents).toBe(1_000_000);
  });

  it("a payment before the due date and a credit note reduce the base from the start", () => {
    expect(penaltiesToDate({ ...base, payments: [{ date: "2026-10-10", amountCents: 500_000 }], today: "2026-11-14" }).penaltyCents).toBe(12_329);
    expect(penaltiesToDate({ ...base, creditNotes: [{ date: "2026-11-01", amountCents: 500_000 }], today: "2026-11-14" }).penaltyCents).toBe(12_329);
  });

  it("paid in full late: penalties stop on the payment date, and stay claimable", () => {
    const result = penaltiesToDate({ ...base, payments: [{ date: "2026-11-14", amountCents: 1_500_000 }], today: "2026-12-31" });
    expect(result).toMatchObject({ daysLate: 30, penaltyCents: 18_493, indemnityCents: 4_000, balanceCents: 0 });
  });

  it("paid on time or not yet late: nothing; consumer debtor: no indemnity", () => {
    expect(penaltiesToDate({ ...base, payments: [{ date: "2026-10-15", amountCents: 1_500_000 }], today: "2026-12-31" })).toMatchObject({ totalCents: 0, daysLate: 0 });
    expect(penaltiesToDate({ ...base, today: "2026-10-15" })).toMatchObject({ totalCents: 0, indemnityCents: 0 });
    expect(penaltiesToDate({ ...base, today: "2026-11-14", professionalDebtor: false })).toMatchObject({ penaltyCents: 0, indemnityCents: 0, basis: "legalInterest" });
  });

  it("consumer debtor: no L441-10 penalty, no 40 €; legal interest from the formal notice only (1 200,00 € × 2,62 % × 30/365 = 2,58 €)", () => {
    const consumer = { invoice: { amountInclTaxCents: 120_000, dueDate: "2026-01-15" }, payments: [], annualRatePercent: 12.15, professionalDebtor: false };
    const beforeNotice = penaltiesToDate({ ...consumer, today: "2026-03-01" });
    expect(beforeNotice).toMatchObject({ penaltyCents: 0, indemnityCents: 0, totalCents: 0, periods: [] });
    expect(plain(beforeNotice.explanation)).toContain("ni pénalités de retard (C. com. L441-10) ni indemnité forfaitaire de 40 €");
    // Notice on 02/03/2026: interest runs from 03/03 to 01/04 included, 30 days; 120 000 × 2,62 % × 30 / 365 = 258,41 → 258 cents.
    const afterNotice = penaltiesToDate({ ...consumer, today: "2026-04-01", legalInterest: { ratePercent: 2.62, formalNoticeDate: "2026-03-02" } });
    expect(afterNotice).toMatchObject({ basis: "legalInterest", ratePercent: 2.62, penaltyCents: 258, indemnityCents: 0, totalCents: 258 });
    expect(afterNotice.periods).toMatchObject([{ from: "2026-03-03", to: "2026-04-01", days: 30, penaltyCents: 258 }]);
    expect(plain(afterNotice.explanation)).toContain("Intérêts au taux légal depuis la mise en demeure du 02/03/2026 : 1 200,00 € × 2,62 % × 30 / 365 = 2,58 €");
  });

  it("legalInterestFromNotice: the first formal notice on or before today, at the legal rate «\u00a0autres cas\u00a0» of its half-year", () => {
    const steps = [{ step: "reminder1", date: "2026-02-01" }, { step: "formalNotice", date: "2026-03-02" }];
    expect(legalInterestFromNotice(steps, "2026-03-01")).toBeUndefined();
    expect(legalInterestFromNotice(steps, "2026-04-01")).toEqual({ ratePercent: 2.62, formalNoticeDate: "2026-03-02" });
    expect(legalInterestFromNotice([{ step: "formalNotice", date: "2025-11-03" }], "2025-12-01")).toEqual({ ratePercent: 2.76, formalNoticeDate: "2025-11-03" });
  });

  it("property: a consumer owes nothing on any day up to the formal notice, however late", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (amount, lateDays, gap) => {
        const notice = addDays("2026-01-15", lateDays + gap);
        const result = penaltiesToDate({
          invoice: { amountInclTaxCents: amount, dueDate: "2026-01-15" },
          payments: [],
          annualRatePercent: 12.15,
          professionalDebtor: false,
          legalInterest: { ratePercent: 2.62, formalNoticeDate: notice },
          today: addDays("2026-01-15", lateDays),
        });
        expect(result.totalCents).toBe(0);
      }),
    );
  });

  it("property: partial payments never raise the penalties above the unpaid case (one cent of rounding per period)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.record({ offset: fc.integer({ min: -20, max: 120 }), amount: fc.integer({ min: 1, max: 5_000_000 }) }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 120 }),
        (amount, raw, todayOffset) => {
          const today = addDays(DUE, todayOffset);
          const payments = raw.map((p) => ({ date: addDays(DUE, p.offset), amountCents: p.amount }));
          const invoice = { amountInclTaxCents: amount, dueDate: DUE };
          const withPayments = penaltiesToDate({ invoice, payments, annualRatePercent: 12.15, today });
          const unpaid = penaltiesToDate({ invoice, payments: [], annualRatePercent: 12.15, today });
          expect(withPayments.penaltyCents).toBeGreaterThanOrEqual(0);
          expect(withPayments.penaltyCents).toBeLessThanOrEqual(unpaid.penaltyCents + withPayments.periods.length);
          expect(withPayments.balanceCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe("properties of the ladder", () => {
  const policyArb = dunningPolicyArbitrary;

  it("every step's due date is a working day: never a Sunday, never a French public holiday (docs/decisions/0095)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6000 }),
        policyArb,
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 6, maxLength: 6 }),
        fc.option(fc.record({ open: fc.integer({ min: -5, max: 40 }), length: fc.integer({ min: 0, max: 20 }) }), { nil: undefined }),
        (offset, policy, lags, disputeOffsets) => {
          const dueDate = addDays("2020-01-01", offset);
          const dispute = disputeOffsets === undefined ? undefined : { openedOn: addDays(dueDate, disputeOffsets.open), settledOn: addDays(dueDate, disputeOffsets.open + disputeOffsets.length) };
          const actions: DunningEvent[] = [];
          let today = addDays(dueDate, -20);
          for (const lag of lags) {
            // Far enough past any dispute to see the next step, as of the last step taken.
            const status = dunningStatus({ invoice: { amountInclTaxCents: AMOUNT, dueDate }, today, actionsTaken: [...actions], payments: [], policy, ...(dispute === undefined ? {} : { dispute }) });
            if (status.next === null) break;
            const { step, date } = status.next;
            expect(dayOfWeek(date), `${step} due ${date}`).not.toBe(0);
            expect(publicHolidayOn(date), `${step} due ${date}`).toBeNull();
            expect(isWorkingDay(date)).toBe(true);
            // Taken on the day it falls due or a few days late (possibly a Sunday): the next rung counts from then.
            today = addDays(compareDates(date, today) >= 0 ? date : today, lag);
            actions.push({ step, date: today });
          }
        },
      ),
    );
  });
  const disputeArb = fc.option(fc.record({ open: fc.integer({ min: -10, max: 60 }), length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }), { nil: undefined });
  const daysArb = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 4 }), act: fc.boolean() }), { minLength: 1, maxLength: 50 });

  it("a learner who only takes the due step never skips one, never goes back, and exactly one choice is right each day (disputes included)", () => {
    fc.assert(
      fc.property(policyArb, daysArb, fc.integer({ min: -15, max: 5 }), disputeArb, (policy, days, startOffset, disputeOffsets) => {
        const dispute =
          disputeOffsets === undefined
            ? undefined
            : { openedOn: addDays(DUE, disputeOffsets.open), ...(disputeOffsets.length === undefined ? {} : { settledOn: addDays(DUE, disputeOffsets.open + disputeOffsets.length) }) };
        const actions: DunningEvent[] = [];
        let today = addDays(DUE, startOffset);
        let previousTop = -1;
        let previousNextDate: string | null = null;
        for (const { gap, act } of days) {
          today = addDays(today, gap);
          const situation = input(today, [...actions], { policy, ...(dispute === undefined ? {} : { dispute }) });
          const status = dunningStatus(situation);
          for (const choice of CHOICES) {
            const expectedRight = choice === status.dueNow || (choice === "wait" && !isAction(status.dueNow));
            expect(assessDunningAction({ ...situation, action: choice }).correct).toBe(expectedRight);
          }
          const top = status.lastStepTaken === null ? -1 : DUNNING_LADDER.indexOf(status.lastStepTaken.step as (typeof DUNNING_LADDER)[number]);
          expect(top).toBeGreaterThanOrEqual(previousTop);
          previousTop = top;
          if (status.next !== null) {
            if (previousNextDate !== null) expect(compareDates(status.next.date, previousNextDate)).toBeGreaterThanOrEqual(0);
            previousNextDate = status.next.date;
          }
          if (isAction(status.dueNow) && act && actions.every((a) => a.date !== today || a.step !== status.dueNow)) {
            actions.push({ step: status.dueNow, date: today });
          }
        }
        const rungs = actions.filter((a) => a.step !== "preReminder").map((a) => a.step);
        expect(rungs).toEqual(DUNNING_LADDER.slice(0, rungs.length));
        expect(actions.filter((a) => a.step === "preReminder").length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("the balance is never negative, and the file is closed exactly when everything is paid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.record({ offset: fc.integer({ min: -30, max: 90 }), amount: fc.integer({ min: 1, max: 600_000 }) }), { maxLength: 6 }),
        fc.integer({ min: -30, max: 90 }),
        (amount, raw, todayOffset) => {
          const today = addDays(DUE, todayOffset);
          const payments = raw.map((p) => ({ date: addDays(DUE, p.offset), amountCents: p.amount }));
          const status = dunningStatus({ invoice: { amountInclTaxCents: amount, dueDate: DUE }, today, actionsTaken: [], payments });
          const paidSoFar = payments.filter((p) => daysBetween(p.date, today) >= 0).reduce((sum, p) => sum + p.amountCents, 0);
          expect(status.balanceCents).toBeGreaterThanOrEqual(0);
          expect(status.balanceCents).toBe(Math.max(0, amount - paidSoFar));
          expect(status.closed).toBe(paidSoFar >= amount);
          expect(status.dueNow === "closed").toBe(status.closed);
        },
      ),
    );
  });

  it("while a dispute is open, no step is ever due and every step is refused", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 80 }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 150_000 }), { maxLength: 2 }),
        (openOffset, openFor, settleAfterToday, steps, paymentAmounts) => {
          const openedOn = addDays(DUE, openOffset);
          const today = addDays(openedOn, openFor);
          const dispute = settleAfterToday === undefined ? { openedOn } : { openedOn, settledOn: addDays(today, settleAfterToday) };
          const situation = input(today, ON_TIME.slice(0, steps), {
            dispute,
            payments: paymentAmounts.map((amountCents) => ({ date: openedOn, amountCents })),
          });
          const status = dunningStatus(situation);
          expect(isAction(status.dueNow)).toBe(false);
          expect(["suspendedByDispute", "closed"]).toContain(status.dueNow);
          for (const action of DUNNING_ACTIONS) {
            expect(assessDunningAction({ ...situation, action }).correct).toBe(false);
          }
        },
      ),
    );
  });
});
