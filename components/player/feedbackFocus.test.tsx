// @vitest-environment jsdom
/**
 * Where the focus goes around a decision (issue 15, docs/decisions/0129): to the heading of a NEW
 * feedback (never of one restored by a reload), smoothly scrolled unless the learner asked for less
 * motion; to the task's heading after « Recommencer le scénario ».
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { loadStagePanels } from "@/components/stages/StagePanel";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { STAGE_IDS, STAGE_LABELS, type Scenario, type TraceEntry } from "@/domain";
import { findScenario } from "@/components/catalog/catalog";
import { solveScenario } from "@/machines/answerKey";
import { persistGame } from "@/machines/persistedGame";
import { sendAll, startPlayer } from "@/machines/player";
import { appStore } from "@/store/useAppStore";
import { nearestScroll } from "@/components/ui/bringIntoView";
import { useFeedbackFocus } from "./feedbackFocus";
import { PlayerWorkspace } from "./PlayerWorkspace";
import { forgetSavedGames } from "@/test/savedGames";

const ID = "depassement-d-encours";
const scenario = findScenario(ID) as Scenario;

/** The trace entries of the engine's key for the scenario: real decisions, in their order. */
function keyEntries(): TraceEntry[] {
  const actor = startPlayer(scenario);
  sendAll(actor, solveScenario(scenario).steps.slice(0, 3).map((step) => step.event));
  const running = actor.getSnapshot().children;
  actor.stop();
  const entries = Object.values(running).flatMap((child) => (child?.getSnapshot().context as { trace?: TraceEntry[] } | undefined)?.trace ?? []);
  expect(entries.length).toBe(3);
  return entries;
}

/** One frame of jsdom's clock: what `focusNextFrame` waits for. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function Feedback({ entry }: { entry: TraceEntry | null | undefined }) {
  const heading = useFeedbackFocus(entry);
  return (
    <section aria-labelledby="titre">
      <h3 id="titre" ref={heading} tabIndex={-1}>
        Retour
      </h3>
    </section>
  );
}

const scrolls = vi.fn();
const realBox = Element.prototype.getBoundingClientRect;
beforeEach(async () => {
  scrolls.mockClear();
  window.scrollBy = scrolls as typeof window.scrollBy;
  // jsdom lays nothing out: every box stands 132 px below a window of 768 px (innerHeight of jsdom).
  Element.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 800, width: 300, height: 100 });
  await appStore().persist.rehydrate();
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = realBox;
  cleanup();
  vi.unstubAllGlobals();
  forgetSavedGames();
});

describe("useFeedbackFocus", () => {
  it("leaves alone the feedback present at mount (a reload), focuses a new one, not the same one again", async () => {
    const [first, second] = keyEntries();
    const view = render(<Feedback entry={first} />);
    const heading = screen.getByRole("heading", { name: "Retour" });
    await nextFrame();
    expect(document.activeElement).toBe(document.body);
    view.rerender(<Feedback entry={first} />);
    await nextFrame();
    expect(document.activeElement).toBe(document.body);
    view.rerender(<Feedback entry={second} />);
    // Not in the effect (it would force a layout): on the next frame.
    expect(document.activeElement).toBe(document.body);
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    // On the next frame.
    await vi.waitFor(() => expect(scrolls).toHaveBeenCalledExactlyOnceWith({ top: 900 - window.innerHeight, behavior: "smooth" }));
    heading.blur();
    view.rerender(<Feedback entry={second} />);
    await nextFrame();
    expect(document.activeElement).toBe(document.body);
  });

  it("a stage that starts with no feedback, then its first decision: focused, without smooth scrolling when motion is reduced", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: query === "(prefers-reduced-motion: reduce)" }));
    const [, , third] = keyEntries();
    const view = render(<Feedback entry={undefined} />);
    view.rerender(<Feedback entry={null} />);
    await nextFrame();
    expect(document.activeElement).toBe(document.body);
    view.rerender(<Feedback entry={third} />);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Retour" })));
    await vi.waitFor(() => expect(scrolls).toHaveBeenCalledExactlyOnceWith({ top: 900 - window.innerHeight, behavior: "auto" }));
  });
});

describe("nearestScroll: the distance that shows a block in a view, by its nearest edge", () => {
  it("nothing when it shows; down to its bottom when below; up to its top when above or taller than the view", () => {
    expect(nearestScroll(100, 300, 0, 768)).toBe(0);
    expect(nearestScroll(800, 900, 0, 768)).toBe(132);
    expect(nearestScroll(-280, -156, 0, 768)).toBe(-280);
    expect(nearestScroll(500, 1500, 0, 768)).toBe(500);
    // Within a panel from 12 to 756 px.
    expect(nearestScroll(-56, 68, 12, 756)).toBe(-68);
  });
});

describe("the workspace", () => {
  // The page fetches each stage panel's chunk before it shows it (StagePanel.tsx): here, once for the file.
  beforeAll(() => loadStagePanels(STAGE_IDS));
  it("a game reloaded after three decisions keeps its feedback without taking the focus; « Recommencer » gives it to the task's heading", async () => {
    const actor = startPlayer(scenario);
    sendAll(actor, solveScenario(scenario).steps.slice(0, 3).map((step) => step.event));
    appStore().getState().saveAttempt(ID, persistGame(actor, scenario));
    actor.stop();
    render(<PlayerWorkspace scenario={scenario} />);
    expect(await screen.findByRole("region", { name: "Bonne réponse — 2 / 2 points" })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);

    fireEvent.click(screen.getByRole("button", { name: "Recommencer le scénario" }));
    fireEvent.click(screen.getByRole("button", { name: "Oui, recommencer" }));
    await vi.waitFor(() => expect(screen.queryByRole("region", { name: /réponse/u })).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: STAGE_LABELS.orderIntake })));
  });

  it("« Recommencer le scénario » asks first with the focus on « Non », the harmless answer; « Non » gives the focus back to the button", async () => {
    render(<PlayerWorkspace scenario={scenario} />);
    fireEvent.click(await screen.findByRole("button", { name: "Recommencer le scénario" }));
    const question = screen.getByRole("group", { name: "Tout recommencer\u00a0?" });
    expect(within(question).getByRole("button", { name: "Non" })).toHaveFocus();
    fireEvent.click(within(question).getByRole("button", { name: "Non" }));
    expect(screen.queryByRole("group", { name: "Tout recommencer\u00a0?" })).toBeNull();
    expect(screen.getByRole("button", { name: "Recommencer le scénario" })).toHaveFocus();
  });
});
