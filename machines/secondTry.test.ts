/**
 * The second try in training (docs/decisions/0130), stage by stage: a wrong answer held with the
 * point still open; corrected right (half its points), corrected wrong, declined; declined by the
 * next point's move, as a game recorded before replays (the same trace and score as when every
 * wrong answer was taken at once, across stages too); nothing held in an assessment.
 */
import { describe, expect, it } from "vitest";
import { createActor, type AnyStateMachine } from "xstate";
import { SECOND_TRY_RULE, type Scenario, type TraceEntry } from "@/domain";
import { intakeInput, intakeScenario, newCustomerByPhone } from "@/domain/intake/intake.fixtures";
import type { StageInput } from "./contract";
import { invoiceControlMachine, type InvoiceControlEvent } from "./invoiceControl";
import { orderIntakeMachine, type OrderIntakeEvent } from "./orderIntake";
import { paymentFollowUpMachine } from "./paymentFollowUp";
import { playerMachine, playResult, sendAll, startPlayer, type PlayerEvent } from "./player";
import { STAGE_MACHINES } from "./stages";
import { solveScenario, wrongAnswersFor } from "./answerKey";
import { solveOrderIntake } from "./answerKey/orderIntake";
import { solveInvoiceControl } from "./answerKey/invoiceControl";
import { courseControlScenario, stageInputOf } from "./testing/controlFixtures";
import { FOLLOWED_INVOICE, twentySevenDaysScenario } from "./testing/followUpFixtures";
import { answeredAtOnce } from "./testing/secondTry";

/** The intake fixture played through intake, processing and invoicing (as in player.test.ts). */
function fullChain(): Scenario {
  return intakeScenario((file) => {
    file.stages = ["orderIntake", "orderProcessing", "invoicing"];
  });
}

const DECLINE = { type: "learner.secondTryDeclined" } as const;

function play<TMachine extends AnyStateMachine>(machine: TMachine, input: StageInput, events: readonly { type: string }[]) {
  const actor = createActor(machine as AnyStateMachine, { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

/** Stage 1: an account created without SIREN nor contact (wrong), and the right one. */
function accountTries() {
  const input = intakeInput(newCustomerByPhone());
  const [created, ...rest] = solveOrderIntake(input);
  if (created?.type !== "learner.accountCreated") throw new Error("the key starts with a creation");
  const { siren: _siren, siret: _siret, contact: _contact, ...incomplete } = created.draft;
  const wrong: OrderIntakeEvent = { type: "learner.accountCreated", draft: incomplete };
  return { input, wrong, right: created, rest };
}

describe("stage 1: a wrong check held for a second try", () => {
  const { input, wrong, right, rest } = accountTries();

  it("holds the first try: the check stays open, nothing recorded, the verdict without the answer and the rule", () => {
    const snapshot = play(orderIntakeMachine, input, [wrong]).getSnapshot();
    expect(snapshot.value).toBe("account");
    expect(snapshot.context.trace).toEqual([]);
    expect(snapshot.context.lastFeedback).toMatchObject({ decisionPoint: "intake.account", verdict: "wrong", correct: false, points: 0, maxPoints: 2, expected: "", explanation: SECOND_TRY_RULE });
    expect(SECOND_TRY_RULE).toBe("Vous pouvez corriger une fois\u00a0: une réponse corrigée rapporte la moitié de ses points.");
    expect(snapshot.can(DECLINE)).toBe(true);
    expect(snapshot.context.customerId).toBeNull();
  });

  it("corrected right: half the points, both tries kept, and the stage goes on (15 / 16)", () => {
    const actor = play(orderIntakeMachine, input, [wrong, right]);
    const { trace, firstTry, lastFeedback } = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe("solvency");
    expect(firstTry).toBeUndefined();
    expect(trace).toHaveLength(1);
    expect(trace[0]).toMatchObject({ correct: true, verdict: "correct", points: 1, maxPoints: 2, firstTry: { answer: "Création d'un compte «\u00a0Boulangerie Le Petit Fournil\u00a0»", points: 0 } });
    expect(lastFeedback).toEqual(trace[0]);
    expect(actor.getSnapshot().can(DECLINE)).toBe(false);
    for (const event of rest) actor.send(event);
    expect(actor.getSnapshot().output?.score).toMatchObject({ points: 15, maxPoints: 16 });
  });

  it("corrected wrong: no point, both tries kept, and no third try", () => {
    const snapshot = play(orderIntakeMachine, input, [wrong, wrong]).getSnapshot();
    expect(snapshot.value).toBe("solvency");
    expect(snapshot.context.trace[0]).toMatchObject({ correct: false, points: 0, firstTry: { points: 0 } });
    expect(snapshot.can(DECLINE)).toBe(false);
  });

  it("declined: the first try recorded as judged, with its expected answer, and the stage goes on", () => {
    const declined = play(orderIntakeMachine, input, [wrong, DECLINE]).getSnapshot();
    const atOnce = play(answeredAtOnce(orderIntakeMachine), input, [wrong]).getSnapshot();
    expect(declined.value).toBe("solvency");
    expect(declined.context.trace).toEqual(atOnce.context.trace);
    expect(declined.context.trace[0]?.firstTry).toBeUndefined();
    expect(declined.context.lastFeedback?.expected).toContain("Créer le compte C0005");
  });

  it("declined by the next check's move (a game recorded before): the same trace and score (14 / 16)", () => {
    const replayed = play(orderIntakeMachine, input, [wrong, ...rest]).getSnapshot();
    const atOnce = play(answeredAtOnce(orderIntakeMachine), input, [wrong, ...rest]).getSnapshot();
    expect(replayed.status).toBe("done");
    expect(replayed.context.trace).toEqual(atOnce.context.trace);
    expect(replayed.output?.score).toMatchObject({ points: 14, maxPoints: 16 });
  });

  it("in an assessment, a wrong answer is taken at once, as before", () => {
    const scenario = newCustomerByPhone();
    const assessed = intakeInput({ ...scenario, classroom: { ...scenario.classroom, assessment: true } } as Scenario);
    const snapshot = play(orderIntakeMachine, assessed, [wrong]).getSnapshot();
    expect(snapshot.value).toBe("solvency");
    expect(snapshot.context.trace[0]).toMatchObject({ verdict: "wrong", points: 0 });
    expect(snapshot.can(DECLINE)).toBe(false);
  });
});

describe("stage 4: the control's second try is a second submission", () => {
  const input = stageInputOf(courseControlScenario());
  const solved = solveInvoiceControl(input);

  it("a submission with nothing marked is held; the marks then found earn half their points", () => {
    const actor = play(invoiceControlMachine, input, [{ type: "learner.controlSubmitted" }]);
    expect(actor.getSnapshot().value).toBe("marking");
    expect(actor.getSnapshot().context.trace).toEqual([]);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ points: 0, maxPoints: 10, expected: "", explanation: SECOND_TRY_RULE });
    for (const event of solved) actor.send(event);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe("done");
    expect(snapshot.context.trace.map((entry: TraceEntry) => [entry.points, entry.firstTry?.points])).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
    expect(snapshot.output?.score).toMatchObject({ points: 5, maxPoints: 10, percent: 50 });
  });

  it("a submission with a false alarm is held as one: its points added up (8 / 10)", () => {
    const marks = solved.filter((event) => event.type !== "learner.controlSubmitted");
    const falseAlarm: InvoiceControlEvent = { type: "learner.findingMarked", field: "seller.siren" };
    const actor = play(invoiceControlMachine, input, [...marks, falseAlarm, { type: "learner.controlSubmitted" }]);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ verdict: "wrong", points: 10, maxPoints: 12, expected: "", explanation: SECOND_TRY_RULE });
  });
});

