import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { addDays, daysBetween, daysInMonth, endOfMonth } from "./dates";
import { DomainError } from "./money";
import {
  checkDueDateLegalMaximum,
  checkLegalMaximum,
  daysLate,
  describePaymentTerms,
  dueDate,
  effectiveLatePenaltyRate,
  explainDueDate,
  latePenalty,
  recoveryIndemnity,
  RECOVERY_INDEMNITY_CENTS,
  type PaymentTerms,
} from "./paymentTerms";
import { ratesOn } from "./rates";

/** Intl writes U+202F and U+00A0 in amounts and percentages; tests read plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

const endOfMonthThenDays = (days: number): PaymentTerms => ({ kind: "daysEndOfMonth", days, method: "endOfMonthThenDays" });
const daysThenEndOfMonth = (days: number): PaymentTerms => ({ kind: "daysEndOfMonth", days, method: "daysThenEndOfMonth" });
const fromInvoice = (days: number): PaymentTerms => ({ kind: "daysFromInvoice", days });

const isoDateArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, "0")}`);

describe("dueDate — N jours date de facture", () => {
  it("adds calendar days, across month ends, February and the new year", () => {
    expect(dueDate("2026-01-15", fromInvoice(30))).toBe("2026-02-14");
    expect(dueDate("2026-01-31", fromInvoice(30))).toBe("2026-03-02");
    expect(dueDate("2024-01-31", fromInvoice(30))).toBe("2024-03-01");
    expect(dueDate("2026-12-15", fromInvoice(30))).toBe("2027-01-14");
    expect(dueDate("2026-12-31", fromInvoice(60))).toBe("2027-03-01");
    expect(dueDate("2100-01-20", fromInvoice(45))).toBe("2100-03-06");
    expect(dueDate("2000-01-20", fromInvoice(45))).toBe("2000-03-05");
  });
});

describe("dueDate — N jours fin de mois", () => {
  it("end of the invoice's month, then + N days", () => {
    expect(dueDate("2026-01-10", endOfMonthThenDays(45))).toBe("2026-03-17");
    expect(dueDate("2024-01-10", endOfMonthThenDays(45))).toBe("2024-03-16");
    expect(dueDate("2026-11-20", endOfMonthThenDays(30))).toBe("2026-12-30");
    expect(dueDate("2026-12-20", endOfMonthThenDays(45))).toBe("2027-02-14");
    expect(dueDate("2026-01-31", endOfMonthThenDays(30))).toBe("2026-03-02");
  });

  it("invoice date + N days, then end of that month", () => {
    expect(dueDate("2026-01-10", daysThenEndOfMonth(45))).toBe("2026-02-28");
    expect(dueDate("2024-01-10", daysThenEndOfMonth(45))).toBe("2024-02-29");
    expect(dueDate("2026-11-20", daysThenEndOfMonth(30))).toBe("2026-12-31");
    expect(dueDate("2026-12-20", daysThenEndOfMonth(45))).toBe("2027-02-28");
    expect(dueDate("2026-01-31", daysThenEndOfMonth(30))).toBe("2026-03-31");
    expect(dueDate("2100-01-20", daysThenEndOfMonth(30))).toBe("2100-02-28");
  });

  it("paiement à réception is due on the invoice date", () => {
    expect(dueDate("2026-02-28", { kind: "onReceipt" })).toBe("2026-02-28");
  });

  it("refuses a negative or fractional number of days, naming the field", () => {
    expect(() => dueDate("2026-01-10", fromInvoice(-1))).toThrow(DomainError);
    expect(() => dueDate("2026-01-10", endOfMonthThenDays(1.5))).toThrow(/paymentTerms\.days/);
    expect(() => dueDate("2026-02-30", fromInvoice(30))).toThrow(DomainError);
  });

  it("properties: never before the invoice; each count lands where its definition says", () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 0, max: 120 }), (invoice, days) => {
        expect(daysBetween(invoice, dueDate(invoice, fromInvoice(days)))).toBe(days);
        const a = dueDate(invoice, endOfMonthThenDays(days));
        expect(daysBetween(endOfMonth(invoice), a)).toBe(days);
        const b = dueDate(invoice, daysThenEndOfMonth(days));
        expect(b).toBe(endOfMonth(b));
        expect(daysBetween(addDays(invoice, days), b)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(addDays(invoice, days), b)).toBeLessThan(31);
      }),
    );
  });
});

describe("describePaymentTerms and explainDueDate", () => {
  it("print the terms in French", () => {
    expect(describePaymentTerms(fromInvoice(30))).toBe("30 jours date de facture");
    expect(describePaymentTerms(endOfMonthThenDays(45))).toBe("45 jours fin de mois");
    expect(describePaymentTerms(daysThenEndOfMonth(45))).toBe("45 jours fin de mois");
    expect(describePaymentTerms({ kind: "onReceipt" })).toBe("Paiement à réception");
    expect(describePaymentTerms(fromInvoice(1))).toBe("1 jour date de facture");
  });

  it("explain the count with the dates", () => {
    expect(explainDueDate("2026-01-10", endOfMonthThenDays(45))).toBe(
      "45 jours fin de mois (fin de mois d'abord)\u00a0: fin du mois de facture (31/01/2026) + 45 jours = 17/03/2026.",
    );
    expect(explainDueDate("2026-01-10", daysThenEndOfMonth(45))).toBe(
      "45 jours fin de mois (jours d'abord)\u00a0: 10/01/2026 + 45 jours = 24/02/2026, puis fin de ce mois = 28/02/2026.",
    );
    expect(explainDueDate("2026-01-15", fromInvoice(30))).toBe("30 jours date de facture\u00a0: 15/01/2026 + 30 jours = 14/02/2026.");
  });
});

describe("checkLegalMaximum (C. com. L441-10)", () => {
  it("accepts up to 60 days from invoice and refuses beyond, with the excess", () => {
    expect(checkLegalMaximum(fromInvoice(60)).compliant).toBe(true);
    const over = checkLegalMaximum(fromInvoice(75));
    expect(over.compliant).toBe(false);
    expect(over.explanation).toContain("75 jours date de facture\u00a0: non conforme, 15 jours de plus que le maximum légal de 60 jours");
  });

  it("accepts up to 45 days end of month, whichever count, and refuses 46", () => {
    expect(checkLegalMaximum(endOfMonthThenDays(45)).compliant).toBe(true);
    expect(checkLegalMaximum(daysThenEndOfMonth(45)).compliant).toBe(true);
    const over = checkLegalMaximum(daysThenEndOfMonth(46));
    expect(over.compliant).toBe(false);
    expect(over.explanation).toContain("1 jour de plus que le maximum légal de 45 jours fin de mois");
    expect(checkLegalMaximum(endOfMonthThenDays(60)).compliant).toBe(false);
  });

  it("accepts payment on receipt", () => {
    expect(checkLegalMaximum({ kind: "onReceipt" }).compliant).toBe(true);
  });

  it("judges a printed due date against the latest legal count", () => {
    // 10/01/2026: 60 days → 11/03; 45 EOM → 17/03 (end of month first) or 28/02.
    const limit = checkDueDateLegalMaximum("2026-01-10", "2026-03-17");
    expect(limit.compliant).toBe(true);
    expect(limit.latestLegalDueDate).toBe("2026-03-17");
    const late = checkDueDateLegalMaximum("2026-01-10", "2026-03-18");
    expect(late.compliant).toBe(false);
    expect(late.explanation).toContain("1 jour après la limite légale la plus tardive, le 17/03/2026");
    // 31/01/2026: 60 days → 01/04, later than both 45 EOM counts (17/03, 31/03).
    expect(checkDueDateLegalMaximum("2026-01-31", "2026-04-01").latestLegalDueDate).toBe("2026-04-01");
    expect(checkDueDateLegalMaximum("2026-01-31", "2026-01-30").compliant).toBe(false);
  });

  it("property: compliant terms always give a compliant printed date", () => {
    const compliantTerms = fc.oneof(
      fc.integer({ min: 0, max: 60 }).map(fromInvoice),
      fc.integer({ min: 0, max: 45 }).map(endOfMonthThenDays),
      fc.integer({ min: 0, max: 45 }).map(daysThenEndOfMonth),
    );
    fc.assert(
      fc.property(isoDateArb, compliantTerms, (invoice, terms) => {
        expect(checkLegalMaximum(terms).compliant).toBe(true);
        expect(checkDueDateLegalMaximum(invoice, dueDate(invoice, terms)).compliant).toBe(true);
      }),
    );
  });
});

describe("daysLate", () => {
  it("is 0 up to the due date, then counts from the day after", () => {
    expect(daysLate("2026-10-15", "2026-10-10")).toBe(0);
    expect(daysLate("2026-10-15", "2026-10-15")).toBe(0);
    expect(daysLate("2026-10-15", "2026-10-16")).toBe(1);
    expect(daysLate("2026-10-15", "2026-11-11")).toBe(27);
    expect(daysLate("2026-12-20", "2027-01-10")).toBe(21);
    expect(daysLate("2024-02-20", "2024-03-01")).toBe(10);
  });
});

describe("latePenalty", () => {
  it("worked example: 15 000,00 € × 15 % × 30/365 = 184,93 €", () => {
    const result = latePenalty({ amountInclTaxCents: 1_500_000, annualRatePercent: 15, dueDate: "2026-10-15", paymentDate: "2026-11-14" });
    expect(result.daysLate).toBe(30);
    expect(result.penaltyCents).toBe(18_493);
    expect(plain(result.explanation)).toBe("15 000,00 € × 15 % × 30 / 365 = 184,93 € (30 jours de retard, du 16/10/2026 au 14/11/2026).");
  });

  it("worked example: 5 000 € × 10 % × 30/365 = 41,10 €", () => {
    const result = latePenalty({ amountInclTaxCents: 500_000, annualRatePercent: 10, dueDate: "2026-10-15", today: "2026-11-14" });
    expect(result.penaltyCents).toBe(4_110);
    expect(plain(result.explanation)).toContain("au 14/11/2026");
  });

  it("at the H1 2026 default rate: 15 000,00 € × 12,15 % × 30/365 = 149,79 €", () => {
    // 1 500 000 × 12,15 % = 182 250 cents a year; × 30 / 365 = 14 979,45 → 14 979.
    const { ratePercent } = effectiveLatePenaltyRate(ratesOn("2026-03-02"));
    expect(latePenalty({ amountInclTaxCents: 1_500_000, annualRatePercent: ratePercent, dueDate: "2026-01-31", today: "2026-03-02" }).penaltyCents).toBe(14_979);
  });

  it("is nothing when paid on or before the due date", () => {
    const result = latePenalty({ amountInclTaxCents: 1_500_000, annualRatePercent: 15, dueDate: "2026-10-15", paymentDate: "2026-10-15" });
    expect(result).toEqual({ daysLate: 0, penaltyCents: 0, explanation: "Échéance 15/10/2026, réglée le 15/10/2026\u00a0: pas de retard, aucune pénalité." });
  });

  it("stops on the payment date even when today is later", () => {
    expect(latePenalty({ amountInclTaxCents: 1_500_000, annualRatePercent: 15, dueDate: "2026-10-15", paymentDate: "2026-11-14", today: "2026-12-31" }).daysLate).toBe(30);
  });

  it("refuses missing end date, negative amount and negative rate", () => {
    expect(() => latePenalty({ amountInclTaxCents: 100, annualRatePercent: 10, dueDate: "2026-10-15" })).toThrow(DomainError);
    expect(() => latePenalty({ amountInclTaxCents: -100, annualRatePercent: 10, dueDate: "2026-10-15", today: "2026-11-01" })).toThrow(DomainError);
    expect(() => latePenalty({ amountInclTaxCents: 100, annualRatePercent: -1, dueDate: "2026-10-15", today: "2026-11-01" })).toThrow(DomainError);
  });

  it("properties: grows with the days, and splitting the period loses at most a cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (amount, d1, d2) => {
        const due = "2026-10-15";
        const at = (days: number) => latePenalty({ amountInclTaxCents: amount, annualRatePercent: 12.15, dueDate: due, today: addDays(due, days) }).penaltyCents;
        expect(at(d1 + d2)).toBeGreaterThanOrEqual(at(d1));
        expect(Math.abs(at(d1 + d2) - at(d1) - at(d2))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("recoveryIndemnity", () => {
  it("is 40 € per late invoice, for professional debtors only", () => {
    expect(RECOVERY_INDEMNITY_CENTS).toBe(4000);
    expect(recoveryIndemnity({ professional: true, late: true })).toBe(4000);
    expect(recoveryIndemnity({ professional: true, late: false })).toBe(0);
    expect(recoveryIndemnity({ professional: false, late: true })).toBe(0);
  });
});

describe("effectiveLatePenaltyRate", () => {
  it("defaults to ECB + 10 points: 12,15 % in H1 2026, floor 7,86 %", () => {
    const rate = effectiveLatePenaltyRate(ratesOn("2026-03-02"));
    expect(rate.ratePercent).toBe(12.15);
    expect(rate.floorPercent).toBe(7.86);
    expect(rate.source).toBe("default");
    expect(plain(rate.explanation)).toContain("BCE 2,15 % + 10 points = 12,15 %");
    expect(plain(rate.explanation)).toContain("3 × taux d'intérêt légal 2,62 % = 7,86 %");
  });

  it("raises a contractual rate below the floor to 3 × the legal rate", () => {
    const rate = effectiveLatePenaltyRate({ legalInterestRatePercent: 2.62, contractualRatePercent: 5 });
    expect(rate).toMatchObject({ ratePercent: 7.86, floorPercent: 7.86, source: "raisedToFloor" });
    expect(plain(rate.explanation)).toContain("Taux contractuel 5 % inférieur au plancher légal");
    expect(plain(rate.explanation)).toContain("porté à 7,86 %");
  });

  it("keeps a contractual rate at or above the floor, even above the default", () => {
    expect(effectiveLatePenaltyRate({ ...ratesOn("2026-03-02"), contractualRatePercent: 15 })).toMatchObject({ ratePercent: 15, source: "contractual" });
    expect(effectiveLatePenaltyRate({ legalInterestRatePercent: 2.62, contractualRatePercent: 7.86 })).toMatchObject({ ratePercent: 7.86, source: "contractual" });
  });

  it("takes other half-years' rates as data; the floor binds a contract, not the default (H2 2024)", () => {
    // H2 2024: ECB 4,25 % → default 14,25 %; legal rate 4,92 % → floor 14,76 %, above the default.
    expect(effectiveLatePenaltyRate({ ecbRefinancingRatePercent: 4.25, legalInterestRatePercent: 4.92 })).toMatchObject({
      ratePercent: 14.25,
      floorPercent: 14.76,
      source: "default",
    });
    expect(effectiveLatePenaltyRate({ legalInterestRatePercent: 4.92, contractualRatePercent: 14.25 })).toMatchObject({ ratePercent: 14.76, source: "raisedToFloor" });
  });

  it("needs the ECB rate when no contractual rate is agreed", () => {
    expect(() => effectiveLatePenaltyRate({ legalInterestRatePercent: 2.62 })).toThrow(/ecbRefinancingRatePercent/);
    expect(() => effectiveLatePenaltyRate({ legalInterestRatePercent: -1, ecbRefinancingRatePercent: 2 })).toThrow(DomainError);
  });
});
