// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Question } from "@/domain";
import { dateQuestion, fillBlankQuestion, findErrorsQuestion, matchingQuestion, multipleQuestion, quizOf } from "@/domain/quiz/quiz.fixtures";
import { EMPTY_QUIZ_PROGRESS } from "@/store/quizSlice";
import { appStore } from "@/store/useAppStore";
import { QuizPlayer } from "./QuizPlayer";

async function play(question: Question) {
  render(<QuizPlayer quizKey="essai" title="Quiz d'essai" size="1 question." bank={[quizOf([question])]} request={() => ({ kind: "review", questionIds: [question.id] })} emptyMessage="" />);
  fireEvent.click(await screen.findByRole("button", { name: "Commencer le quiz" }));
  // The quiz's runtime comes by import() (docs/decisions/0111): the question shows once it is there.
  await screen.findByRole("heading", { level: 2, name: /^Question 1 sur 1/u });
}

const validate = () => fireEvent.click(screen.getByRole("button", { name: "Valider ma réponse" }));
const feedbackTitle = () => screen.getByRole("heading", { level: 3, name: /Bonne réponse|Réponse à revoir|en partie juste/u }).textContent;
const triesOf = (id: string) => appStore().getState().quiz.sessions.essai?.tries[id];

beforeEach(() => appStore().setState({ quiz: EMPTY_QUIZ_PROGRESS }));
afterEach(cleanup);

describe("each question type, answered with its widget", () => {
  it("multiple choice: checkboxes under the prompt; a ticked wrong option and a forgotten one are named", async () => {
    await play(multipleQuestion);
    expect(screen.getByRole("group", { name: "Lesquelles sont des réductions commerciales ?" })).toBeInTheDocument();
    validate();
    expect(screen.getByRole("alert")).toHaveTextContent("Cochez au moins une proposition.");
    fireEvent.click(screen.getByRole("checkbox", { name: "La remise" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "L'escompte" }));
    validate();
    expect(feedbackTitle()).toBe("Réponse à revoir — 0 / 1 point");
    expect(screen.getByText("✓ juste")).toBeInTheDocument();
    expect(screen.getByText("✗ à ne pas cocher")).toBeInTheDocument();
    expect(screen.getByText("✗ oubliée")).toBeInTheDocument();
    expect(screen.getByText("L'escompte récompense un paiement anticipé : c'est une réduction financière.")).toBeInTheDocument();
  });

  it("matching: one list per left item, distractors offered; every row must be matched; each pair is marked", async () => {
    await play(matchingQuestion);
    const remise = screen.getByRole("combobox", { name: "Remise" });
    expect(within(remise).getAllByRole("option").map((option) => option.textContent).sort()).toEqual(
      ["— Choisir —", "Chiffre d'affaires de la période", "Défaut de qualité ou de conformité", "Paiement anticipé", "Quantité ou fidélité"].sort(),
    );
    fireEvent.change(remise, { target: { value: "remise" } });
    validate();
    expect(screen.getByRole("alert")).toHaveTextContent("Associez chaque élément : il en reste 2.");
    fireEvent.change(screen.getByRole("combobox", { name: "Rabais" }), { target: { value: "ristourne" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Ristourne" }), { target: { value: "distractor-0" } });
    validate();
    expect(feedbackTitle()).toBe("Réponse en partie juste — 0,33 / 1 point");
    expect(triesOf("reductions-definitions")).toEqual([{ answer: { type: "matching", matches: { remise: "remise", rabais: "ristourne", ristourne: "distractor-0" } } }]);
    expect(screen.getAllByText(/^✓ juste$|^✗ à revoir$/u).map((mark) => mark.textContent)).toEqual(["✓ juste", "✗ à revoir", "✗ à revoir"]);
  });

  it("fill-in-the-blank: a field and a list in the text; every blank must be filled; case is ignored", async () => {
    await play(fillBlankQuestion);
    fireEvent.change(screen.getByRole("textbox", { name: "Blanc 1 sur 2" }), { target: { value: " Encours " } });
    validate();
    expect(screen.getByRole("alert")).toHaveTextContent("Complétez chaque blanc : il en reste un à remplir.");
    fireEvent.change(screen.getByRole("combobox", { name: "Blanc 2 sur 2" }), { target: { value: "plafond de crédit" } });
    validate();
    expect(feedbackTitle()).toBe("Bonne réponse — 1 / 1 point");
  });

  it("date: typed as French writes it; a day that does not exist is said at the field", async () => {
    await play(dateQuestion);
    const field = screen.getByRole("textbox", { name: "Votre réponse (une date)" });
    fireEvent.change(field, { target: { value: "31/11/2026" } });
    validate();
    expect(field).toHaveAccessibleDescription(/«\u00a031\/11\/2026\u00a0»\u00a0: le 31 novembre 2026 n'existe pas, novembre 2026 a 30 jours\./u);
    fireEvent.change(field, { target: { value: "15/12/2026" } });
    validate();
    expect(feedbackTitle()).toBe("Bonne réponse — 1 / 1 point");
    expect(triesOf("echeance-45-fin-de-mois")).toEqual([{ answer: { type: "date", value: "2026-12-15" } }]);
  });

  it("find the errors: the invoice drawn as in the control stage, targets toggled, « Aucune anomalie » possible, outcomes written once judged", async () => {
    await play(findErrorsQuestion);
    expect(screen.getByRole("article", { name: "FACTURE à contrôler" })).toBeInTheDocument();
    validate();
    expect(screen.getByRole("alert")).toHaveTextContent("Signalez au moins une anomalie sur la facture, ou choisissez « Aucune anomalie » si elle est conforme.");
    const none = screen.getByRole("button", { name: "Aucune anomalie\u00a0: la facture est conforme" });
    fireEvent.click(none);
    expect(none).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("Vous déclarez la facture conforme.")).toBeInTheDocument();
    const vat = screen.getAllByRole("button", { name: /TVA.*15,50/u })[0] as HTMLElement;
    fireEvent.click(vat);
    expect(vat).toHaveAttribute("aria-pressed", "true");
    expect(none).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByText("1 signalement.")).toBeInTheDocument();
    validate();
    expect(feedbackTitle()).toMatch(/^Réponse en partie juste/u);
    // Before the second try, the anomalies are neither named nor drawn: that would be the answer.
    expect(screen.queryByText("✓ anomalie relevée")).not.toBeInTheDocument();
    expect(screen.queryByText(/Anomalie non relevée/u)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Aucune anomalie\u00a0: la facture est conforme" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Voir la correction" }));
    expect(screen.getAllByText("✓ anomalie relevée").length).toBeGreaterThan(0);
    expect(screen.getAllByText("⚠ anomalie manquée").length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Anomalie non relevée/u).length).toBeGreaterThan(0);
  });
});
