/**
 * Items 7 to 10 of the legal list: what was sold — the buyer's order number, the date of sale,
 * each line (description, quantity, unit price, VAT rate) and the reductions agreed.
 */
import { formatDateFr, isIsoDate } from "../../dates";
import { VAT_RATES } from "../../documents";
import { formatPercent } from "../../money";
import { courseAnd, CGI_242, INVOICE_LAW, L441_9, PURCHASE_ORDER_KNOWN, SALE_DATE_DIFFERS } from "../law";
import { compact, groupRates, isBlank, isKnownVatRate, lineLabel, missing, type ReductionGroup } from "../printed";
import { defineMention, type MentionIssue } from "../vocabulary";

const NOT_VERIFIED = "les montants qui en dépendent ne sont pas vérifiés";

const REDUCTION_GROUPS: readonly { key: ReductionGroup; label: string }[] = [
  { key: "tradeDiscounts", label: "Remise" },
  { key: "allowances", label: "Rabais" },
  { key: "rebates", label: "Ristourne" },
  { key: "cashDiscount", label: "Escompte" },
];

/** "remise 10 % puis remise 5 %", or "aucune" for an empty group. */
function describeRates(label: string, rates: readonly number[]): string {
  return rates.length === 0 ? "aucune" : rates.map((rate) => `${label.toLowerCase()} ${formatPercent(rate)}`).join(" puis ");
}

function sameRates(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((rate, i) => rate === b[i]);
}

