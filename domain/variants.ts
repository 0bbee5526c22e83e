/**
 * Per-learner variants of a scenario (docs/decisions/0142): the `variants` block of a file says
 * which figures vary and within which ranges; a seed (a learner's pseudonym, or a seed string of a
 * share link) draws one variant. The draw is applied to the file AS WRITTEN (JSON, amounts as
 * decimal strings, dates as text), and the result goes through the same boundary as any file
 * (scenarioLoad.parseScenario): a variant is a scenario, and the engine derives its key.
 * No zod here: a learner's page draws its variant without the schema (docs/decisions/0101); the
 * block was checked when the base file was loaded (scenario.ts, `variantRuleIssues` below).
 */
import type { z } from "zod";
import { addDays, dayOfWeek, formatDateLongFr, isIsoDate } from "./dates";
import { DomainError, formatEuros, parseAmount } from "./money";
import { sha256 } from "@noble/hashes/sha2";
import { utf8ToBytes } from "@noble/hashes/utils";
import type { variantRuleSchema, variantsSchema } from "./scenario";
import type { ScenarioIssue } from "./scenarioLoad";

export type VariantRule = z.output<typeof variantRuleSchema>;
export type VariantsBlock = z.output<typeof variantsSchema>;

/** How many seeds `validate` plays for each scenario with variants. */
export const VALIDATION_SEED_COUNT = 200;

// ---------------------------------------------------------------------------------------------
// The seeded draw
// ---------------------------------------------------------------------------------------------

/**
 * sfc32 (Chris Doty-Humphrey's small fast counter): 128 bits of state, good statistical quality,
 * a few lines, the same numbers in every browser and in Node. Returns floats in [0, 1).
 */
