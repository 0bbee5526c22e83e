// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Scenario } from "@/domain";
import { findScenario } from "@/components/catalog/catalog";
import { persistGame } from "@/machines/persistedGame";
import { startPlayer } from "@/machines/player";
import { appStore } from "@/store/useAppStore";
import { PlayerWorkspace } from "./PlayerWorkspace";
import { forgetSavedGames } from "@/test/savedGames";

const ID = "depassement-d-encours";
const current = findScenario(ID) as Scenario;
/** The same scenario as a teacher edited it after the game was saved: one figure differs. */
const previousVersion: Scenario = { ...current, clock: { ...current.clock, start: "2026-01-05" } };

beforeEach(async () => {
  await appStore().persist.rehydrate();
  const actor = startPlayer(previousVersion);
  appStore().getState().saveAttempt(ID, persistGame(actor, previousVersion));
  actor.stop();
});
afterEach(() => {
  cleanup();
  forgetSavedGames();
});

describe("a saved game whose scenario changed since", () => {
  it("is not restored: the French notice takes the focus, and « Recommencer le scénario » starts afresh, setting the old game aside", async () => {
    render(<PlayerWorkspace scenario={current} />);
    const notice = await screen.findByRole("alert", { name: "Partie enregistrée sur une autre version du scénario" });
    expect(notice.textContent).toContain("Ce scénario a été modifié depuis votre dernière partie (partie enregistrée le ");
    expect(notice.textContent).toContain(")\u00a0: votre partie ne peut pas reprendre telle quelle. Si vous recommencez, elle est mise de côté");
    expect(document.activeElement).toBe(notice);
    expect(screen.queryByRole("navigation", { name: "Modules du PGI" })).toBeNull();
    const saved = appStore().getState().attempts[ID];

    // A native button inside the notice: the next Tab stop, activated by Enter or Space.
    const restart = screen.getByRole("button", { name: "Recommencer le scénario" });
    expect(notice.contains(restart)).toBe(true);
    expect(restart.tagName).toBe("BUTTON");
    act(() => fireEvent.click(restart));

    await screen.findByRole("navigation", { name: "Modules du PGI" });
    expect(screen.queryByRole("alert", { name: "Partie enregistrée sur une autre version du scénario" })).toBeNull();
    const restarted = appStore().getState().attempts[ID];
    expect(restarted?.runs).toBe(2);
    expect(restarted?.setAside).toEqual({ scenarioHash: saved?.scenarioHash, status: "inProgress", score: null, byStage: {}, savedAt: saved?.savedAt });
    expect(restarted?.scenarioHash).not.toBe(saved?.scenarioHash);
  });
});
