// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HintPanel } from "./HintPanel";

afterEach(cleanup);

const HINT = "L'encours du client compte les factures non réglées et la commande reçue.";

describe("the hints of a decision", () => {
  it("asks the stage for a hint, and reads out the hint given where it appears", () => {
    const send = vi.fn();
    const view = render(<HintPanel stageActor={{ send }} hints={[]} canAsk />);
    fireEvent.click(screen.getByRole("button", { name: "Demander un indice (−1 point)" }));
    expect(send).toHaveBeenCalledWith({ type: "learner.hintRequested" });
    view.rerender(<HintPanel stageActor={{ send }} hints={[HINT]} canAsk />);
    const live = screen.getByRole("region", { name: "Indices" }).querySelector("[aria-live='polite']") as HTMLElement;
    expect(within(live).getByRole("listitem")).toHaveTextContent(HINT);
  });

  it("keeps the focus on its button once no hint is left, and asks nothing more", () => {
    const send = vi.fn();
    const view = render(<HintPanel stageActor={{ send }} hints={[]} canAsk />);
    const button = screen.getByRole("button", { name: "Demander un indice (−1 point)" });
    button.focus();
    view.rerender(<HintPanel stageActor={{ send }} hints={[HINT]} canAsk={false} />);
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(button);
    expect(send).not.toHaveBeenCalled();
  });

  it("says on screen why no hint can be asked, and gives it as the button's description", () => {
    const view = render(<HintPanel stageActor={{ send: vi.fn() }} hints={[]} canAsk />);
    const button = screen.getByRole("button", { name: "Demander un indice (−1 point)" });
    expect(screen.getByText("Aucun indice demandé pour cette décision.")).toBeVisible();
    expect(button).not.toHaveAccessibleDescription();
    view.rerender(<HintPanel stageActor={{ send: vi.fn() }} hints={[HINT, "Comparez avec le plafond."]} canAsk={false} />);
    expect(screen.getByText("Plus d'indice pour cette décision.")).toBeVisible();
    expect(button).toHaveAccessibleDescription("Plus d'indice pour cette décision.");
    expect(screen.queryByText("Aucun indice demandé pour cette décision.")).toBeNull();
    // No point to help on (a stage waiting for its supplies): nothing was asked, nothing can be.
    view.rerender(<HintPanel stageActor={{ send: vi.fn() }} hints={[]} canAsk={false} />);
    expect(button).toHaveAccessibleDescription("Pas d'indice à ce moment.");
    expect(screen.queryByText("Aucun indice demandé pour cette décision.")).toBeNull();
  });
});
