// @vitest-environment jsdom
/**
 * A scenario played as an assessment (classroom, docs/decisions/0123): during the game, « Réponse
 * enregistrée » and the learner's answer only, no hint section, no verdict on the checklist, no
 * score between stages; at the end, the neutral title, the verdict against the pass mark and the
 * full review. The same game without the setting shows the feedback, so each check can fail.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import { loadStagePanels } from "@/components/stages/StagePanel";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { STAGE_IDS, type Scenario } from "@/domain";
import { findScenario } from "@/components/catalog/catalog";
import { solveScenario, wrongAnswersFor } from "@/machines/answerKey";
import { persistGame } from "@/machines/persistedGame";
import { sendAll, startPlayer, type PlayerEvent } from "@/machines/player";
import { appStore } from "@/store/useAppStore";
import { PlayerWorkspace } from "./PlayerWorkspace";
import { StageInterlude } from "./StageInterlude";
import { forgetSavedGames } from "@/test/savedGames";

const ID = "depassement-d-encours";
const bundled = findScenario(ID) as Scenario;
const assessed: Scenario = { ...bundled, classroom: { title: "Exercice 2", assessment: true, passMark: 75 } };

/** The engine's key with the credit check (3rd decision) answered wrongly (a wrong verdict, right figures): 15 / 16 points, 94 %, when finished. */
function eventsWithOneSlip(scenario: Scenario): PlayerEvent[] {
  const { steps } = solveScenario(scenario);
  const credit = steps.findIndex((step) => step.event.type === "learner.creditChecked");
  const wrong = wrongAnswersFor(steps[credit] as (typeof steps)[number])[0] as PlayerEvent;
  return steps.map((step, index) => (index === credit ? wrong : step.event));
}

/** A game saved after `count` events, as the browser saves it; the page then restores it. */
function saveGame(scenario: Scenario, count: number): void {
  const actor = startPlayer(scenario);
  sendAll(actor, eventsWithOneSlip(scenario).slice(0, count));
  appStore().getState().saveAttempt(ID, persistGame(actor, scenario));
  actor.stop();
}

beforeEach(async () => {
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  forgetSavedGames();
});

describe("a game in assessment mode", () => {
  // The page fetches each stage panel's chunk before it shows it (StagePanel.tsx), and the review's
  // when the game ends (PlayerWorkspace.tsx): here, once for the file, so that no wait times out on a transform.
  beforeAll(() => Promise.all([loadStagePanels(STAGE_IDS), import("@/components/review/ScenarioReview")]));
  it("after a wrong answer: « Réponse enregistrée » and the answer only, the rule said, no hint, no verdict on the checklist", async () => {
    saveGame(assessed, 3);
    render(<PlayerWorkspace scenario={assessed} />);
    const feedback = await screen.findByRole("region", { name: "Réponse enregistrée" });
    expect(feedback.textContent).toMatch(/^Réponse enregistréeVotre réponse\u00a0: /u);
    expect(feedback.textContent).not.toMatch(/attendu|point|revoir/iu);
    expect(screen.getByText("Évaluation").parentElement?.textContent).toBe("Évaluation\u00a0: ni correction ni indice avant la fin\u00a0; le bilan donne ensuite la correction de chaque réponse.");
    expect(screen.queryByRole("region", { name: "Indices" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Demander un indice/u })).toBeNull();
    const checklist = screen.getByRole("region", { name: "Les contrôles de la commande" });
    expect(within(checklist).getAllByText("enregistrée")).toHaveLength(3);
    expect(within(checklist).queryByText("juste")).toBeNull();
    expect(within(checklist).queryByText("à revoir")).toBeNull();
    expect(screen.queryByRole("button", { name: "Continuer sans corriger" })).toBeNull();
  });

  it("the same game without the setting says « Réponse à revoir » and offers hints (the checks above can fail)", async () => {
    saveGame(bundled, 3);
    render(<PlayerWorkspace scenario={bundled} />);
    expect(await screen.findByRole("region", { name: /^Réponse à revoir — / })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Demander un indice/u })).toHaveAttribute("aria-disabled", "false");
    // Training: the slip may be corrected once (docs/decisions/0130), so the check is still open.
    expect(screen.getByRole("button", { name: "Continuer sans corriger" })).toBeEnabled();
    expect(within(screen.getByRole("region", { name: "Les contrôles de la commande" })).queryByText("à revoir")).toBeNull();
  });

  it("at the end: the neutral title, « Réussi » against the pass mark, and every decision corrected", async () => {
    saveGame(assessed, Number.MAX_SAFE_INTEGER);
    render(<PlayerWorkspace scenario={assessed} />);
    const heading = await screen.findByRole("heading", { level: 2, name: "Bilan du scénario\u00a0: Exercice 2" });
    expect(heading.parentElement?.textContent).not.toContain(bundled.title);
    // 15 / 16 = 94 % passes 75 %; the slip is reviewed with what was expected.
    expect(screen.getByText("Réussi").parentElement?.textContent).toBe("Réussi (seuil fixé par l'enseignant\u00a0: 75\u00a0%)");
    const decisions = screen.getAllByRole("listitem").filter((item) => item.classList.contains("review-decision"));
    expect(decisions).toHaveLength(8);
    expect(decisions.filter((item) => item.classList.contains("is-wrong"))).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 5, name: /^À revoir — 3\. Encours et plafond/u })).toBeInTheDocument();
  });

  it("says « Pas encore réussi » under the pass mark (94 % against 95 %)", async () => {
    const strict: Scenario = { ...assessed, classroom: { ...assessed.classroom, passMark: 95 } };
    saveGame(strict, Number.MAX_SAFE_INTEGER);
    render(<PlayerWorkspace scenario={strict} />);
    expect((await screen.findByText("Pas encore réussi")).parentElement?.textContent).toBe("Pas encore réussi (seuil fixé par l'enseignant\u00a0: 95\u00a0%)");
  });
});

describe("StageInterlude in an assessment", () => {
  it("gives neither score nor correction: how many answers are recorded, the review to come", () => {
    const { result } = solveScenario(assessed);
    const output = result.stages[0];
    if (output === undefined) throw new Error("étape non jouée");
    render(<StageInterlude output={output} nextLabel={undefined} onContinue={vi.fn()} withheld />);
    const pause = screen.getByRole("region", { name: "Étape terminée\u00a0: Contrôle de la commande" });
    expect(within(pause).getByText(/réponses enregistrées/u).textContent).toBe(
      "Contrôle de la commande terminé. 8 réponses enregistrées\u00a0: leur correction vous attend au bilan, à la fin du scénario.",
    );
    expect(pause.textContent).not.toMatch(/points|Juste|attendu/u);
  });
});
