/**
 * The form is drawn from the format's own JSON Schema (z.toJSONSchema of the zod schema that the
 * command line checks with, read for its inputs): each node says which control edits it. A field
 * added to the format appears in the form without a line of view code; only its French label is
 * written, in labels.ts (docs/decisions/0115).
 */
import { childPath } from "@/domain/scenarioInput";

/** The parts of JSON Schema 2020-12 that z.toJSONSchema writes for the scenario and quiz formats. */
export interface JsonSchema {
  type?: "object" | "array" | "string" | "number" | "integer" | "boolean";
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
  enum?: (string | number)[];
  const?: string | number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  default?: unknown;
}

/** The amounts of the format: a decimal string with a point ("1234.50"), edited with a comma and « € ». */
const AMOUNT_PATTERN = "^\\d+(\\.\\d{1,2})?$";

export type FieldKind =
  | { kind: "object"; properties: [string, JsonSchema][]; required: ReadonlySet<string> }
  | { kind: "record"; values: JsonSchema }
  | { kind: "array"; items: JsonSchema; minItems: number }
  | { kind: "choice"; options: (string | number)[] }
  | { kind: "constant"; value: string | number | boolean }
  | { kind: "union"; variants: JsonSchema[]; discriminator: string | undefined }
  | { kind: "amount" }
  | { kind: "number"; integer: boolean }
  | { kind: "boolean" }
  | { kind: "text" };

function constantsOf(variants: JsonSchema[]): (string | number)[] | undefined {
  const values = variants.map((variant) => variant.const);
  return values.every((value) => typeof value === "string" || typeof value === "number") ? (values as (string | number)[]) : undefined;
}

/** The property whose constant names each variant (« kind », « type »), if there is one. */
function discriminatorOf(variants: JsonSchema[]): string | undefined {
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((key) => variants.every((variant) => variant.properties?.[key]?.const !== undefined));
}

export function fieldKind(node: JsonSchema): FieldKind {
  const variants = node.oneOf ?? node.anyOf;
  if (variants !== undefined) {
    const constants = constantsOf(variants);
    return constants !== undefined ? { kind: "choice", options: constants } : { kind: "union", variants, discriminator: discriminatorOf(variants) };
  }
  if (node.const !== undefined) return { kind: "constant", value: node.const };
  if (node.enum !== undefined) return { kind: "choice", options: node.enum };
  switch (node.type) {
    case "object":
      if (node.propertyNames !== undefined && typeof node.additionalProperties === "object") return { kind: "record", values: node.additionalProperties };
      return { kind: "object", properties: Object.entries(node.properties ?? {}), required: new Set(node.required ?? []) };
    case "array":
      return { kind: "array", items: node.items ?? {}, minItems: node.minItems ?? 0 };
    case "number":
    case "integer":
      return { kind: "number", integer: node.type === "integer" };
    case "boolean":
      return { kind: "boolean" };
    default:
      return node.pattern === AMOUNT_PATTERN ? { kind: "amount" } : { kind: "text" };
  }
}

/** The variant a value is written in: by its discriminator, else by the one required field it carries. */
export function variantIndex(variants: JsonSchema[], discriminator: string | undefined, value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  const record = value as Record<string, unknown>;
  const found = variants.findIndex((variant) =>
    discriminator !== undefined ? variant.properties?.[discriminator]?.const === record[discriminator] : (variant.required ?? []).every((key) => key in record),
  );
  return Math.max(found, 0);
}

/** The smallest value of a node a teacher then fills in: required fields only, a list with its minimum of items. */
export function emptyValue(node: JsonSchema): unknown {
  const field = fieldKind(node);
  switch (field.kind) {
    case "object":
      return Object.fromEntries(field.properties.filter(([key]) => field.required.has(key)).map(([key, child]) => [key, emptyValue(child)]));
    case "record":
      return {};
    case "array":
      return Array.from({ length: field.minItems }, () => emptyValue(field.items));
    case "choice":
      return node.default ?? field.options[0];
    case "constant":
      return field.value;
    case "union":
      return emptyValue(field.variants[0] ?? {});
    case "amount":
      return "0.00";
    case "number":
      // A count from 1 starts at 1, not at a value the check refuses at once.
      return Math.max(node.minimum ?? 0, 0);
    case "boolean":
      return false;
    case "text":
      return "";
  }
}

/** A field's path as the checks write it ("customers[2].creditLimit"): how an issue finds its field. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(childPath, "");
}

/** Every label key of a schema, variants included: what labels.ts must name (labels.test.ts). */
export function labelKeys(node: JsonSchema, key = ""): string[] {
  const field = fieldKind(node);
  const below = (child: JsonSchema, childKey: string) => [childKey, ...labelKeys(child, childKey)];
  switch (field.kind) {
    case "object":
      return field.properties.flatMap(([name, child]) => below(child, childPath(key, name)));
    case "record":
      return below(field.values, childPath(key, "*"));
    case "array":
      return labelKeys(field.items, `${key}[]`);
    case "union":
      return [...new Set(field.variants.flatMap((variant) => labelKeys(variant, key)))];
    default:
      return [];
  }
}

/** Every option of a choice, and every discriminator's value: what OPTION_LABELS must name. */
export function optionValues(node: JsonSchema): (string | number)[] {
  const field = fieldKind(node);
  switch (field.kind) {
    case "object":
      return field.properties.flatMap(([, child]) => optionValues(child));
    case "record":
      return optionValues(field.values);
    case "array":
      return optionValues(field.items);
    case "union":
      return field.variants.flatMap(optionValues);
    case "choice":
      return field.options;
    case "constant":
      return typeof field.value === "boolean" ? [] : [field.value];
    default:
      return [];
  }
}