function sfc32(a0: number, b0: number, c0: number, d0: number): () => number {
  let a = a0 | 0;
  let b = b0 | 0;
  let c = c0 | 0;
  let d = d0 | 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/**
 * The random source of one variant: SHA-256 of the scenario's id and the seed fills sfc32's state,
 * so that a learner's variants of two scenarios are unrelated, and any text is a seed.
 */
export function variantRandom(scenarioId: string, seed: string): () => number {
  const digest = sha256(utf8ToBytes(`${scenarioId}\n${seed}`));
  const view = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
  const random = sfc32(view.getUint32(0), view.getUint32(4), view.getUint32(8), view.getUint32(12));
  // sfc32's first outputs still carry the seed's structure: its authors discard a dozen.
  for (let i = 0; i < 12; i += 1) random();
  return random;
}

/** A learner's seed: the pseudonym as typed, spaces around and case ignored ("Lina " and "lina" are one learner). */
export function pseudonymSeed(pseudonym: string): string {
  return pseudonym.trim().normalize("NFC").toLocaleLowerCase("fr");
}

/**
 * How many variants a learner can get: seeds `validate` plays, so that every variant a learner can
 * be given has been played with full marks and keeps its teaching point — never a sample of them
 * (docs/decisions/0144). Forty is enough that a neighbour rarely has the same.
 */
export const SERVED_VARIANT_COUNT = 40;

const served = new WeakMap<object, string[]>();

/**
 * The seeds served to learners: the first SERVED_VARIANT_COUNT of `validate`'s seeds whose file
 * differs from every earlier one (docs/decisions/0145). Two seeds may draw the same figures (a
 * block with few choices); skipping the repeats means two learners who draw different variants
 * never share their figures. Fewer when the block cannot give that many: `validate` refuses it.
 */
export function servedSeeds(source: unknown): string[] {
  if (variantsBlockOf(source) === undefined || typeof source !== "object" || source === null) return [];
  const known = served.get(source);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const seeds: string[] = [];
  for (const seed of validationSeeds()) {
    const figures = drawnFigures(source, seed);
    if (seen.has(figures)) continue;
    seen.add(figures);
    seeds.push(seed);
    if (seeds.length === SERVED_VARIANT_COUNT) break;
  }
  served.set(source, seeds);
  return seeds;
}

/** A variant's file as text, to compare; a draw that fails is a variant of its own, which the checks then refuse by its seed. */
function drawnFigures(source: unknown, seed: string): string {
  try {
    return JSON.stringify(variantOf(source, seed).data);
  } catch {
    return `échec du tirage ${seed}`;
  }
}

/** Which served variant a learner gets, 0 to 39: their pseudonym drawn for this scenario. */
export function learnerVariantIndex(scenarioId: string, pseudonym: string): number {
  const random = variantRandom(scenarioId, `élève\n${pseudonymSeed(pseudonym)}`);
  return Math.min(SERVED_VARIANT_COUNT - 1, Math.floor(random() * SERVED_VARIANT_COUNT));
}

/** The seed of a learner's variant of a file as written: their pseudonym drawn among its served seeds. */
export function learnerVariantSeed(source: object, pseudonym: string): string {
  const seeds = servedSeeds(source);
  const id = String((source as { id?: unknown }).id);
  return seeds[learnerVariantIndex(id, pseudonym) % Math.max(seeds.length, 1)] ?? "1";
}

// ---------------------------------------------------------------------------------------------
// Paths into the file as written
// ---------------------------------------------------------------------------------------------

type Key = string | number;

/** "order.lines[0].quantity" → ["order", "lines", 0, "quantity"] (the syntax is checked by the schema). */
export function parseVariantPath(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.matchAll(/([A-Za-z][A-Za-z0-9_]*)|\[(\d+)\]/gu)) keys.push(match[1] ?? Number(match[2]));
  return keys;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function child(node: unknown, key: Key): unknown {
  if (typeof key === "number") return Array.isArray(node) ? node[key] : undefined;
  return isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Why `path` leads nowhere in `data` (the first step that is missing), or undefined if it leads to a value. */
function missingStep(data: unknown, keys: readonly Key[]): string | undefined {
  let node = data;
  let walked = "";
  for (const key of keys) {
    const next = child(node, key);
    if (next === undefined) {
      if (typeof key === "number") {
        return Array.isArray(node) ? `la liste «\u00a0${walked}\u00a0» n'a que ${node.length} élément${node.length > 1 ? "s" : ""} (indices à partir de 0)` : `«\u00a0${walked}\u00a0» n'est pas une liste`;
      }
      return walked === "" ? `le fichier n'a pas de champ «\u00a0${key}\u00a0»` : `«\u00a0${walked}\u00a0» n'a pas de champ «\u00a0${key}\u00a0»`;
    }
    walked = typeof key === "number" ? `${walked}[${key}]` : walked === "" ? key : `${walked}.${key}`;
    node = next;
  }
  return undefined;
}

/** Fields that name the file or its format, and the block itself: never varied. */
const FIXED_FIELDS: ReadonlySet<string> = new Set(["$schema", "schemaVersion", "id", "variants"]);

const AMOUNT_TEXT = /^\d+(\.\d{1,2})?$/u;

function ruleKind(rule: VariantRule): "range" | "omit" | "oneOf" | "shiftDates" {
  if ("shiftDates" in rule) return "shiftDates";
  if ("omit" in rule) return "omit";
  if ("oneOf" in rule) return "oneOf";
  return "range";
}

function isPrefix(a: readonly Key[], b: readonly Key[]): boolean {
  return a.length <= b.length && a.every((key, i) => key === b[i]);
}

/**
 * What the schema cannot see in a `variants` block: every path leads to a value of the file, of
 * the kind its rule varies (a number for a range of numbers, an amount text for a range of
 * amounts), no field is varied by two rules, and at most one rule shifts the dates.
 */
export function variantRuleIssues(data: unknown, block: VariantsBlock, file: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const seen: { keys: Key[]; index: number }[] = [];
  let shiftIndex: number | undefined;
  block.vary.forEach((rule, index) => {
    const at = `variants.vary[${index}]`;
    if ("shiftDates" in rule) {
      if (shiftIndex !== undefined) issues.push({ file, path: at, message: `les dates sont déjà décalées par variants.vary[${shiftIndex}]\u00a0: une seule règle shiftDates` });
      shiftIndex = index;
      return;
    }
    const keys = parseVariantPath(rule.path);
    const first = keys[0];
    if (typeof first === "string" && FIXED_FIELDS.has(first)) {
      issues.push({ file, path: `${at}.path`, message: `«\u00a0${first}\u00a0» ne peut pas varier\u00a0: il nomme le scénario ou son format` });
      return;
    }
    const missing = missingStep(data, keys);
    if (missing !== undefined) {
      issues.push({ file, path: `${at}.path`, message: `aucune valeur à «\u00a0${rule.path}\u00a0» dans le fichier\u00a0: ${missing}` });
      return;
    }
    const overlap = seen.find((other) => isPrefix(other.keys, keys) || isPrefix(keys, other.keys));
    if (overlap !== undefined) {
      issues.push({ file, path: `${at}.path`, message: `«\u00a0${rule.path}\u00a0» varie déjà par variants.vary[${overlap.index}] (même champ, ou l'un contient l'autre)\u00a0: une seule règle par champ` });
      return;
    }
    seen.push({ keys, index });
    if (ruleKind(rule) === "range" && "min" in rule) {
      const value = keys.reduce<unknown>(child, data);
      if (typeof rule.min === "number" && typeof value !== "number") {
        issues.push({ file, path: `${at}.path`, message: `la plage est en nombres, mais «\u00a0${rule.path}\u00a0» vaut ${JSON.stringify(value)} dans le fichier\u00a0: écrivez les bornes comme la valeur (un montant entre guillemets\u00a0: "4000.00")` });
      } else if (typeof rule.min === "string" && (typeof value !== "string" || !AMOUNT_TEXT.test(value))) {
        issues.push({ file, path: `${at}.path`, message: `la plage est en montants, mais «\u00a0${rule.path}\u00a0» vaut ${JSON.stringify(value)} dans le fichier\u00a0: une plage de montants varie un montant ("38.00")` });
      }
    }
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Drawing a variant
// ---------------------------------------------------------------------------------------------

/** What one rule drew for a variant, said for the teacher who looks at a learner's variant. */
export interface VariantChoice {
  /** The rule's index in `variants.vary`. */
  rule: number;
  /** The path varied; absent for the shift of dates. */
  path?: string;
  /** The value drawn (a number, an amount text, the chosen alternative); absent when the field was left out or dates shifted. */
  value?: unknown;
  /** "order.lines[0].quantity = 23", "dates décalées de +5 jours", in French. */
  description: string;
}

export interface Variant {
  /** The scenario file of this variant, as written, without its `variants` block: parse it with parseScenario. */
  data: unknown;
  seed: string;
  choices: VariantChoice[];
}

/** An integer in [0, count). */
function pick(random: () => number, count: number): number {
  return Math.min(count - 1, Math.floor(random() * count));
}

/** Numbers in ten-thousandths (a rate has at most four decimals), so that 0.1 + 0.2 stays 0.3. */
const NUMBER_SCALE = 10_000;

function drawNumber(rule: { min: number; max: number; step?: number }, random: () => number): number {
  const min = Math.round(rule.min * NUMBER_SCALE);
  const max = Math.round(rule.max * NUMBER_SCALE);
  const step = Math.max(1, Math.round((rule.step ?? 1) * NUMBER_SCALE));
  return (min + pick(random, Math.floor((max - min) / step) + 1) * step) / NUMBER_SCALE;
}

function cents(text: string): number {
  const [units = "0", decimals = ""] = text.split(".");
  return Number(units) * 100 + Number(decimals.padEnd(2, "0"));
}

function drawAmount(rule: { min: string; max: string; step?: string }, random: () => number): string {
  const min = cents(rule.min);
  const step = Math.max(1, cents(rule.step ?? "0.01"));
  const drawn = min + pick(random, Math.floor((cents(rule.max) - min) / step) + 1) * step;
  return `${Math.floor(drawn / 100)}.${String(drawn % 100).padStart(2, "0")}`;
}

/** Left out of a list: the element is removed once every rule has been drawn, so that the other rules' indices still hold. */
const OMITTED = Symbol("omitted");

function setAt(data: unknown, keys: readonly Key[], value: unknown): void {
  const parent = keys.slice(0, -1).reduce<unknown>(child, data);
  // The path held on the file as written; an earlier rule of this draw (a oneOf, an omit) may have removed what it leads through.
  if (typeof parent !== "object" || parent === null) throw new DomainError("variants.path.gone", `${keys.join(".").replace(/\.(\d+)/gu, "[$1]")}\u00a0: ce chemin ne mène plus à rien dans cette variante (une règle précédente a changé ce qu'il traverse)`);
  (parent as Record<Key, unknown>)[keys[keys.length - 1] as Key] = value;
}

function removeAt(data: unknown, keys: readonly Key[]): void {
  const parent = keys.slice(0, -1).reduce<unknown>(child, data);
  const last = keys[keys.length - 1] as Key;
  if (Array.isArray(parent) && typeof last === "number") parent[last] = OMITTED;
  else if (isRecord(parent) && typeof last === "string") delete parent[last];
}

function shiftedDate(text: string, days: number): string {
  if (days === 0 || !/^\d{4}-\d{2}-\d{2}$/u.test(text) || !isIsoDate(text)) return text;
  try {
    return addDays(text, days);
  } catch {
    // Beyond the calendar (a year 0001 moved back): left as written, the schema says what is wrong with it.
    return text;
  }
}

/**
 * Every ISO date text of the file moved by `days`, and the lists rid of their omitted elements.
 * A key ending in a date moves too: the teacher's notes are keyed on follow-up decision points
 * such as "followUp.FA-2026-00140.2026-04-25", which the variant's key dates anew.
 */
function finish(node: unknown, days: number): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== OMITTED).map((item) => finish(item, days));
  if (isRecord(node)) {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key.replace(/(?<=\.)\d{4}-\d{2}-\d{2}$/u, (date) => shiftedDate(date, days)), finish(value, days)]),
    );
  }
  return typeof node === "string" ? shiftedDate(node, days) : node;
}

