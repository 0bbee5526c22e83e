/** Item 11 of the legal list: the totals — HT, VAT per rate, TTC and net to pay (with the deposits cited). */
import type { InvoiceDocument } from "../../documents";
import { formatEuros, formatPercent, type Cents } from "../../money";
import { CGI_242 } from "../law";
import { citedDepositsCents, isBlank, isKnownVatRate, missing } from "../printed";
import { defineMention, type MentionIssue } from "../vocabulary";

/** The known rates used by the lines, highest first (the order of the printed VAT lines). */
function ratesUsed(doc: InvoiceDocument): number[] {
  const rates = new Set(doc.lines.map((line) => line.vatRate).filter((rate): rate is number => rate !== undefined && isKnownVatRate(rate)));
  return [...rates].sort((a, b) => b - a);
}

function printedDepositCents(doc: InvoiceDocument): Cents {
  return doc.depositCents ?? doc.totals.depositCents ?? citedDepositsCents(doc);
}

/** A deposit invoice deducted is cited by its number and date, as domain.md asks. */
function depositReferenceIssues(doc: InvoiceDocument): MentionIssue[] {
  return (doc.deposits ?? []).flatMap((deposit, i) => [
    ...(isBlank(deposit.number) ? [missing(`deposits[${i}].number`, `Acompte n° ${i + 1} déduit sans le numéro de sa facture d'acompte.`)] : []),
    ...(isBlank(deposit.date) ? [missing(`deposits[${i}].date`, `Acompte n° ${i + 1} déduit sans la date de sa facture d'acompte.`)] : []),
  ]);
}

export const TOTALS_MENTIONS = [
  defineMention({
    code: "totalExclTax",
    label: "Total HT",
    lists: ["legal"],
    reference: CGI_242,
    legalItem: 11,
    area: "totals",
    check(doc) {
      return doc.totals.totalExclTaxCents === undefined ? [missing("totals.totalExclTaxCents", "Total HT absent.")] : [];
    },
  }),
  defineMention({
    code: "vatPerRate",
    label: "Base et montant de TVA par taux",
    lists: ["legal"],
    reference: CGI_242,
    legalItem: 11,
    area: "totals",
    check(doc) {
      const printed = doc.totals.vat;
      if (printed === undefined || printed.length === 0) return [missing("totals.vat", "Récapitulatif de la TVA absent\u00a0: base HT et montant de TVA par taux.")];
      const absent = ratesUsed(doc).filter((rate) => !printed.some((line) => line.rate === rate));
      if (absent.length === 0) return [];
      return [missing("totals.vat", `Récapitulatif de la TVA incomplet\u00a0: base et TVA à ${absent.map(formatPercent).join(", ")} absentes alors que des lignes sont à ce taux.`)];
    },
  }),
  defineMention({
    code: "totalToPay",
    label: "Total TTC et net à payer",
    lists: ["legal"],
    reference: CGI_242,
    legalItem: 11,
    area: "totals",
    check(doc) {
      const issues: MentionIssue[] = [];
      if (doc.totals.totalInclTaxCents === undefined) issues.push(missing("totals.totalInclTaxCents", "Total TTC absent."));
      if (printedDepositCents(doc) > 0 && doc.totals.amountDueCents === undefined) {
        issues.push(missing("totals.amountDueCents", `Net à payer absent alors qu'un acompte de ${formatEuros(printedDepositCents(doc))} est déduit.`));
      }
      return [...issues, ...depositReferenceIssues(doc)];
    },
  }),
] as const;
