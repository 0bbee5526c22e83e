// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FileDropZone } from "./FileDropZone";

afterEach(cleanup);

const fileOf = (name: string) => new File(["{}"], name, { type: "application/json" });

function zone(busy = false) {
  const onFiles = vi.fn();
  const view = render(
    <FileDropZone prompt="Déposez ici vos fichiers :" label="Fichiers à importer" busy={busy} onFiles={onFiles}>
      <p>Chaque fichier est vérifié.</p>
    </FileDropZone>,
  );
  return { onFiles, view, input: screen.getByLabelText<HTMLInputElement>("Fichiers à importer") };
}

describe("a zone of files to drop or choose", () => {
  it("names its input by the label alone and shows the site's own button, in French, beside it", () => {
    const { input } = zone();
    expect(input.type).toBe("file");
    expect(input.multiple).toBe(true);
    const labels = [...(input.labels ?? [])];
    expect(labels.map((label) => label.textContent)).toEqual(["Fichiers à importer", "Choisir des fichiers…"]);
    // The button is for the pointer: hidden from the name a screen reader gives the input.
    expect(labels[1]?.getAttribute("aria-hidden")).toBe("true");
    expect(labels[1]?.className).toContain("button");
  });

  it("hands over the files chosen, then empties the input so that the same file can be chosen again", () => {
    const { input, onFiles } = zone();
    const files = [fileOf("a.json"), fileOf("b.json")];
    fireEvent.change(input, { target: { files } });
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(input.value).toBe("");
  });

  it("hands over the files dropped on it", () => {
    const { view, onFiles } = zone();
    const files = [fileOf("c.json")];
    fireEvent.drop(view.container.querySelector(".drop-zone") as HTMLElement, { dataTransfer: { files } });
    expect(onFiles).toHaveBeenCalledWith(files);
  });

  it("says it is reading while busy, its input unavailable but keeping the focus", () => {
    const { input, view, onFiles } = zone(true);
    expect([...(input.labels ?? [])].map((label) => label.textContent)).toEqual(["Fichiers à importer", "Lecture des fichiers…"]);
    expect(input).toHaveAttribute("aria-disabled", "true");
    // Not disabled: a disabled input loses the focus it had when the files were chosen.
    input.focus();
    expect(input).toHaveFocus();
    // No file chooser opens, and nothing dropped is taken.
    expect(fireEvent.click(input)).toBe(false);
    fireEvent.drop(view.container.querySelector(".drop-zone") as HTMLElement, { dataTransfer: { files: [fileOf("d.json")] } });
    expect(onFiles).not.toHaveBeenCalled();
  });

  it("opens the file chooser when not busy", () => {
    const { input } = zone();
    expect(input).toHaveAttribute("aria-disabled", "false");
    expect(fireEvent.click(input)).toBe(true);
  });
});
