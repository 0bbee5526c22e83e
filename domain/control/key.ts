/**
 * The answer key of the control: the checker's findings grouped into decision points, each with
 * the targets whose mark finds it and the administrative fines it exposes the seller to.
 * Decisions: docs/decisions/0060 to 0063.
 */
import type { IsoDate } from "../dates";
import type { InvoiceDocument } from "../documents";
import type { AdministrativeFineArticle } from "../fines";
import type { HalfYearRates } from "../rates";
import { MENTIONS, type MentionCode } from "./catalogue";
import { checkInvoice, type InvoiceCheck } from "./check";
import { administrativeFinesOfAll, type Finding } from "./findings";
import { controlTargets, selectableTargets, type ControlTarget, type ControlTargets } from "./targets";
import type { ControlArea, InvoiceCheckExpectations, MentionList } from "./vocabulary";

/** One decision point of the control: an anomaly to find (several findings may make one). */
export interface ControlPoint {
  /** "control.sellerSiren", "control.lines[1].lineTotalCents". */
  id: string;
  /** The target that names it (a mention code for a missing mention, else the printed path). */
  key: string;
  /** Every target whose mark finds it (the key first). */
  accepted: string[];
  label: string;
  area: ControlArea;
  /** "Il manque…" or "…est faux": what the learner should have seen. */
  kind: "missing" | "wrong" | "figure" | "conforming";
  /** The checker's messages, with the figures. */
  messages: string[];
  references: string[];
  mention?: MentionCode;
  /** The administrative fines (C. com. L441-9, L441-16) the anomaly exposes the seller to, when any (docs/decisions/0088). */
  fines?: AdministrativeFineArticle[];
  /** The usual mistake a wrong figure is (control/diagnoses.ts): what a learner who missed it is told first (0131). */
  diagnosis?: string;
}

export interface ControlAnswerKey {
  list: MentionList;
  check: InvoiceCheck;
  targets: ControlTargets;
  points: ControlPoint[];
}

export interface ControlOptions {
  list: MentionList;
  today?: IsoDate;
  expected?: InvoiceCheckExpectations;
  /** The scenario's rates for half-years the engine's table does not know (the floor of the printed rate). */
  statedRates?: readonly HalfYearRates[];
}

/** The decision point of a target: an anomaly named by it, or a false alarm raised on it. */
export function controlPointId(target: string): string {
  return `control.${target}`;
}

/** The id of the one decision point of an invoice without any anomaly. */
export const CONFORMING_POINT_ID = "control.conforming";

const INDEX_SUFFIX = /\[\d+\]$/u;

/** "lines[1].lineTotalCents" → "lines[1]", "seller.address.postalCode" → "seller.address". */
function parentPath(path: string): string | undefined {
  if (INDEX_SUFFIX.test(path)) return path.replace(INDEX_SUFFIX, "");
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : path.slice(0, dot);
}

/** The path itself or its closest ancestor that is a printed target. */
function closestPrinted(path: string, printed: ReadonlySet<string>): string | undefined {
  for (let current: string | undefined = path; current !== undefined; current = parentPath(current)) {
    if (printed.has(current)) return current;
  }
  return undefined;
}

function pointKey(finding: Finding, printed: ReadonlySet<string>, listed: ReadonlySet<string>): { key: string; accepted: string[] } {
  const near = closestPrinted(finding.field, printed);
  if (finding.category === "missingMention" && finding.mention !== undefined && listed.has(finding.mention)) {
    // A missing mention is ticked in the list; pointing at the empty cell or the incomplete block finds it too.
    return { key: finding.mention, accepted: [finding.mention, ...(near !== undefined && near !== finding.mention ? [near] : [])] };
  }
  if (near !== undefined) return { key: near, accepted: [near] };
  if (finding.mention !== undefined && listed.has(finding.mention)) return { key: finding.mention, accepted: [finding.mention] };
  return { key: finding.field, accepted: [finding.field] };
}

export function labelOf(key: string, targets: readonly ControlTarget[]): string {
  return targets.find((t) => t.target === key)?.label ?? key;
}

function areaOf(key: string, finding: Finding, targets: readonly ControlTarget[]): ControlArea {
  const target = targets.find((t) => t.target === key);
  if (target !== undefined) return target.area;
  return finding.mention !== undefined ? MENTIONS[finding.mention].area : "totals";
}

function pointKind(finding: Finding): ControlPoint["kind"] {
  if (finding.category === "arithmetic") return "figure";
  return finding.category === "missingMention" ? "missing" : "wrong";
}

/**
 * The checker's findings grouped into decision points: one per mention found missing, one per
 * printed mention or figure found wrong (two problems with the same VAT number are one anomaly
 * to point at). An invoice without anomaly has one decision point: declare it conforming.
 */
export function controlAnswerKey(doc: InvoiceDocument, options: ControlOptions): ControlAnswerKey {
  const check = checkInvoice(doc, options);
  const targets = controlTargets(doc, options.list);
  const all = [...targets.printed, ...targets.mentions];
  const printed = new Set(targets.printed.map((t) => t.target));
  const listed = new Set(targets.mentions.map((t) => t.target));
  const points: ControlPoint[] = [];
  for (const finding of check.findings) {
    const { key, accepted } = pointKey(finding, printed, listed);
    const existing = points.find((p) => p.key === key);
    if (existing !== undefined) {
      existing.messages.push(finding.message);
      if (existing.diagnosis === undefined && finding.diagnosis !== undefined) existing.diagnosis = finding.diagnosis;
      if (!existing.references.includes(finding.reference)) existing.references.push(finding.reference);
      for (const target of accepted) if (!existing.accepted.includes(target)) existing.accepted.push(target);
      continue;
    }
    points.push({
      id: controlPointId(key),
      key,
      accepted,
      label: labelOf(key, all),
      area: areaOf(key, finding, all),
      kind: pointKind(finding),
      messages: [finding.message],
      references: [finding.reference],
      ...(finding.mention !== undefined ? { mention: finding.mention } : {}),
      ...(finding.diagnosis !== undefined ? { diagnosis: finding.diagnosis } : {}),
    });
  }
  for (const point of points) {
    const fines = administrativeFinesOfAll(check.findings.filter((finding) => pointKey(finding, printed, listed).key === point.key));
    if (fines.length > 0) point.fines = fines;
  }
  if (points.length === 0) {
    points.push({
      id: CONFORMING_POINT_ID,
      key: "conforming",
      accepted: [],
      label: "Facture conforme",
      area: "header",
      kind: "conforming",
      messages: [`Aucune anomalie\u00a0: toutes les mentions contrôlées (${check.mentionsChecked.length}) sont présentes et exactes, et les calculs sont justes.`],
      references: [],
    });
  }
  return { list: options.list, check, targets, points };
}

/** Anomalies that no listed target can mark (a corner case of uncomputable figures): a scenario check expects none. */
export function unlistedKeys(key: ControlAnswerKey): string[] {
  const selectable = new Set(selectableTargets(key.targets));
  return key.points.filter((p) => p.kind !== "conforming" && !p.accepted.some((t) => selectable.has(t))).map((p) => p.key);
}

