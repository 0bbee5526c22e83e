import { describe, expect, it } from "vitest";
import { GLOSSARY, glossaryEntry } from "./glossary";
import { GLOSSARY_TERMS, glossaryTerm } from "./glossaryTerms";
import { STAGE_IDS, stageNumber } from "./stages";

describe("glossary", () => {
  it("has one entry per identifier", () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has a term for each definition and a definition for each term, the same as the pages write", () => {
    expect(GLOSSARY.map((entry) => entry.id).toSorted()).toEqual(Object.keys(GLOSSARY_TERMS).toSorted());
    for (const entry of GLOSSARY) expect(glossaryTerm(entry.id), entry.id).toEqual({ term: entry.term, ...(entry.abbreviation ? { abbreviation: entry.abbreviation } : {}) });
    expect(glossaryTerm("toString")).toBeUndefined();
  });

  it("links only to entries that exist, never to itself", () => {
    for (const entry of GLOSSARY) {
      for (const related of entry.related) {
        expect(glossaryEntry(related), `${entry.id} → ${related}`).toBeDefined();
        expect(related).not.toBe(entry.id);
      }
    }
  });

  it("covers every term the course and the domain vocabulary name", () => {
    const terms = [
      "tradeDiscount", "allowance", "rebate", "cashDiscount", "netCommercial", "netFinancial", "shipping",
      "deposit", "outstanding", "creditLimit", "quote", "purchaseOrder", "orderAcknowledgement", "deliveryNote",
      "invoice", "creditNote", "reminder", "registeredLetter", "formalNotice", "paymentOrder",
      "economicActivitiesCourt", "service", "enforcementFormula",
    ];
    for (const id of terms) expect(glossaryEntry(id), id).toBeDefined();
  });

  it("states the cascade rule with the course's figure: 10\u00a0% then 5\u00a0% is 14,5\u00a0%", () => {
    expect(glossaryEntry("tradeDiscount")?.definition).toContain("14,5\u00a0%");
  });

  it("quotes the rates of the latest known half-year, and both legal interest rates with whom each is owed to", () => {
    const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/gu, " ");
    expect(plain(glossaryEntry("latePenalty")?.definition)).toContain("+ 10 points (12,15 % au 1er semestre 2026) ; un taux convenu ne peut être inférieur à trois fois le taux d'intérêt légal (7,86 %)");
    expect(plain(glossaryEntry("legalInterestRate")?.definition)).toContain("6,67 % quand le créancier est un particulier, 2,62 % dans tous les autres cas (1er semestre 2026)");
  });

  it("places every entry in existing stages of the course", () => {
    const stages = new Set<number>(STAGE_IDS.map(stageNumber));
    expect([...stages]).toEqual([1, 2, 3, 4, 5]);
    for (const entry of GLOSSARY) {
      expect(entry.stages.length).toBeGreaterThan(0);
      for (const stage of entry.stages) expect(stages.has(stage)).toBe(true);
    }
  });
});
