// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { aggregateClass, classGrid, lowestRateFirst } from "@/domain";
import { BETTER_TRACE, classFiles, CREDIT_TRACE, scenarioFile } from "@/domain/results/results.fixtures";
import { ActivityDetail } from "./ActivityDetail";
import { formatSeconds, sortLearners } from "./classData";

afterEach(cleanup);

const cells = (row: HTMLElement) => [...row.children].map((cell) => (cell.textContent ?? "").replace(/\u00a0/gu, " "));

describe("the detail of an activity", { timeout: 15_000 }, () => {
  it("adds the median time column when the files say it, a dash where one point has none", () => {
    const table = aggregateClass([scenarioFile("Léa", CREDIT_TRACE, "2026-11-30T08:30:00.000Z"), scenarioFile("Tom", BETTER_TRACE, "2026-11-28T14:00:00.000Z")]);
    const items = table.decisionPoints.map((item) => (item.id === "intake.account" ? item : { ...item, medianSeconds: item.id === "intake.credit" ? 125 : 42 }));
    render(<ActivityDetail activities={table.activities} items={lowestRateFirst(items)} labels={{ "intake.credit": "3. Encours et plafond" }} prompts={{}} />);
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(cells(rows[0]!)).toEqual(["Point de décision", "Étape", "Réussite", "Temps médian"]);
    expect(cells(rows[2]!)).toEqual(["3. Encours et plafond intake.credit", "Contrôle de la commande", "50 % (1 sur 2)", "2 min 05 s"]);
    expect(cells(rows.find((row) => row.textContent?.startsWith("intake.account"))!)).toEqual(["intake.account", "Contrôle de la commande", "100 % (2 sur 2)", "—"]);
  });

  it("has no time column for files without times (format 1)", () => {
    const table = aggregateClass(classFiles());
    render(<ActivityDetail activities={table.activities} items={table.decisionPoints} labels={{}} prompts={{}} />);
    expect(screen.queryByRole("columnheader", { name: "Temps médian" })).toBeNull();
  });
});

describe("the class's figures", () => {
  it("writes a time as a teacher reads it", () => {
    expect([formatSeconds(45.4), formatSeconds(125), formatSeconds(3720)].map((text) => text.replace(/\u00a0/gu, " "))).toEqual(["45 s", "2 min 05 s", "1 h 02 min"]);
  });

  it("sorts by an activity's score with the learners who did not do it last, either way", () => {
    const { learners } = classGrid(aggregateClass(classFiles()));
    const names = (descending: boolean) => sortLearners(learners, { by: "activity", index: 1, descending }).map((line) => line.pseudonym);
    expect(names(true)).toEqual(["Inès", "Tom", "léa"]);
    expect(names(false)).toEqual(["Tom", "Inès", "léa"]);
    expect(sortLearners(learners, { by: "mean", descending: true }).map((line) => line.pseudonym)).toEqual(["Inès", "léa", "Tom"]);
  });
});
