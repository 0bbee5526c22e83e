// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CATALOG } from "@/components/catalog/catalog";
import type { Attempt } from "@/store/progressSlice";
import { appStore } from "@/store/useAppStore";
import { ScenarioLibrary } from "./ScenarioLibrary";
import { SCORE_SAID, SCORED_SCENARIO, threeAttempts } from "@/components/ui/scoreRecord.testing";
import { CATALOG_SUMMARIES } from "@/components/catalog/catalog";

const TOTAL = CATALOG.length;

function cards() {
  return within(screen.getByRole("list", { name: "Scénarios" })).getAllByRole("article");
}

function card(title: string) {
  return screen.getByRole("article", { name: title });
}

function titleOf(id: string): string {
  const entry = CATALOG.find((e) => e.scenario.id === id);
  if (!entry) throw new Error(`scénario ${id} absent`);
  return entry.scenario.title;
}

function attempt(scenarioId: string, fields: Partial<Attempt>): Attempt {
  return { scenarioId, scenarioHash: null, status: "inProgress", snapshot: null, score: null, byStage: {}, runs: 1, ...fields };
}

/** "Commencer : <titre>" (the accessible name may lose the space before the colon). */
function named(action: string, title: string): RegExp {
  return new RegExp(`^${action} ?: ${title.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}$`, "u");
}

const score = (points: number, maxPoints: number) => ({ points, maxPoints, hintsUsed: 0, percent: Math.round((points / maxPoints) * 100) });

beforeEach(() => {
  appStore().setState({ attempts: {}, history: { scenarios: {}, quizzes: {} } });
});
afterEach(cleanup);

