/**
 * The one boundary where scenario files enter the engine: JSON syntax, then the strict schema,
 * then the consistency rules (references exist, each stage has what it needs). Every problem is
 * reported in French with the file and the path of the field.
 */
import type { z } from "zod";
import { cashDiscountMention, fewestDaysToDue } from "./cashDiscount";
import { addDays } from "./dates";
import { frenchVatNumber, isValidSiren, isValidSiret } from "./identifiers";
import { computeInvoice } from "./invoice";
import { isIsoDate } from "./dates";
import { formatEuros } from "./money";
import { checkLegalMaximum, describePaymentTerms } from "./paymentTerms";
import { findHalfYearRates, formatHalfYear, halfYearOf, KNOWN_HALF_YEAR_RATES, nextHalfYear, unknownHalfYearMessage } from "./rates";
import { scenarioSchema, STAGE_INVOICE_REF, type Scenario } from "./scenario";
import { statedRatesOf } from "./scenarioLedger";
import { STAGE_IDS, type StageId } from "./stages";

export interface ScenarioIssue {
  file: string;
  /** "customers[2].creditLimit"; "" for the file itself. */
  path: string;
  message: string;
}

/**
 * A loaded scenario carries its warnings: what is legal to write but probably a slip (terms beyond
 * the legal maximum, which a scenario may also teach). They never stop loading (docs/decisions/0093).
 */
export type ScenarioParseResult = { ok: true; scenario: Scenario; warnings: ScenarioIssue[] } | { ok: false; issues: ScenarioIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text === "" ? String(key) : `${text}.${String(key)}`), "");
}

export function formatIssue(issue: ScenarioIssue): string {
  return issue.path === "" ? `${issue.file} : ${issue.message}` : `${issue.file} : ${issue.path} : ${issue.message}`;
}

/** "fichier : chemin : avertissement : message". */
export function formatWarning(warning: ScenarioIssue): string {
  return formatIssue({ ...warning, message: `avertissement : ${warning.message}` });
}

// ---------------------------------------------------------------------------------------------
// Schema errors a teacher can act on: zod's French messages, made precise where they are vague
// (a misspelt field is named at its own path with the closest permitted name; an unknown event
// type lists the permitted ones; a union that fits no form says what each form lacks).
// ---------------------------------------------------------------------------------------------

/** The zod internals read here: the definition's kind and the parts that lead to children. */
interface SchemaDef {
  type: string;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  innerType?: SchemaNode;
  in?: SchemaNode;
  valueType?: SchemaNode;
  options?: SchemaNode[];
  discriminator?: string;
  values?: unknown[];
}
interface SchemaNode {
  _zod: { def: SchemaDef };
}

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** The schema itself, wrappers (optional, default, transforms) taken off. */
function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let guard = 0; current && guard < 20; guard += 1) {
    const def: SchemaDef = current._zod.def;
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else return current;
  }
  return current;
}

function literalValues(node: SchemaNode | undefined): unknown[] {
  const def = unwrap(node)?._zod.def;
  return def?.type === "literal" ? (def.values ?? []) : [];
}

/** Among a union's object forms, the one whose discriminator or keys fit the data best. */
function unionOption(def: SchemaDef, data: unknown): SchemaNode | undefined {
  const objects = (def.options ?? []).map(unwrap).filter((o): o is SchemaNode => o?._zod.def.type === "object");
  if (typeof data !== "object" || data === null) return objects[0];
  const record = data as Record<string, unknown>;
  if (def.discriminator !== undefined) {
    const wanted = record[def.discriminator];
    const byTag = objects.find((o) => literalValues(o._zod.def.shape?.[def.discriminator ?? ""]).includes(wanted));
    if (byTag) return byTag;
  }
  const score = (o: SchemaNode) => Object.keys(record).filter((k) => k in (o._zod.def.shape ?? {})).length;
  return [...objects].sort((a, b) => score(b) - score(a))[0];
}

/** The schema of the value at `path` in `data`, as far as it can be followed. */
function schemaAt(root: SchemaNode, path: readonly PropertyKey[], data: unknown): { node: SchemaNode | undefined; value: unknown } {
  let node: SchemaNode | undefined = root;
  let value = data;
  for (const key of path) {
    let def: SchemaDef | undefined = unwrap(node)?._zod.def;
    if (def?.type === "union") {
      node = unionOption(def, value);
      def = node?._zod.def;
    }
    if (def === undefined) return { node: undefined, value: undefined };
    node = def.type === "object" ? def.shape?.[String(key)] : def.type === "array" ? def.element : def.type === "record" ? def.valueType : undefined;
    value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return { node, value };
}

/** The field names an object at `path` permits (for a union: the form the data looks like). */
function permittedKeys(root: SchemaNode, path: readonly PropertyKey[], data: unknown): string[] {
  const { node, value } = schemaAt(root, path, data);
  let def: SchemaDef | undefined = unwrap(node)?._zod.def;
  if (def?.type === "union") def = unionOption(def, value)?._zod.def;
  return def?.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), case ignored. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (rows[x.length] as number[])[y.length] ?? 0;
}

