// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BLANK_DOCUMENTS } from "../library/templates";
import { QuizEditor } from "./QuizEditor";
import { addedRecord, setUpEditorTests } from "./editorTestSetup";
import { GENERATOR_CHOICES } from "./quizLabels";

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
const optionTexts = (select: HTMLElement) => [...select.querySelectorAll("option")].map((option) => option.textContent ?? "");
/** Chooses in a select by the words it shows, as the teacher does. */
function choose(select: HTMLElement, words: string | RegExp) {
  const option = [...select.querySelectorAll("option")].find((candidate) => (typeof words === "string" ? candidate.textContent === words : words.test(candidate.textContent ?? "")));
  if (option === undefined) throw new Error(`no option ${String(words)} in ${optionTexts(select).join(" | ")}`);
  fireEvent.change(select, { target: { value: option.value } });
}
const summaryLine = (words: string) => screen.getByText(words, { selector: "a" }).closest("li");

/** A blank quiz with one single-choice question, every field written but its right answer. */
async function singleChoiceWithoutAnswer() {
  await openEditor(await blankQuiz());
  type(within(section("Présentation")).getByLabelText("Résumé"), "Les bases de la relation client.");
  const questions = section("Questions écrites");
  fireEvent.click(within(questions).getByText("Ajouter : question"));
  expect(optionTexts(within(questions).getByLabelText("Type de question"))[0]).toBe("choix unique");
  type(within(questions).getByLabelText("Identifiant de la question"), "pgi-base-unique");
  type(within(questions).getByLabelText("Énoncé"), "Que partagent les services avec un PGI ?");
  type(within(questions).getByLabelText("Explication"), "Tous les services lisent et écrivent la même base.");
  within(questions).getAllByLabelText("Identifiant de la proposition").forEach((field, i) => type(field, ["a", "b"][i] ?? ""));
  within(questions).getAllByLabelText("Texte de la proposition").forEach((field, i) => type(field, ["Une base unique", "Des fichiers"][i] ?? ""));
  return questions;
}

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
    choose(within(questions).getByLabelText("Notion"), /— Le PGI\u00a0: une base de données unique/u);
    type(within(questions).getByLabelText("Explication"), "Tous les services lisent et écrivent la même base.");

    const prompt = within(questions).getByLabelText("Énoncé");
    await waitFor(() => expect(prompt).toHaveAttribute("aria-invalid", "true"), { timeout: 10_000 });
    expect(prompt).toHaveAccessibleDescription(expect.stringContaining("texte vide (des espaces seuls ne comptent pas)"));
    expect(screen.getByText("Questions écrites › Question 1 › Énoncé", { selector: "a" })).toBeInTheDocument();
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

  it("tells which proposition ids to write when « Bonne réponse » is left empty", async () => {
    const questions = await singleChoiceWithoutAnswer();
    await screen.findByText("Questions écrites › Question 1 › Bonne réponse", { selector: "a" }, { timeout: 10_000 });
    expect(screen.getByText("1 point à corriger", { selector: "h2" })).toBeInTheDocument();
    expect(summaryLine("Questions écrites › Question 1 › Bonne réponse")).toHaveTextContent(
      "Questions écrites › Question 1 › Bonne réponse : aucune proposition n'est marquée comme la bonne réponse : indiquez l'identifiant d'une proposition (identifiants des propositions : « a » et « b »)",
    );
    expect(screen.queryByText(/identifiant attendu/u)).toBeNull();

    type(within(questions).getByLabelText("Bonne réponse"), "a");
    await screen.findByText("Le questionnaire est jouable", { selector: "h2" }, { timeout: 10_000 });
  });

  it("offers the notions of the stage chosen, and names stages as the form does when a notion belongs to another", async () => {
    const questions = await singleChoiceWithoutAnswer();
    type(within(questions).getByLabelText("Bonne réponse"), "a");
    const stage = within(questions).getByLabelText("Étape du cours");
    const notion = within(questions).getByLabelText("Notion");
    expect(optionTexts(notion).every((words) => words.startsWith("0. Introduction\u00a0: la relation client — "))).toBe(true);

    choose(stage, "5. Suivi des règlements");
    // The notion chosen before stays offered, so that the select never hides it; the others are the stage's.
    expect(optionTexts(notion).filter((words) => !words.startsWith("5. Suivi des règlements — "))).toEqual([optionTexts(notion)[0]]);
    expect(optionTexts(notion)).toContain("5. Suivi des règlements — Le litige suspend les relances\u00a0; le règlement partiel");
    choose(notion, "5. Suivi des règlements — Le litige suspend les relances\u00a0; le règlement partiel");
    await screen.findByText("Le questionnaire est jouable", { selector: "h2" }, { timeout: 10_000 });

    choose(stage, "0. Introduction\u00a0: la relation client");
    await screen.findByText("Questions écrites › Question 1 › Étape du cours", { selector: "a" }, { timeout: 10_000 });
    expect(screen.getByText("1 point à corriger", { selector: "h2" })).toBeInTheDocument();
    expect(summaryLine("Questions écrites › Question 1 › Étape du cours")).toHaveTextContent(
      "Questions écrites › Question 1 › Étape du cours : la notion « Le litige suspend les relances ; le règlement partiel » relève de l'étape « 5. Suivi des règlements » : choisissez cette étape, ou une notion de l'étape « 0. Introduction : la relation client »",
    );
    expect(screen.queryByText(/paymentFollowUp|"stage"/u)).toBeNull();
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
