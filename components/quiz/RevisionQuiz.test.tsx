// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { quizFileData } from "@/domain/quiz/quiz.fixtures";
import { quizFileSchema } from "@/domain/quiz/schema";
import { EMPTY_QUIZ_PROGRESS } from "@/store/quizSlice";
import { appStore } from "@/store/useAppStore";
import { RevisionQuiz } from "./RevisionQuiz";

const bank = [quizFileSchema.parse(quizFileData())];
const card = (questionId: string, due: string) => ({ questionId, box: 1 as const, due, rightInARow: 0 });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 11, 3, 10, 0));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
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
    expect(appStore().getState().quiz.sessions["revoir-mes-erreurs"]?.questionIds).toEqual(["facture-modifiable", "net-a-payer"]);
    expect(screen.getByText("Une facture validée peut être modifiée si le client le demande.")).toBeInTheDocument();
  });
});
