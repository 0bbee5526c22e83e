/**
 * The teachers' quiz command line, called through `main` with files in memory, and once as the
 * real process for its exit status.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findErrorsData, quizFileData, singleQuestion } from "@/domain/quiz/quiz.fixtures";
import { runCli } from "./cli.fixtures";
import { main } from "./quiz";

const run = (argv: string[], files: Record<string, string | Uint8Array>) => runCli(main, argv, files);
const valid = JSON.stringify(quizFileData(), null, 2);

describe("npm run quiz -- validate", () => {
  it("checks quizzes/ by default and sums up the bank", async () => {
    const result = await run(["validate"], { "quizzes/essai.json": valid, "quizzes/notes.txt": "pas un questionnaire" });
    expect(result).toMatchObject({ status: 0, err: [], out: ["✓ quizzes/essai.json", "1 questionnaire valide (8 questions), 0 erreur"] });
  });

  it("marks each file and prints each problem with its file and path, exit 1", async () => {
    const broken = JSON.stringify(quizFileData({ id: "autre", questions: [{ ...singleQuestion, correct: "dette" }] }));
    const result = await run(["validate", "quizzes"], { "quizzes/a.json": valid, "quizzes/b.json": broken });
    expect(result.status).toBe(1);
    expect(result.out).toEqual(["✓ quizzes/a.json", "✗ quizzes/b.json", "1 questionnaire valide (8 questions), 1 questionnaire invalide, 1 erreur"]);
    expect(result.err).toEqual(["quizzes/b.json\u00a0: questions[0].correct\u00a0: «\u00a0dette\u00a0» ne désigne aucune proposition (identifiants des propositions\u00a0: «\u00a0du\u00a0», «\u00a0plafond\u00a0» et «\u00a0ca\u00a0»)"]);
  });

  it("names a question id used by two files at the second one", async () => {
    const again = JSON.stringify(quizFileData({ id: "autre", questions: [singleQuestion] }));
    const result = await run(["validate", "quizzes/a.json", "quizzes/b.json"], { "quizzes/a.json": valid, "quizzes/b.json": again });
    expect(result.err).toEqual(["quizzes/b.json\u00a0: questions[0].id\u00a0: la question «\u00a0encours-definition\u00a0» existe déjà dans quizzes/a.json\u00a0: un identifiant désigne une seule question de la banque"]);
  });

  it("says a file is missing or not UTF-8, and checks the others", async () => {
    const latin = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    const result = await run(["validate", "quizzes/absent.json", "quizzes/latin.json", "quizzes/a.json"], { "quizzes/a.json": valid, "quizzes/latin.json": latin });
    expect(result.out).toEqual(["✗ quizzes/absent.json", "✗ quizzes/latin.json", "✓ quizzes/a.json", "1 questionnaire valide (8 questions), 2 questionnaires invalides, 2 erreurs"]);
    expect(result.err).toEqual([
      "quizzes/absent.json\u00a0: fichier illisible (introuvable)",
      expect.stringMatching(/^quizzes\/latin\.json\u00a0: le fichier n'est pas en UTF-8 \(octet invalide ligne 1\)/u),
    ]);
  });

  it("fails on a folder without quiz file", async () => {
    const result = await run(["validate", "vide"], { "vide/lisez-moi.md": "rien" });
    expect(result).toMatchObject({ status: 1, out: ["0 questionnaire valide (0 question), 0 erreur"], err: ["Aucun fichier de questionnaire (.json) à vérifier."] });
  });

  it("refuses an unknown command with its usage, exit 2", async () => {
    const result = await run(["valider"], {});
    expect(result.status).toBe(2);
    expect(result.err[0]).toBe("Erreur : commande « valider » inconnue.");
  });
});

describe("npm run quiz -- stats", () => {
  it("counts the questions per stage and per type", async () => {
    const both = JSON.stringify(quizFileData({ questions: [...quizFileData().questions, findErrorsData] as ReturnType<typeof quizFileData>["questions"] }));
    const result = await run(["stats"], { "quizzes/essai.json": both });
    expect(result.status).toBe(0);
    expect(result.out).toEqual([
      "étape\tchoix unique\tchoix multiples\tvrai ou faux\tremise en ordre\tassociation\tnombre\tdate\ttexte à trous\ttrouvez l'erreur\ttotal",
      "Introduction\u00a0: la relation client\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
      "Contrôle de la commande\t1\t1\t0\t0\t1\t0\t0\t1\t0\t4",
      "Traitement de la commande\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
      "Facturation\t0\t0\t1\t1\t0\t1\t0\t0\t0\t3",
      "Contrôle de la facture\t0\t0\t0\t0\t0\t0\t0\t0\t1\t1",
      "Suivi des règlements\t0\t0\t0\t0\t0\t0\t1\t0\t0\t1",
      "total\t1\t1\t1\t1\t1\t1\t1\t1\t1\t9",
    ]);
  });
});

describe("the real process", () => {
  it("exits 1 on an invalid file, 0 on a valid one", () => {
    const root = fileURLToPath(new URL("../", import.meta.url));
    const folder = mkdtempSync(join(tmpdir(), "quiz-"));
    writeFileSync(join(folder, "ok.json"), valid);
    writeFileSync(join(folder, "ko.json"), "{");
    const ok = spawnSync("npx", ["tsx", "scripts/quiz.ts", "validate", join(folder, "ok.json")], { cwd: root, encoding: "utf8" });
    expect(ok.status).toBe(0);
    const ko = spawnSync("npx", ["tsx", "scripts/quiz.ts", "validate", join(folder, "ko.json")], { cwd: root, encoding: "utf8" });
    expect(ko.status).toBe(1);
    expect(ko.stderr).toContain("JSON invalide");
  }, 60_000);
});