/** A number drawn as a French text says it (23, 2,5); an amount as a sum of euros (« 9 500,00 € », not "9500.00"). */
function drawnFigure(value: number | string): string {
  if (typeof value === "number") return frenchNumber.format(value);
  const amount = parseAmount(value, { allowNegative: true });
  return amount.ok ? formatEuros(amount.cents) : JSON.stringify(value);
}

function signedDays(days: number): string {
  return `${days > 0 ? "+" : days < 0 ? "−" : ""}${Math.abs(days)} jour${Math.abs(days) > 1 ? "s" : ""}`;
}

/** The `variants` block of a file as written, if it has one (its content was checked when the file was loaded). */
export function variantsBlockOf(source: unknown): VariantsBlock | undefined {
  const block = child(source, "variants");
  return isRecord(block) && Array.isArray(block.vary) && Array.isArray(block.keeps) ? (block as VariantsBlock) : undefined;
}

/**
 * The variant of a scenario file for a seed: the same seed gives the same file, always. Each rule
 * draws one number from the seed, in the block's order; dates shift last, so that alternatives
 * written with dates move with the rest. A file without variants is its own (only) variant.
 */
export function variantOf(source: unknown, seed: string): Variant {
  const block = variantsBlockOf(source);
  if (block === undefined || !isRecord(source)) return { data: source, seed, choices: [] };
  const data = structuredClone(source);
  delete data.variants;
  const random = variantRandom(String(source.id), seed);
  const choices: VariantChoice[] = [];
  let shift = 0;
  block.vary.forEach((rule, index) => {
    if ("shiftDates" in rule) {
      const step = rule.shiftDates.step ?? 1;
      shift = rule.shiftDates.min + pick(random, Math.floor((rule.shiftDates.max - rule.shiftDates.min) / step) + 1) * step;
      choices.push({ rule: index, value: shift, description: `dates décalées de ${signedDays(shift)}` });
      return;
    }
    const keys = parseVariantPath(rule.path);
    if ("omit" in rule) {
      const omitted = random() < (rule.chance ?? 0.5);
      if (omitted) removeAt(data, keys);
      choices.push({ rule: index, path: rule.path, description: `${rule.path}\u00a0: ${omitted ? "retiré" : "gardé"}` });
    } else if ("oneOf" in rule) {
      const chosen = pick(random, rule.oneOf.length);
      const value = structuredClone(rule.oneOf[chosen]);
      setAt(data, keys, value);
      const shown = value === null || typeof value !== "object" ? ` = ${JSON.stringify(value)}` : "";
      choices.push({ rule: index, path: rule.path, value, description: `${rule.path}${shown} (valeur ${chosen + 1} sur ${rule.oneOf.length})` });
    } else {
      const value =
        typeof rule.min === "number"
          ? drawNumber({ min: rule.min, max: Number(rule.max), ...(rule.step !== undefined ? { step: Number(rule.step) } : {}) }, random)
          : drawAmount({ min: rule.min, max: String(rule.max), ...(rule.step !== undefined ? { step: String(rule.step) } : {}) }, random);
      setAt(data, keys, value);
      choices.push({ rule: index, path: rule.path, value, description: `${rule.path} = ${drawnFigure(value)}` });
    }
  });
  return { data: finish(data, shift), seed, choices };
}

