/**
 * Stage 4, "contrôle de la facture de vente": the mandatory mentions of an invoice (the course's list
 * of seven, or the full legal list of domain.md) and its arithmetic, checked on the invoice *as
 * printed* (InvoiceDocument, every mention optional). The engine derives the findings; a scenario
 * only says what the context knows. Findings are ordered: mentions in the order of the chosen list,
 * then the figures in the order of the cascade. Decisions: docs/decisions/0030 to 0035.
 */
import { assertIsoDate, isIsoDate, type IsoDate } from "../dates";
import type { InvoiceDocument } from "../documents";
import type { Cents } from "../money";
import { checkArithmetic } from "./arithmetic";
import { mentionApplies, mentionsOfList, type MentionCode } from "./catalogue";
import { mentionFindings, type Finding } from "./findings";
import { isReformApplicable } from "./law";
import type { InvoiceCheckOptions, MentionContext } from "./vocabulary";

export interface InvoiceCheck {
  findings: Finding[];
  /** The mentions that applied to this document, in the order of the list. */
  mentionsChecked: MentionCode[];
  conforming: boolean;
  /** Teaching estimate of the tax fine (CGI art. 1737): see fineEstimate below. */
  fineEstimateCents: Cents;
}

/** 15 € per missing or inexact mention (CGI art. 1737). */
export const FINE_PER_MENTION_CENTS: Cents = 1500;

/**
 * A TEACHING ESTIMATE, not a tax assessment: CGI art. 1737 fines 15 € per missing or inexact
 * mention, capped at a quarter of the invoice amount. We count one mention per field with a
 * mention finding (two problems with the same VAT number are one inexact mention), leave the
 * arithmetic findings out (they are counted as calculation errors, not as mentions), and cap at
 * ¼ of the total TTC printed, or else recomputed, rounded down so as never to exceed the cap.
 * Without any total the estimate is uncapped (docs/decisions/0035).
 */
function fineEstimate(findings: readonly Finding[], invoiceTotalCents: Cents | undefined): Cents {
  const fields = new Set(findings.filter((f) => f.category !== "arithmetic").map((f) => f.field));
  const uncapped = fields.size * FINE_PER_MENTION_CENTS;
  if (invoiceTotalCents === undefined) return uncapped;
  return Math.min(uncapped, Math.floor(Math.abs(invoiceTotalCents) / 4));
}

/** The date the invoice is judged at, for the reform calendar: its issue date, else the control date. */
function referenceDate(doc: InvoiceDocument, today: IsoDate | undefined): IsoDate | undefined {
  if (doc.issueDate !== undefined && isIsoDate(doc.issueDate)) return doc.issueDate;
  return today !== undefined && isIsoDate(today) ? today : undefined;
}

export function mentionContext(doc: InvoiceDocument, options: InvoiceCheckOptions): MentionContext {
  const date = referenceDate(doc, options.today);
  return {
    list: options.list,
    ...(options.today !== undefined ? { today: options.today } : {}),
    expected: options.expected ?? {},
    reformApplies: date !== undefined && isReformApplicable(doc.seller.size, date),
    ...(date !== undefined ? { referenceDate: date } : {}),
    ...(options.statedRates !== undefined ? { statedRates: options.statedRates } : {}),
  };
}

/**
 * Stage 4, "contrôle de la facture": the mentions of the chosen list that apply to this document,
 * then every printed figure against the cascade recomputed from the printed lines.
 */
export function checkInvoice(doc: InvoiceDocument, options: InvoiceCheckOptions): InvoiceCheck {
  if (options.today !== undefined) assertIsoDate(options.today, "today");
  const ctx = mentionContext(doc, options);
  const mentionsChecked = mentionsOfList(options.list).filter((code) => mentionApplies(code, doc, ctx));
  const mentionResults = mentionsChecked.flatMap((code) => mentionFindings(code, doc, ctx));
  const arithmetic = checkArithmetic(doc, ctx.expected.reductions, new Set(mentionResults.map((f) => f.field)));
  const findings = [...mentionResults, ...arithmetic.findings];
  const total = doc.totals.totalInclTaxCents ?? arithmetic.computed?.totalInclTaxCents;
  return {
    findings,
    mentionsChecked,
    conforming: findings.length === 0,
    fineEstimateCents: fineEstimate(findings, total),
  };
}
