// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Question } from "@/domain";
import { numericQuestion, orderingQuestion, quizOf, singleQuestion, trueFalseQuestion } from "@/domain/quiz/quiz.fixtures";
import { EMPTY_QUIZ_PROGRESS } from "@/store/quizSlice";
import { appStore } from "@/store/useAppStore";
import { QuizPlayer } from "./QuizPlayer";
import { loadGlossaryDefinitions } from "@/components/ui/glossaryDefinitions";

// A term's definition comes in its own chunk (docs/decisions/0148): fetched first, as a page does when idle.
beforeAll(() => loadGlossaryDefinitions());

function renderQuiz(questions: readonly Question[]) {
  return render(<QuizPlayer quizKey="essai" title="Quiz d'essai" size={`${questions.length} questions.`} bank={[quizOf(questions)]} request={() => ({ kind: "review", questionIds: questions.map((question) => question.id) })} emptyMessage="Rien à revoir." />);
}

async function start(options: { assessment?: boolean; certainty?: boolean } = {}) {
  await screen.findByRole("heading", { name: "Commencer le quiz" });
  if (options.assessment) fireEvent.click(screen.getByRole("radio", { name: /^Évaluation/u }));
  if (options.certainty) fireEvent.click(screen.getByRole("checkbox", { name: /Notation selon la certitude/u }));
  fireEvent.click(screen.getByRole("button", { name: "Commencer le quiz" }));
  // The quiz's runtime comes by import() (docs/decisions/0111): the first question shows once it is there.
  await screen.findByRole("heading", { level: 2, name: /^Question 1 sur/u });
}

const feedback = () => screen.getByRole("heading", { level: 3, name: /Bonne réponse|Réponse à revoir|en partie juste/u });

beforeEach(() => appStore().setState({ quiz: EMPTY_QUIZ_PROGRESS }));
afterEach(cleanup);

