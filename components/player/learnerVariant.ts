/**
 * The variant a learner's pseudonym draws, applied to the base scenario: fetched by the page only
 * for a scenario with variants, so that the other scenarios' pages do not carry the draw (issue 16,
 * docs/decisions/0144).
 */
import { applyVariantPatch, learnerVariantSeed, type Scenario, type VariantPatch } from "@/domain";

export function learnerVariant(scenario: Scenario, variants: readonly VariantPatch[], pseudonym: string): { seed: string; scenario: Scenario } {
  const seed = learnerVariantSeed(scenario.id, pseudonym);
  const patch = variants[Number(seed) - 1];
  return { seed, scenario: patch === undefined ? scenario : applyVariantPatch(scenario, patch) };
}