/** The permitted name a misspelt one most likely meant: at most 2 edits, or a third of its length. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const ranked = candidates.map((c) => ({ c, d: editDistance(name, c) })).filter(({ d }) => d <= limit);
  ranked.sort((a, b) => a.d - b.d);
  return ranked[0]?.c;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? `« ${v} »` : JSON.stringify(v))).join(", ");
}

type ZodIssue = z.ZodError["issues"][number];

function unknownKeyIssues(issue: ZodIssue & { keys: string[] }, data: unknown, file: string): ScenarioIssue[] {
  const permitted = permittedKeys(scenarioSchema as unknown as SchemaNode, issue.path, data);
  return issue.keys.map((key) => {
    const guess = closestName(key, permitted);
    const list = permitted.length > 0 ? ` (champs permis : ${permitted.join(", ")})` : "";
    return {
      file,
      path: formatPath([...issue.path, key]),
      message: guess !== undefined ? `champ inconnu : vouliez-vous écrire « ${guess} » ?${list}` : `champ inconnu${list}`,
    };
  });
}

/** One form of a union that did not fit, said in a few words (`value`: the data the union was given). */
function describeBranch(errors: readonly ZodIssue[], value: unknown): string {
  const absent = (e: ZodIssue) =>
    e.code === "invalid_type" && e.path.length === 1 && typeof value === "object" && value !== null && !((e.path[0] as string) in value);
  return errors
    .map((e) =>
      e.code === "unrecognized_keys"
        ? `champ${e.keys.length > 1 ? "s" : ""} ${quoteList(e.keys)} inconnu${e.keys.length > 1 ? "s" : ""}`
        : absent(e)
          ? `champ « ${String(e.path[0])} » absent`
          : `${formatPath(e.path) || "valeur"} : ${e.message}`,
    )
    .join(", ");
}

function unionMessage(issue: ZodIssue & { code: "invalid_union" }, data: unknown): string {
  const tagged = issue as ZodIssue & { discriminator?: string; options?: unknown[] };
  if (tagged.discriminator !== undefined && tagged.options !== undefined) {
    const { value } = schemaAt(scenarioSchema as unknown as SchemaNode, issue.path, data);
    const found = value === undefined ? "absent" : `« ${String(value)} » inconnu`;
    return `${found} : valeurs permises ${quoteList(tagged.options)}`;
  }
  const { value } = schemaAt(scenarioSchema as unknown as SchemaNode, issue.path, data);
  const branches = issue.errors.map((errors) => describeBranch(errors, value)).filter((text) => text !== "");
  return branches.length > 0 ? `aucune des formes permises ne convient : ${branches.map((b, i) => `forme ${i + 1} — ${b}`).join(" ; ")}` : issue.message;
}

const EXPECTED_LABELS: Readonly<Record<string, string>> = {
  string: "un texte entre guillemets",
  number: "un nombre",
  object: "un objet { … }",
  array: "une liste [ … ]",
  boolean: "true ou false",
};

/** zod says "indéfini reçu" for a field left out: say that it is required. */
function missingFieldMessage(issue: ZodIssue, data: unknown): string | undefined {
  if (issue.code !== "invalid_type" || issue.path.length === 0) return undefined;
  const parent = schemaAt(scenarioSchema as unknown as SchemaNode, issue.path.slice(0, -1), data).value;
  const key = issue.path[issue.path.length - 1] as string;
  if (typeof parent !== "object" || parent === null || key in parent) return undefined;
  const expected = EXPECTED_LABELS[issue.expected];
  return `champ obligatoire absent${expected ? ` (${expected} attendu)` : ""}`;
}

function zodIssues(error: z.ZodError, file: string, data: unknown): ScenarioIssue[] {
  return error.issues.flatMap((issue): ScenarioIssue[] => {
    if (issue.code === "unrecognized_keys") return unknownKeyIssues(issue, data, file);
    if (issue.code === "invalid_union") return [{ file, path: formatPath(issue.path), message: unionMessage(issue, data) }];
    const missing = missingFieldMessage(issue, data);
    if (missing !== undefined) return [{ file, path: formatPath(issue.path), message: missing }];
    return [{ file, path: formatPath(issue.path), message: issue.message }];
  });
}

