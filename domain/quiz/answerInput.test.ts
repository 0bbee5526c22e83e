import { describe, expect, it } from "vitest";
import { parseDateAnswer, parseNumberAnswer } from "./answerInput";

describe("parseNumberAnswer: figures typed the French way", () => {
  it("reads euros with spaces, a comma or a point, and the sign €", () => {
    expect(parseNumberAnswer("1 005,48", "€")).toEqual({ ok: true, value: 1005.48 });
    expect(parseNumberAnswer("1005.48 €", "€")).toEqual({ ok: true, value: 1005.48 });
    expect(parseNumberAnswer("1\u202f005,48\u00a0€", "€")).toEqual({ ok: true, value: 1005.48 });
    expect(parseNumberAnswer("-120,00", "€")).toEqual({ ok: true, value: -120 });
  });

  it("refuses an amount past the cent, or ambiguous, and says why", () => {
    expect(parseNumberAnswer("1005,485", "€")).toEqual({ ok: false, message: "«\u00a01005,485\u00a0» a plus de deux décimales\u00a0: un montant s'écrit au centime près." });
    expect(parseNumberAnswer("1.005", "€")).toMatchObject({ ok: false, message: expect.stringContaining("«\u00a01.005\u00a0» est ambigu") });
  });

  it("reads rates and days", () => {
    expect(parseNumberAnswer("12,5 %", "%")).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberAnswer("12.15", "%")).toEqual({ ok: true, value: 12.15 });
    expect(parseNumberAnswer("45 jours", "jours")).toEqual({ ok: true, value: 45 });
    expect(parseNumberAnswer("60", "jours")).toEqual({ ok: true, value: 60 });
  });

  it("names the unit typed instead of the one asked", () => {
    expect(parseNumberAnswer("12 %", "€")).toEqual({ ok: false, message: "«\u00a012 %\u00a0»\u00a0: la réponse attendue est en euros, pas en pourcentage (par exemple 1 005,48)" });
    expect(parseNumberAnswer("184,93 €", "%")).toEqual({ ok: false, message: "«\u00a0184,93 €\u00a0»\u00a0: la réponse attendue est en pourcentage, pas en euros (par exemple 12,5)" });
    expect(parseNumberAnswer("40 €", "jours")).toEqual({ ok: false, message: "«\u00a040 €\u00a0»\u00a0: la réponse attendue est en jours, pas en euros (par exemple 45)" });
  });

  it("says an empty answer, a fraction of a day and letters are not answers", () => {
    expect(parseNumberAnswer("  ", "€")).toEqual({ ok: false, message: "La réponse est vide\u00a0: écrivez un nombre, par exemple 1 005,48." });
    expect(parseNumberAnswer("4,5", "jours")).toEqual({ ok: false, message: "«\u00a04,5\u00a0»\u00a0: un nombre de jours est entier (par exemple 45)" });
    expect(parseNumberAnswer("quarante", "jours")).toEqual({ ok: false, message: "«\u00a0quarante\u00a0» n'est pas un nombre de jours\u00a0: écrivez des chiffres, par exemple 45" });
    expect(parseNumberAnswer("dix", "%")).toEqual({ ok: false, message: "«\u00a0dix\u00a0» n'est pas un taux\u00a0: écrivez par exemple 10 ou 5,5." });
  });
});

describe("parseDateAnswer: a date typed JJ/MM/AAAA", () => {
  it("reads the French order with slashes, dashes or points, and a date field's ISO value", () => {
    expect(parseDateAnswer("30/11/2026")).toEqual({ ok: true, value: "2026-11-30" });
    expect(parseDateAnswer(" 1/9/2026 ")).toEqual({ ok: true, value: "2026-09-01" });
    expect(parseDateAnswer("30-11-2026")).toEqual({ ok: true, value: "2026-11-30" });
    expect(parseDateAnswer("30.11.2026")).toEqual({ ok: true, value: "2026-11-30" });
    expect(parseDateAnswer("2026-11-30")).toEqual({ ok: true, value: "2026-11-30" });
  });

  it("names the day or the month that does not exist", () => {
    expect(parseDateAnswer("31/11/2026")).toEqual({ ok: false, message: "«\u00a031/11/2026\u00a0»\u00a0: le 31 novembre 2026 n'existe pas, novembre 2026 a 30 jours." });
    expect(parseDateAnswer("29/02/2026")).toEqual({ ok: false, message: "«\u00a029/02/2026\u00a0»\u00a0: le 29 février 2026 n'existe pas, février 2026 a 28 jours." });
    expect(parseDateAnswer("29/02/2028")).toEqual({ ok: true, value: "2028-02-29" });
    expect(parseDateAnswer("12/13/2026")).toEqual({ ok: false, message: "«\u00a012/13/2026\u00a0»\u00a0: le mois 13 n'existe pas (de 1 à 12)." });
  });

  it("asks for the year, whole, and for a date rather than words", () => {
    expect(parseDateAnswer("30/11")).toEqual({ ok: false, message: "«\u00a030/11\u00a0»\u00a0: il manque l'année\u00a0; écrivez JJ/MM/AAAA, par exemple 30/11/2026." });
    expect(parseDateAnswer("30/11/26")).toEqual({ ok: false, message: "«\u00a030/11/26\u00a0»\u00a0: écrivez l'année avec ses quatre chiffres, par exemple 30/11/2026." });
    expect(parseDateAnswer("fin novembre")).toEqual({ ok: false, message: "«\u00a0fin novembre\u00a0» n'est pas une date\u00a0: écrivez JJ/MM/AAAA, par exemple 30/11/2026." });
    expect(parseDateAnswer("")).toEqual({ ok: false, message: "La date est vide\u00a0: écrivez JJ/MM/AAAA, par exemple 30/11/2026." });
  });
});
