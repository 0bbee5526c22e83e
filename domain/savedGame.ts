/**
 * A saved game holds no copy of its scenario. The player's persisted snapshot (an XState
 * snapshot as JSON: `context`, and each invoked actor's own persisted snapshot under
 * `children.<id>.snapshot`) has the scenario in the player's context and in the context of the
 * stages that keep it (intake, processing, invoicing). Each is replaced by a marker when the game
 * is saved, and by the current scenario when it is restored: the game goes on with the scenario
 * as it is now, which the content hash saved beside it proves to be the one it was played on.
 * Plain JSON work, here rather than in machines/ because the store's migration needs it too.
 */
import type { Scenario } from "./scenarioTypes";
import type { TraceEntry } from "./scoring";

/** What stands where the scenario was: a string no scenario object can be confused with. */
export const SCENARIO_MARKER = "@scenario";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The persisted snapshot with `context.scenario` of every actor set by `replace` (unchanged where an actor has none). */
function mapScenario(snapshot: unknown, replace: (scenario: unknown) => unknown): unknown {
  if (!isObject(snapshot)) return snapshot;
  const mapped: Json = { ...snapshot };
  if (isObject(snapshot.context) && "scenario" in snapshot.context) mapped.context = { ...snapshot.context, scenario: replace(snapshot.context.scenario) };
  if (isObject(snapshot.children)) {
    mapped.children = Object.fromEntries(
      Object.entries(snapshot.children).map(([id, child]) => [id, isObject(child) ? { ...child, snapshot: mapScenario(child.snapshot, replace) } : child]),
    );
  }
  return mapped;
}

/** The snapshot to save: every copy of the scenario replaced by the marker. */
export function withoutScenario(snapshot: unknown): unknown {
  return mapScenario(snapshot, () => SCENARIO_MARKER);
}

/** The snapshot to restore: every marker (or copy, in a save written before the markers) replaced by the current scenario. */
export function withScenario(snapshot: unknown, scenario: Scenario): unknown {
  return mapScenario(snapshot, () => scenario);
}

/** The scenario copy a save written before the markers embeds (store version 3), if any. */
export function embeddedScenario(snapshot: unknown): unknown {
  return isObject(snapshot) && isObject(snapshot.context) && isObject(snapshot.context.scenario) ? snapshot.context.scenario : undefined;
}

function traceOf(context: unknown): unknown[] {
  return isObject(context) && Array.isArray(context.trace) ? context.trace : [];
}

/**
 * The decisions a saved game holds, in the order they were taken: those of the finished stages
 * (`context.stages[].trace`), then those of the stage under way (`children.stage`). What counts a
 * scenario's decisions towards mastery reads them here, without starting the game's machines.
 */
export function savedDecisions(snapshot: unknown): TraceEntry[] {
  if (!isObject(snapshot) || !isObject(snapshot.context)) return [];
  const finished = Array.isArray(snapshot.context.stages) ? snapshot.context.stages.flatMap((stage) => (isObject(stage) ? traceOf(stage) : [])) : [];
  const running = isObject(snapshot.children) && isObject(snapshot.children.stage) && isObject(snapshot.children.stage.snapshot) ? traceOf(snapshot.children.stage.snapshot.context) : [];
  return [...finished, ...running].filter(isTraceEntry);
}

function isTraceEntry(entry: unknown): entry is TraceEntry {
  return isObject(entry) && typeof entry.decisionPoint === "string" && typeof entry.points === "number" && typeof entry.maxPoints === "number" && typeof entry.correct === "boolean";
}
