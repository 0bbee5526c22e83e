// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { IDBFactory } from "fake-indexeddb";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTeacherLibrary, type LibraryKind } from "@/store/teacherLibrary";
import { appStore } from "@/store/useAppStore";
import { NO_RECORD_ID, RECORD_MISSING, TeacherPreview } from "./TeacherPreview";
import { loadPgiScreens } from "@/components/pgi/ModuleView";
import { forgetSavedGames } from "@/test/savedGames";

// The PGI's screens but the mail come in their own chunks (docs/decisions/0148): fetched first, as the player does when idle.
beforeAll(() => loadPgiScreens());

const CHAIN = readFileSync("scenarios/05-chaine-complete-livraison-partielle-acompte.json", "utf8");
/** The check plays the engine's key, the preview plays it again up to the stage: seconds under load. */
const CHECKED = { timeout: 20_000 };

async function saved(kind: LibraryKind, title: string, text: string): Promise<string> {
  const outcome = await (await openTeacherLibrary()).add({ kind, title, text });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.record.id;
}

function openPreview(search: string) {
  window.history.replaceState(null, "", `/enseignant/apercu/${search}`);
  return render(<TeacherPreview />);
}

/**
 * A link's route, from the site's root: its address is written relative to the page's
 * (docs/decisions/0124), without the trailing slash that the build adds (next.config's
 * trailingSlash) and the tests do not.
 */
const routeOf = (link: HTMLElement) => {
  const target = new URL(link.getAttribute("href") ?? "", window.location.href);
  return `${target.pathname}${target.search}`.replace(/\/(?=\?|$)/u, "");
};
const backToEditor = () => within(screen.getByRole("region", { name: "Aperçu" })).getByRole("link", { name: "Retour à l'éditeur" });

const stageInBar = () => within(screen.getByRole("banner", { name: "Entreprise et date simulée" })).getByText(/^Étape en cours/).textContent;

beforeEach(async () => {
  vi.stubGlobal("indexedDB", new IDBFactory());
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  forgetSavedGames({ quiz: { ...appStore().getState().quiz, sessions: {} } });
});

