import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateClass } from "./aggregate";
import { classTableCsv, csvText, notionsCsv, successCsv } from "./csv";
import { classFiles } from "./results.fixtures";

/** A plain CSV reader (« ; », quotes doubled, CRLF), as a spreadsheet reads the file: the test's own, not the code's. */
function readCsv(text: string): string[][] {
  expect(text.startsWith("\ufeff")).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 1; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === ";") {
      endCell();
    } else if (char === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i += 1;
    } else {
      cell += char;
    }
  }
  expect(row).toEqual([]);
  return rows;
}

describe("CSV for a French spreadsheet", () => {
  it("starts with the UTF-8 byte-order mark, separates by « ; » and ends every line with CRLF", () => {
    expect(csvText([["Élève", "Score"], ["Léa", 14.5]])).toBe("\ufeffÉlève;Score\r\nLéa;14,5\r\n");
  });

  it("writes numbers with a decimal comma, two decimals at most, no grouping, no « -0 »", () => {
    expect(csvText([[14.5, 1 / 3, -2 / 3, 1234.5, -0.001, 100]])).toBe("\ufeff14,5;0,33;-0,67;1234,5;0;100\r\n");
  });

  it("quotes a text holding « ; », a quote or a line break, the quotes doubled", () => {
    expect(csvText([["a;b", 'dit "oui"', "ligne\nsuite", "simple"]])).toBe('\ufeff"a;b";"dit ""oui""";"ligne\nsuite";simple\r\n');
  });

  it("neutralises a text a spreadsheet would run as a formula: = + - @, a tab, a carriage return", () => {
    expect(csvText([["=HYPERLINK(\"http://x\";\"clic\")", "+33 6 12", "-Léa", "@SUM(A1:A9)", "\tx", "\rx"]])).toBe(
      '\ufeff"\'=HYPERLINK(""http://x"";""clic"")";\'+33 6 12;\'-Léa;\'@SUM(A1:A9);\'\tx;"\'\rx"\r\n',
    );
    // A number is a number: a negative score is not neutralised.
    expect(csvText([[-1]])).toBe("\ufeff-1\r\n");
  });

  it("round-trips any texts through a plain CSV reader, formula starts prefixed by an apostrophe", () => {
    const cellText = fc.string({ unit: fc.constantFrom("a", "é", ";", '"', "\n", "\r", "=", "+", "-", "@", "\t", " ", "'") });
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(readCsv(csvText(rows))).toEqual(rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell))));
      }),
    );
  });

  it("round-trips numbers to the hundredth", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 5 }), (numbers) => {
        const [cells] = readCsv(csvText([numbers]));
        expect(cells?.map((cell) => Number(cell.replace(",", ".")))).toEqual(numbers.map((n) => Math.round(n * 100) / 100 || 0));
      }),
    );
  });
});

describe("the class table as CSV", () => {
  const table = aggregateClass(classFiles());

  it("has a line per learner and activity, with the best and the last score", () => {
    expect(classTableCsv(table).split("\r\n")).toEqual([
      "\ufeffÉlève;Type;Activité;Identifiant;Tentatives;Meilleur score;Sur;Meilleur (%);Dernier score;Sur;Dernier (%);Dernier export;Variante",
      "Inès;questionnaire;Contrôle des commandes;controle-des-commandes;1;4;4;100;4;4;100;29/11/2026;",
      "léa;scénario;Dépassement d'encours;02-depassement-d-encours;2;8,5;10;85;6,5;10;65;30/11/2026;",
      "Tom;scénario;Dépassement d'encours;02-depassement-d-encours;1;8,5;10;85;8,5;10;85;28/11/2026;",
      "Tom;questionnaire;Contrôle des commandes;controle-des-commandes;1;2,25;4;56;2,25;4;56;28/11/2026;",
      "",
    ]);
  });

  it("has a line per decision point and per question, with its success rate", () => {
    const lines = successCsv(table).split("\r\n");
    expect(lines[0]).toBe("\ufeffType;Activité;Identifiant;Point de décision ou question;Libellé;Étape;Élèves;Réussites;Réussite (%);Temps médian (s)");
    expect(lines[2]).toBe("scénario;Dépassement d'encours;02-depassement-d-encours;intake.credit;intake.credit;Contrôle de la commande;2;1;50;");
    expect(lines[9]).toBe("questionnaire;Contrôle des commandes;controle-des-commandes;pgi-base-unique;pgi-base-unique;Introduction\u00a0: la relation client;2;1;50;");
    expect(lines).toHaveLength(11);
  });

  it("names each point with the label given, and gives the median time when the files say it", () => {
    const timedTable = { ...table, decisionPoints: table.decisionPoints.map((point) => ({ ...point, medianSeconds: 42.5 })), questions: [] };
    const lines = successCsv(timedTable, (item) => `=${item.id.toUpperCase()}`).split("\r\n");
    expect(lines[2]).toBe("scénario;Dépassement d'encours;02-depassement-d-encours;intake.credit;'=INTAKE.CREDIT;Contrôle de la commande;2;1;50;42,5");
  });

  it("lists the notions missed, the most missed first", () => {
    expect(notionsCsv(table).split("\r\n").slice(0, 3)).toEqual([
      "\ufeffNotion;Étape;Décisions et réponses;Manquées;Manquées (%)",
      "Enregistrer la commande dans le PGI;Traitement de la commande;2;2;100",
      "Le PGI\u00a0: une base de données unique partagée par tous les services;Introduction\u00a0: la relation client;2;1;50",
    ]);
  });

  it("neutralises a pseudonym written as a formula", () => {
    const [lea] = classFiles();
    const hostile = aggregateClass([{ ...lea!, pseudonym: "=IMPORTXML(\"http://x\";\"//a\")" }]);
    expect(classTableCsv(hostile).split("\r\n")[1]).toMatch(/^"'=IMPORTXML\(""http:\/\/x"";""\/\/a""\)";scénario;/u);
  });
});
