/**
 * For the tests of a stage's rules: the stage with every wrong answer taken at once, as an
 * assessment or a game recorded before docs/decisions/0130 takes it (the second try itself is
 * tested in secondTry.test.ts). Hints stay, unlike in an assessment.
 */
import type { AnyStateMachine } from "xstate";
import { SECOND_TRY_ACTIONS } from "../decisionSupport";

export function answeredAtOnce<TMachine extends AnyStateMachine>(machine: TMachine): TMachine {
  return machine.provide({ guards: { offersSecondTry: () => false } }) as TMachine;
}

/** The actions of the second try: transitions that carry one are not a stage's own rules (modelTesting.ts leaves them to secondTry.test.ts). */
export const SECOND_TRY_ACTION_TYPES: readonly string[] = SECOND_TRY_ACTIONS.filter((action) => action !== "settleSecondTry");
