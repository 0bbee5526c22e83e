// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resultsFileText, type ResultsFile } from "@/domain";
import { BETTER_TRACE, CREDIT_SCENARIO, CREDIT_TRACE, PERFECT_ANSWERS, QUIZ_ANSWERS, quizFile, scenarioFile } from "@/domain/results/results.fixtures";
import { EMPTY_CLASS } from "@/components/results/classData";
import { classView } from "./classResults";
import { CLASS_STORAGE_KEY, ClassResultsPage } from "./ClassResultsPage";

const saved = vi.hoisted(() => [] as { fileName: string; blob: Blob }[]);
vi.mock("@/components/ui/saveFile", () => ({ saveBlob: (blob: Blob, fileName: string) => saved.push({ blob, fileName }) }));

const PROMPTS = { "encours-definition": "Qu'est-ce que l'encours d'un client ?" };
const HTML = "<img src=x onerror=alert(1)>";
const FORMULA = '=HYPERLINK("http://x.example","clic")';

const fileOf = (name: string, text: string) => new File([text], name, { type: "application/json" });
const resultsFile = (name: string, results: ResultsFile) => fileOf(name, resultsFileText(results));

/** A 50 Mo file as the browser describes it, without the 50 Mo: reading it would fail the test. */
function hugeFile(): File {
  const arrayBuffer = vi.fn(() => Promise.reject(new Error("le fichier de 50 Mo ne doit pas être lu")));
  return { name: "enorme.json", size: 50_000_000, arrayBuffer } as unknown as File;
}

function choose(files: readonly File[]): void {
  const input = screen.getByLabelText("Fichiers de résultats");
  fireEvent.change(input, { target: { files } });
}

async function importedSummary(text: string): Promise<void> {
  await waitFor(() => expect(document.querySelector(".import-status")?.textContent).toBe(text), { timeout: 4_000 });
}

const lines = () => [...document.querySelectorAll(".import-report")].map((line) => line.textContent);
/** A cell's text with plain spaces (French figures carry no-break spaces). */
const cellText = (cell: Element) => (cell.textContent ?? "").replace(/\u00a0/gu, " ");
const gridRows = () => [...document.querySelectorAll(".class-grid tbody tr")].map((row) => [...row.children].map(cellText));

beforeEach(() => {
  saved.length = 0;
  window.sessionStorage.clear();
});
afterEach(cleanup);

