// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { InvoiceCalculator } from "./InvoiceCalculator";

afterEach(cleanup);

function cascadeRows() {
  const table = screen.getByRole("table", { name: "La cascade de calcul" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent?.replace(/\s/gu, " ")));
}

describe("InvoiceCalculator", () => {
  it("opens on the course's worked example, computed to the cent", () => {
    render(<InvoiceCalculator />);
    const rows = cascadeRows();
    expect(rows).toContainEqual(["Net commercial HT", "837,90"]);
    expect(rows).toContainEqual(["Total TTC", "1 005,48"]);
    expect(rows.at(-1)).toEqual(["Net à payer", "1 005,48"]);
  });

  it("says in French what is wrong with a typed amount, and where", () => {
    render(<InvoiceCalculator />);
    const price = screen.getByLabelText("Prix unitaire HT, ligne 1");
    fireEvent.change(price, { target: { value: "1.234" } });
    expect(price).toHaveAttribute("aria-invalid", "true");
    expect(price.getAttribute("aria-describedby")).toBe("line-0-unitPrice-error");
    expect(document.getElementById("line-0-unitPrice-error")?.textContent).toMatch(/ambigu/);
    expect(screen.getByRole("alert").textContent).toMatch(/Corrigez les champs signalés en rouge \(1\)/);
    fireEvent.change(price, { target: { value: "1 234,50" } });
    expect(price).not.toHaveAttribute("aria-invalid");
    expect(cascadeRows()).toContainEqual(["Montant brut HT", "4 938,00"]);
  });

  it("adds a line at another VAT rate and shows VAT per rate", () => {
    render(<InvoiceCalculator />);
    fireEvent.click(screen.getByRole("button", { name: "Revenir à l'exemple du cours" }));
    fireEvent.change(screen.getByLabelText("Remises (%)"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une ligne" }));
    fireEvent.change(screen.getByLabelText("Prix unitaire HT, ligne 2"), { target: { value: "100" } });
    fireEvent.change(screen.getByLabelText("Taux de TVA, ligne 2"), { target: { value: "5.5" } });
    const rows = cascadeRows();
    expect(rows).toContainEqual(["Total HT", "1 100,00"]);
    expect(rows.filter((row) => row[0]?.startsWith("TVA "))).toHaveLength(2);
    expect(rows).toContainEqual(["Total TTC", "1 305,50"]);
  });

  it("keeps the keyboard's focus on the lines when one is removed: the line that took its place, the one before, the last one left", async () => {
    render(<InvoiceCalculator />);
    fireEvent.click(screen.getByRole("button", { name: "Revenir à l'exemple du cours" }));
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une ligne" }));
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une ligne" }));
    const press = async (name: string) => {
      const button = screen.getByRole("button", { name });
      button.focus();
      fireEvent.click(button);
      await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    };
    await press("Supprimer la ligne 3");
    expect(screen.getByRole("button", { name: "Supprimer la ligne 2" })).toHaveFocus();
    await press("Supprimer la ligne 1");
    const last = screen.getByRole("button", { name: "Supprimer la ligne 1" });
    expect(last).toHaveFocus();
    // The last line cannot be removed: unavailable, the focus stays on it.
    expect(last).toHaveAttribute("aria-disabled", "true");
    await press("Supprimer la ligne 1");
    expect(screen.getByLabelText("Prix unitaire HT, ligne 1")).toBeInTheDocument();
    expect(last).toHaveFocus();
  });
});
