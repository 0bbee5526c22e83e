// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UnavailableButton } from "./UnavailableButton";

afterEach(cleanup);

function button(unavailable: boolean) {
  const onClick = vi.fn();
  const view = render(
    <form onSubmit={(event) => event.preventDefault()}>
      <UnavailableButton className="button" unavailable={unavailable} onClick={onClick}>
        Scénario vide
      </UnavailableButton>
    </form>,
  );
  return { onClick, view, element: screen.getByRole("button", { name: "Scénario vide" }) };
}

describe("a button that can be unavailable for a while", () => {
  it("does its action when nothing is under way, as a plain button that submits no form", () => {
    const { element, onClick } = button(false);
    expect(element).toHaveAttribute("type", "button");
    expect(element).toHaveAttribute("aria-disabled", "false");
    fireEvent.click(element);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("says it is unavailable and does nothing while unavailable, yet keeps the focus a disabled button would lose", () => {
    const { element, onClick, view } = button(false);
    element.focus();
    view.rerender(
      <form onSubmit={(event) => event.preventDefault()}>
        <UnavailableButton className="button" unavailable onClick={onClick}>
          Scénario vide
        </UnavailableButton>
      </form>,
    );
    expect(element).toHaveAttribute("aria-disabled", "true");
    expect(element).toBeEnabled();
    expect(element).toHaveFocus();
    expect(fireEvent.click(element)).toBe(false);
    expect(onClick).not.toHaveBeenCalled();
  });
});