/** Line and column of a character offset, for JSON syntax errors. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `ligne ${line}, colonne ${column}`;
}

/**
 * The deepest nesting the syntax scan follows: each level costs it two stack frames, and 5 000
 * nested « [ » overflowed the stack (issue 10). A scenario nests fewer than ten levels.
 */
const MAX_JSON_DEPTH = 256;

/**
 * Where and why a text is not JSON, in French. JSON.parse says it in English and, for some
 * errors (a missing value before "}"), without a position; teachers edit these files by hand and
 * need the line. Called only once JSON.parse has failed: a small recursive-descent scan.
 */
export function locateJsonError(text: string): { offset: number; message: string } | null {
  let at = 0;
  let depth = 0;
  const fail = (message: string, offset = at): never => {
    throw new JsonSyntaxError(offset, message);
  };
  const skipSpaces = () => {
    while (at < text.length && " \t\n\r".includes(text[at] ?? "")) at += 1;
  };
  const shown = (offset: number) => (offset >= text.length ? "la fin du fichier" : `« ${text[offset]} »`);
  const scanString = (): string => {
    const start = at;
    at += 1;
    while (at < text.length) {
      const char = text[at] ?? "";
      if (char === '"') {
        at += 1;
        return text.slice(start + 1, at - 1);
      }
      if (char === "\\") {
        const escape = text[at + 1] ?? "";
        if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
        else if ('"\\/bfnrt'.includes(escape) && escape !== "") at += 2;
        else fail(`séquence d'échappement « \\${escape} » invalide dans un texte`);
      } else if (char < " ") {
        fail("retour à la ligne ou caractère de contrôle dans un texte : un texte tient sur une ligne (écrire \\n)");
      } else {
        at += 1;
      }
    }
    return fail("texte non terminé : il manque le guillemet fermant", start);
  };
  const scanValue = (): void => {
    skipSpaces();
    const char = text[at];
    if (char === "{" || char === "[") {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) fail(`objets et listes imbriqués sur plus de ${MAX_JSON_DEPTH} niveaux : un scénario n'en compte que quelques-uns (crochet ou accolade en trop ?)`);
      if (char === "{") scanObject();
      else scanArray();
      depth -= 1;
      return;
    }
    if (char === '"') {
      scanString();
      return;
    }
    const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    number.lastIndex = at;
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) {
      if (!number.test(text)) fail("nombre mal écrit (un montant s'écrit entre guillemets : \"1234.50\")");
      at = number.lastIndex;
      return;
    }
    const word = /[A-Za-z]+/y;
    word.lastIndex = at;
    const literal = word.exec(text)?.[0];
    if (literal !== undefined) {
      if (!["true", "false", "null"].includes(literal)) fail(`mot « ${literal} » inconnu : un texte s'écrit entre guillemets (true, false et null seuls s'écrivent sans)`);
      at += literal.length;
      return;
    }
    fail(`une valeur est attendue (texte entre guillemets, nombre, true, false, objet ou liste), pas ${shown(at)}`);
  };
  const scanObject = (): void => {
    at += 1;
    skipSpaces();
    if (text[at] === "}") {
      at += 1;
      return;
    }
    for (;;) {
      skipSpaces();
      if (text[at] !== '"') fail(`nom de champ entre guillemets attendu, pas ${shown(at)}${text[at] === "}" ? " (virgule en trop avant « } » ?)" : ""}`);
      const name = scanString();
      skipSpaces();
      if (text[at] !== ":") fail(`« : » attendu après le nom de champ « ${name} », pas ${shown(at)}`);
      at += 1;
      scanValue();
      skipSpaces();
      if (text[at] === "}") {
        at += 1;
        return;
      }
      if (text[at] !== ",") fail(`« , » ou « } » attendu après la valeur du champ « ${name} », pas ${shown(at)} (virgule oubliée ?)`);
      at += 1;
    }
  };
  const scanArray = (): void => {
    at += 1;
    skipSpaces();
    if (text[at] === "]") {
      at += 1;
      return;
    }
    for (;;) {
      skipSpaces();
      if (text[at] === "]") fail("valeur attendue, pas « ] » (virgule en trop avant « ] » ?)");
      scanValue();
      skipSpaces();
      if (text[at] === "]") {
        at += 1;
        return;
      }
      if (text[at] !== ",") fail(`« , » ou « ] » attendu après un élément de liste, pas ${shown(at)} (virgule oubliée ?)`);
      at += 1;
    }
  };
  try {
    // A byte-order mark is invisible in editors; JSON.parse refuses it.
    if (text.charCodeAt(0) === 0xfeff) fail("le fichier commence par une marque d'ordre des octets (BOM) : enregistrez-le en UTF-8 sans BOM");
    scanValue();
    skipSpaces();
    if (at < text.length) fail(`texte en trop après la fin du document JSON : ${shown(at)}`);
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function syntaxIssue(text: string, error: unknown, file: string): ScenarioIssue {
  const located = locateJsonError(text);
  if (located) return { file, path: "", message: `JSON invalide (${position(text, located.offset)}) : ${located.message}` };
  const message = error instanceof Error ? error.message : String(error);
  return { file, path: "", message: `JSON invalide : ${message}` };
}

export function parseScenario(data: unknown, file: string): ScenarioParseResult {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, file, data) };
  const issues = checkScenarioConsistency(parsed.data, file);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario: parsed.data, warnings: scenarioWarnings(parsed.data, file) };
}

