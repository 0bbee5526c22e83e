/**
 * The scenario player: chains the stages a scenario asks for, carries the PGI ledger, the
 * simulated date and the facts of one stage to the next, and scores the whole (ADR 0040).
 * The current stage runs as the invoked child "stage"; learner and clock events sent to the
 * player are forwarded to it, so one persisted snapshot restores the whole game exactly.
 * It holds no stage machine itself: it takes each from the registry of stageMachines.ts, and waits
 * in the stage's `loading` state while the machine is fetched (docs/decisions/0141). The browser
 * imports this file; the command line and the tests import player.ts, which gives it every machine.
 */
import { assign, enqueueActions, fromPromise, not, sendTo, setup, type ActorRefFrom, type AnyActorLogic, type AnyActorRef, type AnyStateMachine, type SnapshotFrom } from "xstate";
import { openingLedger, scoreTrace, STAGE_IDS, type IsoDate, type Ledger, type Scenario, type StageId, type StageScore, type TraceEntry } from "@/domain";
import type { CarriedState, StageInput, StageOutput } from "./contract";
import { sendOrThrow, startObserved, throwIfFailed } from "./observedActor";
import { hasStageMachine, loadStageMachines, stageMachine } from "./stageMachines";
import type { RunningStage, StageEvent } from "./stages";

export type PlayerEvent = StageEvent;

export interface PlayerInput {
  scenario: Scenario;
}

export interface PlayerContext {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
  carried: CarriedState;
  /** Outputs of the stages finished so far, in order. */
  stages: StageOutput[];
  /** Stages of the scenario that could not be played, with the reason (an order refused at intake...). */
  skipped: { stage: StageId; reason: string }[];
}

export interface PlayerOutput {
  stages: StageOutput[];
  skipped: { stage: StageId; reason: string }[];
  trace: TraceEntry[];
  score: ScenarioScore;
}

export interface ScenarioScore {
  overall: StageScore;
  byStage: Partial<Record<StageId, StageScore>>;
}

/** Stages that continue the customer's order need it recorded by intake (an order on hold or refused has none). */
const NEEDS_ORDER: readonly StageId[] = ["orderProcessing", "invoicing"];

/** What the running stage receives: also where the answer key starts each stage from (answerKey/). */
export function stageInput(context: PlayerContext): StageInput {
  return { scenario: context.scenario, ledger: context.ledger, today: context.today, carried: context.carried };
}

function firstDay(scenario: Scenario): IsoDate {
  return scenario.stages[0] === "orderIntake" && scenario.order ? scenario.order.receivedOn : scenario.clock.start;
}

function scenarioScore(stages: readonly StageOutput[]): ScenarioScore {
  return {
    overall: scoreTrace(stages.flatMap((s) => s.trace)),
    byStage: Object.fromEntries(stages.map((s) => [s.stage, s.score])),
  };
}

function playerOutput(context: PlayerContext): PlayerOutput {
  return { stages: context.stages, skipped: context.skipped, trace: context.stages.flatMap((s) => s.trace), score: scenarioScore(context.stages) };
}

function isPlanned(context: PlayerContext, stage: StageId): boolean {
  return context.scenario.stages.includes(stage);
}

function missingOrder(context: PlayerContext, stage: StageId): boolean {
  return NEEDS_ORDER.includes(stage) && context.carried.orderId === undefined;
}

function skipReason(context: PlayerContext): string {
  const decision = context.carried.intakeDecision;
  return decision === "hold"
    ? "la commande a été mise en attente à l'étape de contrôle\u00a0: elle ne peut pas encore être traitée ni facturée."
    : decision === "refuse"
      ? "la commande a été refusée à l'étape de contrôle\u00a0: il n'y a rien à traiter ni à facturer."
      : "aucune commande n'a été enregistrée.";
}

/**
 * A stage's machine as the player invokes it: the registry's, looked up when the stage starts or
 * a saved game is restored, never before the stage's `loading` state has it there. It does what
 * the machine does (an actor calls nothing else on its logic); `runningStage` types its actor by the stage.
 */
function registeredStageMachine(stage: StageId): AnyActorLogic {
  const machine = (): AnyStateMachine => stageMachine(stage);
  const logic: AnyActorLogic = {
    transition: (snapshot, event, scope) => machine().transition(snapshot, event, scope),
    getInitialSnapshot: (scope, input) => machine().getInitialSnapshot(scope, input),
    restoreSnapshot: (snapshot, scope) => machine().restoreSnapshot(snapshot, scope),
    getPersistedSnapshot: (snapshot, options) => machine().getPersistedSnapshot(snapshot, options),
    start: (snapshot) => machine().start(snapshot),
  };
  return logic;
}

/** The fetch of a stage's machine, invoked where it is used: not a child the player's `children.stage` could be. */
const fetchStageMachine = fromPromise(({ input }: { input: { stage: StageId } }) => loadStageMachines([input.stage]));

/**
 * One state per stage: run it if planned and playable, skip it (and say why) if its order is
 * missing; wait for its machine first if it has not arrived (a fetch the network may fail: the
 * player then stops in error, like a rule that cannot apply, and a reload tries again).
 */
