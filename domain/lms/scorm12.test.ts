import { describe, expect, it } from "vitest";
import { choiceLetter, cmiDecimal, cmiIdentifier, cmiString255, cmiTime, cmiTimespan, finalStatus, learnerNameOf, lmsMasteryScore } from "./scorm12";

describe("SCORM 1.2 formats", () => {
  it("writes a CMITimespan HHHH:MM:SS.SS, capped at its longest", () => {
    expect(cmiTimespan(0)).toBe("0000:00:00.00");
    expect(cmiTimespan(3_723_456)).toBe("0001:02:03.46");
    expect(cmiTimespan(-5)).toBe("0000:00:00.00");
    expect(cmiTimespan(1e12)).toBe("9999:59:59.99");
  });

  it("writes a CMITime HH:MM:SS of the local time", () => {
    expect(cmiTime(new Date(2026, 11, 2, 9, 5, 7))).toBe("09:05:07");
  });

  it("keeps identifiers to letters, digits, _ and -, without accents, 255 characters", () => {
    expect(cmiIdentifier("followUp.2026-11-12")).toBe("followUp_2026-11-12");
    expect(cmiIdentifier("control.mention légale")).toBe("control_mention_legale");
    expect(cmiIdentifier("")).toBe("_");
    expect(cmiIdentifier("x".repeat(300))).toHaveLength(255);
  });

  it("cuts a CMIString255 with an ellipsis, keeps a short one", () => {
    expect(cmiString255("Encours dans le plafond")).toBe("Encours dans le plafond");
    const cut = cmiString255("é".repeat(300));
    expect(cut).toHaveLength(255);
    expect(cut.endsWith("é…")).toBe(true);
  });

  it("writes decimals without exponent, letters for choices", () => {
    expect(cmiDecimal(1.5)).toBe("1.5");
    expect(cmiDecimal(2)).toBe("2");
    expect(cmiDecimal(1 / 3)).toBe("0.33");
    expect([0, 1, 25, 26, 36].map(choiceLetter)).toEqual(["a", "b", "z", "0", "_"]);
  });

  it("passes or fails against a mastery score, completes without one", () => {
    expect(finalStatus(80, 80)).toBe("passed");
    expect(finalStatus(79, 80)).toBe("failed");
    expect(finalStatus(10, undefined)).toBe("completed");
  });

  it("reads the LMS's mastery score only when it is a number of 0 to 100", () => {
    expect(lmsMasteryScore("75")).toBe(75);
    expect(lmsMasteryScore(" 62.5 ")).toBe(62.5);
    expect(lmsMasteryScore("")).toBeUndefined();
    expect(lmsMasteryScore("120")).toBeUndefined();
    expect(lmsMasteryScore("abc")).toBeUndefined();
  });

  it("turns « Nom, Prénom » into « Prénom Nom »", () => {
    expect(learnerNameOf("Martin, Léa")).toBe("Léa Martin");
    expect(learnerNameOf("  Dupont ,  Jean-Luc ")).toBe("Jean-Luc Dupont");
    expect(learnerNameOf("Camille")).toBe("Camille");
    expect(learnerNameOf("")).toBe("");
  });
});
