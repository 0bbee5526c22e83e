// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { deriveIntakeKey, judgeCredit, type TraceEntry } from "@/domain";
import { traceEntry } from "@/machines/decisionSupport";
import { creditBreachFromAcceptedOrders, intakeInput } from "@/domain/intake/intake.fixtures";
import { FeedbackPanel } from "./FeedbackPanel";

afterEach(cleanup);

/** The credit check of the breach fixture judged on an answer, as the machine records it. */
function creditEntry(answer: Parameters<typeof judgeCredit>[1]): TraceEntry {
  const input = intakeInput(creditBreachFromAcceptedOrders());
  const judgement = judgeCredit(deriveIntakeKey(input).credit, answer);
  const context = { ledger: input.ledger, today: input.today, carried: input.carried, trace: [], hintsUsedOnCurrent: 0, hintsShown: [], lastFeedback: null };
  return traceEntry(context, { stage: "orderIntake" }, { decisionPoint: "intake.credit", ...judgement });
}

describe("FeedbackPanel of a decision scored in parts (0094)", () => {
  it("right verdict, one figure wrong: 1,5 / 2 points, each part with its mark and points, the slip named", () => {
    render(<FeedbackPanel entry={creditEntry({ verdict: "overLimit", outstandingCents: 300_000, orderTotalCents: 114_000 })} today="2026-11-16" />);
    const panel = screen.getByRole("region", { name: "Réponse à revoir — 1,5 / 2 points" });
    expect(within(panel).getAllByRole("listitem").map((part) => part.textContent?.replace(/\s/gu, " "))).toEqual([
      "✓ Juste : Verdict — 1 / 1 point",
      "✗ À revoir : Encours du client — 0 / 0,5 point",
      "✓ Juste : Montant TTC de la commande — 0,5 / 0,5 point",
    ]);
    expect(panel.textContent?.replace(/\s/gu, " ")).toContain(
      "Encours du client : 3 000,00 € au lieu de 4 200,00 € : les commandes acceptées non facturées (1 200,00 €) font partie de l'encours.",
    );
  });

  it("all right: full marks, and the parts still shown", () => {
    render(<FeedbackPanel entry={creditEntry({ verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 114_000 })} today="2026-11-16" />);
    const panel = screen.getByRole("region", { name: "Bonne réponse — 2 / 2 points" });
    expect(within(panel).getAllByRole("listitem")).toHaveLength(3);
  });
});