describe("the teacher's preview of a library record", { timeout: 30_000 }, () => {
  it("starts at the stage of the address, the earlier ones played by the engine's key, and saves nothing", async () => {
    const id = await saved("scenario", "Chaîne complète", CHAIN);
    openPreview(`?id=${id}&etape=invoicing`);
    expect(screen.getByRole("status").textContent).toBe("Vérification du document…");
    await screen.findByRole("navigation", { name: "Modules du PGI" }, CHECKED);
    expect(stageInBar()).toBe("Étape en cours\u00a0: Facturation");
    expect(screen.getByRole("region", { name: "Aperçu" }).textContent).toContain("Aperçu — rien n'est enregistré");
    // In the banner, and under the game where the bundled scenarios' library would be.
    expect(screen.getAllByRole("link", { name: "Retour à l'éditeur" }).map(routeOf)).toEqual([`/enseignant/scenario?id=${id}`, `/enseignant/scenario?id=${id}`]);
    // Intake and processing were played: the order is recorded under its number, its acknowledgement issued.
    act(() => fireEvent.click(screen.getByRole("button", { name: "Commandes" })));
    const orders = screen.getByRole("region", { name: "Commandes" }).textContent;
    expect(orders).toContain("CM-2026-00001");
    expect(orders).toContain("Émis (AR-2026-00001)");
    expect(appStore().getState().attempts).toEqual({});
  });

  it("starts again from the stage chosen in « Commencer à l'étape », and says it in the address", async () => {
    const id = await saved("scenario", "Chaîne complète", CHAIN);
    openPreview(`?id=${id}&etape=invoicing`);
    await screen.findByRole("navigation", { name: "Modules du PGI" }, CHECKED);
    const picker = screen.getByLabelText("Commencer à l'étape :");
    expect([...picker.querySelectorAll("option")].map((option) => option.textContent)).toEqual(["1. Contrôle de la commande", "2. Traitement de la commande", "3. Facturation"]);
    act(() => fireEvent.change(picker, { target: { value: "orderProcessing" } }));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Lancer l'aperçu" })));
    await vi.waitFor(() => expect(stageInBar()).toBe("Étape en cours\u00a0: Traitement de la commande"));
    expect(window.location.search).toBe(`?id=${id}&etape=orderProcessing`);
    act(() => fireEvent.change(picker, { target: { value: "orderIntake" } }));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Lancer l'aperçu" })));
    await vi.waitFor(() => expect(stageInBar()).toBe("Étape en cours\u00a0: Contrôle de la commande"));
    expect(window.location.search).toBe(`?id=${id}`);
    expect(appStore().getState().attempts).toEqual({});
  });

  it("lists what is wrong with a record that cannot be played, with the way back to its editor", async () => {
    const id = await saved("scenario", "Brouillon", '{"schemaVersion": 1, "id": "brouillon"}');
    openPreview(`?id=${id}`);
    const alert = await screen.findByRole("alert", {}, CHECKED);
    expect(alert.querySelector("h2")?.textContent).toBe("Ce scénario ne peut pas encore être joué");
    expect(alert.querySelector("li")?.textContent).toMatch(/^«\u00a0Brouillon\u00a0»\u00a0: /);
    expect(routeOf(within(alert).getByRole("link", { name: "Corriger dans l'éditeur" }))).toBe(`/enseignant/scenario?id=${id}`);
  });

  it("names each field as the editor does, a scenario's and a quiz's, never by its path in the file", async () => {
    const scenario = JSON.parse(CHAIN) as { customers: { name: string }[] };
    scenario.customers[0]!.name = "";
    openPreview(`?id=${await saved("scenario", "Chaîne", JSON.stringify(scenario))}`);
    const scenarioAlert = await screen.findByRole("alert", {}, CHECKED);
    expect(scenarioAlert.querySelector("li")?.textContent).toBe("«\u00a0Chaîne\u00a0»\u00a0: Clients › Client 1 › Raison sociale ou nom\u00a0: texte vide (des espaces seuls ne comptent pas)");
    cleanup();

    const quiz = JSON.parse(readFileSync("quizzes/introduction.json", "utf8")) as { questions: Record<string, unknown>[] };
    quiz.questions[0] = { ...quiz.questions[0], type: "multiple", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }], correct: ["c"] };
    openPreview(`?id=${await saved("quiz", "Quiz", JSON.stringify(quiz))}`);
    const quizAlert = await screen.findByRole("alert", {}, CHECKED);
    expect(quizAlert.querySelector("h2")?.textContent).toBe("Ce questionnaire ne peut pas encore être joué");
    expect(quizAlert.querySelector("li")?.textContent).toBe(
      "«\u00a0Quiz\u00a0»\u00a0: Questions écrites › Question 1 › Bonne réponse › Élément 1\u00a0: «\u00a0c\u00a0» ne désigne aucune proposition (identifiants des propositions\u00a0: «\u00a0a\u00a0» et «\u00a0b\u00a0»)",
    );
  });

  it("previews a quiz in the quiz player", async () => {
    const id = await saved("quiz", "Introduction", readFileSync("quizzes/introduction.json", "utf8"));
    openPreview(`?id=${id}`);
    await screen.findByRole("heading", { level: 1, name: "Pourquoi gérer la relation client" }, CHECKED);
    expect(routeOf(backToEditor())).toBe(`/enseignant/quiz?id=${id}`);
    fireEvent.click(screen.getByRole("button", { name: "Commencer le quiz" }));
    // The quiz's runtime comes by import() (docs/decisions/0111): the session starts once it is there.
    await screen.findByRole("heading", { level: 2, name: /^Question 1 sur/u }, CHECKED);
    // Apart from the learner's quizzes: under this key, the store records no evidence (store/quizSlice.ts).
    expect(Object.keys(appStore().getState().quiz.sessions)).toEqual([`apercu:${id}`]);
  });

  it.each([
    ["without a record", "", NO_RECORD_ID],
    ["of a record that is not in this browser", "?id=inconnu", RECORD_MISSING],
  ])("says so when opened %s", async (_, search, message) => {
    openPreview(search);
    expect((await screen.findByRole("alert", {}, CHECKED)).textContent).toBe(message);
    expect(routeOf(screen.getByRole("link", { name: "Aller à votre bibliothèque" }))).toBe("/enseignant");
  });
});
