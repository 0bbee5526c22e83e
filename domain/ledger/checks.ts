// ───────────────────────────── Field checks ─────────────────────────────

import { isIsoDate } from "../dates";
import { VAT_RATES, type DocumentLine, type DocumentReductions } from "../documents";
import { formatPercent } from "../money";
import type { LedgerError } from "../numbering";
import { problem, type SalesDocument } from "./types";

export function formatRates(rates: readonly number[]): string {
  return rates.map((r) => formatPercent(r)).join(", ");
}

/** Lines a document can carry: designation, positive whole quantity, price in cents, a known rate. */
export function checkLines(lines: readonly DocumentLine[], field = "lines"): LedgerError | undefined {
  for (const [i, line] of lines.entries()) {
    const at = `${field}[${i}]`;
    if (line.description.trim() === "") {
      return problem("line.description.required", `${at}.description\u00a0: la désignation est obligatoire.`, `${at}.description`);
    }
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      return problem(
        "line.quantity.invalid",
        `${at}.quantity\u00a0: la quantité doit être un nombre entier supérieur à 0 (reçu ${line.quantity}).`,
        `${at}.quantity`,
      );
    }
    if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
      return problem(
        "line.unitPrice.invalid",
        `${at}.unitPriceCents\u00a0: le prix unitaire HT doit être un nombre entier de centimes positif ou nul (reçu ${line.unitPriceCents}).`,
        `${at}.unitPriceCents`,
      );
    }
    if (!(VAT_RATES as readonly number[]).includes(line.vatRate)) {
      return problem(
        "line.vatRate.unknown",
        `${at}.vatRate\u00a0: taux de TVA ${formatPercent(line.vatRate)} inconnu (taux permis\u00a0: ${formatRates(VAT_RATES)}).`,
        `${at}.vatRate`,
      );
    }
  }
  return undefined;
}

const REDUCTION_LABELS: Readonly<Record<keyof DocumentReductions, string>> = {
  tradeDiscounts: "remise",
  allowances: "rabais",
  rebates: "ristourne",
  cashDiscount: "escompte",
};

export function checkReductions(reductions: DocumentReductions, field = "reductions"): LedgerError | undefined {
  const entries: [keyof DocumentReductions, string, number][] = [];
  for (const key of ["tradeDiscounts", "allowances", "rebates"] as const) {
    (reductions[key] ?? []).forEach((rate, i) => entries.push([key, `${field}.${key}[${i}]`, rate]));
  }
  if (reductions.cashDiscount !== undefined) entries.push(["cashDiscount", `${field}.cashDiscount`, reductions.cashDiscount]);
  for (const [key, at, rate] of entries) {
    if (!Number.isFinite(rate) || rate < 0 || rate > 100) {
      return problem(
        "reduction.rate.invalid",
        `${at}\u00a0: le taux de ${REDUCTION_LABELS[key]} doit être compris entre 0 et 100\u00a0% (reçu ${rate}).`,
        at,
      );
    }
  }
  return undefined;
}

export function checkAmount(value: number, field: string, label: string): LedgerError | undefined {
  if (!Number.isSafeInteger(value) || value < 0) {
    return problem("amount.invalid", `${field}\u00a0: ${label} doit être un nombre entier de centimes positif ou nul (reçu ${value}).`, field);
  }
  return undefined;
}

export function checkDate(value: string, field = "date"): LedgerError | undefined {
  return isIsoDate(value)
    ? undefined
    : problem("date.invalid", `${field}\u00a0: «\u00a0${value}\u00a0» n'est pas une date valide (format attendu AAAA-MM-JJ).`, field);
}

export function checkDocumentContent(doc: Pick<SalesDocument, "lines" | "reductions" | "shippingCents" | "depositCents" | "date">): LedgerError | undefined {
  return (
    checkDate(doc.date) ??
    checkLines(doc.lines) ??
    checkReductions(doc.reductions) ??
    checkAmount(doc.shippingCents, "shippingCents", "le port HT") ??
    checkAmount(doc.depositCents, "depositCents", "l'acompte déduit")
  );
}
