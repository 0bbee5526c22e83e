import { afterEach, describe, expect, it, vi } from "vitest";
import { formatIssue } from "../scenarioLoad";
import { aggregateClass } from "./aggregate";
import { buildQuizResults, buildScenarioResults, resultsFileText } from "./build";
import { parseResultsFiles, parseResultsText } from "./load";
import { CREDIT_SCENARIO, CREDIT_TRACE, ORDERS_QUIZ, QUIZ_ANSWERS, scenarioFile } from "./results.fixtures";

const LEA = scenarioFile("Léa", CREDIT_TRACE, "2026-11-28T10:15:00.000Z");
const LEA_TEXT = resultsFileText(LEA);

/** The messages of a refused text, as the teacher reads them. */
function refusal(text: string, file = "eleve-12.json"): string[] {
  const read = parseResultsText(text, file);
  return read.ok ? [] : read.issues.map(formatIssue);
}

afterEach(() => vi.restoreAllMocks());

describe("reading a learner's results file", () => {
  it("reads back the file the learner exported", () => {
    expect(parseResultsText(LEA_TEXT, "eleve-12.json")).toEqual({ ok: true, results: LEA });
  });

  it("detects an edited score, an edited decision and an edited checksum", () => {
    expect(refusal(LEA_TEXT.replace('"points": 6.5', '"points": 10'))).toEqual(["eleve-12.json\u00a0: somme de contrôle fausse\u00a0: le fichier a été modifié après son export"]);
    expect(refusal(LEA_TEXT.replace('"verdict": "wrong"', '"verdict": "correct"'))).toEqual(["eleve-12.json\u00a0: somme de contrôle fausse\u00a0: le fichier a été modifié après son export"]);
    expect(refusal(LEA_TEXT.replace(/"checksum": "[0-9a-f]/u, '"checksum": "0').replace('"checksum": "00', '"checksum": "01'))).toEqual([
      "eleve-12.json\u00a0: somme de contrôle fausse\u00a0: le fichier a été modifié après son export",
    ]);
  });

  it("names the field of a file that breaks the format: added, of the wrong type, missing", () => {
    expect(refusal(LEA_TEXT.replace('"pseudonym": "Léa",', '"pseudonym": "Léa", "note": 20,'))).toEqual([
      "eleve-12.json\u00a0: note\u00a0: champ inconnu (champs permis\u00a0: format, formatVersion, pseudonym, activity, exportedAt, score, byStage, durationSeconds, checksum, kind, decisions)",
    ]);
    expect(refusal(LEA_TEXT.replace('"hintsUsed": 1', '"hintsUsed": "un"'))).toEqual(["eleve-12.json\u00a0: decisions[2].hintsUsed\u00a0: Entrée invalide : nombre attendu, chaîne de caractères reçu"]);
    expect(refusal(LEA_TEXT.replace('"exportedAt": "2026-11-28T10:15:00.000Z",', ""))).toEqual(["eleve-12.json\u00a0: exportedAt\u00a0: champ obligatoire absent (un texte entre guillemets attendu)"]);
  });

  it("reads the variant a learner played, and refuses it changed to another learner's", () => {
    const lina = scenarioFile("Lina", CREDIT_TRACE, "2026-11-28T10:15:00.000Z", { ...CREDIT_SCENARIO, variant: "17" });
    const text = resultsFileText(lina);
    expect(parseResultsText(text, "lina.json")).toEqual({ ok: true, results: lina });
    expect(lina.activity.variant).toBe("17");
    expect(refusal(text.replace('"variant": "17"', '"variant": "4"'), "lina.json")).toEqual(["lina.json\u00a0: somme de contrôle fausse\u00a0: le fichier a été modifié après son export"]);
  });

  it("refuses a 50 MB text by its size, before any parsing", () => {
    const parse = vi.spyOn(JSON, "parse");
    const huge = `{"pseudonym": "${"x".repeat(50_000_000)}"}`;
    const started = performance.now();
    expect(refusal(huge)).toEqual(["eleve-12.json\u00a0: fichier trop volumineux (plus de 2 Mo)\u00a0: un fichier de résultats en fait quelques ko\u00a0; est-ce bien un fichier de résultats\u00a0?"]);
    expect(performance.now() - started).toBeLessThan(100);
    expect(parse).not.toHaveBeenCalled();
  });

  it("says what a file is when it is not a results file, or a later format", () => {
    expect(refusal('{"schemaVersion": 1, "id": "essai", "stages": ["orderIntake"]}', "02-depassement-d-encours.json")).toEqual([
      "02-depassement-d-encours.json\u00a0: ce fichier n'est pas un fichier de résultats de l'atelier (c'est un scénario)\u00a0: l'élève l'exporte à la fin d'un scénario ou d'un questionnaire",
    ]);
    expect(refusal('{"schemaVersion": 1, "id": "essai", "questions": []}', "quiz.json")).toEqual([expect.stringContaining("(c'est un questionnaire)")]);
    expect(refusal("[1, 2]")).toEqual([expect.stringContaining("ce fichier n'est pas un fichier de résultats de l'atelier\u00a0:")]);
    expect(refusal(LEA_TEXT.replace('"formatVersion": 1', '"formatVersion": 3'))).toEqual([
      "eleve-12.json\u00a0: formatVersion\u00a0: fichier de résultats au format 3, plus récent que celui que lit cette version de l'atelier (2)\u00a0: mettez l'atelier à jour",
    ]);
  });

  it("reads a file of version 2, with the time of each decision, and refuses it edited or with its times half removed", () => {
    const timed = scenarioFile("Léa", CREDIT_TRACE, "2026-11-28T10:15:00.000Z", undefined, [61_240, 8_000, null, 120_000, 30_050]);
    expect(timed).toMatchObject({ formatVersion: 2, durationSeconds: 219.3 });
    expect(timed.kind === "scenario" && timed.decisions.map((decision) => decision.durationSeconds)).toEqual([61.2, 8, null, 120, 30.1]);
    const text = resultsFileText(timed);
    expect(parseResultsText(text, "eleve-12.json")).toEqual({ ok: true, results: timed });
    expect(refusal(text.replace('"durationSeconds": 61.2', '"durationSeconds": 6.2'))).toEqual(["eleve-12.json\u00a0: somme de contrôle fausse\u00a0: le fichier a été modifié après son export"]);
    expect(refusal(text.replace('"durationSeconds": 219.3,', ""))).toEqual(["eleve-12.json\u00a0: durationSeconds\u00a0: champ manquant\u00a0: un fichier au format 2 donne la durée en secondes"]);
    expect(refusal(text.replace('"formatVersion": 2', '"formatVersion": 1'))).toEqual([
      "eleve-12.json\u00a0: durationSeconds\u00a0: champ en trop\u00a0: un fichier au format 1 ne donne pas de durée",
      "eleve-12.json\u00a0: decisions[0].durationSeconds\u00a0: champ en trop\u00a0: un fichier au format 1 ne donne pas de durée",
    ]);
  });

  it("reads a quiz's file of version 2, with the time of each answer", () => {
    const timed = buildQuizResults({ pseudonym: "Tom", activity: ORDERS_QUIZ, answers: QUIZ_ANSWERS, exportedAt: new Date("2026-11-28T11:00:00.000Z"), durationsMs: [12_000, 30_000, 9_999, 4_000] });
    expect(timed).toMatchObject({ formatVersion: 2, durationSeconds: 56 });
    expect(parseResultsText(resultsFileText(timed), "tom.json")).toEqual({ ok: true, results: timed });
  });

  it("says where the JSON is broken, and refuses a field written twice", () => {
    expect(refusal(LEA_TEXT.replace('"kind": "scenario",', '"kind": "scenario"'))).toEqual([
      "eleve-12.json\u00a0: JSON invalide (ligne 12, colonne 3)\u00a0: «\u00a0,\u00a0» ou «\u00a0}\u00a0» attendu après la valeur du champ «\u00a0kind\u00a0», pas «\u00a0\"\u00a0» (virgule oubliée\u00a0?)",
    ]);
    expect(refusal(LEA_TEXT.replace('"pseudonym": "Léa",', '"pseudonym": "Léa", "pseudonym": "Tom",'))).toEqual([expect.stringContaining("pseudonym\u00a0: champ écrit deux fois dans le même objet")]);
  });

  it("reads a class's files one by one: those that hold, and the others' problems, none half-read", () => {
    const read = parseResultsFiles([
      { file: "lea.json", text: LEA_TEXT },
      { file: "tom.json", text: LEA_TEXT.replace('"points": 6.5', '"points": 10') },
    ]);
    expect(read.results).toEqual([LEA]);
    expect(read.issues.map(formatIssue)).toEqual(["tom.json\u00a0: somme de contrôle fausse\u00a0: le fichier a été modifié après son export"]);
  });
});

describe("a hostile results file", () => {
  const SCRIPT = '<script>alert("note")</script><img src=x onerror="alert(1)">';

  it("keeps HTML and script in every text field as plain text", () => {
    const scenario = buildScenarioResults({
      pseudonym: `Léa${SCRIPT}`.slice(0, 60),
      activity: { ...CREDIT_SCENARIO, id: `id${SCRIPT}`, title: `Titre ${SCRIPT}` },
      trace: CREDIT_TRACE.map((entry) => ({ ...entry, decisionPoint: `${entry.decisionPoint}${SCRIPT}` })),
      exportedAt: new Date("2026-11-28T10:15:00.000Z"),
    });
    const quiz = buildQuizResults({
      pseudonym: "Tom",
      activity: { ...ORDERS_QUIZ, title: SCRIPT },
      answers: QUIZ_ANSWERS.map((answer) => ({ ...answer, question: { ...answer.question, id: SCRIPT } })),
      exportedAt: new Date("2026-11-28T11:00:00.000Z"),
    });
    for (const file of [scenario, quiz]) expect(parseResultsText(resultsFileText(file), "eleve.json")).toEqual({ ok: true, results: file });
    const read = parseResultsText(resultsFileText(scenario), "eleve.json");
    expect(read.ok && read.results.activity.title).toBe(`Titre ${SCRIPT}`);
    expect(read.ok && read.results.kind === "scenario" && read.results.decisions[0]?.decisionPoint).toBe(`intake.account${SCRIPT}`);
  });

  it("refuses a script where a hash or a date is expected, naming the field", () => {
    const { checksum: _sum, ...content } = LEA;
    const text = JSON.stringify({ ...content, activity: { ...content.activity, hash: SCRIPT }, checksum: LEA.checksum });
    expect(refusal(text)).toEqual(["eleve-12.json\u00a0: activity.hash\u00a0: empreinte de 16 chiffres hexadécimaux attendue"]);
  });

  it("never changes the class table through a script in a pseudonym or a title", () => {
    const plain = [scenarioFile("Léa", CREDIT_TRACE, "2026-11-28T10:15:00.000Z"), scenarioFile("Tom", CREDIT_TRACE, "2026-11-28T11:15:00.000Z")];
    const hostile = [
      scenarioFile(SCRIPT.slice(0, 60), CREDIT_TRACE, "2026-11-28T10:15:00.000Z", { ...CREDIT_SCENARIO, title: SCRIPT }),
      scenarioFile("Tom", CREDIT_TRACE, "2026-11-28T11:15:00.000Z", { ...CREDIT_SCENARIO, title: SCRIPT }),
    ];
    const table = aggregateClass(plain);
    const hostileTable = aggregateClass(hostile);
    const figures = (t: typeof table) => ({
      rows: t.rows.map(({ attempts, best, last }) => ({ attempts, best, last })),
      decisionPoints: t.decisionPoints.map(({ id, learners, right, rate }) => ({ id, learners, right, rate })),
      notions: t.notions,
    });
    expect(figures(hostileTable)).toEqual(figures(table));
    expect(hostileTable.rows.map((row) => [row.pseudonym, row.activity.title])).toEqual([
      [SCRIPT.slice(0, 60), SCRIPT],
      ["Tom", SCRIPT],
    ]);
  });
});
