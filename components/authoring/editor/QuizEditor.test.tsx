// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BLANK_DOCUMENTS } from "../library/templates";
import { QuizEditor } from "./QuizEditor";
import { addedRecord, setUpEditorTests } from "./editorTestSetup";
import { GENERATOR_CHOICES, NOTION_CHOICES } from "./quizLabels";

setUpEditorTests();

const blankQuiz = () => addedRecord(BLANK_DOCUMENTS.quiz);

async function openEditor(id: string) {
  render(<QuizEditor source={{ id }} onCreated={() => {}} />);
  await screen.findByText(/point(s)? à corriger|Le questionnaire est jouable/u, { selector: "h2" }, { timeout: 15_000 });
}

function section(title: string): HTMLElement {
  const details = screen.getByText(title, { selector: "summary" }).closest("details");
  if (details === null) throw new Error(`no section ${title}`);
  details.open = true;
  return details;
}

const previewPanel = () => screen.getByRole("complementary", { name: "Aperçu de la question" });
const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe("the quiz editor", { timeout: 30_000 }, () => {
  it("adds a true/false question, says under the empty statement what is wrong, keeps it on reload and previews it", async () => {
    const id = await blankQuiz();
    await openEditor(id);
    type(within(section("Présentation")).getByLabelText("Résumé"), "Les bases de la relation client.");

    const questions = section("Questions écrites");
    fireEvent.click(within(questions).getByText("Ajouter : question"));
    const typeSelect = within(questions).getByLabelText("Type de question");
    const trueFalse = within(typeSelect).getByText("vrai ou faux") as HTMLOptionElement;
    fireEvent.change(typeSelect, { target: { value: trueFalse.value } });
    type(within(questions).getByLabelText("Identifiant de la question"), "pgi-base-unique");
    type(within(questions).getByLabelText("Notion"), String(NOTION_CHOICES.indexOf("erp")));
    type(within(questions).getByLabelText("Explication"), "Tous les services lisent et écrivent la même base.");

    const prompt = within(questions).getByLabelText("Énoncé");
    await waitFor(() => expect(prompt).toHaveAttribute("aria-invalid", "true"), { timeout: 10_000 });
    expect(prompt).toHaveAccessibleDescription(expect.stringContaining("texte vide (des espaces seuls ne comptent pas)"));
    expect(screen.getByText("Questions écrites › Question 1 › Énoncé", { selector: "button" })).toBeInTheDocument();
    // The single choice's « Bonne réponse » (an option's id) is not carried into the true/false one (true or false).
    expect(screen.queryByText(/booléen attendu/u)).toBeNull();
    expect(within(questions).getByLabelText("Bonne réponse")).not.toBeChecked();

    type(prompt, "Le PGI repose sur une base de données unique.");
    fireEvent.click(within(questions).getByLabelText("Bonne réponse"));
    await screen.findByText("Le questionnaire est jouable", { selector: "h2" }, { timeout: 10_000 });
    expect(prompt).not.toHaveAttribute("aria-invalid");

    // The preview's widgets are loaded by import(): on a loaded machine, after the summary.
    expect(await within(previewPanel()).findByText("Le PGI repose sur une base de données unique.", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(previewPanel()).getByRole("radio", { name: "Vrai" })).toBeInTheDocument();
    expect(within(previewPanel()).getByText("Réponse attendue :").closest("p")).toHaveTextContent("Réponse attendue : Vrai");
    fireEvent.click(within(previewPanel()).getByRole("radio", { name: "Faux" }));
    fireEvent.click(within(previewPanel()).getByText("Vérifier ma réponse"));
    expect(within(previewPanel()).getByText("Réponse à revoir")).toBeInTheDocument();

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^Enregistré à/u), { timeout: 10_000 });
    cleanup();
    await openEditor(id);
    await screen.findByText("Le questionnaire est jouable", { selector: "h2" }, { timeout: 10_000 });
    expect(within(section("Questions écrites")).getByLabelText("Énoncé")).toHaveValue("Le PGI repose sur une base de données unique.");
    // The preview's widgets are loaded by import(): on a loaded machine, after the summary.
    expect(await within(previewPanel()).findByText("Le PGI repose sur une base de données unique.", {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it("draws an example of a generator from a seed, with the engine's worked solution", async () => {
    await openEditor(await blankQuiz());
    const generators = section("Questions générées");
    fireEvent.click(within(generators).getByRole("button", { name: "Ajouter\u00a0: Questions générées" }));
    fireEvent.click(within(generators).getByRole("button", { name: "Ajouter\u00a0: générateur" }));
    expect(within(generators).getByLabelText("Nombre de questions tirées")).toHaveValue("1");
    const generator = within(generators).getByLabelText("Générateur");
    type(generator, String(GENERATOR_CHOICES.indexOf("acompte")));
    fireEvent.focus(generator);

    const panel = previewPanel();
    await within(panel).findByText(/Générateur 1 — /u);
    const first = within(panel).getByText("Explication :").closest("p")?.textContent;
    fireEvent.click(within(panel).getByText("Autre exemple"));
    expect(within(panel).getByLabelText("Graine de l'exemple")).toHaveValue(2);
    expect(within(panel).getByText("Explication :").closest("p")?.textContent).not.toBe(first);
  });
});
