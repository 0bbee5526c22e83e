/**
 * A teacher who changes a figure of a scenario made from a bundled one (a model, a copy) leaves the
 * free texts as they were written: the teacher's explanations, hints and the customer's messages
 * may still quote the old credit limit or the old deposit while the engine's own explanation gives
 * the new one. What the scenario and its answer key gave as an amount, and no longer give, is a
 * stale figure; a text that quotes one in euros is worth rereading. A figure the engine never gave
 * (an intermediate sum the teacher wrote) cannot be told stale, and is never reported.
 */
import { formatEuros, listFr, type Cents, type Scenario } from "@/domain";
import { solveScenario } from "./answerKey";
import type { PlayResult } from "./player";

/** A text of the scenario that quotes an amount the scenario no longer gives. */
export interface StaleQuote {
  /** The text's path, as the command line prints a field ("notes.hints.intake.credit[1]"). */
  path: string;
  /** The amounts it quotes that are stale, in the order it quotes them, each once. */
  amounts: Cents[];
}

/** « 5 000,00 », « 340,00 », « 12500,00 »: an amount as the French texts write it, before « € ». */
const QUOTED_EURO_AMOUNT = /(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+),\d{2}(?=[ \u00a0\u202f]?€)/gu;
/** Any amount written the French way, with or without « € », as the engine's texts give them. */
const WRITTEN_AMOUNT = /(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+),\d{2}(?!\d)/gu;
/** An amount of the scenario's data: "5000.00", "-120.50". */
const DATA_AMOUNT = /^-?\d+\.\d{2}$/u;

function centsOf(written: string): Cents {
  return Number(written.replace(/[ \u00a0\u202f,]/gu, ""));
}

/** Every string of a value with its path; the variants block is left out (its values are alternatives, not the scenario). */
function eachString(value: unknown, path: string, visit: (path: string, text: string) => void): void {
  if (typeof value === "string") visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => eachString(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (path === "" && key === "variants") continue;
      eachString(item, path === "" ? key : `${path}.${key}`, visit);
    }
  }
}

/** Every number of a value whose key says it is in cents ("amountCents", "unitPriceCents"…), the teacher's own words left out. */
function eachEngineFigure(value: unknown, visit: (cents: Cents) => void, visitText: (text: string) => void, key = ""): void {
  if (typeof value === "number" && key.endsWith("Cents")) visit(Math.abs(value));
  else if (typeof value === "string") visitText(value);
  else if (Array.isArray(value)) value.forEach((item) => eachEngineFigure(item, visit, visitText));
  else if (value !== null && typeof value === "object") {
    for (const [itemKey, item] of Object.entries(value)) if (itemKey !== "teacherExplanation") eachEngineFigure(item, visit, visitText, itemKey);
  }
}

/**
 * The amounts a scenario gives: those of its data, and those of its answer key played to the end
 * (every figure the engine writes in its expected answers and explanations, every amount in cents
 * of its documents and ledger). A scenario the engine cannot play gives its data only.
 */
export function givenAmounts(scenario: Scenario, played: PlayResult | undefined = answerKeyPlayed(scenario)): Set<Cents> {
  const amounts = new Set<Cents>();
  eachString(scenario, "", (_path, text) => {
    if (DATA_AMOUNT.test(text)) amounts.add(Math.abs(Math.round(Number(text) * 100)));
  });
  if (played !== undefined) {
    eachEngineFigure(
      played,
      (cents) => amounts.add(cents),
      (text) => {
        for (const match of text.matchAll(WRITTEN_AMOUNT)) amounts.add(centsOf(match[0]));
      },
    );
  }
  return amounts;
}

/** The answer key played to the end, or undefined when the engine cannot play the scenario (its own check says why). */
function answerKeyPlayed(scenario: Scenario): PlayResult | undefined {
  try {
    return solveScenario(scenario).result;
  } catch {
    return undefined;
  }
}

/**
 * The texts of `current` quoting, in euros, an amount of `before` (what the base scenario gave:
 * `givenAmounts`) that `current` no longer gives. `played`: current's answer key already played.
 */
export function staleQuotes(before: ReadonlySet<Cents>, current: Scenario, played?: PlayResult): StaleQuote[] {
  const now = givenAmounts(current, played ?? answerKeyPlayed(current));
  const quotes: StaleQuote[] = [];
  eachString(current, "", (path, text) => {
    const amounts = [...new Set([...text.matchAll(QUOTED_EURO_AMOUNT)].map((match) => centsOf(match[0])))].filter((cents) => before.has(cents) && !now.has(cents));
    if (amounts.length > 0) quotes.push({ path, amounts });
  });
  return quotes;
}

/** « cite 5 000,00 € et 340,00 €, des montants que le scénario ne donne plus » : the warning's words. */
export function staleQuoteMessage(quote: StaleQuote): string {
  const what = quote.amounts.length === 1 ? "un montant que le scénario ne donne plus" : "des montants que le scénario ne donne plus";
  return `ce texte cite ${listFr(quote.amounts.map(formatEuros))}, ${what} depuis vos changements\u00a0: relisez-le.`;
}
