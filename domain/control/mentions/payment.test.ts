import { describe, expect, it } from "vitest";
import { latestLegalDueDate } from "./payment";
import { invoice, legal, course, edit } from "../mentions.fixtures";

describe("due date", () => {
  const dueOn = (date: string, terms = "30 jours date de facture") =>
    legal(
      edit(invoice(), (d) => {
        d.dueDate = date;
        d.paymentTermsText = terms;
      }),
    );

  it("60 days after the issue date is the legal maximum (C. com. L441-10)", () => {
    expect(dueOn("2027-01-19").findings).toEqual([]);
    const late = dueOn("2027-01-20");
    expect(late.findings).toEqual([
      {
        code: "mention.dueDate.beyondLegalMaximum",
        category: "wrongMention",
        field: "dueDate",
        message: "Échéance du 20/01/2027, 61 jours après la facture\u00a0: au-delà du délai maximal légal (60 jours après la date d'émission, soit le 19/01/2027).",
        reference: "C. com. art. L441-10",
        expected: "au plus tard le 19/01/2027",
        found: "20/01/2027",
        mention: "dueDate",
      },
    ]);
  });

  it("45 days end of month when the terms say so: the later of the two counts", () => {
    // 20/11/2026: end of November + 45 days = 14/01/2027; 20/11 + 45 days = 04/01, end of month = 31/01/2027.
    expect(latestLegalDueDate("2026-11-20", "45 jours fin de mois")).toBe("2027-01-31");
    expect(latestLegalDueDate("2026-11-20")).toBe("2027-01-19");
    expect(dueOn("2027-01-31", "45 jours fin de mois").findings).toEqual([]);
    expect(dueOn("2027-01-31").findings.map((f) => f.code)).toEqual(["mention.dueDate.beyondLegalMaximum"]);
    expect(dueOn("2027-02-01", "45 jours fin de mois").findings[0]?.message).toContain("45 jours fin de mois, soit le 31/01/2027");
  });

  it("before the issue date, or not a date", () => {
    expect(dueOn("2026-11-19").findings.map((f) => f.code)).toEqual(["mention.dueDate.beforeIssueDate"]);
    expect(dueOn("2026-11-20").findings).toEqual([]);
    expect(dueOn("à 30 jours").findings.map((f) => f.code)).toEqual(["mention.dueDate.invalid"]);
    // The course list applies the same coherence checks to the printed due date.
    expect(course(edit(invoice(), (d) => (d.dueDate = "2026-11-19"))).findings.map((f) => f.code)).toEqual(["mention.paymentTerms.beforeIssueDate"]);
  });
});