describe("a quiz in training mode", () => {
  it("a wrong first try says what it confused, not the answer; the second try earns half; then the explanation", async () => {
    renderQuiz([singleQuestion]);
    await start();
    expect(screen.getByRole("heading", { level: 2, name: /^Question 1 sur 1/u })).toHaveFocus();
    fireEvent.click(screen.getByRole("radio", { name: "Le montant maximal autorisé" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));

    expect(feedback()).toHaveTextContent("Réponse à revoir — 0 / 1 point");
    expect(feedback()).toHaveFocus();
    const region = feedback().closest("[aria-live='polite']");
    expect(region).not.toBeNull();
    expect(within(region as HTMLElement).getByText("Vous confondez l'encours et le plafond.")).toBeInTheDocument();
    expect(within(region as HTMLElement).getByText(/Un second essai rapporte la moitié des points\./u)).toBeInTheDocument();
    expect(screen.queryByText(/Réponse attendue/u)).not.toBeInTheDocument();
    expect(screen.getByText("✗ votre réponse")).toBeInTheDocument();
    expect(appStore().getState().quiz.evidence).toEqual([{ notion: "creditLimit", credit: 0, at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u), source: "quiz" }]);

    fireEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    fireEvent.click(screen.getByRole("radio", { name: "Ce que le client doit à l'entreprise" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider mon second essai" }));
    expect(feedback()).toHaveTextContent("Bonne réponse — 0,5 / 1 point");
    expect(screen.getByText(/L'encours est ce que le client doit/u)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Encours client" }).getAttribute("href")).toMatch(/^\.\/glossaire\/?#outstanding$/u);
    // The term opens its definition in place: the quiz stays on its feedback.
    fireEvent.click(screen.getByRole("link", { name: "Encours client" }));
    const definition = screen.getByRole("dialog", { name: "Encours client" });
    expect(definition).toHaveTextContent("factures non réglées (TTC) plus commandes acceptées");
    fireEvent.click(within(definition).getByRole("button", { name: "Fermer" }));
    expect(feedback()).toHaveTextContent("Bonne réponse — 0,5 / 1 point");
    // Only the first try is evidence of what the learner knew.
    expect(appStore().getState().quiz.evidence).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: "Voir mon score" }));
    expect(screen.getByRole("heading", { level: 2, name: "Votre score\u00a0: 0,5 / 1 point (50\u00a0%)" })).toHaveFocus();
    expect(screen.getByText(/La question manquée au premier essai reviendra dans/u)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Question 1\u00a0: Bonne réponse — 0,5 / 1 point" })).toBeInTheDocument();
  });

  it("« Voir la correction » gives the right answer and the explanation without a second try", async () => {
    renderQuiz([singleQuestion, trueFalseQuestion]);
    await start();
    fireEvent.click(screen.getByRole("radio", { name: "Le chiffre d'affaires réalisé avec lui" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    fireEvent.click(screen.getByRole("button", { name: "Voir la correction" }));
    expect(feedback()).toHaveFocus();
    expect(screen.getByText(/Réponse attendue/u).parentElement).toHaveTextContent("Réponse attendue : Ce que le client doit à l'entreprise");
    fireEvent.click(screen.getByRole("button", { name: "Question suivante" }));
    expect(screen.getByRole("heading", { level: 2, name: /^Question 2 sur 2/u })).toHaveFocus();
  });

  it("true or false: no second try (the other answer would be a gift), the justification at once", async () => {
    renderQuiz([trueFalseQuestion]);
    await start();
    fireEvent.click(screen.getByRole("radio", { name: "Vrai" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    expect(screen.queryByRole("button", { name: "Réessayer" })).not.toBeInTheDocument();
    expect(screen.getByText(/Réponse attendue/u).parentElement).toHaveTextContent("Réponse attendue : Faux");
    expect(screen.getByText(/on émet une facture d'avoir/u)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Voir mon score" })).toBeInTheDocument();
  });

  it("a figure that cannot be read is said at its field, and nothing is judged", async () => {
    renderQuiz([numericQuestion]);
    await start();
    const field = screen.getByRole("textbox", { name: "Votre réponse, en euros" });
    fireEvent.change(field, { target: { value: "12 %" } });
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/«\u00a012 %\u00a0»\u00a0: la réponse attendue est en euros, pas en pourcentage \(par exemple 1 005,48\)/u);
    expect(appStore().getState().quiz.sessions.essai?.tries).toEqual({});
    fireEvent.change(field, { target: { value: "1 005,48\u00a0€" } });
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    expect(feedback()).toHaveTextContent("Bonne réponse — 1 / 1 point");
    expect(appStore().getState().quiz.sessions.essai?.tries["net-a-payer"]).toEqual([{ answer: { type: "numeric", value: 1005.48 } }]);
  });

  it("after a reload, the question under way comes back with the answer given and its feedback", async () => {
    const first = renderQuiz([trueFalseQuestion, singleQuestion]);
    await start();
    fireEvent.click(screen.getByRole("radio", { name: "Faux" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    first.unmount();
    renderQuiz([trueFalseQuestion, singleQuestion]);
    expect(await screen.findByRole("heading", { level: 2, name: /^Question 1 sur 2/u })).not.toHaveFocus();
    expect(screen.getByRole("radio", { name: /Faux/u })).toBeChecked();
    expect(feedback()).toHaveTextContent("Bonne réponse — 1 / 1 point");
  });
});

describe("a quiz in assessment mode", () => {
  it("says nothing before the end, then reviews every question with the answer given, the right one and the explanation", async () => {
    renderQuiz([numericQuestion, trueFalseQuestion]);
    await start({ assessment: true });
    fireEvent.change(screen.getByRole("textbox", { name: "Votre réponse, en euros" }), { target: { value: "1005.48" } });
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    expect(screen.getByRole("heading", { level: 2, name: /^Question 2 sur 2/u })).toHaveFocus();
    expect(screen.queryByRole("heading", { level: 3 })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Vrai" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));

    expect(screen.getByRole("heading", { level: 2, name: "Votre score\u00a0: 1 / 2 points (50\u00a0%)" })).toHaveFocus();
    expect(screen.getByText(/1 réponse juste sur 2 — mode évaluation\./u)).toBeInTheDocument();
    const [first, second] = screen.getAllByRole("article");
    expect(within(first as HTMLElement).getByRole("heading", { level: 3 })).toHaveTextContent("Question 1 : Bonne réponse — 1 / 1 point");
    expect(within(first as HTMLElement).getByRole("textbox", { name: "Votre réponse, en euros" })).toHaveValue("1005,48");
    expect(within(second as HTMLElement).getByRole("heading", { level: 3 })).toHaveTextContent("Question 2 : Réponse à revoir — 0 / 1 point");
    expect(within(second as HTMLElement).getByRole("radio", { name: /Vrai/u })).toBeChecked();
    expect(second).toHaveTextContent("Réponse attendue : Faux");
    expect(second).toHaveTextContent("Explication : Une facture validée ne se modifie pas : on émet une facture d'avoir.");
  });
});

describe("a quiz the teacher set as an assessment, with a pass mark (docs/decisions/0123)", () => {
  function renderSet(passMark: number) {
    const questions = [numericQuestion, trueFalseQuestion];
    render(
      <QuizPlayer quizKey="essai" title="Évaluation" size="2 questions." bank={[quizOf(questions)]} request={() => ({ kind: "review", questionIds: questions.map((question) => question.id) })} emptyMessage="Rien." classroom={{ assessment: true, passMark }} />,
    );
  }

  async function answerOneOfTwo() {
    await start();
    fireEvent.change(screen.getByRole("textbox", { name: "Votre réponse, en euros" }), { target: { value: "1005.48" } });
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    expect(screen.queryByRole("heading", { level: 3 })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Vrai" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
  }

  it("hides the mode picker, says the rule, and plays in assessment mode; 50 % passes a mark of 50 %", async () => {
    renderSet(50);
    await screen.findByRole("heading", { name: "Commencer le quiz" });
    expect(screen.queryByRole("radio", { name: /^Entraînement/u })).not.toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Mode" })).not.toBeInTheDocument();
    expect(screen.getByText(/choisi par l'enseignant/u).parentElement?.textContent).toBe(
      "Mode évaluation, choisi par l'enseignant\u00a0: aucune correction avant la fin, puis la revue de chaque question avec la bonne réponse et l'explication.",
    );
    await answerOneOfTwo();
    expect(screen.getByRole("heading", { level: 2, name: "Votre score\u00a0: 1 / 2 points (50\u00a0%)" })).toHaveFocus();
    expect(screen.getByText(/mode évaluation\./u)).toBeInTheDocument();
    expect(screen.getByText("Réussi").parentElement?.textContent).toBe("Réussi (seuil fixé par l'enseignant\u00a0: 50\u00a0%)");
    expect(appStore().getState().quiz.sessions.essai?.mode).toBe("assessment");
  });

  it("says « Pas encore réussi » under the mark: 50 % against 51 %", async () => {
    renderSet(51);
    await answerOneOfTwo();
    expect(screen.getByText("Pas encore réussi").parentElement?.textContent).toBe("Pas encore réussi (seuil fixé par l'enseignant\u00a0: 51\u00a0%)");
  });

  it("a quiz without settings shows no verdict and lets the learner choose the mode", async () => {
    renderQuiz([singleQuestion]);
    await screen.findByRole("heading", { name: "Commencer le quiz" });
    expect(screen.getByRole("group", { name: "Mode" })).toBeInTheDocument();
    expect(screen.queryByText(/choisi par l'enseignant/u)).not.toBeInTheDocument();
  });
});

describe("certainty-based marking", () => {
  it("shows the table, asks « Êtes-vous sûr ? » before validating, and a wrong answer given very sure costs 2 points", async () => {
    renderQuiz([trueFalseQuestion]);
    await screen.findByRole("heading", { name: "Commencer le quiz" });
    fireEvent.click(screen.getByRole("checkbox", { name: /Notation selon la certitude/u }));
    const table = screen.getByRole("table", { name: "Barème selon la certitude" });
    expect(within(table).getAllByRole("row").map((row) => row.textContent)).toEqual([
      "CertitudeRéponse justeRéponse fausse",
      "1 — Pas sûr+10",
      "2 — Assez sûr+2−2",
      "3 — Très sûr+3−6",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Commencer le quiz" }));
    fireEvent.click(await screen.findByRole("radio", { name: "Vrai" }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    expect(screen.getByText("Dites à quel point vous êtes sûr de votre réponse avant de la valider.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: /^3 — Très sûr/u }));
    fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
    expect(feedback()).toHaveTextContent("Réponse à revoir — −2 / 1 point");
    expect(appStore().getState().quiz.sessions.essai?.tries["facture-modifiable"]).toEqual([{ answer: { type: "trueFalse", value: true }, certainty: 3 }]);
  });
});

describe("ordering with the keyboard", () => {
  it("moves an item with « Monter » and « Descendre », keeps the focus on it and announces its new place", async () => {
    renderQuiz([orderingQuestion]);
    await start();
    const items = () => screen.getAllByRole("listitem").map((item) => item.querySelector(".quiz-order-text")?.textContent);
    const before = items();
    const second = before[1] ?? "";
    fireEvent.click(screen.getByRole("button", { name: `Monter\u00a0: ${second}` }));
    expect(items()).toEqual([second, before[0], before[2], before[3]]);
    // At the top, « Monter » is disabled: the focus goes to the same item's « Descendre ».
    expect(screen.getByRole("button", { name: `Monter\u00a0: ${second}` })).toBeDisabled();
    expect(screen.getByRole("button", { name: `Descendre\u00a0: ${second}` })).toHaveFocus();
    expect(screen.getByText(`${second} : position 1 sur 4`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: `Descendre\u00a0: ${second}` }));
    expect(screen.getByRole("button", { name: `Descendre\u00a0: ${second}` })).toHaveFocus();
    expect(screen.getByText(`${second} : position 2 sur 4`)).toBeInTheDocument();
  });
});
