/**
 * A deterministic generator of hostile scenario files (issue 10): each file is a bundled scenario
 * broken in one or more ways a careless teacher, a bad editor or an attacker would break it, given
 * as bytes with the kinds of mutation applied and where. Same seed and index, same bytes: a failing
 * file is reproduced from two numbers (see README.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isScenarioFileName } from "@/scripts/scenario";

// ---------------------------------------------------------------------------------------------
// Chance, seeded
// ---------------------------------------------------------------------------------------------

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast, good enough to spread mutations; Math.random would not replay. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

/** Each file has its own stream, so that index 1234 is rebuilt without building the 1 233 before it. */
function caseRng(seed: number, index: number): Rng {
  return seededRng(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
}

// ---------------------------------------------------------------------------------------------
// The kinds of mutation
// ---------------------------------------------------------------------------------------------

/** Applied to the parsed JSON, before it is written back as text. */
const DATA_KINDS = [
  "hugeAmount",
  "openingInvoiceOverflow",
  "deepNesting",
  "fiveDecimalRate",
  "hugeDayCount",
  "farDate",
  "impossibleDate",
  "longUnknownField",
  "manyOrderLines",
  "loneSurrogate",
  "duplicateKey",
  "escapedControlCharacter",
  "prototypeKey",
  "hugeQuantity",
  "number1e400",
  "deleteField",
  "addUnknownField",
  "swapType",
  "emptyString",
  "negativeNumber",
  "zero",
  "extremeNumber",
  "duplicateArrayElement",
  "danglingReference",
  "shuffleList",
  "emptyList",
] as const;

/** Applied to the JSON text. */
const TEXT_KINDS = ["rawControlCharacter", "truncation", "byteFlip", "insertPunctuation", "removePunctuation"] as const;

/** Applied to the encoded bytes. */
const BYTE_KINDS = ["latin1", "bom"] as const;

export const MUTATION_KINDS = [...DATA_KINDS, ...TEXT_KINDS, ...BYTE_KINDS] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/**
 * Kinds whose file no loader may accept: each breaks a rule of the format (JSON, UTF-8, the strict
 * schema, the allowed ranges). The others may produce a valid scenario (a shuffled list, a zero
 * where zero is allowed...).
 */
export const MUST_REJECT: ReadonlySet<MutationKind> = new Set<MutationKind>([
  "hugeAmount",
  "openingInvoiceOverflow",
  "deepNesting",
  "hugeDayCount",
  "impossibleDate",
  "longUnknownField",
  "loneSurrogate",
  "duplicateKey",
  "escapedControlCharacter",
  "prototypeKey",
  "hugeQuantity",
  "number1e400",
  "addUnknownField",
  "rawControlCharacter",
  "truncation",
  "latin1",
  "bom",
]);

/**
 * Kinds that spoil the whole file rather than one place in it: a message for the file alone ("not
 * UTF-8", "too large") is a right answer. Every other kind must be answered with a field path or a
 * line and column.
 */
export const FILE_LEVEL: ReadonlySet<MutationKind> = new Set<MutationKind>(["latin1", "longUnknownField", "manyOrderLines"]);

/** The sizes of the big mutations: smaller in the suite, the issue's own in the command-line run. */
export interface FuzzSizes {
  unknownFieldNameLength: number;
  orderLines: number;
}

export const SUITE_SIZES: FuzzSizes = { unknownFieldNameLength: 200_000, orderLines: 5_000 };
export const CLI_SIZES: FuzzSizes = { unknownFieldNameLength: 5_000_000, orderLines: 50_000 };

export interface Mutation {
  kind: MutationKind;
  /** A JSON path ("customers[0].creditLimit"), a character or byte offset, or "fichier". */
  where: string;
}

export interface FuzzCase {
  seed: number;
  index: number;
  /** The bundled scenario it was made from. */
  source: string;
  mutations: Mutation[];
  bytes: Uint8Array;
}

export interface SourceScenario {
  name: string;
  text: string;
}

/** The bundled scenarios, not their schema nor recorded actions: what teachers copy and edit. */
export function bundledScenarios(root: string): SourceScenario[] {
  const folder = join(root, "scenarios");
  return readdirSync(folder)
    .filter(isScenarioFileName)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
}

// ---------------------------------------------------------------------------------------------
// Walking parsed JSON
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
type Key = string | number;

interface Slot {
  path: Key[];
  parent: Container;
  key: Key;
  value: Json;
}

function isContainer(value: Json): value is Container {
  return typeof value === "object" && value !== null;
}

/** Every value below the root with its parent and path, depth first (iterative: files may be deep). */
function slots(root: Json): Slot[] {
  const found: Slot[] = [];
  const stack: { node: Container; path: Key[] }[] = isContainer(root) ? [{ node: root, path: [] }] : [];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Container; path: Key[] };
    const keys: Key[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      const value = (node as Record<Key, Json>)[key] as Json;
      const slot = { path: [...path, key], parent: node, key, value };
      found.push(slot);
      if (isContainer(value)) stack.push({ node: value, path: slot.path });
    }
  }
  return found;
}

