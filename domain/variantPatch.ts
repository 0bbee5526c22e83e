/**
 * A learner's variant as the player receives it (docs/decisions/0144): the differences between the
 * parsed base scenario and the parsed variant, computed when the site is built (where the schema
 * reads the variant's file), applied in the learner's browser (where the schema is never loaded,
 * docs/decisions/0101). A few numbers, dates and texts per variant, instead of a whole scenario.
 */

type Key = string | number;

/** One difference: the value at `path` in the variant, or that the variant has nothing there. */
export type VariantEdit = { path: Key[]; value: unknown } | { path: Key[]; removed: true };

export type VariantPatch = VariantEdit[];

/** A variant as a bundled scenario's page carries it: its seed, and its differences from the base (docs/decisions/0144, 0145). */
export interface ServedVariant {
  seed: string;
  patch: VariantPatch;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diff(base: unknown, variant: unknown, path: Key[], edits: VariantEdit[]): void {
  if (sameValue(base, variant)) return;
  if (Array.isArray(base) && Array.isArray(variant) && base.length === variant.length) {
    variant.forEach((item, index) => diff(base[index], item, [...path, index], edits));
    return;
  }
  if (isPlainObject(base) && isPlainObject(variant)) {
    for (const key of Object.keys(base)) if (!Object.hasOwn(variant, key)) edits.push({ path: [...path, key], removed: true });
    for (const [key, value] of Object.entries(variant)) diff(base[key], value, [...path, key], edits);
    return;
  }
  // A list that grew or shrank (another behaviour of the customer), or a value of another kind: whole.
  edits.push({ path, value: variant });
}

/** What turns `base` into `variant`: each changed leaf, each list whose length changed, whole. */
export function variantPatch(base: unknown, variant: unknown): VariantPatch {
  const edits: VariantEdit[] = [];
  diff(base, variant, [], edits);
  return edits;
}

/** `base` with the patch applied, `base` itself untouched. */
export function applyVariantPatch<T>(base: T, patch: VariantPatch): T {
  if (patch.length === 0) return base;
  const root: { value: unknown } = { value: structuredClone(base) };
  for (const edit of patch) {
    const keys: Key[] = ["value", ...edit.path];
    const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node as Record<Key, unknown>)[key], root) as Record<Key, unknown>;
    const last = keys[keys.length - 1] as Key;
    if ("removed" in edit) delete parent[last];
    else parent[last] = structuredClone(edit.value);
  }
  return root.value as T;
}
