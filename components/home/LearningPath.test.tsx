// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CATALOG } from "@/components/catalog/catalog";
import type { Attempt } from "@/store/progressSlice";
import { appStore } from "@/store/useAppStore";
import { LearningPath } from "./LearningPath";
import { ResumeBanner } from "./ResumeBanner";
import { SCORE_SAID, threeAttempts } from "@/components/ui/scoreRecord.testing";
import { CATALOG_SUMMARIES } from "@/components/catalog/catalog";
import { QUIZ_SUMMARIES } from "@/components/catalog/quizBank";
import { readFileSync } from "node:fs";
import { EMPTY_QUIZ_PROGRESS } from "@/store/quizSlice";
import { shelfOfStages } from "@/domain";

function titleOf(id: string): string {
  const entry = CATALOG.find((e) => e.scenario.id === id);
  if (!entry) throw new Error(`scénario ${id} absent`);
  return entry.scenario.title;
}

const score = (points: number, maxPoints: number) => ({ points, maxPoints, hintsUsed: 0, percent: Math.round((points / maxPoints) * 100) });

function attempt(scenarioId: string, fields: Partial<Attempt>): Attempt {
  return { scenarioId, scenarioHash: null, status: "inProgress", snapshot: null, score: null, byStage: {}, runs: 1, ...fields };
}

function stageItem(title: RegExp) {
  const heading = screen.getByRole("heading", { level: 3, name: title });
  const item = heading.closest("li");
  if (!item) throw new Error("étape introuvable");
  return item;
}

beforeEach(() => {
  appStore().setState({
    quiz: EMPTY_QUIZ_PROGRESS,
    history: { scenarios: {}, quizzes: {} },
    attempts: {
      "nouveau-client-par-telephone": attempt("nouveau-client-par-telephone", {
        status: "done",
        score: score(24, 24),
        byStage: { orderIntake: score(16, 16), orderProcessing: score(8, 8) },
      }),
      "depassement-d-encours": attempt("depassement-d-encours", { status: "done", score: score(14, 16), byStage: { orderIntake: score(14, 16) } }),
      "reglement-partiel-et-litige": attempt("reglement-partiel-et-litige", {}),
      "mentions-manquantes": attempt("mentions-manquantes", {}),
    },
  });
});
afterEach(cleanup);

