import { describe, expect, it } from "vitest";
import { dunningSchedule } from "./schedule";

const nbsp = (text: string) => text.replace(/\u00a0/gu, " ");

describe("dunningSchedule: the ladder's delays as the learner reads them", () => {
  it("the course's delays when the company sets none", () => {
    expect(dunningSchedule().map((s) => nbsp(s.text))).toEqual([
      "Relance 1 (courtoise) : 10 jours après l'échéance",
      "Relance 2 (plus ferme) : 10 jours après la relance 1",
      "Relance 3 par lettre recommandée avec AR : 10 jours après la relance 2",
      "Mise en demeure : 8 jours après la relance 3 par LRAR",
      "Injonction de payer : 8 jours après la mise en demeure",
    ]);
  });
  it("the company's own delays, and its pre-reminder first", () => {
    const schedule = dunningSchedule({ reminder1AfterDueDays: 5, preReminderBeforeDueDays: 3, formalNoticeAfterReminder3Days: 15 });
    expect(schedule[0]).toMatchObject({ step: "preReminder", days: 3, after: "beforeDueDate" });
    expect(nbsp(schedule[0]?.text ?? "")).toBe("Pré-relance (courtoise, avant l'échéance) : 3 jours avant l'échéance");
    expect(schedule[1]).toMatchObject({ step: "reminder1", days: 5, after: "dueDate" });
    expect(schedule.find((s) => s.step === "formalNotice")).toMatchObject({ days: 15, after: "registeredLetter" });
  });
});