/** The seeds `validate` plays: "1" to "200", the same on every run, so that a failing seed can be replayed with `solve --seed`. */
export function validationSeeds(count = VALIDATION_SEED_COUNT): string[] {
  return Array.from({ length: count }, (_, i) => String(i + 1));
}

// ---------------------------------------------------------------------------------------------
// Texts that quote the file's figures
// ---------------------------------------------------------------------------------------------

/** "{{order.lines[0].quantity}}" in a text: the value at that path of the same file. */
const REFERENCE = /\{\{([^{}]*)\}\}/gu;
const PATH_SYNTAX = /^[A-Za-z][A-Za-z0-9_]*(?:\[\d+\]|\.[A-Za-z][A-Za-z0-9_]*)*$/u;
const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const frenchNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });

/** A value as a French text says it: 20, « 38,00 € », « lundi 9 mars 2026 »; undefined for what is no single value. */
/**
 * A cited text is a figure, a date, a reference, a name: short. A longer one would let a few
 * bytes of references grow a file far beyond its limits (a hostile file, issue 10).
 */
export const MAX_CITED_LENGTH = 40;

/** A value as a French text says it: 20, « 38,00 € », « lundi 9 mars 2026 »; a problem for what cannot be cited. */
function spoken(value: unknown): { text: string } | { problem: string } {
  if (typeof value === "number") return { text: frenchNumber.format(value) };
  if (typeof value !== "string") return { problem: "ce chemin désigne un bloc (objet ou liste), pas une valeur à citer" };
  if (AMOUNT_TEXT.test(value)) {
    const amount = parseAmount(value);
    // An amount too large to be one is cited as written: the schema then refuses its own field, by its path.
    return { text: amount.ok ? formatEuros(amount.cents) : value };
  }
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value) && isIsoDate(value)) return { text: `${WEEKDAYS[dayOfWeek(value)] ?? ""} ${formatDateLongFr(value)}` };
  if (value.length > MAX_CITED_LENGTH) return { problem: `un texte de plus de ${MAX_CITED_LENGTH} caractères ne se cite pas (un chiffre, une date, un nom, oui)` };
  return { text: value };
}

