/**
 * The variant a learner's pseudonym draws, applied to the base scenario: fetched by the page only
 * for a scenario with variants, so that the other scenarios' pages do not carry the draw (issue 16,
 * docs/decisions/0144).
 */
import { applyVariantPatch, learnerVariantIndex, type Scenario, type ServedVariant } from "@/domain";

/** The same draw as `learnerVariantSeed` on the file: the pseudonym's position among the served variants. */
export function learnerVariant(scenario: Scenario, variants: readonly ServedVariant[], pseudonym: string): { seed: string; scenario: Scenario } {
  const served = variants[learnerVariantIndex(scenario.id, pseudonym) % Math.max(variants.length, 1)];
  return served === undefined ? { seed: "", scenario } : { seed: served.seed, scenario: applyVariantPatch(scenario, served.patch) };
}