function pathText(path: readonly Key[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text === "" ? key : `${text}.${key}`), "") || "(racine)";
}

function set(slot: Slot, value: Json): void {
  (slot.parent as Record<Key, Json>)[slot.key] = value;
}

/** What the data mutations share: the chance, the sizes, and the text to splice in after writing. */
interface DataContext {
  rng: Rng;
  sizes: FuzzSizes;
  /** A placeholder string whose quoted form is replaced by `raw` once the JSON is written. */
  raw(text: string): string;
}

type DataMutation = (root: Json, context: DataContext) => string | null;

/** Applies `change` at a random slot among those `accept` lets through; null if there is none. */
function atRandom(root: Json, rng: Rng, accept: (slot: Slot) => boolean, change: (slot: Slot) => void): string | null {
  const candidates = slots(root).filter(accept);
  if (candidates.length === 0) return null;
  const slot = rng.pick(candidates);
  change(slot);
  return pathText(slot.path);
}

const isAmount = (slot: Slot) => typeof slot.value === "string" && /^-?\d+\.\d{2}$/.test(slot.value);
const isIsoDateText = (slot: Slot) => typeof slot.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(slot.value);
const keyMatches = (pattern: RegExp) => (slot: Slot) => typeof slot.key === "string" && pattern.test(slot.key);
const isNumber = (slot: Slot) => typeof slot.value === "number";
const isObject = (slot: Slot) => isContainer(slot.value) && !Array.isArray(slot.value);
const isList = (slot: Slot) => Array.isArray(slot.value);
/** Prose a learner reads, as opposed to ids, codes and amounts. */
const isText = (slot: Slot) => typeof slot.value === "string" && slot.value.includes(" ");

function insertAt(text: string, position: number, inserted: string): string {
  return text.slice(0, position) + inserted + text.slice(position);
}

/** A new key spelt as the file will spell it: renamed after writing, so it may repeat or be __proto__. */
function addKeyAs(object: { [key: string]: Json }, context: DataContext, spelling: string, value: Json): void {
  object[context.raw(`"${spelling}"`)] = value;
}