describe("stage 5: the same invoice's decision on the same day", () => {
  // 11/11/2026: the reminder 2 is due; the reminder 1 again is wrong.
  const input = stageInputOf(twentySevenDaysScenario());
  const choose = (action: "reminder1" | "reminder2") => ({ type: "learner.actionChosen", invoice: FOLLOWED_INVOICE, action });

  it("a wrong step held, then the right one: half the points, both tries kept", () => {
    const actor = play(paymentFollowUpMachine, input, [choose("reminder1")]);
    expect(actor.getSnapshot().context.trace).toEqual([]);
    expect(actor.getSnapshot().can(DECLINE)).toBe(true);
    actor.send(choose("reminder2"));
    expect(actor.getSnapshot().context.trace).toHaveLength(1);
    expect(actor.getSnapshot().context.trace[0]).toMatchObject({ correct: true, points: 1, maxPoints: 2, firstTry: { answer: `Facture ${FOLLOWED_INVOICE}\u00a0: Relance 1 (courtoise)`, points: 0 } });
  });

  it("moving the clock declines it: recorded as taken at once", () => {
    const events = [choose("reminder1"), { type: "learner.followUpEnded" }];
    const replayed = play(paymentFollowUpMachine, input, events).getSnapshot();
    const atOnce = play(answeredAtOnce(paymentFollowUpMachine), input, events).getSnapshot();
    expect(replayed.context.trace).toEqual(atOnce.context.trace);
    expect(replayed.context.trace[0]?.verdict).toBe("wrong");
  });
});

describe("a game recorded before the second try, replayed by the player", () => {
  /** The player of before: every stage takes a wrong answer at once. */
  const before = playerMachine.provide({
    actors: {
      orderIntake: answeredAtOnce(STAGE_MACHINES.orderIntake),
      orderProcessing: answeredAtOnce(STAGE_MACHINES.orderProcessing),
      invoicing: answeredAtOnce(STAGE_MACHINES.invoicing),
      invoiceControl: answeredAtOnce(STAGE_MACHINES.invoiceControl),
      paymentFollowUp: answeredAtOnce(STAGE_MACHINES.paymentFollowUp),
    },
  });

  it("each stage's last answer wrong, then the next stage's moves: the same trace and score, and the moves recorded are the learner's only", () => {
    const scenario = fullChain();
    const { steps } = solveScenario(scenario);
    const lastOfStage = steps.map((step, index) => (steps[index + 1]?.stage !== step.stage ? index : -1)).filter((index) => index >= 0 && index < steps.length - 1);
    expect(lastOfStage.length).toBeGreaterThan(1);
    const events: PlayerEvent[] = steps.map((step, index) => (lastOfStage.includes(index) ? (wrongAnswersFor(step)[0] ?? step.event) : step.event) as PlayerEvent);
    const moves: PlayerEvent[] = [];
    const now = startPlayer(scenario, undefined, { onMove: (event) => moves.push(event) });
    expect(sendAll(now, events)).toEqual([]);
    const then = createActor(before, { input: { scenario } }).start();
    for (const event of events) then.send(event);
    expect(now.getSnapshot().status).toBe("done");
    expect(playResult(now, []).trace).toEqual(then.getSnapshot().output?.trace);
    expect(now.getSnapshot().output?.score).toEqual(then.getSnapshot().output?.score);
    expect(moves).toEqual(events);
  });
});
