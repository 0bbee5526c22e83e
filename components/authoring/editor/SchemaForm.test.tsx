// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { quizFieldLabel } from "./quizLabels";
import { FieldLabelsProvider, FieldNode } from "./SchemaForm";
import type { JsonSchema } from "./schemaNode";

afterEach(cleanup);

/** An order's lines, each named by its designation, edited as the editor holds its draft. */
const LINES: JsonSchema = { type: "array", items: { type: "object", properties: { description: { type: "string" } }, required: ["description"] } };

function Lines({ initial, onValue }: { initial: unknown[]; onValue: (value: unknown) => void }) {
  const [value, setValue] = useState<unknown>(initial);
  const change = (next: unknown) => {
    onValue(next);
    setValue(next);
  };
  return <FieldNode node={LINES} value={value} onChange={change} path={["lines"]} labelKey="lines" optional={false} />;
}

function lines(...descriptions: string[]) {
  const onValue = vi.fn();
  render(<Lines initial={descriptions.map((description) => ({ description }))} onValue={onValue} />);
  return { descriptions: () => (onValue.mock.lastCall?.[0] as { description: string }[]).map((line) => line.description) };
}

/** Pressed as a keyboard user does: the focus on the button, then its click; then the frame where the focus is given back. */
async function press(name: string) {
  const button = screen.getByRole("button", { name });
  button.focus();
  fireEvent.click(button);
  await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
}

describe("the items of a list in the editor, moved and removed with the keyboard", () => {
  it("moves an item up twice in a row: the focus follows it, and takes its « Descendre » once it is first", async () => {
    const list = lines("Cahier", "Stylo", "Classeur");
    await press("Monter\u00a0: Ligne 3 — Classeur");
    expect(list.descriptions()).toEqual(["Cahier", "Classeur", "Stylo"]);
    expect(screen.getByRole("button", { name: "Monter\u00a0: Ligne 2 — Classeur" })).toHaveFocus();
    await press("Monter\u00a0: Ligne 2 — Classeur");
    expect(list.descriptions()).toEqual(["Classeur", "Cahier", "Stylo"]);
    expect(screen.getByRole("button", { name: "Descendre\u00a0: Ligne 1 — Classeur" })).toHaveFocus();
    // First already, its « Monter » is unavailable: pressed, nothing moves and the focus stays on it.
    const up = screen.getByRole("button", { name: "Monter\u00a0: Ligne 1 — Classeur" });
    expect(up).toHaveAttribute("aria-disabled", "true");
    await press("Monter\u00a0: Ligne 1 — Classeur");
    expect(list.descriptions()).toEqual(["Classeur", "Cahier", "Stylo"]);
    expect(up).toHaveFocus();
  });

  it("moves an item down: the focus follows it, and takes its « Monter » once it is last", async () => {
    const list = lines("Cahier", "Stylo", "Classeur");
    await press("Descendre\u00a0: Ligne 1 — Cahier");
    expect(list.descriptions()).toEqual(["Stylo", "Cahier", "Classeur"]);
    expect(screen.getByRole("button", { name: "Descendre\u00a0: Ligne 2 — Cahier" })).toHaveFocus();
    await press("Descendre\u00a0: Ligne 2 — Cahier");
    expect(list.descriptions()).toEqual(["Stylo", "Classeur", "Cahier"]);
    expect(screen.getByRole("button", { name: "Monter\u00a0: Ligne 3 — Cahier" })).toHaveFocus();
  });

  it("after a removal, gives the focus to the item that took its place, then the one before, then « Ajouter »", async () => {
    const list = lines("Cahier", "Stylo", "Classeur");
    await press("Supprimer\u00a0: Ligne 2 — Stylo");
    expect(list.descriptions()).toEqual(["Cahier", "Classeur"]);
    expect(screen.getByRole("button", { name: "Supprimer\u00a0: Ligne 2 — Classeur" })).toHaveFocus();
    await press("Supprimer\u00a0: Ligne 2 — Classeur");
    expect(list.descriptions()).toEqual(["Cahier"]);
    expect(screen.getByRole("button", { name: "Supprimer\u00a0: Ligne 1 — Cahier" })).toHaveFocus();
    await press("Supprimer\u00a0: Ligne 1 — Cahier");
    expect(list.descriptions()).toEqual([]);
    expect(screen.getByRole("button", { name: "Ajouter\u00a0: ligne" })).toHaveFocus();
  });
});

describe("a date of the form, typed as French writes it", () => {
  function DateField({ initial, onValue }: { initial: unknown; onValue: (value: unknown) => void }) {
    const [value, setValue] = useState<unknown>(initial);
    const change = (next: unknown) => {
      onValue(next);
      setValue(next);
    };
    return <FieldNode node={{ type: "string" }} value={value} onChange={change} path={["order", "receivedOn"]} labelKey="order.receivedOn" optional={false} />;
  }

  it("shows the file's date in French, keeps what is typed, and stores the file's form, a day the month lacks included", () => {
    const onValue = vi.fn();
    render(<DateField initial="2026-11-28" onValue={onValue} />);
    const field = screen.getByLabelText("Reçue le");
    expect(field).toHaveAttribute("type", "text");
    expect(field).toHaveValue("28/11/2026");
    const typed = (text: string) => {
      fireEvent.change(field, { target: { value: text } });
      return onValue.mock.lastCall?.[0] as unknown;
    };
    expect(typed("1/2/2026")).toBe("2026-02-01");
    expect(field).toHaveValue("1/2/2026");
    // Kept in the file's form, the check then says that it does not exist.
    expect(typed("31/02/2026")).toBe("2026-02-31");
    expect(typed("31.12.2026")).toBe("2026-12-31");
    expect(typed("2026-12-31")).toBe("2026-12-31");
    expect(typed("31/02/26")).toBe("31/02/26");
    // A required date emptied is "", for the check to say it is required.
    expect(typed("")).toBe("");
  });

  it("reads a date question's answer as a date, a calculation's as a number, under the same words", () => {
    const onValue = vi.fn();
    const answer = (node: JsonSchema, value: unknown) =>
      render(
        <FieldLabelsProvider value={quizFieldLabel}>
          <FieldNode node={node} value={value} onChange={onValue} path={["questions", 0, "answer"]} labelKey="questions[].answer" optional={false} />
        </FieldLabelsProvider>,
      );
    answer({ type: "string" }, "2026-11-30");
    expect(screen.getByLabelText("Réponse attendue")).toHaveValue("30/11/2026");
    fireEvent.change(screen.getByLabelText("Réponse attendue"), { target: { value: "31/12/2026" } });
    expect(onValue).toHaveBeenLastCalledWith("2026-12-31");
    cleanup();
    answer({ type: "number" }, 1005.48);
    expect(screen.getByLabelText("Réponse attendue")).toHaveValue("1005,48");
    fireEvent.change(screen.getByLabelText("Réponse attendue"), { target: { value: "12,5" } });
    expect(onValue).toHaveBeenLastCalledWith(12.5);
  });
});
