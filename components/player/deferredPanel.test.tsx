// @vitest-environment jsdom
/**
 * Issue 16, item 2 (docs/decisions/0153): a decision's feedback is drawn in the click, the stage's
 * next form in a render of its own just after, so that the feedback paints without waiting for it.
 * Meanwhile the old form is inert: a second click on it sends nothing to the machine, which would
 * otherwise judge a check already answered as out of order. Played outside `act`, as a browser runs
 * it: `act` would draw both renders before the test could look.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { STAGE_IDS, type Scenario } from "@/domain";
import { findScenario } from "@/components/catalog/catalog";
import { loadStagePanels } from "@/components/stages/StagePanel";
import { appStore } from "@/store/useAppStore";
import { PlayerWorkspace } from "./PlayerWorkspace";
import { forgetSavedGames } from "@/test/savedGames";

const scenario = findScenario("depassement-d-encours") as Scenario;

type ActFlag = { IS_REACT_ACT_ENVIRONMENT?: boolean };

/** A click as the browser delivers it, with React scheduling its renders itself. */
function clickOutsideAct(button: HTMLElement): void {
  const flags = globalThis as ActFlag;
  const before = flags.IS_REACT_ACT_ENVIRONMENT;
  flags.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    button.click();
  } finally {
    flags.IS_REACT_ACT_ENVIRONMENT = before;
  }
}

const frame = () => document.querySelector(".stage-panel-frame") as HTMLElement;

beforeAll(() => loadStagePanels(STAGE_IDS));
beforeEach(async () => {
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  forgetSavedGames();
});

describe("the feedback first, the next form just after", () => {
  it("in the click: the feedback, and the old form made inert; then the next check, usable", async () => {
    render(<PlayerWorkspace scenario={scenario} />);
    fireEvent.click(await screen.findByLabelText("Compte trouvé dans le fichier clients"));
    fireEvent.change(screen.getByLabelText("Compte du client"), { target: { value: "C0207" } });
    const validate = screen.getByRole("button", { name: "Valider le compte client" });

    clickOutsideAct(validate);
    // React draws a click's update in a microtask at the end of the event, before the browser paints.
    await Promise.resolve();
    // Drawn in the click: the feedback; the form still the old one, inert (jsdom has no `inert`:
    // the attribute is what a browser reads to ignore the clicks).
    expect(screen.getByRole("region", { name: "Bonne réponse — 2 / 2 points" })).toBeInTheDocument();
    expect(frame()).toHaveAttribute("inert");
    expect(frame()).toContainElement(validate);

    // Just after: the next check, the frame no longer inert.
    expect(await within(frame()).findByRole("button", { name: "Valider la solvabilité" })).toBeInTheDocument();
    expect(frame()).not.toHaveAttribute("inert");
    expect(validate.isConnected).toBe(false);
    expect(screen.getByRole("region", { name: "Bonne réponse — 2 / 2 points" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: /^2\. Solvabilité/u })).toBeInTheDocument();
  });
});
