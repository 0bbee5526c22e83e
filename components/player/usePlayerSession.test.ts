import { describe, expect, it } from "vitest";
import { DomainError } from "@/domain";
import { engineStoppedMessage } from "./usePlayerSession";

describe("a game the engine cannot go on with (issue 10)", () => {
  it("tells the learner why, in French, that the game is saved up to the move before, and what to do", () => {
    const error = new DomainError("money.percent.tooPrecise", "pénalités de retard : le taux 12.12345 % a plus de quatre décimales.", "pénalités de retard");
    expect(engineStoppedMessage(error)).toBe(
      "Le PGI ne peut pas poursuivre ce scénario (pénalités de retard : le taux 12.12345 % a plus de quatre décimales). La partie est enregistrée jusqu'à l'action précédente\u00a0: signalez le scénario à votre enseignant, ou recommencez-le.",
    );
  });

  it("says it plainly when the error carries no message", () => {
    expect(engineStoppedMessage(new Error(""))).toBe(
      "Le PGI ne peut pas poursuivre ce scénario. La partie est enregistrée jusqu'à l'action précédente\u00a0: signalez le scénario à votre enseignant, ou recommencez-le.",
    );
  });
});