function stageState(stage: StageId, next: string) {
  return {
    initial: "routing",
    states: {
      routing: {
        always: [
          { guard: not({ type: "isPlanned", params: { stage } }), target: `#player.${next}` },
          { guard: { type: "lacksOrder", params: { stage } }, target: `#player.${next}`, actions: { type: "recordSkip", params: { stage } } },
          { guard: { type: "hasMachine", params: { stage } }, target: "running" },
          { target: "loading" },
        ],
      },
      loading: {
        invoke: { src: fetchStageMachine, input: { stage }, onDone: { target: "running" } },
      },
      running: {
        invoke: {
          id: "stage",
          src: stage,
          input: ({ context }: { context: PlayerContext }) => stageInput(context),
          onDone: { target: `#player.${next}`, actions: "recordStage" },
        },
      },
    },
  } as const;
}

export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    input: {} as PlayerInput,
    events: {} as PlayerEvent,
    output: {} as PlayerOutput,
  },
  actors: {
    orderIntake: registeredStageMachine("orderIntake"),
    orderProcessing: registeredStageMachine("orderProcessing"),
    invoicing: registeredStageMachine("invoicing"),
    invoiceControl: registeredStageMachine("invoiceControl"),
    paymentFollowUp: registeredStageMachine("paymentFollowUp"),
  },
  guards: {
    isPlanned: ({ context }, params: { stage: StageId }) => isPlanned(context, params.stage),
    hasMachine: (_, params: { stage: StageId }) => hasStageMachine(params.stage),
    lacksOrder: ({ context }, params: { stage: StageId }) => missingOrder(context, params.stage),
  },
  actions: {
    forwardToStage: sendTo("stage", ({ event }) => event),
    recordStage: enqueueActions(({ context, event, enqueue }) => {
      const { deferredMove, ...output } = (event as unknown as { output: StageOutput }).output;
      enqueue.assign({ ledger: output.ledger, today: output.today, carried: output.carried, stages: [...context.stages, output] });
      // The move that ended the stage by declining its second try is the next stage's (docs/decisions/0130).
      if (deferredMove !== undefined) enqueue.raise(deferredMove as PlayerEvent);
    }),
    recordSkip: assign(({ context }, params: { stage: StageId }) => ({
      skipped: [...context.skipped, { stage: params.stage, reason: skipReason(context) }],
    })),
  },
}).createMachine({
  id: "player",
  context: ({ input }) => ({
    scenario: input.scenario,
    ledger: openingLedger(input.scenario),
    today: firstDay(input.scenario),
    carried: {},
    stages: [],
    skipped: [],
  }),
  initial: "orderIntake",
  on: {
    "learner.*": { actions: "forwardToStage" },
    "clock.*": { actions: "forwardToStage" },
  },
  states: {
    orderIntake: stageState("orderIntake", "orderProcessing"),
    orderProcessing: stageState("orderProcessing", "invoicing"),
    invoicing: stageState("invoicing", "invoiceControl"),
    invoiceControl: stageState("invoiceControl", "paymentFollowUp"),
    paymentFollowUp: stageState("paymentFollowUp", "finished"),
    finished: { type: "final" },
  },
  output: ({ context }) => playerOutput(context),
});

export type PlayerActor = ActorRefFrom<typeof playerMachine>;
export type PlayerSnapshot = SnapshotFrom<typeof playerMachine>;

/**
 * The stage being played, if any: the one whose state is `running`. Read from the snapshot's value
 * (`{ invoicing: "running" }`) rather than by `matches` for each stage, which builds and walks a state
 * value five times per move of a replay (issue 16).
 */
export function currentStage(snapshot: PlayerSnapshot): StageId | undefined {
  const value = snapshot.value as Partial<Record<string, unknown>>;
  return STAGE_IDS.find((stage) => value[stage] === "running");
}

/**
 * The stage being played and its actor, typed by the stage (the UI reads its snapshot: `can`,
 * `matches`, context). The child invoked as "stage" in a stage's `running` state runs that stage's
 * machine, so the stage `currentStage` names is the one the actor plays.
 */
export function runningStage(snapshot: PlayerSnapshot): RunningStage | undefined {
  const stage = currentStage(snapshot);
  const actor = snapshot.children.stage;
  return stage === undefined || actor === undefined ? undefined : { stage, actor };
}

// ---------------------------------------------------------------------------------------------
// Headless play, for the command line and the tests
// ---------------------------------------------------------------------------------------------

export interface PlayResult extends PlayerOutput {
  finished: boolean;
  /** Why play stopped before the end, if it did. */
  stoppedReason?: string;
  rejected: { index: number; event: PlayerEvent; reason: string }[];
}

/**
 * The running stage's actor if it takes the event, else why the event is refused. A move is sent
 * straight to that stage, as a panel does: through the player, it would cost a macrostep of the
 * player's only to forward it there (issue 16). The stage's end, its deferred move and its error
 * reach the player as they do from a panel; the player's error is rethrown (`sendOrThrow`).
 */
