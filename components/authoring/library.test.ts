import "fake-indexeddb/auto";
import { readdirSync, readFileSync } from "node:fs";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CATALOG_FILES } from "@/components/catalog/catalog";
import { openTeacherLibrary, type LibraryRecord } from "@/store/teacherLibrary";
import { checkContent, exportRecord, importFiles, openShareLink } from "./library";
import { encodeShareLink, shareFragment } from "./shareLink";
import { learnerVariantSeed, variantOf, variantsBlockOf } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";

const scenarioText = readFileSync("scenarios/01-nouveau-client-par-telephone.json", "utf8");
const quizText = readFileSync("quizzes/introduction.json", "utf8");

/** A scenario whose schema holds but whose hint is keyed on a decision point it does not have: refused by the last check. */
const hintOnNothing = (() => {
  const scenario = JSON.parse(scenarioText) as { notes: { hints: Record<string, string[]> } };
  scenario.notes.hints["intake.inconnu"] = ["Regardez la fiche client."];
  return JSON.stringify(scenario, null, 2);
})();

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
  return () => vi.unstubAllGlobals();
});

describe("importFiles", () => {
  it("stores the valid files of a batch and explains the others, a 50 Mo file refused by its size before it is read", async () => {
    const library = await openTeacherLibrary();
    // Nested brackets: read as JSON, they would be refused for their nesting, not their size.
    const huge = "[".repeat(50_000_000);
    const reports = await importFiles(library, [
      { name: "credit.json", text: scenarioText },
      { name: "indice.json", text: hintOnNothing },
      { name: "enorme.json", text: huge },
      { name: "intro.json", text: quizText },
      { name: "coupe.json", text: scenarioText.slice(0, 200) },
    ]);

    expect(reports.map((report) => [report.file, report.ok])).toEqual([
      ["credit.json", true],
      ["indice.json", false],
      ["enorme.json", false],
      ["intro.json", true],
      ["coupe.json", false],
    ]);
    expect(reports[1]).toEqual({
      file: "indice.json",
      ok: false,
      messages: ["indice.json\u00a0: Explications et indices de l'enseignant › Indices › intake.inconnu\u00a0: aucun point de décision «\u00a0intake.inconnu\u00a0» dans ce scénario\u00a0: ceux de cette étape sont «\u00a0intake.account\u00a0», «\u00a0intake.solvency\u00a0», «\u00a0intake.credit\u00a0», «\u00a0intake.conditions\u00a0», «\u00a0intake.elements\u00a0», «\u00a0intake.stock\u00a0», «\u00a0intake.deposit\u00a0», «\u00a0intake.decision\u00a0»"],
    });
    expect(reports[2]).toEqual({
      file: "enorme.json",
      ok: false,
      messages: ["enorme.json\u00a0: fichier trop volumineux (plus de 2 Mo)\u00a0: un scénario ou un questionnaire en fait quelques ko\u00a0; est-ce bien un scénario ou un questionnaire\u00a0?"],
    });
    expect(reports[4]).toMatchObject({ ok: false, messages: [expect.stringMatching(/^coupe\.json\u00a0: /)] });

    const { records } = await library.list();
    expect(records.map((record) => [record.kind, record.title, record.text === scenarioText || record.text === quizText])).toEqual(
      expect.arrayContaining([
        ["scenario", "Un nouveau client commande par téléphone", true],
        ["quiz", "Pourquoi gérer la relation client", true],
      ]),
    );
    expect(records).toHaveLength(2);
  });

  it("reads a quiz file that breaks its rules as a quiz, with the quiz's messages", async () => {
    const library = await openTeacherLibrary();
    const quiz = JSON.parse(quizText) as { questions: { id: string }[] };
    quiz.questions[1] = { ...quiz.questions[1], id: quiz.questions[0]?.id ?? "" };
    const [report] = await importFiles(library, [{ name: "double.json", text: JSON.stringify(quiz) }]);
    const repeated = `l'identifiant «\u00a0${quiz.questions[0]?.id}\u00a0» est donné à plusieurs questions du fichier`;
    expect(report).toEqual({ file: "double.json", ok: false, messages: [`double.json\u00a0: Questions écrites › Question 1 › Identifiant de la question\u00a0: ${repeated}`, `double.json\u00a0: Questions écrites › Question 2 › Identifiant de la question\u00a0: ${repeated}`] });
    expect((await library.list()).records).toEqual([]);
  });
});

