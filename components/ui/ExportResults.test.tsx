// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TraceEntry } from "@/domain";
import { parseResultsText } from "@/domain/results/load";
import { readProfiles } from "@/store/profiles";
import { captureDownloads, type Download } from "@/test/downloads";
import { ExportResults, type ResultsFiles } from "./ExportResults";
import { LmsLearnerContext } from "./lmsLearner";

const TRACE: TraceEntry[] = [
  { decisionPoint: "intake.credit", stage: "orderIntake", date: "2026-11-16", answer: "dépassé", expected: "dépassé", verdict: "correct", correct: true, explanation: "", hintsUsed: 1, points: 2, maxPoints: 2 },
];
const ACTIVITY = { id: "depassement-d-encours", title: "Dépassement d'encours", hash: "3f2a9c41d07be865" };
const build = (files: ResultsFiles, pseudonym: string, exportedAt: Date) => files.buildScenarioResults({ pseudonym, activity: ACTIVITY, trace: TRACE, exportedAt, durationsMs: [83_400] });

let downloads: Download[] = [];

beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

const day = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

describe("« Exporter mes résultats »", () => {
  it("asks the pseudonym the first time, makes it the first profile, and downloads a signed file the loader accepts", async () => {
    render(<ExportResults build={build} />);
    fireEvent.click(screen.getByRole("button", { name: "Exporter mes résultats" }));
    expect(downloads).toEqual([]);
    fireEvent.change(screen.getByRole("textbox", { name: /Votre pseudonyme/u }), { target: { value: " Léa M. " } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer et exporter" }));

    expect(readProfiles()).toMatchObject({ profiles: [{ pseudonym: "Léa M.", saveKey: "atelier-grc" }] });
    const name = `resultats-lea-m-depassement-d-encours-${day()}.json`;
    // The builder and the signer come by import() on the first export.
    await waitFor(() => expect(downloads.map((file) => file.name)).toEqual([name]));
    expect(screen.getByRole("status").textContent).toBe(`Fichier «\u00a0${name}\u00a0» téléchargé\u00a0: remettez-le à votre enseignant.`);
    const read = parseResultsText(await downloads[0]!.blob.text(), name);
    expect(read.ok && read.results).toMatchObject({ formatVersion: 2, pseudonym: "Léa M.", activity: ACTIVITY, durationSeconds: 83.4, decisions: [{ decisionPoint: "intake.credit", hintsUsed: 1, durationSeconds: 83.4 }] });
  });

  it("exports at once under the current learner's pseudonym, and a file edited afterwards is refused", async () => {
    localStorage.setItem("atelier-grc.profils", JSON.stringify({ profiles: [{ id: "a1", pseudonym: "Camille", saveKey: "atelier-grc", createdAt: "2026-12-02T08:00:00.000Z" }], current: "a1" }));
    render(<ExportResults build={build} />);
    fireEvent.click(screen.getByRole("button", { name: "Exporter mes résultats" }));
    await waitFor(() => expect(downloads.map((file) => file.name)).toEqual([`resultats-camille-depassement-d-encours-${day()}.json`]));
    const text = await downloads[0]!.blob.text();
    expect(parseResultsText(text, "camille.json")).toMatchObject({ ok: true, results: { pseudonym: "Camille" } });
    expect(parseResultsText(text.replace('"points": 2,', '"points": 20,'), "camille.json")).toMatchObject({ ok: false, issues: [{ message: "somme de contrôle fausse\u00a0: le fichier a été modifié après son export" }] });
  });

  it("in an LMS, exports under the name the LMS gives, not under the shared computer's previous pupil", async () => {
    localStorage.setItem("atelier-grc.profils", JSON.stringify({ profiles: [{ id: "t1", pseudonym: "Tom", saveKey: "atelier-grc", createdAt: "2026-12-02T08:00:00.000Z" }], current: "t1" }));
    render(
      <LmsLearnerContext.Provider value="Léa Martin">
        <ExportResults build={build} />
      </LmsLearnerContext.Provider>,
    );
    expect(screen.getByText(/Il porte le nom que vous donne la plateforme/u).textContent).toBe("Il porte le nom que vous donne la plateforme\u00a0: Léa Martin.");
    fireEvent.click(screen.getByRole("button", { name: "Exporter mes résultats" }));
    await waitFor(() => expect(downloads.map((file) => file.name)).toEqual([`resultats-lea-martin-depassement-d-encours-${day()}.json`]));
    expect(parseResultsText(await downloads[0]!.blob.text(), "lea.json")).toMatchObject({ ok: true, results: { pseudonym: "Léa Martin" } });
    // Tom stays this computer's learner outside the LMS.
    expect(readProfiles()).toMatchObject({ profiles: [{ pseudonym: "Tom" }], current: "t1" });
  });

  it("in an LMS that gives no name, asks as anywhere else", () => {
    render(
      <LmsLearnerContext.Provider value={null}>
        <ExportResults build={build} />
      </LmsLearnerContext.Provider>,
    );
    expect(screen.queryByText(/nom que vous donne la plateforme/u)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Exporter mes résultats" }));
    expect(screen.getByRole("textbox", { name: /Votre pseudonyme/u })).toBeTruthy();
    expect(downloads).toEqual([]);
  });

  it("says in French why a file cannot be made, and refuses an empty pseudonym at the field", async () => {
    render(<ExportResults build={() => { throw new (class extends Error {})("x"); }} />);
    fireEvent.click(screen.getByRole("button", { name: "Exporter mes résultats" }));
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer et exporter" }));
    expect(screen.getByText("Écrivez un pseudonyme (votre prénom ou un surnom).")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /Votre pseudonyme/u }), { target: { value: "Tom" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer et exporter" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Export impossible\u00a0: le fichier n'a pas pu être préparé."));
    expect(downloads).toEqual([]);
  });
});
