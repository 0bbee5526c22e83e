import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { turnsDuring } from "@/components/ui/turns.testing";
import { checkDraftVariants, choiceInWords } from "./draftCheck";

const variantsText = readFileSync("scripts/__variants__/depassement-d-encours.variantes.json", "utf8");

describe("the variants of a draft, checked one variant per task (docs/decisions/0163)", () => {
  it("checks the forty variants its learners can draw, and gives the page a turn between two", async () => {
    const { result, turns } = await turnsDuring(() => checkDraftVariants(variantsText, () => true));
    expect(result).toEqual({ issues: [], count: 40 });
    // One turn before the forty draws, one before each of the forty variants.
    expect(turns).toBeGreaterThanOrEqual(40);
  });

  it("stops as soon as the draft it checks is no longer the one shown, and gives nothing", async () => {
    let asked = 0;
    const result = await checkDraftVariants(variantsText, () => {
      asked += 1;
      return asked < 3;
    });
    expect(result).toBeUndefined();
    expect(asked).toBe(3);
  });

  it("has nothing to check on a draft that does not hold", async () => {
    expect(await checkDraftVariants("{", () => true)).toEqual({ issues: [], count: 0 });
  });
});

describe("a learner's variant as the answer key lists its draws", () => {
  it("names each field varied in the form's words, and leaves the dates' shift as it is said", () => {
    expect(choiceInWords({ rule: 0, path: "customers[0].creditLimit", value: "9500.00", description: "customers[0].creditLimit = 9\u202f500,00\u00a0€" })).toBe("Clients › Client 1 › Plafond d'encours = 9\u202f500,00\u00a0€");
    expect(choiceInWords({ rule: 1, path: "ledger.openInvoices[0].lines[1].quantity", value: 16, description: "ledger.openInvoices[0].lines[1].quantity = 16" })).toBe(
      "Ce que le PGI contient au départ › Factures non réglées › Facture 1 › Lignes › Ligne 2 › Quantité = 16",
    );
    expect(choiceInWords({ rule: 2, path: "events[0].method", value: "transfer", description: 'events[0].method = "transfer" (valeur 1 sur 2)' })).toBe(
      "Événements programmés › Événement 1 › Moyen de paiement = virement (valeur 1 sur 2)",
    );
    expect(choiceInWords({ rule: 3, value: 3, description: "dates décalées de +3 jours" })).toBe("dates décalées de +3 jours");
  });
});