describe("what the check says outside the editor, each field in the editor's words", () => {
  /** The first customer's credit limit and name broken, the first question's summary emptied: the review's examples. */
  const brokenScenario = (() => {
    const scenario = JSON.parse(scenarioText) as { customers: { name: string; creditLimit: string }[] };
    scenario.customers[0]!.creditLimit = "1234,50";
    scenario.customers[0]!.name = " ";
    return JSON.stringify(scenario, null, 2);
  })();
  const brokenQuiz = (() => {
    const quiz = JSON.parse(quizText) as { summary: string; questions: Record<string, unknown>[] };
    quiz.summary = "";
    return JSON.stringify(quiz, null, 2);
  })();
  const limitWords = "Clients › Client 1 › Plafond d'encours";
  const nameWords = "Clients › Client 1 › Raison sociale ou nom";

  it("names an imported file's fields in words, and says what the file must hold", async () => {
    const [report] = await importFiles(await openTeacherLibrary(), [{ name: "casse-montant.json", text: brokenScenario }]);
    expect(report).toEqual({
      file: "casse-montant.json",
      ok: false,
      messages: [
        `casse-montant.json\u00a0: ${nameWords}\u00a0: texte vide (des espaces seuls ne comptent pas)`,
        `casse-montant.json\u00a0: ${limitWords}\u00a0: montant attendu entre guillemets avec un point décimal, par exemple "1234.50"`,
      ],
    });
  });

  it("says a library document's amount as the editor takes it, in the preview, on its card and behind a share link", async () => {
    const amount = "montant attendu, en chiffres, avec au plus deux décimales après la virgule, par exemple 1234,50";
    expect(await checkContent("scenario", brokenScenario, "«\u00a0Encours\u00a0»", "teacher")).toEqual({
      ok: false,
      messages: [`«\u00a0Encours\u00a0»\u00a0: ${nameWords}\u00a0: texte vide (des espaces seuls ne comptent pas)`, `«\u00a0Encours\u00a0»\u00a0: ${limitWords}\u00a0: ${amount}`],
    });
    expect(await checkContent("quiz", brokenQuiz, "document", "teacher")).toEqual({ ok: false, messages: ["document\u00a0: Résumé\u00a0: texte vide (des espaces seuls ne comptent pas)"] });
    expect(await openShareLink(shareFragment("quiz", brokenQuiz))).toEqual({ ok: false, messages: ["lien de partage\u00a0: Résumé\u00a0: texte vide (des espaces seuls ne comptent pas)"] });
  });

  it("names a quiz's answer by its question and keeps the name of a field the format does not know, the one to correct", async () => {
    const quiz = JSON.parse(quizText) as { questions: Record<string, unknown>[] };
    const first = quiz.questions[0]!;
    quiz.questions[0] = { ...first, type: "multiple", correct: [""], options: [{ id: "a", text: "A" }, { id: "b", text: "B" }], explication: "…" };
    delete quiz.questions[0].explanation;
    const checked = await checkContent("quiz", JSON.stringify(quiz), "«\u00a0Quiz\u00a0»", "teacher");
    expect(checked.ok ? [] : checked.messages).toEqual([
      "«\u00a0Quiz\u00a0»\u00a0: Questions écrites › Question 1 › Explication\u00a0: champ obligatoire absent (un texte entre guillemets attendu)",
      expect.stringMatching(/^«\u00a0Quiz\u00a0»\u00a0: Questions écrites › Question 1 › explication\u00a0: champ inconnu\u00a0: vouliez-vous écrire «\u00a0explanation\u00a0»/u),
    ]);
    quiz.questions[0] = { ...quiz.questions[0], explanation: "…", explication: undefined };
    const answered = await checkContent("quiz", JSON.stringify(quiz), "«\u00a0Quiz\u00a0»", "teacher");
    expect(answered.ok ? [] : answered.messages).toEqual([
      "«\u00a0Quiz\u00a0»\u00a0: Questions écrites › Question 1 › Bonne réponse › Élément 1\u00a0: bonne réponse vide\u00a0: indiquez l'identifiant d'une proposition (identifiants des propositions\u00a0: «\u00a0a\u00a0» et «\u00a0b\u00a0»)",
    ]);
  });
});

