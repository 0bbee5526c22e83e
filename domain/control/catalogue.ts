/**
 * The catalogue of mentions: the records of `mentions/`, in the order of the legal list (domain.md
 * items 1–18), the course's own mention last. A mention's definition lives only in its record
 * (docs/decisions/0099): adding one is adding its record to its file, and its test.
 */
import type { InvoiceDocument } from "../documents";
import { COURSE_ONLY_MENTIONS } from "./mentions/course";
import { IDENTIFICATION_MENTIONS } from "./mentions/identification";
import { PAYMENT_MENTIONS } from "./mentions/payment";
import { REFORM_MENTIONS } from "./mentions/reform";
import { SALE_MENTIONS } from "./mentions/sale";
import { TOTALS_MENTIONS } from "./mentions/totals";
import type { MentionContext, MentionDefinition, MentionList } from "./vocabulary";

export const MENTION_CATALOGUE = [...IDENTIFICATION_MENTIONS, ...SALE_MENTIONS, ...TOTALS_MENTIONS, ...PAYMENT_MENTIONS, ...REFORM_MENTIONS, ...COURSE_ONLY_MENTIONS] as const;

export type MentionCode = (typeof MENTION_CATALOGUE)[number]["code"];

/** Every mention the checker knows, by code, in the order of the legal list. */
export const MENTIONS: Readonly<Record<MentionCode, MentionDefinition<MentionCode>>> = Object.fromEntries(MENTION_CATALOGUE.map((mention) => [mention.code, mention])) as Record<
  MentionCode,
  MentionDefinition<MentionCode>
>;

/** The mentions of a list, in its order (the course's order, or the legal numbering). */
export function mentionsOfList(list: MentionList): MentionCode[] {
  const listed: readonly MentionDefinition<MentionCode>[] = MENTION_CATALOGUE.filter((mention) => mention.lists.includes(list));
  const ordered = list === "course" ? [...listed].sort((a, b) => (a.courseRank ?? 0) - (b.courseRank ?? 0)) : listed;
  return ordered.map((mention) => mention.code);
}

/** Whether a mention is due on this document (a mention without condition always is). */
export function mentionApplies(code: MentionCode, doc: InvoiceDocument, ctx: MentionContext): boolean {
  return MENTIONS[code].applies?.when(doc, ctx) ?? true;
}
