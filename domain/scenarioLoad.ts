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
import { DomainError, formatEuros, MAX_CENTS, type Cents } from "./money";
import { checkLegalMaximum, describePaymentTerms } from "./paymentTerms";
import { findHalfYearRates, formatHalfYear, halfYearOf, KNOWN_HALF_YEAR_RATES, nextHalfYear, unknownHalfYearMessage } from "./rates";
import { scenarioSchema } from "./scenario";
import { STAGE_INVOICE_REF, type Scenario } from "./scenarioTypes";
import type { VatRate } from "./documents";
import { capIssues, checkInputValues, childPath, fileTooLarge, INPUT_LIMITS, lineIndex, SCENARIO_FORMAT, scanJsonText, type DuplicateKey, type FileFormat, type JsonSyntaxProblem } from "./scenarioInput";
import { statedRatesOf } from "./scenarioLedger";
import { describeCharacter, MISSING_CHARACTER, unprintableCharacters } from "./printable";
import { STAGE_IDS, type StageId } from "./stages";
import { resolveTextReferences, variantRuleIssues } from "./variants";

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
  return path.reduce<string>(childPath, "");
}

export function formatIssue(issue: ScenarioIssue): string {
  return issue.path === "" ? `${issue.file}\u00a0: ${issue.message}` : `${issue.file}\u00a0: ${issue.path}\u00a0: ${issue.message}`;
}