describe("ScenarioLibrary", () => {
  it("shows every bundled scenario with its stages, level, difficulty and duration", async () => {
    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    expect(cards()).toHaveLength(TOTAL);
    for (const { scenario } of CATALOG) {
      expect(screen.getByRole("heading", { level: 2, name: scenario.title })).toBeInTheDocument();
    }
    expect(screen.getByText(`${TOTAL} scénarios`)).toHaveAttribute("aria-live", "polite");

    const depassement = card(titleOf("depassement-d-encours"));
    expect(within(depassement).getByText("Contrôle de la commande")).toHaveClass("tag");
    expect(within(depassement).getByText("Bac Pro")).toBeInTheDocument();
    expect(within(depassement).getByText(/2 sur 3 \(entraînement\)/u)).toBeInTheDocument();
    expect(within(depassement).getByText("≈ 25 min")).toBeInTheDocument();
    const parcours = card(titleOf("parcours-complet-devis-a-reglement"));
    expect(within(parcours).getByText("≈ 1 h 15 min")).toBeInTheDocument();
    expect(within(parcours).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Contrôle de la commande",
      "Traitement de la commande",
      "Facturation",
      "Contrôle de la facture",
      "Suivi des règlements",
    ]);
    // Every scenario is new in an empty browser, once the saved progress has been read.
    expect(await within(depassement).findByText("Nouveau")).toBeInTheDocument();
    expect(within(depassement).getByRole("link", { name: named("Commencer", titleOf("depassement-d-encours")) }).getAttribute("href")).toMatch(
      /^\.\/scenarios\/depassement-d-encours\/?$/u,
    );
  });

  it("filters by stage and by level, and announces the number of results", () => {
    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    fireEvent.change(screen.getByLabelText("Étape du cours"), { target: { value: "invoicing" } });
    const invoicing = CATALOG.filter((e) => e.scenario.stages.includes("invoicing"));
    expect(cards()).toHaveLength(invoicing.length);
    for (const { scenario } of invoicing) expect(card(scenario.title)).toBeInTheDocument();
    expect(screen.getByText(`${invoicing.length} scénarios sur ${TOTAL}`)).toHaveAttribute("aria-live", "polite");

    fireEvent.change(screen.getByLabelText("Niveau"), { target: { value: "bts" } });
    const both = invoicing.filter((e) => e.scenario.level === "bts");
    expect(both.length).toBeGreaterThan(0);
    expect(cards().map((c) => within(c).getByRole("heading").textContent)).toEqual(both.map((e) => e.scenario.title));
    expect(screen.queryByRole("article", { name: titleOf("facture-et-avoir") })).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText("Étape du cours"), { target: { value: "" } });
    expect(cards()).toHaveLength(CATALOG.filter((e) => e.scenario.level === "bts").length);

    fireEvent.click(screen.getByRole("button", { name: "Afficher tous les scénarios" }));
    expect(cards()).toHaveLength(TOTAL);
    expect(screen.getByLabelText("Niveau")).toHaveValue("");
  });

  it("filters by difficulty, the course's three levels of practice", () => {
    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    const select = screen.getByLabelText("Difficulté");
    expect(within(select).getAllByRole("option").map((option) => option.textContent)).toEqual(["Toutes les difficultés", "1. découverte", "2. entraînement", "3. maîtrise"]);
    fireEvent.change(select, { target: { value: "3" } });
    const mastery = CATALOG.filter((e) => e.scenario.difficulty === 3).map((e) => e.scenario.title);
    expect(mastery.length).toBeGreaterThan(0);
    expect(cards().map((c) => within(c).getByRole("heading").textContent)).toEqual(mastery);
    expect(screen.queryByRole("article", { name: titleOf("bon-de-commande-non-signe") })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Afficher tous les scénarios" }));
    expect(select).toHaveValue("");
    expect(cards()).toHaveLength(TOTAL);
  });

  it("says so when no scenario matches, and offers to show them all", () => {
    const bacPro = CATALOG.map((e) => e.scenario).filter((scenario) => scenario.level === "bacpro");
    render(<ScenarioLibrary scenarios={bacPro} />);
    fireEvent.change(screen.getByLabelText("Niveau"), { target: { value: "bts" } });
    expect(screen.queryByRole("list", { name: "Scénarios" })).not.toBeInTheDocument();
    expect(screen.getByText("Aucun scénario ne correspond à ces filtres.")).toHaveAttribute("aria-live", "polite");
    fireEvent.click(screen.getByRole("button", { name: "Afficher tous les scénarios" }));
    expect(cards()).toHaveLength(bacPro.length);
  });

  it("shows a neutral status until the saved progress is read (the static prerender)", () => {
    appStore().setState({ attempts: { "mentions-manquantes": attempt("mentions-manquantes", {}) } });
    const html = renderToString(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    expect(html).toContain("lecture de votre progression");
    expect(html).not.toMatch(/Nouveau|En cours|Terminé|Commencer|Reprendre|Réinitialiser ce scénario|Effacer toute ma progression/u);
  });

  it("shows each scenario's status from the saved progress, and the matching link", async () => {
    appStore().setState({
      attempts: {
        "depassement-d-encours": attempt("depassement-d-encours", { status: "done", score: score(14, 16), byStage: { orderIntake: score(14, 16) } }),
        "mentions-manquantes": attempt("mentions-manquantes", {}),
      },
    });
    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    const done = card(titleOf("depassement-d-encours"));
    expect(await within(done).findByText("Terminé")).toBeInTheDocument();
    expect(within(done).getByText("Score : 88 % (1 essai)")).toBeInTheDocument();
    expect(within(done).getByRole("link", { name: /^Rejouer/u })).toBeInTheDocument();
    const inProgress = card(titleOf("mentions-manquantes"));
    expect(within(inProgress).getByText("En cours")).toBeInTheDocument();
    expect(within(inProgress).getByRole("link", { name: /^Reprendre/u })).toBeInTheDocument();
    const fresh = card(titleOf("facture-et-avoir"));
    expect(within(fresh).getByText("Nouveau")).toBeInTheDocument();
    expect(within(fresh).getByRole("link", { name: /^Commencer/u })).toBeInTheDocument();
    expect(within(fresh).queryByRole("button", { name: /Réinitialiser ce scénario/u })).not.toBeInTheDocument();
    expect(screen.getByText(/Scénarios commencés ou terminés : 2 sur/u)).toBeInTheDocument();
  });

  it("says a scenario's score in the learning path's very words: best and last of every attempt (3 kept)", async () => {
    appStore().setState(threeAttempts());
    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    const scored = card(titleOf(SCORED_SCENARIO));
    expect(await within(scored).findByText(SCORE_SAID)).toBeInTheDocument();
    expect(within(scored).getByText("Terminé")).toBeInTheDocument();
    expect(within(scored).getByText("Tentatives précédentes (2)")).toBeInTheDocument();
  });

  it("resets one scenario after a confirmation", async () => {
    appStore().setState({ attempts: { "mentions-manquantes": attempt("mentions-manquantes", {}) } });
    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    const title = titleOf("mentions-manquantes");
    const inProgress = card(title);
    fireEvent.click(await within(inProgress).findByRole("button", { name: named("Réinitialiser ce scénario", title) }));
    expect(appStore().getState().attempts["mentions-manquantes"]).toBeDefined();
    fireEvent.click(within(inProgress).getByRole("button", { name: "Oui, réinitialiser" }));
    expect(appStore().getState().attempts["mentions-manquantes"]).toBeUndefined();
    expect(within(inProgress).getByText("Nouveau")).toBeInTheDocument();
    expect(within(inProgress).getByRole("link", { name: named("Commencer", title) })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent(`Votre progression sur « ${title} » a été effacée.`);
  });

  it("erases all progress only after a two-step, keyboard-usable confirmation", async () => {
    appStore().setState({
      attempts: {
        "depassement-d-encours": attempt("depassement-d-encours", { status: "done", score: score(16, 16) }),
        "mentions-manquantes": attempt("mentions-manquantes", {}),
      },
    });
    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    const erase = await screen.findByRole("button", { name: "Effacer toute ma progression" });

    // First step: a question, the focus on the harmless answer; Escape cancels and gives the focus back.
    fireEvent.click(erase);
    const question = screen.getByRole("group", { name: /Effacer la progression de tous les scénarios\u00a0\?/u });
    const cancel = within(question).getByRole("button", { name: "Annuler" });
    expect(cancel).toHaveFocus();
    fireEvent.keyDown(cancel, { key: "Escape" });
    expect(screen.queryByRole("group", { name: /Effacer la progression/u })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Effacer toute ma progression" })).toHaveFocus();
    expect(Object.keys(appStore().getState().attempts)).toHaveLength(2);

    // "Annuler" also cancels.
    fireEvent.click(screen.getByRole("button", { name: "Effacer toute ma progression" }));
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    expect(Object.keys(appStore().getState().attempts)).toHaveLength(2);

    // Confirmed: everything is forgotten, statuses go back to "Nouveau", the learner is told.
    fireEvent.click(screen.getByRole("button", { name: "Effacer toute ma progression" }));
    fireEvent.click(screen.getByRole("button", { name: "Oui, tout effacer" }));
    expect(appStore().getState().attempts).toEqual({});
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Toute votre progression a été effacée.");
    expect(status).toHaveFocus();
    expect(within(card(titleOf("depassement-d-encours"))).getByText("Nouveau")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Effacer toute ma progression" })).not.toBeInTheDocument();
  });

  it("shows, under the status, what a game set aside because its scenario changed had reached", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-03T09:30:00Z"));
    const store = appStore().getState();
    store.saveAttempt("depassement-d-encours", { scenarioHash: "version-precedente", snapshot: {} }, { score: score(14, 20), byStage: { orderIntake: score(14, 20) } });
    store.saveAttempt("mentions-manquantes", { scenarioHash: "version-precedente", snapshot: {} });
    vi.setSystemTime(new Date("2026-11-28T14:00:00Z"));
    store.setAsideAttempt("depassement-d-encours");
    store.setAsideAttempt("mentions-manquantes");
    vi.useRealTimers();

    render(<ScenarioLibrary scenarios={CATALOG_SUMMARIES} />);
    const finished = card(titleOf("depassement-d-encours"));
    expect(await within(finished).findByText("En cours")).toBeInTheDocument();
    expect(within(finished).getByText(/^Partie précédente/u).textContent).toBe(
      "Partie précédente (version antérieure du scénario)\u00a0: terminée le 3\u00a0novembre\u00a02026, 14 / 20 points (70\u00a0%).",
    );
    // The game set aside still counts among the attempts: a new version of the scenario erases no result.
    expect(within(finished).getByText("Score : 70 % (1 essai)")).toBeInTheDocument();
    expect(within(card(titleOf("mentions-manquantes"))).getByText(/^Partie précédente/u).textContent).toBe(
      "Partie précédente (version antérieure du scénario)\u00a0: laissée en cours le 3\u00a0novembre\u00a02026.",
    );
    expect(within(card(titleOf("facture-et-avoir"))).queryByText(/Partie précédente/u)).not.toBeInTheDocument();
  });
});