export function parseScenarioText(text: string, file: string): ScenarioParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(text, error, file)] };
  }
  return parseScenario(data, file);
}

// ---------------------------------------------------------------------------------------------
// Consistency: what the schema alone cannot see.
// ---------------------------------------------------------------------------------------------

/** A contradiction found in a scenario: the path of the field and what is wrong with it. */
type Problem = { path: string; message: string };
type Check = (scenario: Scenario) => Problem[];

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return repeated;
}

const uniqueIdentifiers: Check = (scenario) => {
  const problems: Problem[] = [];
  const customerIds = duplicates(scenario.customers.map((c) => c.id));
  scenario.customers.forEach((c, i) => {
    if (customerIds.has(c.id)) problems.push({ path: `customers[${i}].id`, message: `le compte client « ${c.id} » est déclaré plusieurs fois` });
  });
  const references = duplicates(scenario.products.map((p) => p.reference));
  scenario.products.forEach((p, i) => {
    if (references.has(p.reference)) problems.push({ path: `products[${i}].reference`, message: `la référence « ${p.reference} » est déclarée plusieurs fois` });
  });
  const numbers = duplicates(scenario.ledger.openInvoices.map((inv) => inv.number));
  scenario.ledger.openInvoices.forEach((inv, i) => {
    if (numbers.has(inv.number)) problems.push({ path: `ledger.openInvoices[${i}].number`, message: `le numéro « ${inv.number} » est donné à plusieurs factures` });
  });
  return problems;
};

const customerReferences: Check = (scenario) => {
  const known = new Set(scenario.customers.map((c) => c.id));
  const unknown = (id: string) => `le compte client « ${id} » n'existe pas dans customers`;
  return [
    ...scenario.ledger.openInvoices.flatMap((inv, i) => (known.has(inv.customerId) ? [] : [{ path: `ledger.openInvoices[${i}].customerId`, message: unknown(inv.customerId) }])),
    ...scenario.ledger.acceptedOrders.flatMap((o, i) => (known.has(o.customerId) ? [] : [{ path: `ledger.acceptedOrders[${i}].customerId`, message: unknown(o.customerId) }])),
    ...(scenario.order && "existingId" in scenario.order.customer && !known.has(scenario.order.customer.existingId)
      ? [{ path: "order.customer.existingId", message: unknown(scenario.order.customer.existingId) }]
      : []),
  ];
};

const STAGE_NEEDS: Record<Scenario["stages"][number], { field: "order" | "invoiceControl" | "followUp"; label: string }> = {
  orderIntake: { field: "order", label: "la commande reçue (order)" },
  orderProcessing: { field: "order", label: "la commande reçue (order)" },
  invoicing: { field: "order", label: "la commande reçue (order)" },
  invoiceControl: { field: "invoiceControl", label: "la facture à contrôler (invoiceControl)" },
  paymentFollowUp: { field: "followUp", label: "les factures à suivre (followUp)" },
};

const stagesHaveTheirData: Check = (scenario) =>
  scenario.stages.flatMap((stage, i) => {
    const need = STAGE_NEEDS[stage];
    // Without a printed invoice of its own, the control stage checks the one the invoicing stage issued.
    if (stage === "invoiceControl" && scenario.stages.includes("invoicing")) return [];
    const alternative = stage === "invoiceControl" ? ", et aucune étape de facturation ne la fournit" : "";
    return scenario[need.field] === undefined ? [{ path: `stages[${i}]`, message: `l'étape « ${stage} » demande ${need.label}, absente du fichier${alternative}` }] : [];
  });