/** "fichier : chemin : avertissement : message". */
export function formatWarning(warning: ScenarioIssue): string {
  return formatIssue({ ...warning, message: `avertissement\u00a0: ${warning.message}` });
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

/**
 * Edit distance (insertions, deletions, substitutions, swaps of neighbours), case ignored. Past
 * `limit` it stops early and returns limit + 1: a far name costs a few rows, not a whole table.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  // Three rows of the table: a swap of neighbours looks two rows back.
  let twoBack: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let previousMinimum = 0;
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    let minimum = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let cell = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) cell = Math.min(cell, (twoBack[j - 2] ?? 0) + 1);
      row.push(cell);
      minimum = Math.min(minimum, cell);
    }
    // Every way to the end crosses this row or the one before (a swap jumps one row at most).
    if (minimum > limit && previousMinimum > limit) return limit + 1;
    twoBack = previous;
    previous = row;
    previousMinimum = minimum;
  }
  return Math.min(previous[y.length] ?? 0, limit + 1);
}

/** Names longer than this get no suggestion: a misspelt field name is a word, not a paragraph. */
const MAX_SUGGESTED_NAME_LENGTH = 64;

/** The permitted name a misspelt one most likely meant: at most 2 edits, or a third of its length. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (name.length > MAX_SUGGESTED_NAME_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate, limit);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? `«\u00a0${v}\u00a0»` : JSON.stringify(v))).join(", ");
}

type ZodIssue = z.ZodError["issues"][number];

function unknownKeyIssues(root: SchemaNode, issue: ZodIssue & { keys: string[] }, data: unknown, file: string): ScenarioIssue[] {
  const permitted = permittedKeys(root, issue.path, data);
  return issue.keys.map((key) => {
    const guess = closestName(key, permitted);
    const list = permitted.length > 0 ? ` (champs permis\u00a0: ${permitted.join(", ")})` : "";
    return {
      file,
      path: formatPath([...issue.path, key]),
      message: guess !== undefined ? `champ inconnu\u00a0: vouliez-vous écrire «\u00a0${guess}\u00a0»\u00a0?${list}` : `champ inconnu${list}`,
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
          ? `champ «\u00a0${String(e.path[0])}\u00a0» absent`
          : `${formatPath(e.path) || "valeur"}\u00a0: ${e.message}`,
    )
    .join(", ");
}

function unionMessage(root: SchemaNode, issue: ZodIssue & { code: "invalid_union" }, data: unknown): string {
  const tagged = issue as ZodIssue & { discriminator?: string; options?: unknown[] };
  if (tagged.discriminator !== undefined && tagged.options !== undefined) {
    const { value } = schemaAt(root, issue.path, data);
    const found = value === undefined ? "absent" : `«\u00a0${String(value)}\u00a0» inconnu`;
    return `${found}\u00a0: valeurs permises ${quoteList(tagged.options)}`;
  }
  const { value } = schemaAt(root, issue.path, data);
  const branches = issue.errors.map((errors) => describeBranch(errors, value)).filter((text) => text !== "");
  return branches.length > 0 ? `aucune des formes permises ne convient\u00a0: ${branches.map((b, i) => `forme ${i + 1} — ${b}`).join("\u00a0; ")}` : issue.message;
}

const EXPECTED_LABELS: Readonly<Record<string, string>> = {
  string: "un texte entre guillemets",
  number: "un nombre",
  object: "un objet { … }",
  array: "une liste [ … ]",
  boolean: "true ou false",
};

/** zod says "indéfini reçu" for a field left out: say that it is required. */
function missingFieldMessage(root: SchemaNode, issue: ZodIssue, data: unknown): string | undefined {
  if (issue.code !== "invalid_type" || issue.path.length === 0) return undefined;
  const parent = schemaAt(root, issue.path.slice(0, -1), data).value;
  const key = issue.path[issue.path.length - 1] as string;
  if (typeof parent !== "object" || parent === null || key in parent) return undefined;
  const expected = EXPECTED_LABELS[issue.expected];
  return `champ obligatoire absent${expected ? ` (${expected} attendu)` : ""}`;
}

/** A schema's errors on `data` (the scenario's, or a quiz file's), said as a teacher can act on them. */
export function schemaIssues(schema: z.ZodType, error: z.ZodError, file: string, data: unknown): ScenarioIssue[] {
  const root = schema as unknown as SchemaNode;
  return error.issues.flatMap((issue): ScenarioIssue[] => {
    if (issue.code === "unrecognized_keys") return unknownKeyIssues(root, issue, data, file);
    if (issue.code === "invalid_union") return [{ file, path: formatPath(issue.path), message: unionMessage(root, issue, data) }];
    const missing = missingFieldMessage(root, issue, data);
    if (missing !== undefined) return [{ file, path: formatPath(issue.path), message: missing }];
    return [{ file, path: formatPath(issue.path), message: issue.message }];
  });
}

function syntaxIssue(text: string, problem: JsonSyntaxProblem, file: string): ScenarioIssue {
  const { line, column } = lineIndex(text)(problem.offset);
  return { file, path: "", message: `JSON invalide (ligne ${line}, colonne ${column})\u00a0: ${problem.message}` };
}

/** JSON.parse keeps the last of two values of a field: the teacher meant one of them, and must say which. */
function duplicateKeyIssues(text: string, duplicates: readonly DuplicateKey[], file: string): ScenarioIssue[] {
  const at = lineIndex(text);
  const issues = duplicates.map(({ path, offset, firstOffset }) => ({
    file,
    path,
    message: `champ écrit deux fois dans le même objet (lignes ${at(firstOffset).line} et ${at(offset).line})\u00a0: gardez-en un seul`,
  }));
  return capIssues(issues, file);
}

/**
 * The schema and the consistency rules on parsed data, once the input rules hold (sizes, names,
 * characters, numbers: domain/scenarioInput.ts), so that nothing slower than the data runs on
 * data too large.
 */
export function parseScenario(data: unknown, file: string): ScenarioParseResult {
  const inputIssues = checkInputValues(data, file);
  if (inputIssues.length > 0) return { ok: false, issues: inputIssues };
  // Texts may quote the file's figures (docs/decisions/0142): said before anything reads them.
  const referenced = resolveTextReferences(data, file);
  if (referenced.issues.length > 0) return { ok: false, issues: referenced.issues };
  // A text with its references replaced keeps within the limits of a text as written.
  const resolvedIssues = referenced.changed ? checkInputValues(referenced.data, file) : [];
  if (resolvedIssues.length > 0) return { ok: false, issues: resolvedIssues };
  const parsed = scenarioSchema.safeParse(referenced.data);
  if (!parsed.success) return { ok: false, issues: schemaIssues(scenarioSchema, parsed.error, file, data) };
  // A variant's paths point into the file as written, which only this function still has.
  const issues = [...(parsed.data.variants ? variantRuleIssues(data, parsed.data.variants, file) : []), ...checkScenarioConsistency(parsed.data, file)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario: parsed.data, warnings: scenarioWarnings(parsed.data, file) };
}

/**
 * A file's text as data: its size, then the syntax scan on every text (it finds fields written
 * twice, which JSON.parse hides), then JSON.parse. Scenarios and quiz files are read this way.
 */
export function parseJsonText(text: string, file: string, format: FileFormat = SCENARIO_FORMAT): { ok: true; data: unknown } | { ok: false; issues: ScenarioIssue[] } {
  // A UTF-16 unit is at least one UTF-8 byte: a text longer than the limit is a file larger than it.
  if (text.length > INPUT_LIMITS.fileBytes) return { ok: false, issues: [fileTooLarge(file, format)] };
  const scanned = scanJsonText(text, format);
  if (scanned.error !== null) return { ok: false, issues: [syntaxIssue(text, scanned.error, file)] };
  if (scanned.duplicateKeys.length > 0) return { ok: false, issues: duplicateKeyIssues(text, scanned.duplicateKeys, file) };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    // The scan accepts what JSON.parse accepts: this is only the last guard.
    return { ok: false, issues: [{ file, path: "", message: `JSON invalide\u00a0: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** A scenario file's text: JSON (parseJsonText), then the rules on the data. */
export function parseScenarioText(text: string, file: string): ScenarioParseResult {
  const read = parseJsonText(text, file);
  return read.ok ? parseScenario(read.data, file) : read;
}

// ---------------------------------------------------------------------------------------------
// Consistency: what the schema alone cannot see.
// ---------------------------------------------------------------------------------------------

/** A contradiction found in a scenario: the path of the field and what is wrong with it. */
type Problem = { path: string; message: string };
type Check = (scenario: Scenario) => Problem[];

/** The values written more than once. */
export function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return repeated;
}

const uniqueIdentifiers: Check = (scenario) => {
  const problems: Problem[] = [];
  const customerIds = duplicates(scenario.customers.map((c) => c.id));
  scenario.customers.forEach((c, i) => {
    if (customerIds.has(c.id)) problems.push({ path: `customers[${i}].id`, message: `le compte client «\u00a0${c.id}\u00a0» est déclaré plusieurs fois` });
  });
  const references = duplicates(scenario.products.map((p) => p.reference));
  scenario.products.forEach((p, i) => {
    if (references.has(p.reference)) problems.push({ path: `products[${i}].reference`, message: `la référence «\u00a0${p.reference}\u00a0» est déclarée plusieurs fois` });
  });
  const numbers = duplicates(scenario.ledger.openInvoices.map((inv) => inv.number));
  scenario.ledger.openInvoices.forEach((inv, i) => {
    if (numbers.has(inv.number)) problems.push({ path: `ledger.openInvoices[${i}].number`, message: `le numéro «\u00a0${inv.number}\u00a0» est donné à plusieurs factures` });
  });
  return problems;
};

const customerReferences: Check = (scenario) => {
  const known = new Set(scenario.customers.map((c) => c.id));
  const unknown = (id: string) => `le compte client «\u00a0${id}\u00a0» n'existe pas dans customers`;
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
    return scenario[need.field] === undefined ? [{ path: `stages[${i}]`, message: `l'étape «\u00a0${stage}\u00a0» demande ${need.label}, absente du fichier${alternative}` }] : [];
  });

const stagesInCourseOrder: Check = (scenario) => {
  const problems: Problem[] = [];
  scenario.stages.forEach((stage, i) => {
    if (scenario.stages.indexOf(stage) !== i) problems.push({ path: `stages[${i}]`, message: `l'étape «\u00a0${stage}\u00a0» apparaît deux fois` });
    const previous = scenario.stages[i - 1];
    if (previous !== undefined && STAGE_IDS.indexOf(previous) > STAGE_IDS.indexOf(stage)) {
      problems.push({ path: `stages[${i}]`, message: `les étapes suivent l'ordre du cours\u00a0: «\u00a0${stage}\u00a0» ne peut pas venir après «\u00a0${previous}\u00a0»` });
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
      problems.push({ path: `stages[${at}]`, message: `l'étape «\u00a0${stage}\u00a0» continue l'étape «\u00a0${before}\u00a0», qui doit la précéder` });
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
      ? `«\u00a0${STAGE_INVOICE_REF}\u00a0» désigne la facture de l'étape de facturation, absente de stages`
      : `la facture «\u00a0${ref}\u00a0» n'existe pas dans ledger.openInvoices`;
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
    known.has(price.reference) ? [] : [{ path: `order.quote.prices[${i}].reference`, message: `la référence «\u00a0${price.reference}\u00a0» n'existe pas dans products` }],
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
    ...scenario.customers.flatMap((c, i) => identityProblems(c, `customers[${i}]`, `du client «\u00a0${c.id}\u00a0»`)),
    ...(sender ? identityProblems(sender, "order.customer.newCustomer", "du nouveau client") : []),
  ];
};

/** Opening documents share one id space in the PGI: an accepted order "X" also yields "X-AR". */
const uniqueLedgerIds: Check = (scenario) => {
  const invoiceNumbers = new Set(scenario.ledger.openInvoices.map((inv) => inv.number));
  const orderIds = duplicates(scenario.ledger.acceptedOrders.map((o) => o.id));
  return scenario.ledger.acceptedOrders.flatMap((order, i) => {
    if (orderIds.has(order.id)) return [{ path: `ledger.acceptedOrders[${i}].id`, message: `la commande «\u00a0${order.id}\u00a0» est déclarée plusieurs fois` }];
    const clash = [order.id, `${order.id}-AR`].find((id) => invoiceNumbers.has(id));
    return clash ? [{ path: `ledger.acceptedOrders[${i}].id`, message: `l'identifiant «\u00a0${clash}\u00a0» est déjà le numéro d'une facture de ledger.openInvoices` }] : [];
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
    if (action.date > start) problems.push({ path: `followUp.actionsTaken[${i}].date`, message: `une action déjà menée est datée du ${action.date}, après le début de la simulation (${start})\u00a0: c'est à l'élève de la mener` });
  });
  return problems;
};

// Totals the engine computes from the file's figures (opening invoices and orders, the incoming
// order at the prices that apply): each within the largest amount it counts in cents, or refused
// at the line or the document that leaves it, instead of failing mid-play (issue 10).

interface PricedLine {
  quantity: number;
  unitPrice: Cents;
  vatRate: VatRate;
}

const frenchCount = new Intl.NumberFormat("fr-FR");
const beyondEngine = `dépasse ${formatEuros(MAX_CENTS)}, le plus grand montant que le moteur calcule`;

/** The document's total TTC as the engine computes it, or undefined when it leaves the engine's range. */
function totalInclTax(lines: readonly PricedLine[], shippingCents = 0): Cents | undefined {
  try {
    const invoiceLines = lines.map((line, i) => ({ description: `ligne ${i + 1}`, quantity: line.quantity, unitPriceCents: line.unitPrice, vatRate: line.vatRate }));
    return computeInvoice({ lines: invoiceLines, shippingCents }).totalInclTaxCents;
  } catch (error) {
    if (error instanceof DomainError && error.code === "money.overflow") return undefined;
    throw error;
  }
}

/** The first line whose quantity × unit price is too large, else the document whose total TTC is. */
function totalProblem(lines: readonly PricedLine[], at: string, document: string, shippingCents = 0): Problem | undefined {
  const index = lines.findIndex((line) => BigInt(line.quantity) * BigInt(line.unitPrice) > BigInt(MAX_CENTS));
  const line = lines[index];
  if (line !== undefined) return { path: `${at}.lines[${index}]`, message: `le total de la ligne (${frenchCount.format(line.quantity)} × ${formatEuros(line.unitPrice)}) ${beyondEngine}` };
  if (totalInclTax(lines, shippingCents) !== undefined) return undefined;
  return totalInclTax(lines) === undefined
    ? { path: `${at}.lines`, message: `le total TTC ${document} ${beyondEngine}` }
    : { path: `${at}.shipping`, message: `avec le port, le total TTC ${document} ${beyondEngine}` };
}

/**
 * Each line of the incoming order at the highest price the engine may apply to it (catalogue,
 * quote, written), in the order's own indexes; a reference the catalogue lacks is not priced.
 */
function incomingOrderLines(scenario: Scenario): PricedLine[] {
  const order = scenario.order;
  if (!order) return [];
  return order.lines.map((line) => {
    const product = scenario.products.find((p) => p.reference === line.reference);
    if (!product) return { quantity: line.quantity, unitPrice: 0, vatRate: 20 };
    const quoted = (order.quote?.prices ?? []).filter((p) => p.reference === line.reference).map((p) => p.unitPrice);
    return { quantity: line.quantity, unitPrice: Math.max(product.unitPrice, line.unitPrice ?? 0, ...quoted), vatRate: product.vatRate };
  });
}

/**
 * Every document of the opening ledger and the incoming order, each within the engine's range;
 * then their sum, which the outstanding of a customer may add up, named at the document that
 * takes it beyond.
 */
const totalsWithinEngine: Check = (scenario) => {
  const documents = [
    ...scenario.ledger.openInvoices.map((inv, i) => ({ lines: inv.lines, at: `ledger.openInvoices[${i}]`, name: `de la facture ${inv.number}`, shipping: 0 })),
    ...scenario.ledger.acceptedOrders.map((order, i) => ({ lines: order.lines, at: `ledger.acceptedOrders[${i}]`, name: `de la commande ${order.id}`, shipping: 0 })),
    ...(scenario.order ? [{ lines: incomingOrderLines(scenario), at: "order", name: "de la commande reçue", shipping: scenario.order.shipping ?? 0 }] : []),
  ];
  const problems = documents.flatMap((d) => totalProblem(d.lines, d.at, d.name, d.shipping) ?? []);
  if (problems.length > 0) return problems;
  let sum = 0n;
  for (const d of documents) {
    sum += BigInt(totalInclTax(d.lines, d.shipping) ?? 0);
    if (sum > BigInt(MAX_CENTS)) return [{ path: `${d.at}.lines`, message: `avec les documents qui le précèdent dans le fichier, le total TTC ${d.name} porte l'encours au-delà de ${formatEuros(MAX_CENTS)}, le plus grand montant que le moteur calcule` }];
  }
  return [];
};

/** An opening invoice cannot have been paid beyond its amount TTC (a total beyond the engine is totalsWithinEngine's). */
const openingPaymentsWithinTotals: Check = (scenario) =>
  scenario.ledger.openInvoices.flatMap((inv, i) => {
    const paid = inv.paid ?? 0;
    const total = paid === 0 ? undefined : totalInclTax(inv.lines);
    return total !== undefined && paid > total
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
    const seen = new Set<string>();
    followUp.invoices.forEach((ref, i) => {
      if (seen.has(ref)) problems.push({ path: `followUp.invoices[${i}]`, message: `la facture «\u00a0${ref}\u00a0» est suivie deux fois` });
      seen.add(ref);
    });
    scenario.events.forEach((e, i) => {
      if (e.date > followUp.endsOn) problems.push({ path: `events[${i}].date`, message: `l'événement du ${e.date} tombe après la fin du suivi (${followUp.endsOn})\u00a0: il n'arriverait jamais` });
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
    if (!catalogue.has(restock.reference)) problems.push({ path: `order.restockOn[${i}].reference`, message: `la référence «\u00a0${restock.reference}\u00a0» n'existe pas dans products` });
    if (order && restock.date < order.receivedOn) problems.push({ path: `order.restockOn[${i}].date`, message: `le réapprovisionnement du ${restock.date} précède la réception de la commande (${order.receivedOn})` });
  });
  const incident = scenario.invoicingIncident;
  if (incident) {
    if (!scenario.stages.includes("invoicing")) {
      problems.push({ path: "invoicingIncident", message: "l'incident après facture ne sert qu'à l'étape «\u00a0invoicing\u00a0», absente de stages" });
    }
    if (order && !order.lines.some((line) => line.reference === incident.reference)) {
      problems.push({ path: "invoicingIncident.reference", message: `la référence «\u00a0${incident.reference}\u00a0» ne figure pas dans les lignes de la commande\u00a0: elle ne sera pas facturée` });
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
    return contradiction !== undefined ? [{ path: `customers[${i}].conditions.${field}`, message: `${contradiction} (conditions de paiement\u00a0: ${describePaymentTerms(customer.paymentTerms)})` }] : [];
  });
  const invoice = scenario.invoiceControl?.invoice;
  const granted = invoice?.reductions.cashDiscount ?? 0;
  if (!invoice || granted <= 0 || invoice.issueDate === undefined || invoice.dueDate === undefined) return customers;
  const { contradiction } = cashDiscountMention({ depositInvoice: false, issueDate: invoice.issueDate, dueDate: invoice.dueDate, granted });
  return contradiction !== undefined ? [...customers, { path: "invoiceControl.invoice.reductions.cashDiscount", message: contradiction }] : customers;
};

/** A dispute is settled on or after the day it is opened (the first opening on the same invoice). */
const disputesSettledAfterOpening: Check = (scenario) => {
  // The first opening of each invoice, found in one pass: a search per settlement was quadratic.
  const firstOpening = new Map<string, number>();
  scenario.events.forEach((e, i) => {
    if (e.type === "disputeOpened" && !firstOpening.has(e.invoice)) firstOpening.set(e.invoice, i);
  });
  return scenario.events.flatMap((event, i) => {
    if (event.type !== "disputeSettled") return [];
    const opening = firstOpening.get(event.invoice) ?? -1;
    const opened = scenario.events[opening];
    if (opened === undefined || event.date >= opened.date) return [];
    return [
      {
        path: `events[${i}].date`,
        message: `le litige sur la facture «\u00a0${event.invoice}\u00a0» est réglé le ${event.date}, avant d'être ouvert le ${opened.date} (events[${opening}])\u00a0: un litige se règle après son ouverture`,
      },
    ];
  });
};

/** A payment says its sum, or that the customer settles the balance due (docs/decisions/0146): one of the two. */
const paymentsSayTheirSum: Check = (scenario) =>
  scenario.events.flatMap((event, i) => {
    if (event.type !== "payment") return [];
    if (event.amount === undefined && event.balance !== true) return [{ path: `events[${i}].amount`, message: "montant du règlement attendu, ou «\u00a0\"balance\": true\u00a0» si le client règle le solde dû ce jour-là" }];
    if (event.amount !== undefined && event.balance === true) return [{ path: `events[${i}].balance`, message: "un règlement donne son montant ou règle le solde dû, pas les deux\u00a0: retirez l'un des deux champs" }];
    return [];
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
            "champ obligatoire avec l'étape «\u00a0paymentFollowUp\u00a0»\u00a0: la mise en demeure et la requête en injonction de payer sont signées par une personne nommée, avec sa fonction (par exemple { \"name\": \"Camille Roux\", \"title\": \"Responsable du recouvrement\" })",
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
      ? [{ path: `company.policies.rates[${i}].halfYear`, message: `le ${formatHalfYear(r.halfYear)} est déjà dans la table des taux du moteur\u00a0: retirez cette ligne` }]
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
  totalsWithinEngine,
  openingPaymentsWithinTotals,
  orderAndFollowUpDates,
  orderArticles,
  cashDiscountAgreesWithTerms,
  disputesSettledAfterOpening,
  paymentsSayTheirSum,
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
    return check.compliant ? [] : [{ path, message: `${check.explanation} Si le scénario l'enseigne, gardez-le\u00a0: l'élève doit le relever.` }];
  });
};

/** The parts of a scenario that only the screens show; any other text may be printed on a document. */
const SCREEN_ONLY_FIELDS: ReadonlySet<string> = new Set(["$schema", "schemaVersion", "id", "title", "summary", "level", "difficulty", "durationMinutes", "objectives", "stages", "clock", "notes", "classroom"]);

/**
 * Every text under `value` that the documents cannot print in full, with its path and the
 * characters at fault, in the order of the file. A printable text (nearly all) costs one test of
 * `unprintableCharacters` and no path: the path is written only for a text found at fault.
 */
function unprintableTextsOf(value: unknown, path: () => string, found: { path: string; missing: string[] }[]): void {
  if (typeof value === "string") {
    const missing = unprintableCharacters(value);
    if (missing.length > 0) found.push({ path: path(), missing });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unprintableTextsOf(item, () => childPath(path(), i), found));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) unprintableTextsOf(item, () => childPath(path(), key), found);
  }
}

/** Greek, Cyrillic, an emoji… in a text the PDF may print: its fonts cover French and the Latin alphabets (docs/decisions/0125). */
const printableInDocuments: Check = (scenario) => {
  const found: { path: string; missing: string[] }[] = [];
  for (const [field, value] of Object.entries(scenario)) if (!SCREEN_ONLY_FIELDS.has(field)) unprintableTextsOf(value, () => field, found);
  return found.map(({ path, missing }) => {
    const [subject, verb] = missing.length === 1 ? ["ce caractère", "sera remplacé"] : ["ces caractères", "seront remplacés"];
    return { path, message: `${missing.map(describeCharacter).join(", ")}\u00a0: ${subject} ${verb} par «\u00a0${MISSING_CHARACTER}\u00a0» dans les PDF, dont les polices couvrent le français et les alphabets latins. Écrivez ce texte en lettres latines s'il doit être imprimé.` };
  });
};

const WARNINGS: readonly Check[] = [paymentTermsWithinLegalMaximum, printableInDocuments];

function scenarioWarnings(scenario: Scenario, file: string): ScenarioIssue[] {
  return WARNINGS.flatMap((check) => check(scenario).map((problem) => ({ file, ...problem })));
}