// Each test reads files through the loader (zod, the checksum), loaded by import() as in the page: slow under load.
describe("importing a class's results files", { timeout: 15_000 }, () => {
  const lea = scenarioFile("Léa", CREDIT_TRACE, "2026-11-30T08:30:00.000Z");
  const tom = scenarioFile("Tom", BETTER_TRACE, "2026-11-28T14:00:00.000Z");
  const tomQuiz = quizFile("Tom", QUIZ_ANSWERS, "2026-11-28T11:00:00.000Z");
  const ines = quizFile("Inès", PERFECT_ANSWERS, "2026-11-29T09:00:00.000Z");
  const tampered = resultsFileText(scenarioFile("Zoé", CREDIT_TRACE, "2026-11-30T09:00:00.000Z")).replace('"percent": 65', '"percent": 100');

  it("reports each file — kept, already there, or refused with its reason in French — and counts the kept ones only", async () => {
    render(<ClassResultsPage prompts={PROMPTS} />);
    choose([
      resultsFile("lea.json", lea),
      resultsFile("tom.json", tom),
      resultsFile("tom-quiz.json", tomQuiz),
      resultsFile("ines.json", ines),
      resultsFile("lea-copie.json", lea),
      fileOf("zoe.json", tampered),
      hugeFile(),
      fileOf("casse.json", '{\n  "format": "atelier-grc-resultats",\n  "pseudonym": }'),
      fileOf("scenario.json", JSON.stringify({ title: "Un scénario", stages: [] })),
      fileOf("futur.json", JSON.stringify({ format: "atelier-grc-resultats", formatVersion: 3 })),
    ]);
    await importedSummary("4 fichiers importés, 1 déjà importé, 5 refusés.");
    expect(lines()).toEqual([
      "✓ Léa — Dépassement d'encours (lea.json)",
      "✓ Tom — Dépassement d'encours (tom.json)",
      "✓ Tom — Contrôle des commandes (tom-quiz.json)",
      "✓ Inès — Contrôle des commandes (ines.json)",
      "= Léa — Dépassement d'encours (lea-copie.json)\u00a0: déjà importé (même élève, même activité, même export), compté une fois",
      "✗ zoe.json refusé\u00a0: somme de contrôle fausse\u00a0: le fichier a été modifié après son export",
      "✗ enorme.json refusé\u00a0: fichier trop volumineux (plus de 2 Mo)\u00a0: un fichier de résultats en fait quelques ko\u00a0; est-ce bien un fichier de résultats\u00a0?",
      expect.stringMatching(/^✗ casse\.json refusé\u00a0: .*ligne 3, colonne 16/u),
      "✗ scenario.json refusé\u00a0: ce fichier n'est pas un fichier de résultats de l'atelier (c'est un scénario)\u00a0: l'élève l'exporte à la fin d'un scénario ou d'un questionnaire",
      "✗ futur.json refusé\u00a0: formatVersion\u00a0: fichier de résultats au format 3, plus récent que celui que lit cette version de l'atelier (2)\u00a0: mettez l'atelier à jour",
    ]);
    expect(screen.getByRole("heading", { level: 2, name: "La classe\u00a0: 3 élèves, 2 activités" })).toBeInTheDocument();
    expect(gridRows()).toEqual([
      // The activities in the order of their first export: Tom's quiz came first.
      ["Inès", "100 %", "—pas de fichier", "100 %"],
      ["Léa", "—pas de fichier", "65 %", "65 %"],
      ["Tom", "56 %", "85 %", "71 %"],
    ]);
  });

  it("sorts the grid by a score, best first, then back by name", async () => {
    render(<ClassResultsPage prompts={PROMPTS} />);
    choose([resultsFile("lea.json", lea), resultsFile("tom.json", tom), resultsFile("ines.json", ines)]);
    await importedSummary("3 fichiers importés.");
    fireEvent.click(screen.getByRole("button", { name: /^Dépassement d'encours/u }));
    expect(gridRows().map((row) => row[0])).toEqual(["Tom", "Léa", "Inès"]);
    expect(screen.getByRole("columnheader", { name: /^Dépassement d'encours/u })).toHaveAttribute("aria-sort", "descending");
    fireEvent.click(screen.getByRole("button", { name: /^Dépassement d'encours/u }));
    expect(gridRows().map((row) => row[0])).toEqual(["Léa", "Tom", "Inès"]);
    fireEvent.click(screen.getByRole("button", { name: /^Élève/u }));
    expect(gridRows().map((row) => row[0])).toEqual(["Inès", "Léa", "Tom"]);
  });

  it("names each learner's variant beside their score, and counts the variants of one written scenario as one version", async () => {
    render(<ClassResultsPage prompts={PROMPTS} />);
    const variant = (seed: string) => ({ ...CREDIT_SCENARIO, variant: seed });
    choose([resultsFile("lina.json", scenarioFile("Lina", BETTER_TRACE, "2026-11-28T10:15:00.000Z", variant("17"))), resultsFile("noe.json", scenarioFile("Noé", CREDIT_TRACE, "2026-11-28T11:15:00.000Z", variant("4")))]);
    await importedSummary("2 fichiers importés.");
    expect(gridRows()).toEqual([
      ["Lina", "85 % variante 17", "85 %"],
      ["Noé", "65 % variante 4", "65 %"],
    ]);
    expect(screen.queryByText(/versions ont été jouées/u)).toBeNull();
  });

  it("shows each attempt count, the detail of an activity least succeeded first with the review's labels, and the notions missed", async () => {
    render(<ClassResultsPage prompts={PROMPTS} />);
    choose([resultsFile("lea-1.json", scenarioFile("Léa", BETTER_TRACE, "2026-11-28T10:15:00.000Z")), resultsFile("lea-2.json", lea), resultsFile("tom.json", tom), resultsFile("tom-quiz.json", tomQuiz)]);
    await importedSummary("4 fichiers importés.");
    expect(gridRows()[0]).toEqual(["Léa", "85 % meilleur de 2 tentatives", "—pas de fichier", "85 %"]);
    const detail = screen.getByRole("table", { name: /^Points de décision de «\u00a0Dépassement d'encours\u00a0»/u });
    const detailRows = within(detail)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.children].map(cellText));
    expect(detailRows.slice(0, 2)).toEqual([
      ["1. Enregistrer la commande dans le PGI (lignes, prix, remises du compte) processing.record", "Traitement de la commande", "0 % (0 sur 2)"],
      ["3. Encours et plafond intake.credit", "Contrôle de la commande", "50 % (1 sur 2)"],
    ]);
    fireEvent.change(screen.getByLabelText("Activité"), { target: { value: "quiz-controle-des-commandes" } });
    const quiz = screen.getByRole("table", { name: /^Questions de «\u00a0Contrôle des commandes\u00a0»/u });
    expect(within(quiz).getByRole("rowheader", { name: "Qu'est-ce que l'encours d'un client ? encours-definition" })).toBeInTheDocument();
    const notions = screen.getByRole("table", { name: /^Décisions et réponses fausses par notion/u });
    expect(cellText(within(notions).getAllByRole("row")[1]!)).toBe("Enregistrer la commande dans le PGITraitement de la commande100 % (2 sur 2)");
  });

  it("shows HTML and formulas from a file as inert text, and exports the CSV with the formula neutralised", async () => {
    const { container } = render(<ClassResultsPage prompts={PROMPTS} />);
    choose([resultsFile("html.json", scenarioFile(HTML, CREDIT_TRACE, "2026-11-30T08:30:00.000Z")), resultsFile("formule.json", quizFile(FORMULA, QUIZ_ANSWERS, "2026-11-28T11:00:00.000Z"))]);
    await importedSummary("2 fichiers importés.");
    expect(container.querySelector("img")).toBeNull();
    expect(lines()[0]).toBe(`✓ ${HTML} — Dépassement d'encours (html.json)`);
    expect(screen.getByRole("rowheader", { name: HTML })).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: FORMULA })).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Exporter pour le tableur" }));
    expect(saved.map((file) => file.fileName)).toEqual(["resultats-classe.csv"]);
    // The bytes as saved: Blob.text() would drop the byte-order mark the spreadsheet needs.
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe(
      [
        "\ufeffÉlève;Type;Activité;Identifiant;Tentatives;Meilleur score;Sur;Meilleur (%);Dernier score;Sur;Dernier (%);Dernier export;Variante",
        "<img src=x onerror=alert(1)>;scénario;Dépassement d'encours;02-depassement-d-encours;1;6,5;10;65;6,5;10;65;30/11/2026;",
        `"'=HYPERLINK(""http://x.example"",""clic"")";questionnaire;Contrôle des commandes;controle-des-commandes;1;2,25;4;56;2,25;4;56;28/11/2026;`,
        "",
      ].join("\r\n"),
    );
    expect(saved[0]!.blob.type).toBe("text/csv;charset=utf-8");
  });

  it("keeps the class in this tab: after a reload it is back, each file read again; emptied on request", async () => {
    const first = render(<ClassResultsPage prompts={PROMPTS} />);
    choose([resultsFile("lea.json", lea), resultsFile("tom.json", tom)]);
    await importedSummary("2 fichiers importés.");
    expect(JSON.parse(window.sessionStorage.getItem(CLASS_STORAGE_KEY) ?? "[]")).toHaveLength(2);
    first.unmount();

    render(<ClassResultsPage prompts={PROMPTS} />);
    await waitFor(() => expect(gridRows().map((row) => row[0])).toEqual(["Léa", "Tom"]), { timeout: 4_000 });
    fireEvent.click(screen.getByRole("button", { name: "Vider la classe" }));
    fireEvent.click(within(document.querySelector(".confirm-step") as HTMLElement).getByRole("button", { name: "Vider la classe" }));
    await waitFor(() => expect(screen.getByText(/^Aucun fichier importé/u)).toBeInTheDocument());
    expect(window.sessionStorage.getItem(CLASS_STORAGE_KEY)).toBeNull();
  });

  it("takes files dropped on the zone as well as chosen ones", async () => {
    render(<ClassResultsPage prompts={PROMPTS} />);
    fireEvent.drop(document.querySelector(".drop-zone") as HTMLElement, { dataTransfer: { files: [resultsFile("lea.json", lea), fileOf("notes.json", "[1, 2")] } });
    await importedSummary("1 fichier importé, 1 refusé.");
    expect(gridRows().map((row) => row[0])).toEqual(["Léa"]);
  });

  it("starts from the view of no file, written without loading the aggregation", () => {
    expect(classView([])).toEqual(EMPTY_CLASS);
  });

  it("does not trust the tab's storage more than a file: a tampered kept file is dropped on a reload", async () => {
    window.sessionStorage.setItem(CLASS_STORAGE_KEY, JSON.stringify([tom, JSON.parse(tampered), "<script>alert(1)</script>", null]));
    render(<ClassResultsPage prompts={PROMPTS} />);
    await waitFor(() => expect(gridRows().map((row) => row[0])).toEqual(["Tom"]), { timeout: 4_000 });
  });
});
