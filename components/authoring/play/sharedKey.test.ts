import { describe, expect, it } from "vitest";
import { fnv1a64 } from "@/domain";
import { shareFragment } from "../shareLink";
import { checkingLabel, sharedKey } from "./sharedKey";

describe("sharedKey", () => {
  it("keeps a shared content apart from the bundled one of the same id, and one version apart from another", () => {
    const text = '{"id":"depassement-d-encours"}';
    expect(sharedKey(`#${shareFragment("scenario", text)}`, "depassement-d-encours")).toBe(`partage:depassement-d-encours:${fnv1a64(text)}`);
    expect(sharedKey(shareFragment("scenario", `${text} `), "depassement-d-encours")).toBe(`partage:depassement-d-encours:${fnv1a64(`${text} `)}`);
  });
});

describe("checkingLabel", () => {
  it("names the kind the link announces, a scenario by default", () => {
    expect(checkingLabel("#v1.quiz.0123456789abcdef.AAAA")).toBe("Vérification du questionnaire…");
    expect(checkingLabel("#v1.scenario.0123456789abcdef.AAAA")).toBe("Vérification du scénario…");
    expect(checkingLabel("")).toBe("Vérification du scénario…");
  });
});