describe("a teacher's scenario with variants (docs/decisions/0145)", () => {
  const text = readFileSync("scripts/__variants__/depassement-d-encours.variantes.json", "utf8");
  /** The limit may rise to 9 000 €: most variants no longer breach it, the lesson of the file. */
  const lostBreach = (() => {
    const data = JSON.parse(text) as { variants: { vary: { path?: string; max?: unknown }[] } };
    const limit = data.variants.vary.find((rule) => rule.path === "customers[0].creditLimit");
    if (limit === undefined) throw new Error("la règle du plafond a disparu du fichier d'exemple");
    limit.max = "9000.00";
    return JSON.stringify(data, null, 2);
  })();

  it("enters the library only when the 40 variants its learners can draw all keep the lesson, the failures named by seed", async () => {
    const library = await openTeacherLibrary();
    const [kept, lost] = await importFiles(library, [
      { name: "variantes.json", text },
      { name: "plafond.json", text: lostBreach },
    ]);
    expect(kept).toMatchObject({ file: "variantes.json", ok: true });
    expect(lost).toEqual({
      file: "plafond.json",
      ok: false,
      messages: [
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 1\u00a0: variante graine 1\u00a0: intake.credit — «\u00a0Plafond respecté\u00a0» au lieu de «\u00a0Plafond dépassé\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 2\u00a0: variante graine 1\u00a0: intake.deposit — «\u00a0Pas d'acompte\u00a0» au lieu de «\u00a0Acompte de … TTC exigé\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 3\u00a0: variante graine 1\u00a0: intake.decision — «\u00a0Accepter\u00a0» au lieu de «\u00a0Accepter sous conditions\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 1\u00a0: variante graine 2\u00a0: intake.credit — «\u00a0Plafond respecté\u00a0» au lieu de «\u00a0Plafond dépassé\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 2\u00a0: variante graine 2\u00a0: intake.deposit — «\u00a0Pas d'acompte\u00a0» au lieu de «\u00a0Acompte de … TTC exigé\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 3\u00a0: variante graine 2\u00a0: intake.decision — «\u00a0Accepter\u00a0» au lieu de «\u00a0Accepter sous conditions\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 1\u00a0: variante graine 3\u00a0: intake.credit — «\u00a0Plafond respecté\u00a0» au lieu de «\u00a0Plafond dépassé\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 2\u00a0: variante graine 3\u00a0: intake.deposit — «\u00a0Pas d'acompte\u00a0» au lieu de «\u00a0Acompte de … TTC exigé\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève › Réponses que chaque variante garde › Point de décision 3\u00a0: variante graine 3\u00a0: intake.decision — «\u00a0Accepter\u00a0» au lieu de «\u00a0Accepter sous conditions\u00a0» (point à garder)",
        "plafond.json\u00a0: Variantes par élève\u00a0: 31 variantes sur 40 en échec (les 3 premières sont détaillées\u00a0; graines 1, 2, 3, 4, 5, 6, 7, 10, 11, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, …)\u00a0: resserrez les plages ou retirez le point à garder",
      ],
    });
    expect((await library.list()).records.map((record) => record.text)).toEqual([text]);
  });

  it("says how many variants were checked for the teacher; a learner's page checks only the one it draws", async () => {
    expect(await checkContent("scenario", text, "variantes.json", "teacher")).toMatchObject({ ok: true, servedVariants: 40 });
    const learner = await checkContent("scenario", lostBreach, "lien de partage", "learner");
    expect(learner.ok).toBe(true);
    expect(learner).not.toHaveProperty("servedVariants");
  });
});

describe("exportRecord", () => {
  const record: LibraryRecord = { id: "x", kind: "scenario", title: "Dépassement d'encours\u00a0: l'acompte\u00a0!", text: scenarioText, revision: 3, updatedAt: "2026-09-01T08:00:00.000Z" };

  it("names the file after the title and gives the text as written", () => {
    expect(exportRecord(record)).toEqual({ fileName: "depassement-d-encours-l-acompte.json", text: scenarioText });
  });

  it("falls back on the kind when the title has no letter or digit", () => {
    expect(exportRecord({ ...record, kind: "quiz", title: "«\u00a0?\u00a0»" }).fileName).toBe("questionnaire.json");
  });
});

