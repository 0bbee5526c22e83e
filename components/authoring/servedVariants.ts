/**
 * A teacher's scenario's forty served variants, checked one per task (docs/decisions/0163): the
 * seeds are drawn in a task of their own, then each variant in its own, so that the page answers
 * the teacher meanwhile. The editor and the library check them this way; the command line checks
 * them at once (machines/variantCheck.ts).
 */
import type { SolvedScenario } from "@/machines/scenarioCheck";
import { stepwiseServedVariantsCheck, type VariantsReport } from "@/machines/variantCheck";
import { nextTask, stepBetweenTasks } from "@/components/ui/nextTask";

export function servedVariantsBetweenTasks(checked: SolvedScenario, source: string): Promise<VariantsReport>;
/** Nothing, and stopped, as soon as `stillWanted` says no (the draft changed meanwhile). */
export function servedVariantsBetweenTasks(checked: SolvedScenario, source: string, stillWanted: () => boolean): Promise<VariantsReport | undefined>;
export async function servedVariantsBetweenTasks(checked: SolvedScenario, source: string, stillWanted: () => boolean = () => true): Promise<VariantsReport | undefined> {
  await nextTask();
  if (!stillWanted()) return undefined;
  const check = stepwiseServedVariantsCheck(checked, source);
  return (await stepBetweenTasks(check.step, stillWanted)) ? check.report() : undefined;
}