const stagesInCourseOrder: Check = (scenario) => {
  const problems: Problem[] = [];
  scenario.stages.forEach((stage, i) => {
    if (scenario.stages.indexOf(stage) !== i) problems.push({ path: `stages[${i}]`, message: `l'étape « ${stage} » apparaît deux fois` });
    const previous = scenario.stages[i - 1];
    if (previous !== undefined && STAGE_IDS.indexOf(previous) > STAGE_IDS.indexOf(stage)) {
      problems.push({ path: `stages[${i}]`, message: `les étapes suivent l'ordre du cours : « ${stage} » ne peut pas venir après « ${previous} »` });
    }
  });
  // Processing and invoicing continue an order: they need the stage that produced it.
  const needsBefore: [StageId, StageId][] = [
    ["orderProcessing", "orderIntake"],
    ["invoicing", "orderProcessing"],
  ];
  for (const [stage, before] of needsBefore) {
    const at = scenario.stages.indexOf(stage);
    if (at >= 0 && !scenario.stages.includes(before)) {
      problems.push({ path: `stages[${at}]`, message: `l'étape « ${stage} » continue l'étape « ${before} », qui doit la précéder` });
    }
  }
  return problems;
};

const invoiceReferences: Check = (scenario) => {
  const known = new Set(scenario.ledger.openInvoices.map((inv) => inv.number));
  const stageInvoice = scenario.stages.includes("invoicing");
  const exists = (ref: string) => known.has(ref) || (ref === STAGE_INVOICE_REF && stageInvoice);
  const message = (ref: string) =>
    ref === STAGE_INVOICE_REF
      ? `« ${STAGE_INVOICE_REF} » désigne la facture de l'étape de facturation, absente de stages`
      : `la facture « ${ref} » n'existe pas dans ledger.openInvoices`;
  return [
    ...scenario.events.flatMap((e, i) => (exists(e.invoice) ? [] : [{ path: `events[${i}].invoice`, message: message(e.invoice) }])),
    ...(scenario.followUp?.invoices ?? []).flatMap((ref, i) => (exists(ref) ? [] : [{ path: `followUp.invoices[${i}]`, message: message(ref) }])),
    ...(scenario.followUp?.actionsTaken ?? []).flatMap((a, i) => (exists(a.invoice) ? [] : [{ path: `followUp.actionsTaken[${i}].invoice`, message: message(a.invoice) }])),
  ];
};

const datesAfterStart: Check = (scenario) => {
  const start = scenario.clock.start;
  const problems: Problem[] = [];
  scenario.events.forEach((e, i) => {
    if (e.date < start) problems.push({ path: `events[${i}].date`, message: `l'événement du ${e.date} précède le début de la simulation (${start})` });
  });
  if (scenario.order && scenario.order.receivedOn < start) {
    problems.push({ path: "order.receivedOn", message: `la commande arrive le ${scenario.order.receivedOn}, avant le début de la simulation (${start})` });
  }
  if (scenario.followUp && scenario.followUp.endsOn <= start) {
    problems.push({ path: "followUp.endsOn", message: `la fin du suivi (${scenario.followUp.endsOn}) doit suivre le début de la simulation (${start})` });
  }
  return problems;
};

const quoteReferences: Check = (scenario) => {
  const known = new Set(scenario.products.map((p) => p.reference));
  return (scenario.order?.quote?.prices ?? []).flatMap((price, i) =>
    known.has(price.reference) ? [] : [{ path: `order.quote.prices[${i}].reference`, message: `la référence « ${price.reference} » n'existe pas dans products` }],
  );
};

// Identifiers: a fictional company still carries a well-formed SIREN (Luhn key) and the VAT
// number of that SIREN, otherwise the learner copies a wrong identifier from the file into the PGI,
// which refuses it (ledger.createCustomer), and the invoice checker flags it (domain/control/).

function compactIdentifier(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/gu, "").toUpperCase();
}

function identityProblems(identity: { siren?: string | undefined; siret?: string | undefined; vatNumber?: string | undefined }, at: string, whose: string): Problem[] {
  const problems: Problem[] = [];
  const { siren, siret, vatNumber } = identity;
  if (siren !== undefined && !isValidSiren(siren)) {
    problems.push({ path: `${at}.siren`, message: `le SIREN ${siren} ${whose} n'est pas valide (clé de Luhn incorrecte)` });
  }
  if (siret !== undefined) {
    if (!isValidSiret(siret)) problems.push({ path: `${at}.siret`, message: `le SIRET ${siret} ${whose} n'est pas valide (clé de Luhn incorrecte)` });
    else if (siren !== undefined && !siret.startsWith(siren)) problems.push({ path: `${at}.siret`, message: `le SIRET ${siret} ${whose} ne commence pas par son SIREN ${siren}` });
  }
  if (vatNumber !== undefined && siren !== undefined && isValidSiren(siren) && compactIdentifier(vatNumber) !== frenchVatNumber(siren)) {
    problems.push({ path: `${at}.vatNumber`, message: `le numéro de TVA ${vatNumber} ${whose} ne correspond pas à son SIREN ${siren} (attendu ${frenchVatNumber(siren)})` });
  }
  return problems;
}

