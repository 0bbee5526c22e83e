/**
 * What a scenario file may hold before the schema reads it (docs/decisions/0097): its encoding,
 * its size, its syntax and nesting, its field names, its characters and its numbers. Each rule is
 * checked in one linear pass, before anything whose cost grows faster than the file (the schema,
 * the spelling suggestion, the consistency checks, the engine), and said in French with the file
 * and, where there is one, the line or the field. Quiz files pass the same rules (domain/quiz/load.ts),
 * with their own words (`FileFormat`).
 */
import type { ScenarioIssue } from "./scenarioLoad";

/** The limits of the format, far above the bundled scenarios (measured in docs/decisions/0097). */
export const INPUT_LIMITS = {
  /** Bytes of a file (2 Mo); the bundled scenarios weigh 3 to 8 ko. */
  fileBytes: 2_000_000,
  /** Nested objects and lists; a scenario nests 7 levels at most. */
  nesting: 64,
  /** Characters of a text; the longest bundled one (a received order's message) has 784. */
  textLength: 5_000,
  /** Characters of a field name; the longest bundled one (a note keyed by decision point) has 44. */
  fieldNameLength: 100,
  /** Elements of a list (order lines, customers, products, events…); the bundled ones hold 6 at most. */
  listLength: 500,
  /** Fields of one object; the largest bundled one (the scenario itself) has 19. */
  fieldsPerObject: 200,
} as const;

/** "5 000": counts in messages, grouped as French writes them. */
const formatCount = (count: number) => new Intl.NumberFormat("fr-FR").format(count);

/** Issues past this count are summed up in one: the first ones are what a teacher fixes first. */
const MAX_REPORTED_ISSUES = 100;

/** Field names that are not data in JavaScript: never read as fields, whatever the object. */
const RESERVED_NAMES = new Set(["__proto__", "constructor", "prototype"]);

/**
 * What the messages say of one kind of file: what it is, which of its texts keep their line
 * breaks, and where its guide is. Scenarios and quiz files pass the same input rules.
 */
export interface FileFormat {
  /** "un scénario", "un questionnaire". */
  document: string;
  /** The paths whose texts keep their line breaks. */
  multilineFields: ReadonlySet<string>;
  /** The guide that gives the limits ("scenarios/README.md"). */
  guide: string;
}

export const SCENARIO_FORMAT: FileFormat = {
  document: "un scénario",
  // Messages shown as received (components/pgi/MailModule).
  multilineFields: new Set(["order.message", "invoicingIncident.message"]),
  guide: "scenarios/README.md",
};

export type DecodedScenario = { ok: true; text: string } | { ok: false; issues: ScenarioIssue[] };

/** Control characters, and surrogates not in a pair (the `u` flag reads a pair as one character). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/gu;

/** "customers[2]" + "creditLimit": the one way paths are written in messages. */
export function childPath(parent: string, key: PropertyKey): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  const name = printable(String(key));
  return parent === "" ? name : `${parent}.${name}`;
}

/**
 * A text as a message may quote it: control characters and lone surrogates written as « U+0002 »,
 * since a terminal obeys some of them and an editor shows none (issue 10).
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}

export function fileTooLarge(file: string, format: FileFormat = SCENARIO_FORMAT): ScenarioIssue {
  return { file, path: "", message: `fichier trop volumineux (plus de 2 Mo)\u00a0: ${format.document} en fait quelques ko\u00a0; est-ce bien ${format.document}\u00a0?` };
}

/** Keeps the first issues and says how many more there are. */
export function capIssues(issues: ScenarioIssue[], file: string): ScenarioIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [...issues.slice(0, MAX_REPORTED_ISSUES), { file, path: "", message: `… et ${formatCount(more)} autres problèmes du même fichier\u00a0: corrigez d'abord ceux-ci` }];
}

// ---------------------------------------------------------------------------------------------
// Bytes → text
// ---------------------------------------------------------------------------------------------

