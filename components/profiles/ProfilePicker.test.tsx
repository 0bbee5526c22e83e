// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PROFILES_KEY, readProfiles } from "@/store/profiles";
import { ProfilePicker } from "./ProfilePicker";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A learner's line of the list. */
function item(pseudonym: string): HTMLElement {
  const found = screen.getAllByRole("listitem").find((line) => line.querySelector(".profile-name strong")?.textContent === pseudonym);
  if (!found) throw new Error(`pas de ligne pour ${pseudonym}`);
  return found;
}

function create(pseudonym: string) {
  fireEvent.change(screen.getByRole("textbox", { name: /Pseudonyme/u }), { target: { value: pseudonym } });
  fireEvent.click(screen.getByRole("button", { name: "Créer et travailler sous ce nom" }));
}

describe("the learners of a shared computer", () => {
  it("creates the first learner, who keeps the browser's save, and reloads the page to work under that name", () => {
    const reload = vi.fn();
    render(<ProfilePicker reload={reload} />);
    expect(screen.getByText("La progression déjà faite dans ce navigateur devient celle de ce premier élève.")).toBeTruthy();
    create("  Camille ");
    expect(reload).toHaveBeenCalledTimes(1);
    expect(readProfiles()).toMatchObject({ profiles: [{ pseudonym: "Camille", saveKey: "atelier-grc" }] });
    expect(screen.getByText("vous travaillez sous ce nom")).toBeTruthy();
  });

  it("refuses a pseudonym already taken, whatever its case, at the field and without reloading", () => {
    const reload = vi.fn();
    render(<ProfilePicker reload={reload} />);
    create("Camille");
    create("CAMILLE");
    expect(reload).toHaveBeenCalledTimes(1);
    const field = screen.getByRole("textbox", { name: /Pseudonyme/u });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Le pseudonyme « Camille » est déjà pris sur cet ordinateur : choisissez-le dans la liste ou écrivez-en un autre.")).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it("switches to another learner, renames one, and deletes one with its save after confirmation", () => {
    const reload = vi.fn();
    render(<ProfilePicker reload={reload} />);
    create("Camille");
    create("Inès");
    const [camille, ines] = readProfiles().profiles;
    expect(readProfiles().current).toBe(ines?.id);
    localStorage.setItem("atelier-grc", "{}");
    const camilleRow = item("Camille");
    fireEvent.click(within(camilleRow).getByRole("button", { name: /^Travailler sous ce nom/u }));
    expect(readProfiles().current).toBe(camille?.id);
    expect(reload).toHaveBeenCalledTimes(3);

    const inesItem = item("Inès");
    fireEvent.click(within(inesItem).getByRole("button", { name: /^Renommer/u }));
    fireEvent.change(screen.getByRole("textbox", { name: /Nouveau pseudonyme de Inès/u }), { target: { value: "Inès B." } });
    fireEvent.click(screen.getByRole("button", { name: "Renommer" }));
    expect(screen.getByRole("status").textContent).toBe("«\u00a0Inès\u00a0» s'appelle maintenant «\u00a0Inès B.\u00a0».");

    const camilleItem = item("Camille");
    fireEvent.click(within(camilleItem).getByRole("button", { name: /^Supprimer/u }));
    expect(within(camilleItem).getByRole("group").textContent).toContain("Supprimer «\u00a0Camille\u00a0» et toute sa progression sur cet ordinateur\u00a0?");
    fireEvent.click(within(camilleItem).getByRole("button", { name: "Oui, supprimer" }));
    expect(localStorage.getItem("atelier-grc")).toBeNull();
    expect(JSON.parse(localStorage.getItem(PROFILES_KEY) ?? "null")).toMatchObject({ profiles: [{ pseudonym: "Inès B." }], current: ines?.id });
    expect(reload).toHaveBeenCalledTimes(4);
  });
});