const validIdentifiers: Check = (scenario) => {
  const seller = scenario.company.identity;
  const sender = scenario.order && "newCustomer" in scenario.order.customer ? scenario.order.customer.newCustomer : undefined;
  return [
    ...identityProblems(seller, "company.identity", "du vendeur"),
    ...scenario.customers.flatMap((c, i) => identityProblems(c, `customers[${i}]`, `du client « ${c.id} »`)),
    ...(sender ? identityProblems(sender, "order.customer.newCustomer", "du nouveau client") : []),
  ];
};

/** Opening documents share one id space in the PGI: an accepted order "X" also yields "X-AR". */
const uniqueLedgerIds: Check = (scenario) => {
  const invoiceNumbers = new Set(scenario.ledger.openInvoices.map((inv) => inv.number));
  const orderIds = duplicates(scenario.ledger.acceptedOrders.map((o) => o.id));
  return scenario.ledger.acceptedOrders.flatMap((order, i) => {
    if (orderIds.has(order.id)) return [{ path: `ledger.acceptedOrders[${i}].id`, message: `la commande « ${order.id} » est déclarée plusieurs fois` }];
    const clash = [order.id, `${order.id}-AR`].find((id) => invoiceNumbers.has(id));
    return clash ? [{ path: `ledger.acceptedOrders[${i}].id`, message: `l'identifiant « ${clash} » est déjà le numéro d'une facture de ledger.openInvoices` }] : [];
  });
};

/** What the ledger holds at the start happened before the start, and in a possible order. */
const openingDatesBeforeStart: Check = (scenario) => {
  const start = scenario.clock.start;
  const problems: Problem[] = [];
  scenario.ledger.openInvoices.forEach((inv, i) => {
    if (inv.issueDate > start) problems.push({ path: `ledger.openInvoices[${i}].issueDate`, message: `la facture ${inv.number} est émise le ${inv.issueDate}, après le début de la simulation (${start})` });
    if (inv.dueDate !== undefined && inv.dueDate < inv.issueDate) problems.push({ path: `ledger.openInvoices[${i}].dueDate`, message: `l'échéance (${inv.dueDate}) précède la date de la facture (${inv.issueDate})` });
  });
  scenario.ledger.acceptedOrders.forEach((order, i) => {
    if (order.date > start) problems.push({ path: `ledger.acceptedOrders[${i}].date`, message: `la commande ${order.id} est acceptée le ${order.date}, après le début de la simulation (${start})` });
  });
  (scenario.followUp?.actionsTaken ?? []).forEach((action, i) => {
    if (action.date > start) problems.push({ path: `followUp.actionsTaken[${i}].date`, message: `une action déjà menée est datée du ${action.date}, après le début de la simulation (${start}) : c'est à l'élève de la mener` });
  });
  return problems;
};

/** An opening invoice cannot have been paid beyond its amount TTC. */
const openingPaymentsWithinTotals: Check = (scenario) =>
  scenario.ledger.openInvoices.flatMap((inv, i) => {
    const paid = inv.paid ?? 0;
    if (paid === 0) return [];
    const lines = inv.lines.map((line) => ({ description: line.description, quantity: line.quantity, unitPriceCents: line.unitPrice, vatRate: line.vatRate }));
    const total = computeInvoice({ lines }).totalInclTaxCents;
    return paid > total
      ? [{ path: `ledger.openInvoices[${i}].paid`, message: `déjà réglé ${formatEuros(paid)}, plus que le total TTC de la facture ${inv.number} (${formatEuros(total)})` }]
      : [];
  });

/** Dates inside the incoming order and the follow-up that contradict each other. */
const orderAndFollowUpDates: Check = (scenario) => {
  const problems: Problem[] = [];
  const order = scenario.order;
  if (order && order.orderDate > order.receivedOn) {
    problems.push({ path: "order.orderDate", message: `la commande est datée du ${order.orderDate}, après sa réception (${order.receivedOn})` });
  }
  if (order?.quote && order.quote.validUntil < order.quote.date) {
    problems.push({ path: "order.quote.validUntil", message: `le devis expire le ${order.quote.validUntil}, avant sa propre date (${order.quote.date})` });
  }
  const followUp = scenario.followUp;
  if (followUp) {
    const repeated = duplicates(followUp.invoices);
    followUp.invoices.forEach((ref, i) => {
      if (repeated.has(ref) && followUp.invoices.indexOf(ref) !== i) problems.push({ path: `followUp.invoices[${i}]`, message: `la facture « ${ref} » est suivie deux fois` });
    });
    scenario.events.forEach((e, i) => {
      if (e.date > followUp.endsOn) problems.push({ path: `events[${i}].date`, message: `l'événement du ${e.date} tombe après la fin du suivi (${followUp.endsOn}) : il n'arriverait jamais` });
    });
  }
  return problems;
};

