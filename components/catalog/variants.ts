/**
 * The variants a bundled scenario's page carries (docs/decisions/0144): for each served seed, the
 * differences between the parsed base and the parsed variant. Computed when the site is built,
 * where the schema reads each variant's file; the learner's page only applies the one their
 * pseudonym draws (components/player/LearnerScenario.tsx), without the schema.
 */
import { servedSeeds, variantOf, variantPatch, variantsBlockOf, type ServedVariant } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";
import type { CatalogEntry } from "./catalog";

/** One patch per served seed, in order (`servedSeeds`); undefined for a scenario every learner plays alike. */
export function servedVariantPatches(entry: CatalogEntry): ServedVariant[] | undefined {
  if (variantsBlockOf(entry.source) === undefined) return undefined;
  return servedSeeds(entry.source).map((seed) => {
    const parsed = parseScenario(variantOf(entry.source, seed).data, `${entry.file} (variante ${seed})`);
    // `validate` and the bundled-scenario test play every served seed: a failure here is a bug.
    if (!parsed.ok) throw new Error(`${entry.file}, variante ${seed}\u00a0: ${parsed.issues.map((issue) => `${issue.path}\u00a0: ${issue.message}`).join("\u00a0; ")}`);
    return { seed, patch: variantPatch(entry.scenario, parsed.scenario) };
  });
}
