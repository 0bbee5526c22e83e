/**
 * A game saved as the browser saves it, to open the player on a given situation without playing it
 * through the interface (the journeys do that): the engine's answer key is played on the scenario,
 * all but the last `keepLast` moves, and the store writes what localStorage would hold.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import type { Scenario } from "@/domain";
import { parseScenarioText } from "@/domain/scenarioLoad";
import { solveScenario } from "@/machines/answerKey";
import { persistGame } from "@/machines/persistedGame";
import { startPlayer } from "@/machines/player";
import { createAppStore, STORAGE_KEY } from "@/store/appStore";
import { openPage, type OpenedPage } from "./browser";

/** The saved state (the value of localStorage["atelier-grc"]) after the answer key but its last `keepLast` moves. */
export function savedGame(scenario: Scenario, keepLast = 1): string {
  const { events } = solveScenario(scenario);
  const actor = startPlayer(scenario);
  for (const event of events.slice(0, events.length - keepLast)) actor.send(event);
  if (actor.getSnapshot().status !== "active") throw new Error(`la partie de « ${scenario.id} » n'est plus ouverte`);
  const memory = new Map<string, string>();
  const store = createAppStore(() => ({ getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value), removeItem: (key) => void memory.delete(key) }));
  store.getState().saveAttempt(scenario.id, persistGame(actor, scenario));
  actor.stop();
  const saved = memory.get(STORAGE_KEY);
  if (saved === undefined) throw new Error("la sauvegarde n'a pas été écrite");
  return saved;
}

/** Every page of the context starts with this saved game in its localStorage. */
export async function seedSavedGame(context: BrowserContext, saved: string): Promise<void> {
  await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, saved] as const);
}

/** A bundled scenario (scenarios/*.json) by its id. */
export function bundledScenario(id: string): Scenario {
  for (const file of readdirSync("scenarios").filter((name) => /^\d.*\.json$/u.test(name) && !name.endsWith(".actions.json"))) {
    const parsed = parseScenarioText(readFileSync(`scenarios/${file}`, "utf8"), file);
    if (parsed.ok && parsed.scenario.id === id) return parsed.scenario;
  }
  throw new Error(`scénario « ${id} » introuvable dans scenarios/`);
}

/** The player of a bundled scenario, opened on the engine's answer key played but its last `keepLast` moves. */
export async function openSavedGame(browser: Browser, siteUrl: string, id: string, viewport?: { width: number; height: number }, keepLast = 1): Promise<OpenedPage> {
  const opened = await openPage(browser, viewport);
  await seedSavedGame(opened.context, savedGame(bundledScenario(id), keepLast));
  await opened.page.goto(`${siteUrl}/scenarios/${id}/`, { waitUntil: "networkidle" });
  return opened;
}