/** The back-order's supplies and the incident after the invoice concern articles of the order. */
const orderArticles: Check = (scenario) => {
  const problems: Problem[] = [];
  const catalogue = new Set(scenario.products.map((p) => p.reference));
  const order = scenario.order;
  (order?.restockOn ?? []).forEach((restock, i) => {
    if (!catalogue.has(restock.reference)) problems.push({ path: `order.restockOn[${i}].reference`, message: `la référence « ${restock.reference} » n'existe pas dans products` });
    if (order && restock.date < order.receivedOn) problems.push({ path: `order.restockOn[${i}].date`, message: `le réapprovisionnement du ${restock.date} précède la réception de la commande (${order.receivedOn})` });
  });
  const incident = scenario.invoicingIncident;
  if (incident) {
    if (!scenario.stages.includes("invoicing")) {
      problems.push({ path: "invoicingIncident", message: "l'incident après facture ne sert qu'à l'étape « invoicing », absente de stages" });
    }
    if (order && !order.lines.some((line) => line.reference === incident.reference)) {
      problems.push({ path: "invoicingIncident.reference", message: `la référence « ${incident.reference} » ne figure pas dans les lignes de la commande : elle ne sera pas facturée` });
    }
    if (order && incident.reportedOn !== undefined && incident.reportedOn < order.receivedOn) {
      problems.push({ path: "invoicingIncident.reportedOn", message: `l'incident est signalé le ${incident.reportedOn}, avant la réception de la commande (${order.receivedOn})` });
    }
  }
  return problems;
};

/**
 * Data that would print an escompte contradicting the due date beside it (docs/decisions/0090): an
 * escompte offered to a customer whose terms leave no time to pay early, a granted escompte on an
 * invoice to control that is not due on its own date.
 */
const cashDiscountAgreesWithTerms: Check = (scenario) => {
  const issueDate = scenario.clock.start;
  const customers = scenario.customers.flatMap((customer, i): Problem[] => {
    const { cashDiscount, cashDiscountDays } = customer.conditions;
    const { contradiction } = cashDiscountMention({
      depositInvoice: false,
      issueDate,
      dueDate: addDays(issueDate, fewestDaysToDue(customer.paymentTerms)),
      offered: cashDiscount,
      offeredDays: cashDiscountDays,
    });
    const field = cashDiscountDays !== undefined ? "cashDiscountDays" : "cashDiscount";
    return contradiction !== undefined ? [{ path: `customers[${i}].conditions.${field}`, message: `${contradiction} (conditions de paiement : ${describePaymentTerms(customer.paymentTerms)})` }] : [];
  });
  const invoice = scenario.invoiceControl?.invoice;
  const granted = invoice?.reductions.cashDiscount ?? 0;
  if (!invoice || granted <= 0 || invoice.issueDate === undefined || invoice.dueDate === undefined) return customers;
  const { contradiction } = cashDiscountMention({ depositInvoice: false, issueDate: invoice.issueDate, dueDate: invoice.dueDate, granted });
  return contradiction !== undefined ? [...customers, { path: "invoiceControl.invoice.reductions.cashDiscount", message: contradiction }] : customers;
};

/** A dispute is settled on or after the day it is opened (the first opening on the same invoice). */
const disputesSettledAfterOpening: Check = (scenario) =>
  scenario.events.flatMap((event, i) => {
    if (event.type !== "disputeSettled") return [];
    const opening = scenario.events.findIndex((e) => e.type === "disputeOpened" && e.invoice === event.invoice);
    const opened = scenario.events[opening];
    if (opened === undefined || event.date >= opened.date) return [];
    return [
      {
        path: `events[${i}].date`,
        message: `le litige sur la facture « ${event.invoice} » est réglé le ${event.date}, avant d'être ouvert le ${opened.date} (events[${opening}]) : un litige se règle après son ouverture`,
      },
    ];
  });

/**
 * The follow-up stage can reach a formal notice and a request for an injonction de payer, which a
 * named person signs with a title: the scenario names them (docs/decisions/0084).
 */
const signatoryForFollowUp: Check = (scenario) =>
  scenario.stages.includes("paymentFollowUp") && scenario.company.signatory === undefined
    ? [
        {
          path: "company.signatory",
          message:
            "champ obligatoire avec l'étape « paymentFollowUp » : la mise en demeure et la requête en injonction de payer sont signées par une personne nommée, avec sa fonction (par exemple { \"name\": \"Camille Roux\", \"title\": \"Responsable du recouvrement\" })",
        },
      ]
    : [];

