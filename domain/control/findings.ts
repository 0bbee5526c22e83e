/**
 * A finding: what the control of an invoice reports, a mention missing or wrong (from its record's
 * check) or a figure that does not add up; and the administrative fines a finding exposes the
 * seller to, read from the mention's record.
 */
import type { InvoiceDocument } from "../documents";
import { ADMINISTRATIVE_FINES, type AdministrativeFineArticle } from "../fines";
import { MENTIONS, type MentionCode } from "./catalogue";
import { isMissing } from "./printed";
import type { MentionContext } from "./vocabulary";

export type FindingCategory = "missingMention" | "wrongMention" | "arithmetic";

export interface Finding {
  /** Stable dotted code: "mention.sellerSiren.missing", "mention.dueDate.beyondLegalMaximum", "arithmetic.lineTotal". */
  code: string;
  category: FindingCategory;
  /** Path in the InvoiceDocument: "seller.siren", "lines[1].lineTotalCents", "totals.vat[0].amountCents". */
  field: string;
  /** French, specific, with the figures. */
  message: string;
  /** Legal or course reference: "C. com. art. L441-9", "Cours C6 — contrôle de la facture". */
  reference: string;
  expected?: string;
  found?: string;
  /** The mention concerned, for mention findings (lets a view group findings by mention). */
  mention?: MentionCode;
  /** The usual mistake the wrong figure is, in one sentence (control/diagnoses.ts, docs/decisions/0131). */
  diagnosis?: string;
}

export function mentionFindings(code: MentionCode, doc: InvoiceDocument, ctx: MentionContext): Finding[] {
  const definition = MENTIONS[code];
  return definition.check(doc, ctx).map((issue) => ({
    code: `mention.${code}.${issue.reason}`,
    category: isMissing(issue) ? "missingMention" : "wrongMention",
    field: issue.field,
    message: issue.message,
    reference: issue.reference ?? definition.reference,
    ...(issue.expected !== undefined ? { expected: issue.expected } : {}),
    ...(issue.found !== undefined ? { found: issue.found } : {}),
    mention: code,
  }));
}

/**
 * The administrative fines one finding exposes the seller to, as its mention's record says
 * (docs/decisions/0088): a due date beyond the legal maximum breaks the payment terms (L441-16 a);
 * the late-penalty rate and the 40 € indemnity, missing, are both an invoice mention (L441-9) and a
 * mention of the payment conditions (L441-16 b), a penalty rate printed but not conforming only
 * the latter (L441-16 c); the other mentions L441-9 lists: L441-9. Arithmetic findings: none.
 */
export function administrativeFinesOf(finding: Finding): AdministrativeFineArticle[] {
  const mention = finding.mention;
  if (finding.category === "arithmetic" || mention === undefined) return [];
  const definition = MENTIONS[mention];
  const reason = finding.code.slice(finding.code.lastIndexOf(".") + 1);
  return [...(definition.finesByReason?.[reason] ?? definition.fines ?? [])];
}

/** Every article a set of findings falls under, each once, L441-9 first. */
export function administrativeFinesOfAll(findings: readonly Finding[]): AdministrativeFineArticle[] {
  const all = new Set(findings.flatMap(administrativeFinesOf));
  return (Object.keys(ADMINISTRATIVE_FINES) as AdministrativeFineArticle[]).filter((article) => all.has(article));
}