const DATA_MUTATIONS: Record<(typeof DATA_KINDS)[number], DataMutation> = {
  hugeAmount: (root, { rng }) => atRandom(root, rng, isAmount, (slot) => set(slot, rng.pick(["99999999999999999999", "99999999999999999999.99", "900719925474099.18", "-99999999999999999999.00"]))),
  openingInvoiceOverflow: (root, { rng }) =>
    atRandom(
      root,
      rng,
      (slot) => /^ledger\.openInvoices\[\d+\]\.lines\[\d+\]$/.test(pathText(slot.path)),
      (slot) => {
        const line = slot.value as { [key: string]: Json };
        line.unitPrice = "9007199254740.99";
        line.quantity = 1000;
      },
    ),
  deepNesting: (root, context) =>
    atRandom(root, context.rng, () => true, (slot) => {
      // Closed, it is valid JSON that the schema must walk; open, a syntax error to locate.
      const closed = context.rng.next() < 0.5;
      set(slot, context.raw("[".repeat(5000) + (closed ? "]".repeat(5000) : "")));
    }),
  fiveDecimalRate: (root, { rng }) => atRandom(root, rng, (slot) => isNumber(slot) && keyMatches(/rate/i)(slot), (slot) => set(slot, rng.pick([12.12345, 0.00001, 5.55555, 10.00001]))),
  hugeDayCount: (root, context) =>
    atRandom(root, context.rng, (slot) => isNumber(slot) && keyMatches(/days$/i)(slot), (slot) => set(slot, context.rng.next() < 0.5 ? 1e9 : context.raw("1e9"))),
  farDate: (root, { rng }) => atRandom(root, rng, isIsoDateText, (slot) => set(slot, rng.pick(["9999-12-31", "0001-01-01", "0000-01-01"]))),
  impossibleDate: (root, { rng }) => atRandom(root, rng, isIsoDateText, (slot) => set(slot, rng.pick(["2026-02-30", "2026-13-01", "2025-02-29", "2026-04-31", "2026-00-10"]))),
  longUnknownField: (root, { rng, sizes }) =>
    atRandom(root, rng, isObject, (slot) => {
      // Letters of a real field name, so that a spelling suggestion has work to do.
      const name = "creditLimit".repeat(Math.ceil(sizes.unknownFieldNameLength / 11)).slice(0, sizes.unknownFieldNameLength);
      (slot.value as { [key: string]: Json })[name] = "1.00";
    }),
  manyOrderLines: (root, { rng, sizes }) => {
    const order = isContainer(root) && !Array.isArray(root) ? root.order : undefined;
    if (!isContainer(order ?? null) || Array.isArray(order)) return null;
    const lines = (order as { [key: string]: Json }).lines;
    if (!Array.isArray(lines) || lines.length === 0) return null;
    (order as { [key: string]: Json }).lines = Array.from({ length: sizes.orderLines }, (_, i) => {
      const line = structuredClone(lines[i % lines.length]) as { [key: string]: Json };
      line.quantity = 1 + rng.int(50);
      return line;
    });
    return "order.lines";
  },
  loneSurrogate: (root, { rng }) =>
    atRandom(root, rng, isText, (slot) => {
      const text = slot.value as string;
      set(slot, insertAt(text, rng.int(text.length + 1), rng.pick(["\ud800", "\udfff", "\udc00x"])));
    }),
  duplicateKey: (root, context) =>
    atRandom(
      root,
      context.rng,
      (slot) => isObject(slot) && Object.keys(slot.value as object).length > 0,
      (slot) => {
        const object = slot.value as { [key: string]: Json };
        const key = context.rng.pick(Object.keys(object));
        // The second one with another value: which of the two wins is exactly the question.
        addKeyAs(object, context, key, context.rng.pick<Json>(["autre valeur", 1, null, structuredClone(object[key] ?? null)]));
      },
    ),
  escapedControlCharacter: (root, { rng }) =>
    atRandom(root, rng, isText, (slot) => {
      const text = slot.value as string;
      set(slot, insertAt(text, rng.int(text.length + 1), rng.pick(["\u0000", "\u0007", "\u001b[2J", "\u0008\u0008\u0008", "\u007f", "\u009b"])));
    }),
  prototypeKey: (root, context) =>
    atRandom(root, context.rng, (slot) => isObject(slot), (slot) => {
      const value = context.rng.pick<Json>([{ polluted: true }, "x", 1, null, { creditLimit: "1.00" }]);
      addKeyAs(slot.value as { [key: string]: Json }, context, context.rng.pick(["__proto__", "constructor", "prototype"]), value);
    }),
  hugeQuantity: (root, { rng }) => atRandom(root, rng, (slot) => isNumber(slot) && keyMatches(/^(quantity|stock)$/)(slot), (slot) => set(slot, rng.pick([1e15, 1e16, 999999999999999]))),
  number1e400: (root, context) => atRandom(root, context.rng, (slot) => !isContainer(slot.value), (slot) => set(slot, context.raw(context.rng.pick(["1e400", "-1e400"])))),
  deleteField: (root, { rng }) =>
    atRandom(root, rng, (slot) => !Array.isArray(slot.parent) && slot.key !== "$schema", (slot) => {
      delete (slot.parent as Record<string, Json>)[slot.key as string];
    }),
  addUnknownField: (root, { rng }) =>
    atRandom(root, rng, isObject, (slot) => {
      (slot.value as { [key: string]: Json })[rng.pick(["creditLimt", "remarque", "quantite", "unitprice", "extra"])] = rng.pick<Json>(["1.00", 2, true, null]);
    }),
  swapType: (root, { rng }) =>
    atRandom(root, rng, () => true, (slot) => {
      const others = (["texte", "12.50", 42, 3.5, true, false, null, [], ["a"], {}, { a: 1 }] as Json[]).filter((value) => typeof value !== typeof slot.value || Array.isArray(value) !== Array.isArray(slot.value));
      set(slot, rng.pick(others));
    }),
  emptyString: (root, { rng }) => atRandom(root, rng, (slot) => typeof slot.value === "string", (slot) => set(slot, rng.pick(["", " ", "\u00a0"]))),
  negativeNumber: (root, { rng }) =>
    atRandom(root, rng, (slot) => isNumber(slot) || isAmount(slot), (slot) => {
      set(slot, typeof slot.value === "number" ? -Math.abs(slot.value || 1) : `-${(slot.value as string).replace(/^-/, "")}`);
    }),
  zero: (root, { rng }) => atRandom(root, rng, (slot) => isNumber(slot) || isAmount(slot), (slot) => set(slot, typeof slot.value === "number" ? 0 : "0.00")),
  extremeNumber: (root, context) =>
    atRandom(root, context.rng, isNumber, (slot) =>
      set(slot, context.rng.pick<Json>([1e308, -1e308, 5e-324, 1e-7, 2 ** 53 + 2, 0.1 + 0.2, 1.5, context.raw("1E+21"), context.raw("-0")])),
    ),
  duplicateArrayElement: (root, { rng }) =>
    atRandom(root, rng, (slot) => isList(slot) && (slot.value as Json[]).length > 0, (slot) => {
      const list = slot.value as Json[];
      list.splice(rng.int(list.length + 1), 0, structuredClone(rng.pick(list)));
    }),
  danglingReference: (root, { rng }) => {
    // An entity others refer to (a customer, a product, an invoice), removed from its list.
    const text = JSON.stringify(root);
    const referenced = (value: Json) => {
      if (!isContainer(value) || Array.isArray(value)) return false;
      const id = value.id ?? value.reference ?? value.number;
      return typeof id === "string" && text.split(`"${id}"`).length > 2;
    };
    return atRandom(root, rng, (slot) => Array.isArray(slot.parent) && referenced(slot.value), (slot) => {
      (slot.parent as Json[]).splice(slot.key as number, 1);
    });
  },
  shuffleList: (root, { rng }) =>
    atRandom(root, rng, (slot) => isList(slot) && (slot.value as Json[]).length > 1, (slot) => {
      const list = slot.value as Json[];
      for (let i = list.length - 1; i > 0; i -= 1) {
        const j = rng.int(i + 1);
        [list[i], list[j]] = [list[j] as Json, list[i] as Json];
      }
    }),
  emptyList: (root, { rng }) => atRandom(root, rng, (slot) => isList(slot) && (slot.value as Json[]).length > 0, (slot) => set(slot, [])),
};

