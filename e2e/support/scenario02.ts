/**
 * Scenario 02's answer key, the checks a learner plays right (npm run scenario -- solve
 * scenarios/02-depassement-d-encours.json). Written once: its journey plays it with a reload in the
 * middle, scorm.e2e.ts plays it inside an LMS package, leaving in the middle.
 */
import type { Page } from "playwright-core";
import { choose, expectRight, select, submitCheck, type } from "./learner";

export const TITLE = "Une commande de papier d'une cliente fidèle";

/** Checks 1 and 2: the existing account, a sound customer. */
export async function accountAndSolvency(page: Page): Promise<void> {
  await choose(page, "Compte trouvé dans le fichier clients");
  await select(page, "Compte du client", "C0207 — Imprimerie Touraine Graphic");
  expectRight(await submitCheck(page, "Valider le compte client"));
  await choose(page, /^Solvabilité saine/u);
  expectRight(await submitCheck(page, "Valider la solvabilité"));
}

/** Check 3, done right: the accepted order counts in the outstanding, the limit is exceeded. */
export async function creditExceeded(page: Page): Promise<void> {
  await choose(page, /^Plafond dépassé/u);
  await type(page, "Encours du client", "4 200,00");
  await type(page, "Montant TTC de la commande", "1 140,00");
  expectRight(await submitCheck(page, "Valider le contrôle de l'encours"));
}

/** Checks 4 to 7 and the decision, done right: deposit of the excess, accept with conditions. */
export async function fromConditionsToDecision(page: Page): Promise<void> {
  expectRight(await submitCheck(page, "Appliquer les conditions"));
  expectRight(await submitCheck(page, "Valider : aucune anomalie"));
  await select(page, "Verdict, COU-135-SRA3", "Disponible");
  await select(page, "Verdict, ENV-C4-KR", "Disponible");
  expectRight(await submitCheck(page, "Valider le contrôle du stock"));
  await choose(page, "Oui, un acompte est exigé");
  await type(page, "Montant de l'acompte TTC", "340,00");
  expectRight(await submitCheck(page, "Valider l'acompte"));
  await choose(page, "Accepter sous conditions");
  expectRight(await submitCheck(page, "Accepter sous conditions"));
}
