// @vitest-environment jsdom
/**
 * The game is written after a decision when the browser is idle, not in the click that shows the
 * feedback (issue 16, docs/decisions/0136), and at once when the page is left or hidden: nothing is
 * lost on a reload. The decision's time is the move's, not the write's.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Scenario } from "@/domain";
import { findScenario } from "@/components/catalog/catalog";
import { solveScenario } from "@/machines/answerKey";
import { persistGame } from "@/machines/persistedGame";
import { sendAll, startPlayer } from "@/machines/player";
import { STORAGE_KEY } from "@/store/appStore";
import { appStore } from "@/store/useAppStore";
import { PlayerWorkspace } from "./PlayerWorkspace";
import { forgetSavedGames } from "@/test/savedGames";

const ID = "depassement-d-encours";
const scenario = findScenario(ID) as Scenario;

const timedDecisions = () => appStore().getState().attempts[ID]?.decisionMs?.length ?? 0;

/** The account found (the first check, saved), then the solvency judged sound with its button; the decisions saved before that click. */
async function decideSolvency(): Promise<number> {
  const actor = startPlayer(scenario);
  sendAll(actor, solveScenario(scenario).events.slice(0, 1));
  appStore().getState().saveAttempt(ID, persistGame(actor, scenario));
  actor.stop();
  render(<PlayerWorkspace scenario={scenario} />);
  fireEvent.click(await screen.findByRole("radio", { name: /^Solvabilité saine/u }));
  const before = timedDecisions();
  act(() => fireEvent.click(screen.getByRole("button", { name: "Valider la solvabilité" })));
  expect(screen.getByRole("region", { name: /^Bonne réponse — /u })).toBeTruthy();
  return before;
}

beforeEach(async () => {
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  forgetSavedGames();
});

describe("the saved game after a decision", () => {
  it("is not written in the click that shows the feedback, then is written when the browser is idle", async () => {
    const before = await decideSolvency();
    expect(timedDecisions()).toBe(before);
    await waitFor(() => expect(timedDecisions()).toBe(before + 1));
    expect(appStore().getState().attempts[ID]?.decisionMs?.at(-1)).toBeLessThan(60_000);
  });

  it("is written at once when the page is left (a reload, a closed tab)", async () => {
    const before = await decideSolvency();
    act(() => void window.dispatchEvent(new Event("pagehide")));
    expect(timedDecisions()).toBe(before + 1);
  });

  it("is written at once when the page is hidden (another tab, a phone's home screen)", async () => {
    const before = await decideSolvency();
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    try {
      act(() => void document.dispatchEvent(new Event("visibilitychange")));
      expect(timedDecisions()).toBe(before + 1);
    } finally {
      Reflect.deleteProperty(document, "visibilityState");
    }
  });

  it("is written before « Recommencer » starts again, not after it over the new game", async () => {
    const before = await decideSolvency();
    fireEvent.click(screen.getByRole("button", { name: "Recommencer le scénario" }));
    const written: number[] = [];
    const stop = appStore().subscribe((state) => written.push(state.attempts[ID]?.decisionMs?.length ?? 0));
    act(() => fireEvent.click(screen.getByRole("button", { name: "Oui, recommencer" })));
    stop();
    // The last move first, then the fresh game: no decision written over it afterwards.
    expect(written[0]).toBe(before + 1);
    await waitFor(() => expect(appStore().getState().attempts[ID]?.runs).toBe(2));
    expect(timedDecisions()).toBe(0);
  });

  it("the move that ends the game: the end screen counts this attempt at once; the store's text is not written in the click, but when the page goes (docs/decisions/0150)", async () => {
    const events = solveScenario(scenario).events;
    const actor = startPlayer(scenario);
    sendAll(actor, events.slice(0, -1));
    appStore().getState().saveAttempt(ID, persistGame(actor, scenario));
    actor.stop();
    render(<PlayerWorkspace scenario={scenario} />);
    fireEvent.click(await screen.findByRole("radio", { name: "Accepter sous conditions" }));
    act(() => appStore().flushWrites());
    const writtenStatus = () => (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as { state: { attempts: Record<string, { status: string }> } } | null)?.state.attempts[ID]?.status;
    expect(writtenStatus()).toBe("inProgress");
    act(() => fireEvent.click(screen.getByRole("button", { name: "Accepter sous conditions" })));
    expect(appStore().getState().attempts[ID]).toMatchObject({ status: "done", score: { percent: 100 } });
    expect(writtenStatus()).toBe("inProgress");
    act(() => void window.dispatchEvent(new Event("pagehide")));
    expect(writtenStatus()).toBe("done");
  });
});