/** The stages that print or apply a late-penalty rate or a legal interest rate (invoice, control, follow-up). */
const STAGES_USING_RATES: readonly StageId[] = ["invoicing", "invoiceControl", "paymentFollowUp"];

/** The dates of a scenario that an invoice, a control or a follow-up may fall on, with their paths. */
function datedFields(scenario: Scenario): { path: string; date: string }[] {
  return [
    { path: "clock.start", date: scenario.clock.start },
    ...scenario.ledger.openInvoices.map((inv, i) => ({ path: `ledger.openInvoices[${i}].issueDate`, date: inv.issueDate })),
    ...(scenario.order ? [{ path: "order.receivedOn", date: scenario.order.receivedOn }] : []),
    ...(scenario.invoiceControl?.invoice.issueDate !== undefined ? [{ path: "invoiceControl.invoice.issueDate", date: scenario.invoiceControl.invoice.issueDate }] : []),
    ...(scenario.followUp?.actionsTaken ?? []).map((a, i) => ({ path: `followUp.actionsTaken[${i}].date`, date: a.date })),
    ...scenario.events.map((e, i) => ({ path: `events[${i}].date`, date: e.date })),
    ...(scenario.followUp ? [{ path: "followUp.endsOn", date: scenario.followUp.endsOn }] : []),
  ];
}

/**
 * Every half-year from the scenario's first date to its last must have its rates, from the
 * engine's table or stated in company.policies.rates: never a silent fallback (docs/decisions/0081).
 * Named at the first field dated in the half-year, else at the follow-up's end that spans it.
 */
const ratesOfEveryHalfYear: Check = (scenario) => {
  if (!scenario.stages.some((stage) => STAGES_USING_RATES.includes(stage))) return [];
  const stated = statedRatesOf(scenario);
  const problems: Problem[] = stated.flatMap((r, i) =>
    KNOWN_HALF_YEAR_RATES.some((known) => known.halfYear === r.halfYear)
      ? [{ path: `company.policies.rates[${i}].halfYear`, message: `le ${formatHalfYear(r.halfYear)} est déjà dans la table des taux du moteur : retirez cette ligne` }]
      : [],
  );
  const fields = datedFields(scenario).filter((f) => isIsoDate(f.date));
  const halfYears = fields.map((f) => halfYearOf(f.date)).sort();
  const first = halfYears[0];
  const last = halfYears.at(-1);
  if (first === undefined || last === undefined) return problems;
  for (let h = first; h <= last; h = nextHalfYear(h)) {
    if (findHalfYearRates(h, stated) !== undefined) continue;
    const where = fields.find((f) => halfYearOf(f.date) === h)?.path ?? "followUp.endsOn";
    problems.push({ path: where, message: unknownHalfYearMessage(h) });
  }
  return problems;
};

const CHECKS: readonly Check[] = [
  uniqueIdentifiers,
  customerReferences,
  stagesHaveTheirData,
  stagesInCourseOrder,
  invoiceReferences,
  datesAfterStart,
  quoteReferences,
  validIdentifiers,
  uniqueLedgerIds,
  openingDatesBeforeStart,
  openingPaymentsWithinTotals,
  orderAndFollowUpDates,
  orderArticles,
  cashDiscountAgreesWithTerms,
  disputesSettledAfterOpening,
  signatoryForFollowUp,
  ratesOfEveryHalfYear,
];

function checkScenarioConsistency(scenario: Scenario, file: string): ScenarioIssue[] {
  return CHECKS.flatMap((check) => check(scenario).map((problem) => ({ file, ...problem })));
}

// ---------------------------------------------------------------------------------------------
// Warnings: legal to write, but probably a slip, unless the scenario teaches exactly that.
// ---------------------------------------------------------------------------------------------

/** Terms beyond the legal maximum (60 days from the invoice, 45 days end of month, L441-10). */
const paymentTermsWithinLegalMaximum: Check = (scenario) => {
  const terms = [
    { path: "company.policies.defaultPaymentTerms", terms: scenario.company.policies.defaultPaymentTerms },
    ...scenario.customers.map((customer, i) => ({ path: `customers[${i}].paymentTerms`, terms: customer.paymentTerms })),
  ];
  return terms.flatMap(({ path, terms: t }) => {
    const check = checkLegalMaximum(t);
    return check.compliant ? [] : [{ path, message: `${check.explanation} Si le scénario l'enseigne, gardez-le : l'élève doit le relever.` }];
  });
};

const WARNINGS: readonly Check[] = [paymentTermsWithinLegalMaximum];

function scenarioWarnings(scenario: Scenario, file: string): ScenarioIssue[] {
  return WARNINGS.flatMap((check) => check(scenario).map((problem) => ({ file, ...problem })));
}
