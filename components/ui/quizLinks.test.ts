import { describe, expect, it } from "vitest";
import { notionsOfQuery, notionsQuizHref } from "./quizLinks";

describe("the address of a quiz on notions", () => {
  it("is read back as written, unknown notions and repeats dropped", () => {
    expect(notionsQuizHref(["creditLimit", "deposit"])).toBe("/quiz/notions/?n=creditLimit,deposit");
    expect(notionsOfQuery("creditLimit, deposit,inconnue,creditLimit,,toString")).toEqual(["creditLimit", "deposit"]);
    expect(notionsOfQuery(null)).toEqual([]);
  });
});
