/**
 * The four classic exercises as a student sees them, at 1366×768 and on a 768×1024 tablet (issue
 * 15, « Done when »): the stage's form beside the PGI, one feedback, the end screen. Each moment is
 * asserted (headings, feedback), then captured as `<scenario>-<moment>-<width>.png` in CAPTURES_DIR
 * (default: the system's temp folder, atelier-captures; the note's copies: CAPTURES_DIR=docs/captures).
 * Fast: the form and the feedback from a fresh start, the end screen from the engine's answer key
 * played but its last move (e2e/support/savedGame.ts), that move made by hand.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { siteAndBrowser } from "./support/fixtures";
import {
  choose,
  controlTarget,
  currentCheck,
  endFollowUp,
  expectWrong,
  feedback,
  followedInvoice,
  openLibrary,
  openModule,
  openScenario,
  readReview,
  review,
  select,
  showArea,
  showScreenOnFailure,
  submitCheck,
  taskPanel,
  textOf,
  type,
} from "./support/learner";
import { accountAndSolvency } from "./support/scenario02";
import { bundledScenario, openSavedGame } from "./support/savedGame";

const { site, browser } = siteAndBrowser();
const CAPTURES_DIR = process.env.CAPTURES_DIR ?? join(tmpdir(), "atelier-captures");
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 768, height: 1024 },
] as const;
type Screen = (typeof SCREENS)[number];

/** One classic exercise: where it opens, the PGI module beside its form, a decision to feed back on, and its last move. */
interface Exercise {
  /** The file's name without .json: the captures' prefix. */
  file: string;
  /** The scenario's id: the library card is found by the title its file gives. */
  id: string;
  /** The PGI module the form is read against. */
  module: string;
  /** What the form asks first, checked before it is captured. */
  expectForm: (page: Page) => Promise<void>;
  /** A usual mistake, judged: its feedback is the capture (null: the exercise's feedback is its end screen). */
  mistake: ((page: Page) => Promise<void>) | null;
  /** From the answer key played but its last move, that move. */
  lastMove: (page: Page) => Promise<void>;
}

const EXERCISES: readonly Exercise[] = [
  {
    file: "01-nouveau-client-par-telephone",
    id: "nouveau-client-par-telephone",
    module: "Courrier reçu",
    expectForm: async (page) => expect(await textOf(currentCheck(page))).toMatch(/Compte client/u),
    // The caller is taken for the customer already in the file, whose name looks close.
    mistake: async (page) => {
      await choose(page, "Compte trouvé dans le fichier clients");
      await select(page, "Compte du client", "C0012 — Étude notariale Kervella");
      expectWrong(await submitCheck(page, "Valider le compte client"));
    },
    lastMove: async (page) => {
      await select(page, "Statut de la commande", "Livrée");
      await taskPanel(page).getByRole("button", { name: "Mettre à jour le statut" }).click();
    },
  },
  {
    file: "02-depassement-d-encours",
    id: "depassement-d-encours",
    module: "Clients",
    expectForm: async (page) => expect(await textOf(currentCheck(page))).toMatch(/Compte client/u),
    // The accepted order forgotten in the outstanding.
    mistake: async (page) => {
      await accountAndSolvency(page);
      await choose(page, /^Plafond respecté/u);
      await type(page, "Encours du client", "2 400,00");
      await type(page, "Montant TTC de la commande", "1 140,00");
      expectWrong(await submitCheck(page, "Valider le contrôle de l'encours"));
    },
    lastMove: async (page) => {
      await choose(page, "Accepter sous conditions");
      await submitCheck(page, "Accepter sous conditions");
    },
  },
  {
    file: "03-mentions-manquantes",
    id: "mentions-manquantes",
    module: "Clients",
    expectForm: async (page) => expect(await controlTarget(page, "Mention absente : SIREN du vendeur").isVisible()).toBe(true),
    mistake: null,
    lastMove: async (page) => taskPanel(page).getByRole("button", { name: "Valider mon contrôle" }).click(),
  },
  {
    file: "04-choisir-l-etape-de-relance",
    id: "choisir-l-etape-de-relance",
    module: "Règlements et relances",
    expectForm: async (page) => {
      expect(await followedInvoice(page, "FA-2026-00140").getByRole("group", { name: /^Action du jour/u }).isVisible()).toBe(true);
      expect(await taskPanel(page).getByRole("region", { name: "Politique de l'entreprise" }).isVisible()).toBe(true);
    },
    // A step of the ladder skipped: the formal notice before reminders 2 and 3.
    mistake: async (page) => {
      await followedInvoice(page, "FA-2026-00140").getByRole("radio", { name: "Mise en demeure", exact: true }).check();
      expectWrong(await submitCheck(page, "Valider l'action du jour pour la facture FA-2026-00140"));
    },
    lastMove: (page) => endFollowUp(page),
  },
];

/** Writes what the learner sees now (the window, as on the screen) as `<scenario>-<moment>-<width>.png`. */
async function capture(page: Page, exercise: Exercise, moment: string, screen: Screen): Promise<void> {
  mkdirSync(CAPTURES_DIR, { recursive: true });
  // A full-window capture can take more than the 5 s of a gesture on a busy machine.
  await page.screenshot({ path: join(CAPTURES_DIR, `${exercise.file}-${moment}-${screen.width}.png`), timeout: 30_000 });
}

/** Brings `target` into the window, as the learner would scroll to it, and checks it is seen. */
async function inView(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded({ timeout: 15_000 });
  expect(await target.isVisible()).toBe(true);
}

async function formAndFeedback(exercise: Exercise, screen: Screen): Promise<void> {
  const { context, page, errors } = await openPage(browser(), screen);
  showScreenOnFailure(page);
  await openLibrary(page, site().url);
  await openScenario(page, bundledScenario(exercise.id).title);
  await openModule(page, exercise.module);
  if (screen.width < 1024) {
    // The tablet shows one area at a time: the PGI module first, then the task.
    await capture(page, exercise, "pgi", screen);
    await showArea(page, "Tâche");
  }
  await exercise.expectForm(page);
  await capture(page, exercise, "formulaire", screen);
  if (exercise.mistake !== null) {
    await exercise.mistake(page);
    await inView(feedback(page));
    expect(await textOf(feedback(page))).toMatch(/^Réponse à revoir/u);
    await capture(page, exercise, "retour", screen);
  }
  expect(errors).toEqual([]);
  await context.close();
}

async function endScreen(exercise: Exercise, screen: Screen): Promise<void> {
  const { context, page, errors } = await openSavedGame(browser(), site().url, exercise.id, screen);
  showScreenOnFailure(page);
  await exercise.lastMove(page);
  const bilan = await readReview(page);
  expect(bilan.overallPercent).toBe("100 %");
  await inView(review(page).getByRole("heading", { name: /^Bilan du scénario/u, level: 2 }));
  await capture(page, exercise, "bilan", screen);
  expect(errors).toEqual([]);
  await context.close();
}

describe.each(SCREENS)("Les quatre exercices classiques en captures ($width×$height)", (screen) => {
  it.each(EXERCISES)("$file : le formulaire et le PGI, un retour, le bilan", async (exercise) => {
    await formAndFeedback(exercise, screen);
    await endScreen(exercise, screen);
  });
});