/**
 * The file with every reference in its texts replaced by the value it names, in French: a
 * message, a note or a hint that quotes « {{order.lines[0].quantity}} ramettes » says the
 * variant's quantity, and the base file's for the base. Done where every file enters the engine
 * (scenarioLoad.parseScenario), on the file as written, so the base and each variant are read alike.
 */
export function resolveTextReferences(data: unknown, file: string): { data: unknown; issues: ScenarioIssue[]; changed: boolean } {
  const issues: ScenarioIssue[] = [];
  let changed = false;
  // Where the walk stands, written out only for a reference at fault: a file has thousands of values, a few references.
  const keys: (string | number)[] = [];
  const pathHere = () => keys.reduce<string>((path, key) => (typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`), "");
  const resolveText = (text: string): string =>
    text.replace(REFERENCE, (whole, inner: string) => {
      const target = inner.trim();
      const steps = PATH_SYNTAX.test(target) ? parseVariantPath(target) : undefined;
      const missing = steps === undefined ? "chemin attendu comme les erreurs l'écrivent, par exemple {{order.lines[0].quantity}}" : missingStep(data, steps);
      const said = steps === undefined || missing !== undefined ? { problem: missing ?? "" } : spoken(steps.reduce<unknown>(child, data));
      if ("text" in said) return said.text;
      issues.push({ file, path: pathHere(), message: `${whole}\u00a0: ${said.problem}` });
      return whole;
    });
  /** The node with its texts resolved; the same node when none of its texts quotes anything (nothing copied for it). */
  const resolve = (node: unknown): unknown => {
    if (typeof node === "string") {
      if (!node.includes("{{")) return node;
      changed = true;
      return resolveText(node);
    }
    if (typeof node !== "object" || node === null) return node;
    const entries = Object.entries(node);
    let resolvedAny = false;
    const resolved = entries.map(([key, value]): [string, unknown] => {
      // The block's alternatives quote the variant they make, not the base file: resolved in the variant.
      if (keys.length === 0 && key === "variants" && !Array.isArray(node)) return [key, value];
      keys.push(Array.isArray(node) ? Number(key) : key);
      const after = resolve(value);
      keys.pop();
      resolvedAny ||= after !== value;
      return [key, after];
    });
    if (!resolvedAny) return node;
    return Array.isArray(node) ? resolved.map(([, value]) => value) : Object.fromEntries(resolved);
  };
  return { data: resolve(data), issues, changed };
}
