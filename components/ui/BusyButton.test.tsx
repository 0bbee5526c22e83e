// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BusyButton } from "./BusyButton";

afterEach(cleanup);

function button(busy: boolean) {
  const onClick = vi.fn();
  const view = render(
    <form onSubmit={(event) => event.preventDefault()}>
      <BusyButton className="button" busy={busy} onClick={onClick}>
        Scénario vide
      </BusyButton>
    </form>,
  );
  return { onClick, view, element: screen.getByRole("button", { name: "Scénario vide" }) };
}

describe("a button unavailable while some work is under way", () => {
  it("does its action when nothing is under way, as a plain button that submits no form", () => {
    const { element, onClick } = button(false);
    expect(element).toHaveAttribute("type", "button");
    expect(element).toHaveAttribute("aria-disabled", "false");
    fireEvent.click(element);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("says it is unavailable and does nothing while busy, yet keeps the focus a disabled button would lose", () => {
    const { element, onClick, view } = button(false);
    element.focus();
    view.rerender(
      <form onSubmit={(event) => event.preventDefault()}>
        <BusyButton className="button" busy onClick={onClick}>
          Scénario vide
        </BusyButton>
      </form>,
    );
    expect(element).toHaveAttribute("aria-disabled", "true");
    expect(element).toBeEnabled();
    expect(element).toHaveFocus();
    expect(fireEvent.click(element)).toBe(false);
    expect(onClick).not.toHaveBeenCalled();
  });
});