describe("openShareLink", () => {
  it("plays only what passes the full check, as an imported file", async () => {
    const opened = await openShareLink(shareFragment("scenario", scenarioText));
    expect(opened).toMatchObject({ ok: true, kind: "scenario", title: "Un nouveau client commande par téléphone" });
    expect(await openShareLink(shareFragment("scenario", hintOnNothing))).toEqual({
      ok: false,
      messages: ["lien de partage\u00a0: Explications et indices de l'enseignant › Indices › intake.inconnu\u00a0: aucun point de décision «\u00a0intake.inconnu\u00a0» dans ce scénario\u00a0: ceux de cette étape sont «\u00a0intake.account\u00a0», «\u00a0intake.solvency\u00a0», «\u00a0intake.credit\u00a0», «\u00a0intake.conditions\u00a0», «\u00a0intake.elements\u00a0», «\u00a0intake.stock\u00a0», «\u00a0intake.deposit\u00a0», «\u00a0intake.decision\u00a0»"],
    });
  });

  it("plays a scenario with variants in the learner's own figures: those of the bundled page and of the teacher's key", async () => {
    const text = readFileSync("scripts/__variants__/depassement-d-encours.variantes.json", "utf8");
    const source = JSON.parse(text) as { id: string; clock: { start: string } };
    const seed = learnerVariantSeed(source, "Lina");
    const expected = parseScenario(variantOf(source, seed).data, "variante");
    if (!expected.ok) throw new Error("variante invalide");
    expect(expected.scenario.clock.start).not.toBe(source.clock.start);
    const lina = await openShareLink(shareFragment("scenario", text), { pseudonym: "Lina" });
    expect(lina).toMatchObject({ ok: true, kind: "scenario", variant: { pseudonym: "Lina", seed, drawn: true } });
    expect(lina.ok && lina.kind === "scenario" ? lina.scenario : undefined).toEqual(expected.scenario);
    // No pseudonym yet: the common version, said as such.
    const nobody = await openShareLink(shareFragment("scenario", text));
    expect(nobody).toMatchObject({ ok: true, kind: "scenario", variant: { pseudonym: "", drawn: false } });
    expect(nobody.ok && nobody.kind === "scenario" ? nobody.scenario.clock.start : undefined).toBe(source.clock.start);
    // A seed written in the link by the teacher wins over the pseudonym: the same variant for everyone.
    const linked = await openShareLink(shareFragment("scenario", text), { pseudonym: "Lina", seed: "7" });
    const seven = parseScenario(variantOf(source, "7").data, "variante");
    expect(linked).toMatchObject({ ok: true, variant: { pseudonym: "", seed: "7", drawn: true } });
    expect(linked.ok && linked.kind === "scenario" && seven.ok ? linked.scenario.clock.start : undefined).toBe(seven.ok ? seven.scenario.clock.start : "");
  });

  it("checks the content as the kind the link names", async () => {
    expect(await openShareLink(shareFragment("quiz", quizText))).toMatchObject({ ok: true, kind: "quiz", title: "Pourquoi gérer la relation client" });
    expect(await openShareLink(shareFragment("quiz", scenarioText))).toMatchObject({ ok: false, messages: expect.arrayContaining([expect.stringMatching(/^lien de partage\u00a0: /)]) });
  });

  it("explains a damaged link in French", async () => {
    const link = encodeShareLink("scenario", scenarioText, "https://atelier.example/partage/");
    const hash = link.slice(link.indexOf("#"));
    expect(await openShareLink(hash.slice(0, hash.length / 2))).toEqual({
      ok: false,
      messages: ["lien abîmé\u00a0: il est incomplet\u00a0: il a sans doute été coupé en le copiant. Copiez-le à nouveau en entier, ou demandez le fichier."],
    });
  });
});

describe("the bundled scenarios and quizzes", () => {
  const bundled = [
    ...readdirSync("scenarios")
      .filter((name) => /^\d\d-[a-z0-9-]+\.json$/.test(name))
      .map((name) => ({ kind: "scenario" as const, name: `scenarios/${name}` })),
    ...readdirSync("quizzes")
      .filter((name) => name.endsWith(".json"))
      .map((name) => ({ kind: "quiz" as const, name: `quizzes/${name}` })),
  ];

  it("are all there", () => {
    expect(bundled.filter((file) => file.kind === "scenario")).toHaveLength(CATALOG_FILES.length);
    expect(bundled.filter((file) => file.kind === "quiz")).toHaveLength(6);
  });

  it.each(bundled)("$name opens from its share link, checked", async ({ kind, name }) => {
    const text = readFileSync(name, "utf8");
    const opened = await openShareLink(shareFragment(kind, text));
    const direct = await checkContent(kind, text, "lien de partage", "learner");
    // A scenario with variants opened without a pseudonym: the common version, marked as such.
    const common = kind === "scenario" && variantsBlockOf(JSON.parse(text)) !== undefined ? { ...direct, variant: { pseudonym: "", seed: "", drawn: false } } : direct;
    expect(opened).toEqual(common);
    expect(opened.ok).toBe(true);
  });
});