// ---------------------------------------------------------------------------------------------
// Text and bytes
// ---------------------------------------------------------------------------------------------

type TextMutation = (text: string, rng: Rng) => { text: string; where: string };

/** Offsets inside a JSON string literal (between its quotes), found by a scan aware of escapes. */
function insideStrings(text: string): number[] {
  const offsets: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
      else offsets.push(i);
    } else if (c === '"') inString = true;
  }
  return offsets;
}

function offsetsOf(text: string, characters: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (characters.includes(text[i] as string)) offsets.push(i);
  return offsets;
}

const TEXT_MUTATIONS: Record<(typeof TEXT_KINDS)[number], TextMutation> = {
  rawControlCharacter: (text, rng) => {
    const at = rng.pick(insideStrings(text));
    return { text: insertAt(text, at, rng.pick(["\u0000", "\u0007", "\t", "\n", "\r", "\u001b"])), where: `caractère ${at}` };
  },
  truncation: (text, rng) => {
    // Before the closing brace, so the document is always unfinished (position 0: an empty file).
    const at = rng.int(text.lastIndexOf("}"));
    return { text: text.slice(0, at), where: `caractère ${at}` };
  },
  byteFlip: (text, rng) => {
    // ASCII stays ASCII: this kind tests syntax, latin1 tests the encoding.
    const ascii = offsetsOf(text, '{}[]:,"0123456789.-abcdefghijklmnopqrstuvwxyz ');
    const at = rng.pick(ascii);
    const code = (text.charCodeAt(at) ^ (1 << rng.int(7))) & 0x7f;
    return { text: text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1), where: `caractère ${at}` };
  },
  insertPunctuation: (text, rng) => {
    const at = rng.int(text.length + 1);
    return { text: insertAt(text, at, rng.pick([",", "[", "]", "{", "}", '"', ":"])), where: `caractère ${at}` };
  },
  removePunctuation: (text, rng) => {
    const at = rng.pick(offsetsOf(text, ',[]{}":'));
    return { text: text.slice(0, at) + text.slice(at + 1), where: `caractère ${at}` };
  },
};

