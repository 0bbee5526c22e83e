import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "@/domain/scenarioLoad";
import type { Scenario } from "@/domain";
import { givenAmounts, staleQuoteMessage, staleQuotes } from "./staleFigures";

const BUNDLED = readFileSync(new URL("../scenarios/02-depassement-d-encours.json", import.meta.url), "utf8");

/** Scenario 02 (credit limit 5 000,00 €, outstanding 4 200,00 €, order 1 140,00 € TTC), changed as a teacher would in the form. */
function scenario02(change: (data: Record<string, unknown> & { customers: { creditLimit: string }[]; order: { lines: { quantity: number }[] } }) => void = () => {}): Scenario {
  const data = JSON.parse(BUNDLED);
  change(data);
  const parsed = parseScenarioText(JSON.stringify(data), "02");
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join("\n"));
  return parsed.scenario;
}

describe("the texts that quote a figure the teacher's changes made stale", () => {
  it("a credit limit raised to 5 100,00 €: the teacher's explanations still quoting the old limit and the old deposit are named, with their amounts", () => {
    const quotes = staleQuotes(givenAmounts(scenario02()), scenario02((data) => (data.customers[0]!.creditLimit = "5100.00")));
    expect(quotes).toEqual([
      { path: "notes.explanations.intake.credit", amounts: [500_000] },
      { path: "notes.explanations.intake.deposit", amounts: [34_000] },
    ]);
    expect(staleQuoteMessage(quotes[0]!)).toBe("ce texte cite 5\u202f000,00\u00a0€, un montant que le scénario ne donne plus depuis vos changements\u00a0: relisez-le.");
  });

  it("an order of 25 ramettes instead of 20: the texts quoting the old order total are named", () => {
    const quotes = staleQuotes(givenAmounts(scenario02()), scenario02((data) => (data.order.lines[0]!.quantity = 25)));
    expect(quotes.map((quote) => quote.path)).toContain("notes.explanations.intake.credit");
    expect(quotes.flatMap((quote) => quote.amounts)).toContain(114_000);
  });

  it("names nothing when nothing changed, nor a figure the engine never gave (an intermediate sum the teacher wrote)", () => {
    expect(staleQuotes(givenAmounts(scenario02()), scenario02())).toEqual([]);
    // « 950,00 € » (the order's HT, written in a hint) is no figure of the key: a quantity change cannot tell it stale.
    const quotes = staleQuotes(givenAmounts(scenario02()), scenario02((data) => (data.order.lines[0]!.quantity = 25)));
    expect(quotes.flatMap((quote) => quote.amounts)).not.toContain(95_000);
  });

  it("says two amounts in one sentence", () => {
    expect(staleQuoteMessage({ path: "notes.hints.intake.credit[1]", amounts: [500_000, 34_000] })).toBe(
      "ce texte cite 5\u202f000,00\u00a0€ et 340,00\u00a0€, des montants que le scénario ne donne plus depuis vos changements\u00a0: relisez-le.",
    );
  });
});
