// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
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
      "Encours du client : 3 000,00 € au lieu de 4 200,00 € — les commandes acceptées non facturées (1 200,00 €) font partie de l'encours.",
    );
  });

  it("all right: full marks, and the parts still shown", () => {
    render(<FeedbackPanel entry={creditEntry({ verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 114_000 })} today="2026-11-16" />);
    const panel = screen.getByRole("region", { name: "Bonne réponse — 2 / 2 points" });
    expect(within(panel).getAllByRole("listitem")).toHaveLength(3);
  });
});

describe("FeedbackPanel: one line first, the detail folded (issue 15)", () => {
  const slip = () => creditEntry({ verdict: "overLimit", outstandingCents: 300_000, orderTotalCents: 114_000 });

  it("a wrong answer: the verdict and the points on one heading, the expected answer and the figures in a closed section", () => {
    render(<FeedbackPanel entry={slip()} today="2026-11-16" />);
    const panel = screen.getByRole("region", { name: "Réponse à revoir — 1,5 / 2 points" });
    // The judge names this slip (an outstanding without the accepted orders): the diagnosis follows the verdict.
    expect(within(panel).getByRole("heading", { level: 3 }).textContent).toBe(`Réponse à revoir — 1,5 / 2 points. ${slip().diagnosis ?? "(aucun diagnostic)"}`);
    expect(slip().diagnosis).toMatch(/commandes acceptées/u);
    const details = panel.querySelector("details");
    expect(details?.open).toBe(false);
    expect(details?.querySelector("summary")?.textContent).toBe("Le détail\u00a0: attendu, note par partie, explication");
    const detail = details?.textContent?.replace(/\s/gu, " ");
    expect(detail).toContain("Attendu : Plafond dépassé (encours 4 200,00 €, commande 1 140,00 €)");
    expect(detail).toContain("Explication : Encours du client : 3 000,00 € au lieu de 4 200,00 €");
  });

  it("a first try still open to correction: the summary does not announce an expected answer it does not show (docs/decisions/0130)", () => {
    render(<FeedbackPanel entry={{ ...slip(), expected: "" }} today="2026-11-16" />);
    const panel = screen.getByRole("region", { name: "Réponse à revoir — 1,5 / 2 points" });
    expect(panel.querySelector("summary")?.textContent).toBe("Le détail\u00a0: note par partie, explication");
    expect(panel.textContent).not.toContain("Attendu");
  });

  it("a right answer: no expected answer announced in the summary", () => {
    render(<FeedbackPanel entry={creditEntry({ verdict: "overLimit", outstandingCents: 420_000, orderTotalCents: 114_000 })} today="2026-11-16" />);
    const panel = screen.getByRole("region", { name: "Bonne réponse — 2 / 2 points" });
    expect(panel.querySelector("summary")?.textContent).toBe("Le détail\u00a0: note par partie, explication");
    expect(panel.textContent).not.toContain("Attendu");
  });

  it("a diagnosed mistake: said on the heading after the verdict, the region still named by the verdict alone", () => {
    render(<FeedbackPanel entry={{ ...slip(), diagnosis: "Vous avez oublié les commandes acceptées non facturées dans l'encours." }} today="2026-11-16" />);
    const panel = screen.getByRole("region", { name: "Réponse à revoir — 1,5 / 2 points" });
    expect(within(panel).getByRole("heading", { level: 3 }).textContent).toBe(
      "Réponse à revoir — 1,5 / 2 points. Vous avez oublié les commandes acceptées non facturées dans l'encours.",
    );
    expect(panel.querySelector("details")?.textContent).not.toContain("Vous avez oublié");
  });

  it("the actions on the decision come right under the heading, outside the folded detail", () => {
    render(<FeedbackPanel entry={slip()} today="2026-11-16" actions={<button type="button">Corriger ma réponse</button>} />);
    const action = screen.getByRole("button", { name: "Corriger ma réponse" });
    expect(action.closest("details")).toBeNull();
    expect(screen.getByRole("heading", { level: 3 }).nextElementSibling).toBe(action);
    // The actions on the decision are the way on: no « Continuer » beside « Continuer sans corriger ».
    expect(screen.queryByRole("button", { name: "Continuer" })).toBeNull();
  });

  it("« Continuer » takes the focus to the first field of the form shown under the feedback: not a link, a disabled field or a folded step's button", () => {
    render(
      <>
        <FeedbackPanel entry={slip()} today="2026-11-16" />
        <form aria-label="Contrôle suivant">
          <a href="#aide">Aide</a>
          <details>
            <summary>Étape 1, faite</summary>
            <button type="button">Revoir l&apos;étape 1</button>
          </details>
          <fieldset disabled>
            <input aria-label="Champ désactivé" />
          </fieldset>
          <input aria-label="Date de livraison promise" />
        </form>
      </>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Continuer" }));
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Date de livraison promise" }));
  });

  it("in an assessment: « Réponse enregistrée », the answer and « Continuer », no verdict", () => {
    render(<FeedbackPanel entry={slip()} today="2026-11-16" withheld />);
    const panel = screen.getByRole("region", { name: "Réponse enregistrée" });
    expect(panel.textContent).toMatch(/^Réponse enregistréeVotre réponse\u00a0: .*Continuer$/u);
    expect(panel.textContent).not.toMatch(/attendu|point|revoir/iu);
  });

  it("a new judgement (a declined second try) starts with its detail folded, even when the learner opened the last one", () => {
    const { rerender } = render(<FeedbackPanel entry={slip()} today="2026-11-16" />);
    const detail = () => screen.getByRole("region").querySelector("details");
    fireEvent.click(within(screen.getByRole("region")).getByText(/^Le détail/u));
    expect(detail()?.open).toBe(true);
    rerender(<FeedbackPanel entry={slip()} today="2026-11-16" />);
    expect(detail()?.open).toBe(false);
  });
});
