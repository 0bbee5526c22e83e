import { describe, expect, it } from "vitest";
import { breakableFrenchSpaces, withoutLabel } from "./frenchTypography";
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
    expect(marks("Le piège : les factures non réglées (2\u202f400,00\u00a0€) ne sont pas tout.")).toEqual([":"]);
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

  it("finds the space between a number and « € » or « % », whatever holds its thousands", () => {
    expect(marks("Le piège : les factures non réglées (2 400,00 €) ne sont pas tout.")).toEqual([":", "€"]);
    expect(marks("une remise de 5 % puis 3 %")).toEqual(["%", "%"]);
    expect(marks("Total : 1 234,50 €")).toEqual([":", "€"]);
    expect(marks("Total\u00a0: 1\u202f234,50 €")).toEqual(["€"]);
    expect(marks("Total\u00a0: 1\u00a0234,50 €")).toEqual(["€"]);
    expect(breakableFrenchSpaces("soit 120 € HT")[0]).toEqual({ index: 8, mark: "€", excerpt: "soit 120 € HT" });
  });

  it("accepts a no-break space before « € » and « % », and leaves a sign that follows no number", () => {
    expect(breakableFrenchSpaces("1\u202f234,50\u00a0€, 1\u00a0234,50\u00a0€, 5\u00a0%, 5,5\u202f%")).toEqual([]);
    expect(breakableFrenchSpaces("montant en € ; taux en %")).toHaveLength(1);
    expect(marks("montant en € ; taux en %")).toEqual([";"]);
    expect(breakableFrenchSpaces("le seuil (%) et le prix (€)")).toEqual([]);
    expect(breakableFrenchSpaces("20% et 40€ collés")).toEqual([]);
    expect(breakableFrenchSpaces("FA-2026-00319 € HT")).toHaveLength(1);
  });

  it("finds the space between a number and an abbreviated unit of a closed list", () => {
    expect(marks("6 bouteilles de 1 L")).toEqual(["L"]);
    expect(marks("Sirop framboise 70 cl × 6, 370 g, sac de 35 kg, 2,50 × 1,20 m")).toEqual(["cl", "g", "kg", "m"]);
    expect(marks("carton de 1,44 m², cuve de 2 m³, dos de 80 mm, 160 × 80 cm, 12 km")).toEqual(["m²", "m³", "mm", "cm", "km"]);
    expect(marks("de 9 h à 12 h, 30 min, cric 3 t, 25 ml")).toEqual(["h", "h", "min", "t", "ml"]);
    expect(marks("6 bouteilles de 1\u00a0L, 370\u00a0g, 1,44\u202fm²")).toEqual([]);
  });

  it("leaves a letter that is not a unit after its number: a code, a word, a unit outside the list", () => {
    expect(breakableFrenchSpaces("C. com. art. L. 441-10 et L441-6, art. L 441-10")).toEqual([]);
    expect(breakableFrenchSpaces("dans 2 mois, 3 tables, 5 lots de 2 gobelets, 1 hectare")).toEqual([]);
    expect(breakableFrenchSpaces("Ciment CEM II/B 32,5 R, compresseur 3 CV, 230 V, 4 Go")).toEqual([]);
    expect(breakableFrenchSpaces("HUI-OLV-5L, PONT-2C-4T, R48")).toEqual([]);
    expect(breakableFrenchSpaces("Rails R48 3 m")).toHaveLength(1);
  });

  it("does not look for a thin space (U+2009), which breaks too: no bundled text has one, and the rule is the ordinary space", () => {
    expect(breakableFrenchSpaces("Quelle date\u2009?")).toEqual([]);
  });

  it("never cuts an emoji in half in the excerpt", () => {
    // The space is 21 code units in: the excerpt would start on the emoji's second half.
    expect(breakableFrenchSpaces(`😀${"x".repeat(19)} : suite`)[0]?.excerpt).toBe(`😀${"x".repeat(19)} : suite`);
    expect(breakableFrenchSpaces(`${"x".repeat(20)} : 😀 suite`)[0]?.excerpt).toBe(`${"x".repeat(20)} : 😀 suite`);
  });

  it.each([...WRITTEN_WITH_ORDINARY_SPACES, "Remise de 5 % sur 1\u202f234,50 € HT, 6 bouteilles de 1 L"])("finds nothing once the quiz generators' frenchSpacing has fixed « %s »", (text) => {
    expect(breakableFrenchSpaces(text).length).toBeGreaterThan(0);
    expect(breakableFrenchSpaces(frenchSpacing(text))).toEqual([]);
  });
});

describe("a label the interface already shows, taken out of an engine's text", () => {
  it("takes « Facture N : » written with a no-break space, as the engine writes it now", () => {
    expect(withoutLabel("Facture FA-2026-00319\u00a0: Relance 1 (courtoise)", "Facture FA-2026-00319")).toBe("Relance 1 (courtoise)");
    expect(withoutLabel("document\u00a0: stages[0]\u00a0: l'étape est inconnue", "document")).toBe("stages[0]\u00a0: l'étape est inconnue");
  });

  it("takes it written with an ordinary space, as a saved game keeps an answer of the engine before", () => {
    expect(withoutLabel("Facture FA-2026-00319 : Relance 1 (courtoise)", "Facture FA-2026-00319")).toBe("Relance 1 (courtoise)");
    expect(withoutLabel("document : stages[0] : l'étape est inconnue", "document")).toBe("stages[0] : l'étape est inconnue");
  });

  it("leaves a text that does not open with the label", () => {
    expect(withoutLabel("Facture FA-2026-00320\u00a0: Attendre", "Facture FA-2026-00319")).toBe("Facture FA-2026-00320\u00a0: Attendre");
    expect(withoutLabel("Aucune saisie (suivi terminé)", "Facture FA-2026-00319")).toBe("Aucune saisie (suivi terminé)");
    expect(withoutLabel("le document : rien", "document")).toBe("le document : rien");
  });
});