function decodesAsUtf8(bytes: Uint8Array): boolean {
  try {
    // `stream`: a sequence cut at the end of the prefix is not an error yet.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that is not UTF-8: the shortest prefix that fails, found by halves. */
function firstInvalidByte(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (decodesAsUtf8(bytes.subarray(0, middle))) valid = middle;
    else invalid = middle;
  }
  return invalid - 1;
}

/**
 * A file's bytes as text, refused unless they are UTF-8: a file saved in Windows-1252 would
 * otherwise load with its accents replaced by « � ». The byte-order mark is kept in the text, for
 * the syntax scan to name it.
 */
export function decodeScenarioBytes(bytes: Uint8Array, file: string, format: FileFormat = SCENARIO_FORMAT): DecodedScenario {
  if (bytes.length > INPUT_LIMITS.fileBytes) return { ok: false, issues: [fileTooLarge(file, format)] };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
    return {
      ok: false,
      issues: [{ file, path: "", message: `le fichier n'est pas en UTF-8 (octet invalide ligne ${line})\u00a0: enregistrez-le en UTF-8 (dans l'éditeur\u00a0: «\u00a0Enregistrer sous… › Encodage\u00a0: UTF-8\u00a0»)` }],
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Text → syntax: an iterative scan (an explicit stack, no recursion: 1 000 000 nested « [ » do
// not overflow), run on every file because it also finds what JSON.parse hides: a field written
// twice in one object, of which JSON.parse silently keeps the last.
// ---------------------------------------------------------------------------------------------

export interface JsonSyntaxProblem {
  offset: number;
  message: string;
}

export interface DuplicateKey {
  /** The field's path, as in every message. */
  path: string;
  offset: number;
  firstOffset: number;
}

export interface JsonScan {
  error: JsonSyntaxProblem | null;
  duplicateKeys: DuplicateKey[];
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

type Frame = { kind: "object"; keys: Map<string, number>; key: string } | { kind: "list"; index: number };

export function nestingMessage(format: FileFormat = SCENARIO_FORMAT): string {
  return `objets et listes imbriqués sur plus de ${INPUT_LIMITS.nesting} niveaux\u00a0: ${format.document} n'en compte que quelques-uns (crochet ou accolade en trop\u00a0?)`;
}

const SPACES = /[ \t\n\r]*/y;
const PLAIN_CHARACTERS = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WORD = /[A-Za-z]+/y;

/**
 * Where and why a text is not JSON, in French (JSON.parse says it in English and, for some errors,
 * without a position; teachers edit these files by hand and need the line), and the fields
 * written twice in one object.
 */
export function scanJsonText(text: string, format: FileFormat = SCENARIO_FORMAT): JsonScan {
  let at = 0;
  const stack: Frame[] = [];
  const duplicateKeys: DuplicateKey[] = [];
  const fail = (message: string, offset = at): never => {
    throw new JsonSyntaxError(offset, message);
  };
  /** The length of what `pattern` matches at `at` (test, not exec: no array made per token). */
  const matched = (pattern: RegExp): number => {
    pattern.lastIndex = at;
    return pattern.test(text) ? pattern.lastIndex - at : 0;
  };
  const skipSpaces = () => {
    if (text.charCodeAt(at) <= 0x20) at += matched(SPACES);
  };
  const shown = (offset: number) => (offset >= text.length ? "la fin du fichier" : `«\u00a0${printable(text[offset] ?? "")}\u00a0»`);
  /** A text between quotes, passed over. */
  const scanString = (): void => {
    const start = at;
    at += 1;
    for (;;) {
      at += matched(PLAIN_CHARACTERS);
      const char = text[at];
      if (char === undefined) return fail("texte non terminé\u00a0: il manque le guillemet fermant", start);
      if (char === '"') {
        at += 1;
        return;
      }
      if (char !== "\\") fail(`retour à la ligne ou caractère de contrôle dans un texte\u00a0: un texte tient sur une ligne (${multilineNote(format)})`);
      const escape = text[at + 1] ?? "";
      if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
      else if (escape !== "" && '"\\/bfnrt'.includes(escape)) at += 2;
      else fail(`séquence d'échappement «\u00a0\\${escape}\u00a0» invalide dans un texte`);
    }
  };
  /** A field name and its colon; a name already met in the same object is noted. */
  const scanKey = (frame: Extract<Frame, { kind: "object" }>) => {
    skipSpaces();
    if (text[at] !== '"') fail(`nom de champ entre guillemets attendu, pas ${shown(at)}${text[at] === "}" ? " (virgule en trop avant «\u00a0}\u00a0»\u00a0?)" : ""}`);
    const offset = at;
    scanString();
    const raw = text.slice(offset + 1, at - 1);
    const name = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
    const first = frame.keys.get(name);
    if (first === undefined) frame.keys.set(name, offset);
    else duplicateKeys.push({ path: childPath(pathOfTop(), name), offset, firstOffset: first });
    frame.key = name;
    skipSpaces();
    if (text[at] !== ":") fail(`«\u00a0:\u00a0» attendu après le nom de champ «\u00a0${name}\u00a0», pas ${shown(at)}`);
    at += 1;
  };
  /** The path of the innermost open object or list: the open frames are where the scan stands. */
  const pathOfTop = (): string => stack.slice(0, -1).reduce((path, frame) => childPath(path, frame.kind === "object" ? frame.key : frame.index), "");
  /** One value: a scalar is read whole; an opening bracket pushes a frame. True when a container was opened. */
  const scanValue = (): boolean => {
    skipSpaces();
    const char = text[at];
    if (char === "{" || char === "[") {
      if (stack.length >= INPUT_LIMITS.nesting) fail(nestingMessage(format));
      at += 1;
      skipSpaces();
      if (text[at] === (char === "{" ? "}" : "]")) {
        at += 1;
        return false;
      }
      if (char === "[") {
        stack.push({ kind: "list", index: 0 });
        return true;
      }
      const frame: Frame = { kind: "object", keys: new Map(), key: "" };
      stack.push(frame);
      scanKey(frame);
      return true;
    }
    if (char === '"') {
      scanString();
      return false;
    }
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) {
      const length = matched(NUMBER);
      if (length === 0) fail("nombre mal écrit (un montant s'écrit entre guillemets\u00a0: \"1234.50\")");
      at += length;
      return false;
    }
    const literal = text.slice(at, at + matched(WORD));
    if (literal !== "") {
      if (!["true", "false", "null"].includes(literal)) fail(`mot «\u00a0${literal}\u00a0» inconnu\u00a0: un texte s'écrit entre guillemets (true, false et null seuls s'écrivent sans)`);
      at += literal.length;
      return false;
    }
    return fail(`une valeur est attendue (texte entre guillemets, nombre, true, false, objet ou liste), pas ${shown(at)}`);
  };
  /** After a value: close what ends here; false once the document is complete. */
  const afterValue = (): boolean => {
    for (;;) {
      const top = stack.at(-1);
      skipSpaces();
      if (top === undefined) return false;
      const close = top.kind === "object" ? "}" : "]";
      if (text[at] === close) {
        at += 1;
        stack.pop();
        continue;
      }
      if (text[at] !== ",") {
        fail(
          top.kind === "object"
            ? `«\u00a0,\u00a0» ou «\u00a0}\u00a0» attendu après la valeur du champ «\u00a0${top.key}\u00a0», pas ${shown(at)} (virgule oubliée\u00a0?)`
            : `«\u00a0,\u00a0» ou «\u00a0]\u00a0» attendu après un élément de liste, pas ${shown(at)} (virgule oubliée\u00a0?)`,
        );
      }
      at += 1;
      if (top.kind === "object") {
        scanKey(top);
      } else {
        top.index += 1;
        skipSpaces();
        if (text[at] === "]") fail("valeur attendue, pas «\u00a0]\u00a0» (virgule en trop avant «\u00a0]\u00a0»\u00a0?)");
      }
      return true;
    }
  };
  try {
    // A byte-order mark is invisible in editors; JSON.parse refuses it.
    if (text.charCodeAt(0) === 0xfeff) fail("le fichier commence par une marque d'ordre des octets (BOM)\u00a0: enregistrez-le en UTF-8 sans BOM");
    for (;;) {
      if (scanValue()) continue;
      if (!afterValue()) break;
    }
    if (at < text.length) fail(`texte en trop après la fin du document JSON\u00a0: ${shown(at)}`);
    return { error: null, duplicateKeys };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { offset: error.offset, message: error.message }, duplicateKeys };
    throw error;
  }
}

/** The syntax error of a text, or null when JSON.parse accepts it (and it nests within the limit). */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  return scanJsonText(text).error;
}

/** Line and column of character offsets, from one pass over the text's line breaks. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

// ---------------------------------------------------------------------------------------------
// Values: sizes, names, characters, numbers — on the parsed data, whatever it came from
// ---------------------------------------------------------------------------------------------

/** A value to visit; its path is written only when a problem is found there. */
interface Visit {
  value: unknown;
  parent: Visit | undefined;
  key: string | number;
  depth: number;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.parent !== undefined; v = v.parent) keys.push(v.key);
  return keys.reverse().reduce<string>(childPath, "");
}

/** A name too long to print whole in a path. */
function shortened(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

const LONE_SURROGATE = /[\ud800-\udfff]/u;
// C0 and C1 control characters and DEL: a terminal obeys some of them when `solve` prints the text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const CONTROL_BUT_LINE_BREAK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;
/**
 * Either of the above, or a surrogate even in a valid pair (an emoji), in one test without the `u`
 * flag: nearly every text of a file has none, and passes with this one test.
 */
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/;


/** Where a line break may be written, and how. */
function multilineNote(format: FileFormat): string {
  const fields = [...format.multilineFields];
  return fields.length === 0 ? "aucun texte ne passe à la ligne" : `seuls ${fields.join(" et ")} passent à la ligne, en écrivant \\n`;
}

/** What is wrong with the characters of a text or a field name, if anything (`multiline` asked only when needed). */
function characterProblem(text: string, multiline: () => boolean, format: FileFormat): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const lone = LONE_SURROGATE.exec(text)?.[0];
  if (lone !== undefined) return `caractère invalide (${printable(lone)}, moitié isolée d'une paire UTF-16, souvent un «\u00a0\\u${(lone.codePointAt(0) ?? 0).toString(16)}\u00a0» mal copié)\u00a0: retirez-le`;
  if (!CONTROL.test(text)) return undefined;
  const control = (multiline() ? CONTROL_BUT_LINE_BREAK : CONTROL).exec(text)?.[0];
  if (control === undefined) return undefined;
  if (control === "\n") return `retour à la ligne interdit dans ce texte d'une ligne (${multilineNote(format)})`;
  return `caractère de contrôle ${printable(control)} interdit dans un texte${control === "\t" ? " (tabulation\u00a0: écrivez des espaces)" : ""}`;
}

/**
 * The field a value of a variant's `oneOf` goes to: "variants.vary[2].oneOf[1].message" is written at
 * the rule's path ("invoicingIncident") then ".message". A text there may pass to the line where
 * that field may (docs/decisions/0142).
 */
function variantTarget(data: unknown, path: string): string | undefined {
  const match = /^variants\.vary\[(\d+)\]\.oneOf\[\d+\](.*)$/u.exec(path);
  if (match === null) return undefined;
  const vary = (data as { variants?: { vary?: unknown } } | null)?.variants?.vary;
  const rule = Array.isArray(vary) ? (vary[Number(match[1])] as { path?: unknown } | undefined) : undefined;
  return typeof rule?.path === "string" ? `${rule.path}${match[2] ?? ""}` : undefined;
}

function isMultiline(data: unknown, path: string, format: FileFormat): boolean {
  if (format.multilineFields.has(path)) return true;
  const target = variantTarget(data, path);
  return target !== undefined && format.multilineFields.has(target);
}

function valueProblem(value: unknown, path: () => string, format: FileFormat, data: unknown): string | undefined {
  if (typeof value === "string") {
    if (value.length > INPUT_LIMITS.textLength) return `texte de ${formatCount(value.length)} caractères\u00a0: au plus ${formatCount(INPUT_LIMITS.textLength)} (voir ${format.guide})`;
    return characterProblem(value, () => isMultiline(data, path(), format), format);
  }
  if (typeof value === "number") {
    // JSON.parse turns 1e400 into Infinity, which every later rule would misread.
    if (!Number.isFinite(value)) return "nombre trop grand";
    if (Object.is(value, -0)) return "écrivez 0 (et non -0)";
  }
  return undefined;
}

function fieldNameProblem(name: string, format: FileFormat): string | undefined {
  if (name.length > INPUT_LIMITS.fieldNameLength) return `nom de champ de ${formatCount(name.length)} caractères\u00a0: au plus ${INPUT_LIMITS.fieldNameLength}`;
  if (RESERVED_NAMES.has(name)) return `nom de champ «\u00a0${name}\u00a0» interdit\u00a0: ce nom est réservé par JavaScript`;
  return characterProblem(name, () => false, format);
}

/**
 * Every input rule on parsed data, in one iterative walk: a container too deep, too long or too
 * wide is reported and not entered, so the walk's work stays linear in the file.
 */
export function checkInputValues(data: unknown, file: string, format: FileFormat = SCENARIO_FORMAT): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const report = (visit: Visit, message: string) => issues.push({ file, path: pathOf(visit), message });
  const pending: Visit[] = [{ value: data, parent: undefined, key: "", depth: 0 }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    const { value } = visit;
    const current = visit;
    if (typeof value !== "object" || value === null) {
      const problem = valueProblem(value, () => pathOf(current), format, data);
      if (problem !== undefined) report(visit, problem);
      continue;
    }
    if (visit.depth >= INPUT_LIMITS.nesting) {
      report(visit, nestingMessage(format));
      continue;
    }
    const depth = visit.depth + 1;
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.listLength) report(visit, `liste de ${formatCount(value.length)} éléments\u00a0: au plus ${INPUT_LIMITS.listLength} (voir ${format.guide})`);
      else for (let i = value.length - 1; i >= 0; i -= 1) pending.push({ value: value[i], parent: visit, key: i, depth });
      continue;
    }
    const names = Object.keys(value);
    if (names.length > INPUT_LIMITS.fieldsPerObject) {
      report(visit, `objet de ${formatCount(names.length)} champs\u00a0: au plus ${INPUT_LIMITS.fieldsPerObject}`);
      continue;
    }
    const children: Visit[] = [];
    for (const name of names) {
      const problem = fieldNameProblem(name, format);
      if (problem !== undefined) report({ value: undefined, parent: visit, key: shortened(name), depth }, problem);
      else children.push({ value: (value as Record<string, unknown>)[name], parent: visit, key: name, depth });
    }
    // Last pushed, first visited: the file's order in the messages.
    pending.push(...children.reverse());
  }
  return capIssues(issues, file);
}