function stageTaking(actor: PlayerActor, event: PlayerEvent): AnyActorRef | string {
  const snapshot = actor.getSnapshot();
  if (snapshot.status === "done") return "le scénario est déjà terminé.";
  // A recorded event is any stage's (a file, the command line): the running machine says whether it takes it.
  const child: AnyActorRef | undefined = runningStage(snapshot)?.actor;
  if (!child) return "aucune étape n'est en cours.";
  if (!child.getSnapshot().can(event)) {
    return `action «\u00a0${event.type}\u00a0» impossible à ce moment de l'étape «\u00a0${currentStage(snapshot) ?? "?"}\u00a0».`;
  }
  return child;
}

/** Decisions already taken in the stage still running: a recording stopped halfway keeps them. */
function runningTrace(snapshot: PlayerSnapshot): TraceEntry[] {
  return runningStage(snapshot)?.actor.getSnapshot().context.trace ?? [];
}

/** Where a played game stands: finished or not, its trace and score, the events refused. */
export function playResult(actor: PlayerActor, rejected: PlayResult["rejected"]): PlayResult {
  const snapshot = actor.getSnapshot();
  const finished = snapshot.status === "done";
  const partial = playerOutput(snapshot.context);
  const stage = currentStage(snapshot);
  const running = runningTrace(snapshot);
  const trace = [...partial.trace, ...running];
  const byStage = stage && running.length > 0 ? { ...partial.score.byStage, [stage]: scoreTrace(running) } : partial.score.byStage;
  return {
    ...partial,
    trace,
    score: { overall: scoreTrace(trace), byStage },
    finished,
    ...(finished ? {} : { stoppedReason: stage ? `l'étape «\u00a0${stage}\u00a0» n'est pas terminée.` : "le scénario n'est pas terminé." }),
    rejected,
  };
}

export interface PlayerOptions {
  /** Any actor of the game (the player or the stage it runs) moved: lets the browser save the game. */
  onAnySnapshot?: () => void;
  /**
   * A move of the learner: a `learner.*` or `clock.*` event sent from outside the game, to the player
   * or straight to the stage it runs (a panel's `stageActor.send`). The player's own forwarding is
   * not one. Replayed in order with `sendAll` on a fresh player, the moves rebuild the game (an LMS's
   * suspend_data keeps them, docs/decisions/0126).
   */
  onMove?: (event: PlayerEvent) => void;
}

const isMove = (type: string) => type.startsWith("learner.") || type.startsWith("clock.");

type InspectedEvent = { type: string; event?: { type: string }; sourceRef?: unknown };

function inspector({ onAnySnapshot, onMove }: PlayerOptions): ((inspected: InspectedEvent) => void) | undefined {
  if (onAnySnapshot === undefined && onMove === undefined) return undefined;
  return (inspected) => {
    if (inspected.type === "@xstate.snapshot") onAnySnapshot?.();
    else if (inspected.type === "@xstate.event" && inspected.sourceRef === undefined && inspected.event !== undefined && isMove(inspected.event.type)) onMove?.(inspected.event as PlayerEvent);
  };
}

/**
 * Starts a player. A stage that cannot apply its rules to the scenario's data (a new customer
 * described too thinly to open the account...) puts the player in error, whether the rule fails in
 * the player or in the stage it runs (an unhandled child error stops the parent with the same
 * error): the error is observed here, so it never escapes as an unhandled exception, and
 * `throwIfFailed` rethrows it where the caller can report it.
 */
export function startPlayer(scenario: Scenario, snapshot?: unknown, options: PlayerOptions = {}): PlayerActor {
  const inspect = inspector(options);
  return snapshot === undefined
    ? startObserved(playerMachine, { input: { scenario }, inspect })
    : startObserved(playerMachine, { input: { scenario }, snapshot: snapshot as never, inspect });
}

/** Sends events one by one; an event the running stage would refuse is reported, not sent. */
export function sendAll(actor: PlayerActor, events: readonly PlayerEvent[], offset = 0): PlayResult["rejected"] {
  const rejected: PlayResult["rejected"] = [];
  throwIfFailed(actor);
  events.forEach((event, i) => {
    const stage = stageTaking(actor, event);
    if (typeof stage === "string") rejected.push({ index: offset + i, event, reason: stage });
    else sendOrThrow(stage, event, actor);
  });
  return rejected;
}

/**
 * A list of moves that ends on a first try still open to correction (docs/decisions/0130): the
 * answer given stands, as if the learner had gone on without correcting — a recording, a wrong
 * answer replayed by a test. Nothing happens when no first try is held.
 */
export function settleHeldFirstTry(actor: PlayerActor): void {
  const decline: PlayerEvent = { type: "learner.secondTryDeclined" };
  const stage = stageTaking(actor, decline);
  if (typeof stage !== "string") sendOrThrow(stage, decline, actor);
}

export function playScenario(scenario: Scenario, events: readonly PlayerEvent[]): PlayResult {
  const actor = startPlayer(scenario);
  const rejected = sendAll(actor, events);
  settleHeldFirstTry(actor);
  const played = playResult(actor, rejected);
  actor.stop();
  return played;
}
