// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fnv1a64 } from "@/domain";
import { appStore } from "@/store/useAppStore";
import { shareFragment } from "../shareLink";
import { NO_CONTENT, SharedActivity } from "./SharedActivity";
import { forgetSavedGames } from "@/test/savedGames";

const SCENARIO_TEXT = readFileSync("scenarios/02-depassement-d-encours.json", "utf8");
const QUIZ_TEXT = readFileSync("quizzes/introduction.json", "utf8");
/** The check plays the engine's key: a few seconds under load. */
const CHECKED = { timeout: 20_000 };
const CUT = "lien abîmé\u00a0: il est incomplet\u00a0: il a sans doute été coupé en le copiant. Copiez-le à nouveau en entier, ou demandez le fichier.";

function openLink(fragment: string) {
  window.location.hash = fragment;
  return render(<SharedActivity />);
}

beforeEach(async () => {
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  window.location.hash = "";
  forgetSavedGames({ quiz: { ...appStore().getState().quiz, sessions: {} } });
});

describe("a share link opened by a learner", { timeout: 30_000 }, () => {
  it("says it checks the scenario, then plays it in the PGI, saved under the link's own key: the bundled game of the same id is left as it was", async () => {
    const bundledGame = { scenarioId: "depassement-d-encours", scenarioHash: "abc", status: "inProgress" as const, snapshot: { kept: true }, score: null, byStage: {}, runs: 3 };
    appStore().setState({ attempts: { "depassement-d-encours": bundledGame } });
    const fragment = shareFragment("scenario", SCENARIO_TEXT);
    openLink(fragment);
    expect(screen.getByRole("status").textContent).toBe("Vérification du scénario…");

    await screen.findByRole("navigation", { name: "Modules du PGI" }, CHECKED);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Une commande de papier d'une cliente fidèle");
    const attempts = appStore().getState().attempts;
    expect(Object.keys(attempts).sort()).toEqual(["depassement-d-encours", `partage:depassement-d-encours:${fnv1a64(SCENARIO_TEXT)}`]);
    expect(attempts["depassement-d-encours"]).toEqual(bundledGame);
    expect(attempts[`partage:depassement-d-encours:${fnv1a64(SCENARIO_TEXT)}`]?.status).toBe("inProgress");
    expect(screen.getByRole("link", { name: "Aller à l'accueil de l'atelier" }).getAttribute("href")).toBe("./");
  });

  it("plays a quiz in the quiz player, kept under the link's own key", async () => {
    openLink(shareFragment("quiz", QUIZ_TEXT));
    expect(screen.getByRole("status").textContent).toBe("Vérification du questionnaire…");
    await screen.findByRole("heading", { level: 1, name: "Pourquoi gérer la relation client" }, CHECKED);
    fireEvent.click(screen.getByRole("button", { name: "Commencer le quiz" }));
    // The quiz's runtime comes by import() (docs/decisions/0111): the session starts once it is there.
    await screen.findByRole("heading", { level: 2, name: /^Question 1 sur/u }, CHECKED);
    expect(Object.keys(appStore().getState().quiz.sessions)).toEqual([`partage:introduction:${fnv1a64(QUIZ_TEXT)}`]);
  });
});

describe("a link that cannot be played", { timeout: 30_000 }, () => {
  const fragment = shareFragment("scenario", SCENARIO_TEXT);
  const cases: [string, string, string][] = [
    ["without anything after «\u00a0#\u00a0»", "", NO_CONTENT],
    ["cut when copied", fragment.slice(0, 300), CUT],
    ["cut before its content", fragment.split(".").slice(0, 3).join("."), CUT],
    ["of a newer version of the atelier", fragment.replace("v1.", "v7."), "ce lien vient d'une version plus récente de l'atelier (format 7)\u00a0: ouvrez-le avec la version du site qui l'a créé, ou demandez le fichier."],
    [
      "whose scenario fails the check",
      shareFragment("scenario", SCENARIO_TEXT.replace('"schemaVersion": 1', '"schemaVersion": "un"')),
      "lien de partage\u00a0: Version du format\u00a0: ",
    ],
    [
      "whose quiz has lost its summary, named as the editor names the field",
      shareFragment("quiz", JSON.stringify({ ...(JSON.parse(QUIZ_TEXT) as object), summary: "" })),
      "lien de partage\u00a0: Résumé\u00a0: texte vide (des espaces seuls ne comptent pas)",
    ],
  ];

  it.each(cases)("is explained in French when it is %s", async (_, broken, message) => {
    openLink(broken);
    const alert = await screen.findByRole("alert", {}, CHECKED);
    expect(alert.querySelector("h2")?.textContent).toBe("Ce lien ne peut pas être ouvert");
    expect(alert.querySelector("li")?.textContent?.startsWith(message)).toBe(true);
    expect(screen.queryByRole("navigation", { name: "Modules du PGI" })).toBeNull();
    expect(appStore().getState().attempts).toEqual({});
  });
});
