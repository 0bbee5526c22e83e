// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { scenarioFingerprint, variantOf, type TraceEntry } from "@/domain";
import { parseResultsText } from "@/domain/results/load";
import { parseScenario } from "@/domain/scenarioLoad";
import { captureDownloads, type Download } from "@/test/downloads";
import { PlayedVariantContext } from "./playedVariant";
import { ScenarioResultsExport } from "./ScenarioResultsExport";

const source: unknown = JSON.parse(readFileSync("scripts/__variants__/depassement-d-encours.variantes.json", "utf8"));
const scenarioOf = (data: unknown) => {
  const parsed = parseScenario(data, "variante");
  if (!parsed.ok) throw new Error("scénario invalide");
  return parsed.scenario;
};
const common = scenarioOf(source);
const seventeen = scenarioOf(variantOf(source, "17").data);
const TRACE: TraceEntry[] = [
  { decisionPoint: "intake.credit", stage: "orderIntake", date: "2026-03-09", answer: "dépassé", expected: "dépassé", verdict: "correct", correct: true, explanation: "", hintsUsed: 0, points: 2, maxPoints: 2 },
];

let downloads: Download[] = [];
beforeEach(() => {
  downloads = captureDownloads();
  localStorage.setItem("atelier-grc.profils", JSON.stringify({ profiles: [{ id: "a1", pseudonym: "Lina", saveKey: "atelier-grc", createdAt: "2026-12-02T08:00:00.000Z" }], current: "a1" }));
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function exported(): Promise<unknown> {
  fireEvent.click(screen.getByRole("button", { name: "Exporter mes résultats" }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  const read = parseResultsText(await downloads[0]!.blob.text(), downloads[0]!.name);
  if (!read.ok) throw new Error("fichier de résultats refusé");
  return read.results.activity;
}

describe("the results file of a scenario", () => {
  it("names the variant played by its seed, on the common version's fingerprint: the teacher finds the learner's key, and one version for the class", async () => {
    expect(scenarioFingerprint(seventeen)).not.toBe(scenarioFingerprint(common));
    render(
      <PlayedVariantContext.Provider value={{ seed: "17", commonHash: scenarioFingerprint(common) }}>
        <ScenarioResultsExport scenario={seventeen} gameKey="02-depassement-d-encours" trace={TRACE} />
      </PlayedVariantContext.Provider>,
    );
    expect(await exported()).toEqual({ id: common.id, title: common.title, hash: scenarioFingerprint(common), variant: "17" });
  });

  it("names no variant for a scenario played as written", async () => {
    render(<ScenarioResultsExport scenario={common} gameKey="02-depassement-d-encours" trace={TRACE} />);
    expect(await exported()).toEqual({ id: common.id, title: common.title, hash: scenarioFingerprint(common) });
  });
});