describe("LearningPath", () => {
  it("lists under each stage the scenarios that work on it, with the learner's progress and score at that stage", async () => {
    render(<LearningPath scenarios={CATALOG_SUMMARIES} quizzes={QUIZ_SUMMARIES} />);
    const intake = stageItem(/Étape 1/u);
    const ofIntake = CATALOG.filter((e) => shelfOfStages(e.scenario.stages) === "orderIntake");
    expect(ofIntake.map((e) => e.scenario.id)).toContain("depassement-d-encours");
    expect(ofIntake.map((e) => e.scenario.id)).not.toContain("nouveau-client-par-telephone");
    expect(within(intake).getAllByRole("link").filter((link) => link.getAttribute("href")?.startsWith("./scenarios/"))).toHaveLength(ofIntake.length);
    expect(await within(intake).findByText(`1 scénario terminé sur ${ofIntake.length}`)).toBeInTheDocument();
    expect(intake.textContent).toContain("score à cette étape (meilleur essai de chaque scénario)\u00a0: 14 / 16 points (88\u00a0%)");
    // Each scenario's own score, the library's words: 14 / 16 is 88 % (not a stage's figure).
    expect(within(intake).getByText("Score : 88 % (1 essai)")).toBeInTheDocument();

    // The new customer's order is recorded at stage 2: it is filed there, with its score at that stage.
    const processing = stageItem(/Étape 2/u);
    expect(within(processing).getByText("Score : 100 % (1 essai)")).toBeInTheDocument();
    expect(processing.textContent).toContain("score à cette étape (meilleur essai de chaque scénario)\u00a0: 8 / 8 points (100\u00a0%)");

    const followUp = stageItem(/Étape 5/u);
    expect(within(followUp).getByText("En cours")).toBeInTheDocument();
    const ofFollowUp = CATALOG.filter((e) => shelfOfStages(e.scenario.stages) === "paymentFollowUp");
    expect(ofFollowUp.map((e) => e.scenario.id)).toEqual(expect.arrayContaining(["choisir-l-etape-de-relance", "reglement-partiel-et-litige", "mise-en-demeure-et-injonction-de-payer"]));
    expect(followUp.textContent).toContain(`0 scénario terminé sur ${ofFollowUp.length}`);
    expect(followUp.textContent).not.toMatch(/score à cette étape/u);
  });

  it("lists the chains apart, each with its whole score, after the five stages", async () => {
    appStore().setState({
      attempts: { "parcours-complet-devis-a-reglement": attempt("parcours-complet-devis-a-reglement", { status: "done", score: score(45, 50), byStage: { orderIntake: score(16, 16) } }) },
    });
    render(<LearningPath scenarios={CATALOG_SUMMARIES} quizzes={QUIZ_SUMMARIES} />);
    const chains = screen.getByRole("region", { name: "Enchaînements\u00a0: une commande de sa réception à son règlement" });
    const ofChains = CATALOG.filter((e) => shelfOfStages(e.scenario.stages) === "chain");
    expect(within(chains).getAllByRole("link").map((link) => link.textContent)).toEqual(ofChains.map((e) => e.scenario.title));
    expect(await within(chains).findByText(`1 scénario terminé sur ${ofChains.length}`)).toBeInTheDocument();
    expect(chains.textContent).toContain("score des enchaînements (meilleur essai de chaque scénario)\u00a0: 45 / 50 points (90\u00a0%)");
    expect(within(stageItem(/Étape 1/u)).queryByRole("link", { name: titleOf("parcours-complet-devis-a-reglement") })).not.toBeInTheDocument();
  });

  it("shows each stage's mastery from quiz answers and scenario decisions together, with the stage's quiz", async () => {
    // A game of version 4 whose intake is under way: account and solvency right, the credit check half right (store/fixtures).
    const saved = JSON.parse(readFileSync("store/fixtures/version-4.json", "utf8")) as { state: { attempts: Record<string, Attempt> } };
    const answer = { notion: "creditLimit", credit: 1, at: "2026-11-30", source: "quiz" } as const;
    appStore().setState({ attempts: { "depassement-d-encours": saved.state.attempts["depassement-d-encours"] as Attempt }, quiz: { ...EMPTY_QUIZ_PROGRESS, evidence: [answer, answer, answer] } });
    render(<LearningPath scenarios={CATALOG_SUMMARIES} quizzes={QUIZ_SUMMARIES} />);
    const intake = stageItem(/Étape 1/u);
    // creditLimit: 1, 1, 1 then 0,5 (mastered, 0,875); customerAccount and solvency: 1 each; six other notions at 0: (0,875 + 2) / 9.
    expect(await within(intake).findByText("Maîtrise : 32 % — 1 notion maîtrisée sur 9 (6 réponses et décisions prises en compte).")).toBeInTheDocument();
    expect(within(intake).getByRole("link", { name: "Faire le quiz de l'étape 1" }).getAttribute("href")).toMatch(/^\.\/quiz\/controle-des-commandes\/?$/u);
    expect(within(stageItem(/Étape 5/u)).getByText("Maîtrise pas encore évaluée : répondez à un quiz ou jouez un scénario de cette étape.")).toBeInTheDocument();
  });

  it("shows under a scenario the game set aside because the scenario changed, with the whole scenario's score, which still counts", async () => {
    appStore().setState({ attempts: {} });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-03T09:30:00Z"));
    const store = appStore().getState();
    const byStage = { orderIntake: score(12, 16), orderProcessing: score(8, 8) };
    store.saveAttempt("nouveau-client-par-telephone", { scenarioHash: "version-precedente", snapshot: {} }, { score: score(20, 24), byStage });
    vi.setSystemTime(new Date("2026-11-28T14:00:00Z"));
    store.setAsideAttempt("nouveau-client-par-telephone");
    vi.useRealTimers();

    render(<LearningPath scenarios={CATALOG_SUMMARIES} quizzes={QUIZ_SUMMARIES} />);
    expect(await within(stageItem(/Étape 2/u)).findAllByText("En cours")).toHaveLength(1);
    const said = "Partie précédente (version antérieure du scénario)\u00a0: terminée le 3\u00a0novembre\u00a02026, 20 / 24 points (83\u00a0%).";
    expect(within(stageItem(/Étape 2/u)).getByText(/^Partie précédente/u).textContent).toBe(said);
    // A replay never erases a result: the game set aside is the first attempt of the scenario.
    expect(within(stageItem(/Étape 2/u)).getByText("Score : 83 % (1 essai)")).toBeInTheDocument();
    expect(within(stageItem(/Étape 1/u)).queryByText(/Partie précédente/u)).not.toBeInTheDocument();
  });

  it("says a scenario's score in the library's very words: best and last of every attempt, none erased by a replay", async () => {
    appStore().setState(threeAttempts());
    render(<LearningPath scenarios={CATALOG_SUMMARIES} quizzes={QUIZ_SUMMARIES} />);
    expect(await within(stageItem(/Étape 2/u)).findByText(SCORE_SAID)).toBeInTheDocument();
    // No scenario line gives a stage's figure any more (the 75 % of its intake).
    expect(screen.queryByText(/à cette étape$/u)).not.toBeInTheDocument();
    // The stage's figure is the best attempt's, at that stage: 6 / 8 at processing.
    expect(stageItem(/Étape 2/u).textContent).toContain("1 scénario terminé sur");
    expect(stageItem(/Étape 2/u).textContent).toContain("score à cette étape (meilleur essai de chaque scénario)\u00a0: 6 / 8 points (75\u00a0%)");
  });

  it("offers to resume the first scenario in progress, in catalog order", async () => {
    render(<ResumeBanner scenarios={CATALOG_SUMMARIES} />);
    const link = await screen.findByRole("link", { name: /^Reprendre/u });
    expect(link.getAttribute("href")).toMatch(/^\.\/scenarios\/mentions-manquantes\/?$/u);
  });

  it("shows no resume link when nothing is in progress", () => {
    appStore().setState({ attempts: {} });
    render(<ResumeBanner scenarios={CATALOG_SUMMARIES} />);
    expect(screen.queryByRole("link", { name: /Reprendre/u })).not.toBeInTheDocument();
  });
});