export const SALE_MENTIONS = [
  defineMention({
    code: "purchaseOrderNumber",
    label: "Numéro du bon de commande de l'acheteur",
    lists: ["legal"],
    reference: L441_9,
    legalItem: 7,
    area: "order",
    applies: PURCHASE_ORDER_KNOWN,
    fines: ["L441-9"],
    check(doc, ctx) {
      const expected = ctx.expected.purchaseOrderNumber ?? "";
      const printed = doc.purchaseOrderNumber;
      if (isBlank(printed) || printed === undefined) {
        return [missing("purchaseOrderNumber", `Numéro du bon de commande de l'acheteur (${expected}) absent.`)];
      }
      if (compact(printed) !== compact(expected)) {
        return [
          {
            reason: "mismatch",
            field: "purchaseOrderNumber",
            message: `Numéro de bon de commande «\u00a0${printed}\u00a0»\u00a0: la commande de l'acheteur porte le numéro ${expected}.`,
            expected,
            found: printed,
          },
        ];
      }
      return [];
    },
  }),
  defineMention({
    code: "saleDate",
    label: "Date de la vente ou de la livraison, si différente",
    lists: ["legal"],
    reference: INVOICE_LAW,
    legalItem: 8,
    area: "order",
    applies: SALE_DATE_DIFFERS,
    fines: ["L441-9"],
    check(doc, ctx) {
      const expected = ctx.expected.saleDate ?? "";
      const printed = doc.saleDate;
      const shown = isIsoDate(expected) ? formatDateFr(expected) : expected;
      if (isBlank(printed) || printed === undefined) {
        return [missing("saleDate", `Date de la vente ou de la livraison (${shown}) absente alors qu'elle diffère de la date d'émission.`)];
      }
      if (printed !== expected) {
        const found = isIsoDate(printed) ? formatDateFr(printed) : printed;
        return [{ reason: "mismatch", field: "saleDate", message: `Date de livraison ${found}\u00a0: la livraison a eu lieu le ${shown}.`, expected: shown, found }];
      }
      return [];
    },
  }),
  defineMention({
    code: "productDescriptions",
    label: "Désignation précise des produits",
    lists: ["course", "legal"],
    courseRank: 4,
    reference: courseAnd(INVOICE_LAW),
    legalItem: 9,
    area: "lines",
    fines: ["L441-9"],
    check(doc) {
      if (doc.lines.length === 0) return [missing("lines", "Aucune ligne de produit\u00a0: la facture ne dit pas ce qui est vendu.")];
      return doc.lines.flatMap((line, i) =>
        isBlank(line.description) ? [missing(`lines[${i}].description`, `${lineLabel(i)}\u00a0: désignation précise du produit absente.`)] : [],
      );
    },
  }),
  defineMention({
    code: "lineQuantities",
    label: "Quantité de chaque ligne",
    lists: ["legal"],
    reference: INVOICE_LAW,
    legalItem: 9,
    area: "lines",
    fines: ["L441-9"],
    check(doc) {
      return doc.lines.flatMap((line, i): MentionIssue[] => {
        const field = `lines[${i}].quantity`;
        if (line.quantity === undefined) return [missing(field, `${lineLabel(i)}\u00a0: quantité absente (${NOT_VERIFIED}).`)];
        if (!Number.isFinite(line.quantity) || line.quantity <= 0) {
          return [{ reason: "invalid", field, message: `${lineLabel(i)}\u00a0: quantité ${String(line.quantity)} impossible, une quantité facturée est positive (${NOT_VERIFIED}).`, found: String(line.quantity) }];
        }
        return [];
      });
    },
  }),
  defineMention({
    code: "lineUnitPrices",
    label: "Prix unitaire HT de chaque ligne",
    lists: ["legal"],
    reference: INVOICE_LAW,
    legalItem: 9,
    area: "lines",
    fines: ["L441-9"],
    check(doc) {
      return doc.lines.flatMap((line, i): MentionIssue[] => {
        const field = `lines[${i}].unitPriceCents`;
        if (line.unitPriceCents === undefined) return [missing(field, `${lineLabel(i)}\u00a0: prix unitaire HT absent (${NOT_VERIFIED}).`)];
        if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
          return [{ reason: "invalid", field, message: `${lineLabel(i)}\u00a0: prix unitaire HT ${String(line.unitPriceCents)} impossible (${NOT_VERIFIED}).`, found: String(line.unitPriceCents) }];
        }
        return [];
      });
    },
  }),
  defineMention({
    code: "lineVatRates",
    label: "Taux de TVA de chaque ligne",
    lists: ["legal"],
    reference: CGI_242,
    legalItem: 9,
    area: "lines",
    check(doc) {
      return doc.lines.flatMap((line, i): MentionIssue[] => {
        const field = `lines[${i}].vatRate`;
        if (line.vatRate === undefined) return [missing(field, `${lineLabel(i)}\u00a0: taux de TVA absent (${NOT_VERIFIED}).`)];
        if (!isKnownVatRate(line.vatRate)) {
          const allowed = VAT_RATES.map(formatPercent).join(", ");
          return [
            {
              reason: "unknownRate",
              field,
              message: `${lineLabel(i)}\u00a0: taux de TVA ${formatPercent(line.vatRate)} inconnu (taux permis\u00a0: ${allowed}\u00a0; ${NOT_VERIFIED}).`,
              expected: allowed,
              found: formatPercent(line.vatRate),
            },
          ];
        }
        return [];
      });
    },
  }),
  /**
   * Printed rates must be percentages; when the context knows the agreed reductions, each group
   * printed must be the agreed one (docs/decisions/0032).
   */
  defineMention({
    code: "reductions",
    label: "Réductions commerciales et financières (remises, rabais, ristournes, escompte)",
    lists: ["course", "legal"],
    courseRank: 6,
    reference: courseAnd(INVOICE_LAW),
    legalItem: 10,
    area: "reductions",
    fines: ["L441-9"],
    check(doc, ctx) {
      const agreed = ctx.expected.reductions;
      return REDUCTION_GROUPS.flatMap(({ key, label }): MentionIssue[] => {
        const field = `reductions.${key}`;
        const printed = groupRates(doc.reductions, key);
        const invalid = printed.find((rate) => !Number.isFinite(rate) || rate < 0 || rate > 100);
        if (invalid !== undefined) {
          return [{ reason: "invalid", field, message: `${label} ${String(invalid)}\u00a0%\u00a0: un taux de réduction est compris entre 0\u00a0% et 100\u00a0%.`, found: `${String(invalid)}\u00a0%` }];
        }
        if (agreed === undefined) return [];
        const expected = groupRates(agreed, key);
        if (sameRates(printed, expected)) return [];
        if (printed.length === 0) {
          const what = expected.length > 1 ? "Réductions accordées au client mais non imprimées" : "Réduction accordée au client mais non imprimée";
          return [missing(field, `${what}\u00a0: ${describeRates(label, expected)} (toute réduction acquise à la date de la vente figure sur la facture).`)];
        }
        const agreedText = expected.length === 0 ? "les conditions du client n'en prévoient aucune" : `les conditions accordées sont ${describeRates(label, expected)}`;
        return [
          {
            reason: "mismatch",
            field,
            message: `${label}\u00a0: la facture indique ${describeRates(label, printed)}, alors que ${agreedText}.`,
            expected: describeRates(label, expected),
            found: describeRates(label, printed),
          },
        ];
      });
    },
  }),
] as const;
