// @vitest-environment jsdom
// The hub and « Revoir mes erreurs », on 3 December 2026: which questions are due that day.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { QUIZ_SUMMARIES } from "@/components/catalog/quizBank";
import { quizFileData } from "@/domain/quiz/quiz.fixtures";
import { quizFileSchema } from "@/domain/quiz/schema";
import { EMPTY_QUIZ_PROGRESS } from "@/store/quizSlice";
import { appStore } from "@/store/useAppStore";
import { QuizHub } from "./QuizHub";
import { RevisionQuiz } from "./RevisionQuiz";

const bank = [quizFileSchema.parse(quizFileData())];

const card = (questionId: string, due: string) => ({ questionId, box: 1 as const, due, rightInARow: 0 });
const quizCard = (title: string) => screen.getByRole("heading", { level: 3, name: title }).closest("li") as HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 11, 3, 10, 0));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("the quiz hub", () => {
  it("counts the questions due in « Revoir mes erreurs », shows each stage's mastery and the quiz left half-way", async () => {
    const answer = { notion: "invoiceNumber", credit: 1, at: "2026-12-01", source: "quiz" } as const;
    appStore().setState({
      attempts: {},
      quiz: {
        evidence: [answer, answer, answer],
        cards: { a: card("a", "2026-12-02"), b: card("b", "2026-12-03"), c: card("c", "2026-12-04") },
        sessions: { facturation: { mode: "training", certaintyBased: false, seed: 1, questionIds: ["x", "y", "z"], tries: {}, position: 1, startedAt: "2026-12-03T09:00:00.000Z" } },
      },
    });
    render(<QuizHub quizzes={QUIZ_SUMMARIES} />);
    const review = await screen.findByRole("link", { name: "Revoir mes erreurs (2)" });
    expect(review.getAttribute("href")).toMatch(/^\.\/quiz\/revision\/?$/u);
    // Questions due: the hub's first action.
    expect(review).not.toHaveClass("secondary");
    expect(screen.getByText(/1 question en attente pour les jours suivants\./u)).toBeInTheDocument();
    const invoicing = quizCard("La facture dans le processus de vente");
    expect(within(invoicing).getByText("En cours : question 2 sur 3")).toBeInTheDocument();
    // One notion of the ten of stage 3 mastered (three right answers): 10 % — once the mastery module has loaded.
    expect(await within(invoicing).findByText("Maîtrise : 10 % — 1 notion maîtrisée sur 10 (3 réponses et décisions prises en compte).")).toBeInTheDocument();
    expect(within(invoicing).getByText(/Le numéro de facture : unique, dans une série continue/u).textContent).toBe("Le numéro de facture\u00a0: unique, dans une série continue\u00a0: 100\u00a0%, maîtrisée");
    expect(within(quizCard("Contrôler la facture de vente")).queryByText(/^En cours/u)).not.toBeInTheDocument();
  });

  it("does not put forward « Revoir mes erreurs » when no question is due", async () => {
    appStore().setState({ quiz: { ...EMPTY_QUIZ_PROGRESS, cards: { c: card("c", "2026-12-04") } } });
    render(<QuizHub quizzes={QUIZ_SUMMARIES} />);
    expect(await screen.findByRole("link", { name: "Revoir mes erreurs (0)" })).toHaveClass("button", "secondary");
  });

  it("lists a quiz for the introduction and each of the five stages, in the course's order", () => {
    appStore().setState({ quiz: EMPTY_QUIZ_PROGRESS });
    render(<QuizHub quizzes={QUIZ_SUMMARIES} />);
    const list = screen.getByRole("heading", { level: 2, name: "Un quiz par étape du cours" }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toHaveLength(6);
    expect([...list.querySelectorAll(".quiz-hub-stage")].map((stage) => stage.textContent?.slice(0, 7))).toEqual(["Introdu", "Étape 1", "Étape 2", "Étape 3", "Étape 4", "Étape 5"]);
  });
});

describe("« Revoir mes erreurs »", () => {
  it("with nothing due today, says when the next question comes back and offers no quiz", async () => {
    appStore().setState({ quiz: { ...EMPTY_QUIZ_PROGRESS, cards: { "net-a-payer": card("net-a-payer", "2026-12-06") } } });
    render(<RevisionQuiz bank={bank} />);
    expect(await screen.findByText("Aucune question à revoir aujourd'hui. Une question reviendra le 06/12/2026.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Commencer le quiz" })).not.toBeInTheDocument();
  });

  it("draws the questions due, the longest waiting first", async () => {
    appStore().setState({ quiz: { ...EMPTY_QUIZ_PROGRESS, cards: { "net-a-payer": card("net-a-payer", "2026-12-03"), "facture-modifiable": card("facture-modifiable", "2026-12-01"), "encours-definition": card("encours-definition", "2026-12-09") } } });
    render(<RevisionQuiz bank={bank} />);
    expect(await screen.findByText("2 questions à revoir aujourd'hui. Une question reviendra le 09/12/2026.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Commencer le quiz" }));
    expect(await screen.findByText("Une facture validée peut être modifiée si le client le demande.")).toBeInTheDocument();
    expect(appStore().getState().quiz.sessions["revoir-mes-erreurs"]?.questionIds).toEqual(["facture-modifiable", "net-a-payer"]);
  });
});
