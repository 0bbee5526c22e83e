import { describe, expect, it } from "vitest";
import { breakableFrenchSpaces } from "./frenchTypography";
import { frenchSpacing } from "./quiz/generators/generator";

const marks = (text: string) => breakableFrenchSpaces(text).map((space) => space.mark);

/** Phrases of the bundled scenarios as they were written before the fix, one ordinary space or more each. */
const WRITTEN_WITH_ORDINARY_SPACES = [
  "Le piège : les factures non réglées (2 400,00 €) ne sont pas tout.",
  "Relisez la fiche de solvabilité du client : que publie le BODACC ?",
  "Recherchez « Le Goff » et le SIREN 529 876 542 dans le fichier clients.",
  "De : Julien Marchais <j.marchais@touraine-graphic.fr>\nÀ : commandes@papeteries-valdeloire.fr\nDate : lundi 9 mars 2026, 08:52",
  "- 20 ramettes de papier couché 135 g SRA3 (réf. COU-135-SRA3) à 38,00 € HT ;\n- 10 boîtes d'enveloppes",
  "Brut × 0,90 = ? ; puis ce résultat × 0,95.",
  "Date et signature du responsable : ........................ (cadre vide)",
];

describe("the ordinary spaces French typography wants no-break", () => {
  it("finds the space before « : ; ? ! », after « « » and before « » », with its mark", () => {
    expect(marks("Le piège : les factures non réglées (2 400,00 €) ne sont pas tout.")).toEqual([":"]);
    expect(marks("Relisez la fiche de solvabilité du client : que publie le BODACC ?")).toEqual([":", "?"]);
    expect(marks("Recherchez « Le Goff » et le SIREN 529 876 542 dans le fichier clients.")).toEqual(["«", "»"]);
    expect(marks("une relance courtoise ; la relance 2, plus ferme")).toEqual([";"]);
    expect(marks("Attention !")).toEqual(["!"]);
    expect(breakableFrenchSpaces("Le piège : les factures")[0]?.index).toBe(8);
  });

  it("accepts the no-break space and the narrow no-break space the quizzes put before « ; ? »", () => {
    expect(breakableFrenchSpaces("Le client n'a encore aucun encours\u00a0: seul le montant TTC compte\u00a0; vérifiez-le\u00a0!")).toEqual([]);
    expect(breakableFrenchSpaces("Quelle est l'échéance\u202f? Un seul taux\u202f; «\u00a0Bon pour accord\u00a0»")).toEqual([]);
  });

  it("leaves alone a colon written without space, as in a time or an address, and a space after the mark", () => {
    expect(marks("Date : lundi 9 mars 2026, 08:52")).toEqual([":"]);
    expect(breakableFrenchSpaces("Voir https://www.bodacc.fr et le 10:00 ; ")).toHaveLength(1);
    expect(breakableFrenchSpaces("Objet\u00a0: Bon de commande BC-TG-2026-118\u00a0; pièce jointe\u00a0: BC.pdf")).toEqual([]);
    expect(breakableFrenchSpaces('le cadre "signature du responsable" est vide')).toEqual([]);
  });

  it("takes the « ? » of an unknown figure like any other: the other scenarios write « =\u00a0? »", () => {
    expect(marks("Brut × 0,90 = ? ; puis ce résultat × 0,95.")).toEqual(["?", ";"]);
  });

  it("reports the single space of « » once, and shows the text around a space on one line, 20 characters each side", () => {
    expect(marks("« »")).toEqual(["»"]);
    const [from, to] = breakableFrenchSpaces("De : Julien Marchais <j.marchais@touraine-graphic.fr>\nÀ : commandes@papeteries-valdeloire.fr");
    expect(from?.excerpt).toBe("De : Julien Marchais <j…");
    expect(to?.excerpt).toBe("…uraine-graphic.fr> À : commandes@papeteri…");
  });

  it("does not look for a thin space (U+2009), which breaks too: no bundled text has one, and the rule is the ordinary space", () => {
    expect(breakableFrenchSpaces("Quelle date\u2009?")).toEqual([]);
  });

  it("never cuts an emoji in half in the excerpt", () => {
    // The space is 21 code units in: the excerpt would start on the emoji's second half.
    expect(breakableFrenchSpaces(`😀${"x".repeat(19)} : suite`)[0]?.excerpt).toBe(`😀${"x".repeat(19)} : suite`);
    expect(breakableFrenchSpaces(`${"x".repeat(20)} : 😀 suite`)[0]?.excerpt).toBe(`${"x".repeat(20)} : 😀 suite`);
  });

  it.each(WRITTEN_WITH_ORDINARY_SPACES)("finds nothing once the quiz generators' frenchSpacing has fixed « %s »", (text) => {
    expect(breakableFrenchSpaces(text).length).toBeGreaterThan(0);
    expect(breakableFrenchSpaces(frenchSpacing(text))).toEqual([]);
  });
});
