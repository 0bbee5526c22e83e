/**
 * What a state node's `meta` carries (typed by `setup({ types: { meta } })` in a stage machine): the
 * French label of that state. A panel reads it there rather than keeping its own table keyed on the
 * machine's state names, which would drift when a state is renamed or added.
 */
export interface StateMeta {
  readonly label: string;
}

/** The label of the state the snapshot is in, if it has one (a stage machine is in one state at a time). */
export function currentStateLabel(snapshot: { getMeta(): Readonly<Record<string, StateMeta | undefined>> }): string | undefined {
  return Object.values(snapshot.getMeta()).find((meta) => meta !== undefined)?.label;
}

/** The label of any state of the machine, current or not: a checklist also names the steps done and to come. */
export function stateLabel(machine: { states: Readonly<Record<string, { meta?: StateMeta }>> }, state: string): string | undefined {
  return machine.states[state]?.meta?.label;
}
