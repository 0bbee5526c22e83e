import { describe, expect, it } from "vitest";
import { deriveIntakeKey, judgeSolvency } from ".";
import { plain, rulesScenario, intakeInput } from "./intake.fixtures";

describe("check 2: solvency", () => {
  it("liquidation → insolvent; safeguard → incidents; a rejected cheque → incidents", () => {
    const liquidation = rulesScenario((f) => {
      f.customers![0]!.solvency = { proceedings: "liquidation" };
    });
    const key = deriveIntakeKey(intakeInput(liquidation));
    expect(key.solvency.expected).toBe("insolvent");
    expect(plain(key.solvency.explanation)).toBe("Procédure de liquidation judiciaire publiée au BODACC : client insolvable. Politique de l'entreprise : refuser la commande.");
    expect(judgeSolvency(key.solvency, "sound")).toMatchObject({ correct: false, expected: "Client insolvable" });

    const safeguard = rulesScenario((f) => {
      f.customers![0]!.solvency = { proceedings: "safeguard" };
    });
    expect(deriveIntakeKey(intakeInput(safeguard)).solvency.expected).toBe("incidents");

    const cheque = rulesScenario((f) => {
      f.customers![0]!.solvency = { incidents: [{ date: "2026-09-12", description: "chèque rejeté" }] };
    });
    expect(plain(deriveIntakeKey(intakeInput(cheque)).solvency.explanation)).toBe(
      "1 incident de paiement : 12/09/2026 chèque rejeté. Politique de l'entreprise : mettre en attente pour accord.",
    );
  });
});