/** The file as an editor set to Latin-1 (ISO-8859-1) would save it; what it cannot encode becomes "?". */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f));
}

// ---------------------------------------------------------------------------------------------
// One file
// ---------------------------------------------------------------------------------------------

/** Kinds that make a big file: combined with each other they would make one of gigabytes. */
const BIG: ReadonlySet<MutationKind> = new Set<MutationKind>(["longUnknownField", "manyOrderLines"]);
const COMBINABLE = MUTATION_KINDS.filter((kind) => !BIG.has(kind));

/** Kind first by rotation, so that every kind appears as often as every other; then by chance. */
function kindsFor(index: number, rng: Rng): MutationKind[] {
  const kinds = new Set<MutationKind>([MUTATION_KINDS[index % MUTATION_KINDS.length] as MutationKind]);
  // About one file in four combines kinds, as real damage does.
  while (rng.next() < 0.25 && kinds.size < 3) kinds.add(rng.pick(COMBINABLE));
  return [...kinds];
}

const DATA_KIND_SET: ReadonlySet<string> = new Set(DATA_KINDS);
const TEXT_KIND_SET: ReadonlySet<string> = new Set(TEXT_KINDS);

/** Data mutations on one source; null if one of them finds nowhere to apply there. */
function mutateData(source: SourceScenario, kinds: readonly MutationKind[], rng: Rng, sizes: FuzzSizes): { text: string; mutations: Mutation[] } | null {
  const root = JSON.parse(source.text) as Json;
  const replacements = new Map<string, string>();
  const context: DataContext = {
    rng,
    sizes,
    raw: (text) => {
      const token = `@@fuzz${replacements.size}@@`;
      replacements.set(`"${token}"`, text);
      return token;
    },
  };
  const mutations: Mutation[] = [];
  for (const kind of kinds.filter((k) => DATA_KIND_SET.has(k))) {
    const where = DATA_MUTATIONS[kind as (typeof DATA_KINDS)[number]](root, context);
    if (where === null) return null;
    mutations.push({ kind, where });
  }
  let text = JSON.stringify(root, null, 2);
  // The tokens are unique, plain ASCII: one split per replacement, no regular expression to escape.
  for (const [token, raw] of replacements) text = text.split(token).join(raw);
  return { text, mutations };
}

export function fuzzCase(sources: readonly SourceScenario[], seed: number, index: number, sizes: FuzzSizes): FuzzCase {
  const rng = caseRng(seed, index);
  const kinds = kindsFor(index, rng);
  // Not every source has every place (an opening invoice, an order): the next one that does.
  const first = rng.int(sources.length);
  for (let tried = 0; tried < sources.length; tried += 1) {
    const source = sources[(first + tried) % sources.length] as SourceScenario;
    const data = mutateData(source, kinds, rng, sizes);
    if (data === null) continue;
    let { text } = data;
    const mutations = [...data.mutations];
    for (const kind of kinds.filter((k) => TEXT_KIND_SET.has(k))) {
      const changed = TEXT_MUTATIONS[kind as (typeof TEXT_KINDS)[number]](text, rng);
      text = changed.text;
      mutations.push({ kind, where: changed.where });
    }
    let bytes = kinds.includes("latin1") ? latin1(text) : new TextEncoder().encode(text);
    if (kinds.includes("latin1")) mutations.push({ kind: "latin1", where: "fichier" });
    if (kinds.includes("bom")) {
      const withBom = new Uint8Array(bytes.length + 3);
      withBom.set([0xef, 0xbb, 0xbf]);
      withBom.set(bytes, 3);
      bytes = withBom;
      mutations.push({ kind: "bom", where: "octet 0" });
    }
    return { seed, index, source: source.name, mutations, bytes };
  }
  throw new Error(`no bundled scenario accepts the mutations ${kinds.join(", ")}`);
}

export function* fuzzCases(sources: readonly SourceScenario[], seed: number, count: number, sizes: FuzzSizes, start = 0): Generator<FuzzCase> {
  for (let index = start; index < start + count; index += 1) yield fuzzCase(sources, seed, index, sizes);
}

export function describeMutations(mutations: readonly Mutation[]): string {
  return mutations.map((m) => `${m.kind} @ ${m.where}`).join(" + ");
}
