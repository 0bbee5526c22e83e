/**
 * Scenario 02's answer key, the checks a learner plays right (npm run scenario -- solve
 * scenarios/02-depassement-d-encours.json). Written once: its journey plays it with a reload in the
 * middle, scorm.e2e.ts plays it inside an LMS package, leaving in the middle, feedbackFocus.e2e.ts
 * one decision at a time (`DECISIONS`) to look at the feedback after each.
 */
import type { Page } from "playwright-core";
import { choose, expectRight, select, submitCheck, type, type Judgement } from "./learner";

export const TITLE = "Une commande de papier d'une cliente fidèle";

/**
 * One check of the order: what the learner fills in (right), then the button that submits it. Kept
 * apart so that `npm run bench` (scripts/benchClickFeedback.ts) times the submit click alone,
 * without the test runner's assertions.
 */
export interface Check {
  fill: (page: Page) => Promise<void>;
  button: string;
}

/** One check of the order, answered right and submitted; how it was judged. */
type Decision = (page: Page) => Promise<Judgement>;

const nothingToFill = async () => undefined;

/** Check 1: the existing account. */
const ACCOUNT: Check = {
  fill: async (page) => {
    await choose(page, "Compte trouvé dans le fichier clients");
    await select(page, "Compte du client", "C0207 — Imprimerie Touraine Graphic");
  },
  button: "Valider le compte client",
};

/** Check 2: a sound customer. */
const SOLVENCY: Check = { fill: (page) => choose(page, /^Solvabilité saine/u), button: "Valider la solvabilité" };

/** Check 3: the accepted order counts in the outstanding, the limit is exceeded. */
export const CREDIT: Check = {
  fill: async (page) => {
    await choose(page, /^Plafond dépassé/u);
    await type(page, "Encours du client", "4 200,00");
    await type(page, "Montant TTC de la commande", "1 140,00");
  },
  button: "Valider le contrôle de l'encours",
};

/** Checks 4 to 7 and the decision: no condition, no anomaly, in stock, deposit of the excess, accept with conditions. */
const CHECKS_FROM_CONDITIONS: readonly Check[] = [
  { fill: nothingToFill, button: "Appliquer les conditions" },
  { fill: nothingToFill, button: "Valider : aucune anomalie" },
  {
    fill: async (page) => {
      await select(page, "Verdict, COU-135-SRA3", "Disponible");
      await select(page, "Verdict, ENV-C4-KR", "Disponible");
    },
    button: "Valider le contrôle du stock",
  },
  {
    fill: async (page) => {
      await choose(page, "Oui, un acompte est exigé");
      await type(page, "Montant de l'acompte TTC", "340,00");
    },
    button: "Valider l'acompte",
  },
  { fill: (page) => choose(page, "Accepter sous conditions"), button: "Accepter sous conditions" },
];

/** The eight checks of the stage, in order, each filled in right. */
export const CHECKS: readonly Check[] = [ACCOUNT, SOLVENCY, CREDIT, ...CHECKS_FROM_CONDITIONS];

function decision({ fill, button }: Check): Decision {
  return async (page) => {
    await fill(page);
    return submitCheck(page, button);
  };
}

const FROM_CONDITIONS: readonly Decision[] = CHECKS_FROM_CONDITIONS.map(decision);

/** The eight decisions of the stage, in order, each answered right. */
export const DECISIONS: readonly Decision[] = CHECKS.map(decision);

async function allRight(page: Page, decisions: readonly Decision[]): Promise<void> {
  for (const decide of decisions) expectRight(await decide(page));
}

/** Checks 1 and 2: the existing account, a sound customer. */
export async function accountAndSolvency(page: Page): Promise<void> {
  await allRight(page, [ACCOUNT, SOLVENCY].map(decision));
}

/** Check 3, done right: the accepted order counts in the outstanding, the limit is exceeded. */
export async function creditExceeded(page: Page): Promise<void> {
  await allRight(page, [decision(CREDIT)]);
}

/** Checks 4 to 7 and the decision, done right: deposit of the excess, accept with conditions. */
export async function fromConditionsToDecision(page: Page): Promise<void> {
  await allRight(page, FROM_CONDITIONS);
}
