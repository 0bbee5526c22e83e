import { describe, expect, it } from "vitest";
import { deriveIntakeKey, judgeElements } from ".";
import { plain, rulesScenario, withOrder, intakeInput } from "./intake.fixtures";

describe("check 5: elements", () => {
  const quoted = (validUntil: string) =>
    rulesScenario(
      withOrder({
        support: "quote",
        quote: { number: "DV-2026-031", date: "2026-11-02", validUntil, prices: [{ reference: "BUR-140", unitPrice: "230.00" }] },
        lines: [
          { reference: "BUR-140", quantity: 5, unitPrice: "230.00" },
          { reference: "ARM-MET", quantity: 3, unitPrice: "360.00" },
          { reference: "LAMP-99", quantity: 2 },
        ],
      }),
    );

  it("a valid quote's prices prevail; a price off the catalogue and an unknown reference are anomalies", () => {
    const key = deriveIntakeKey(intakeInput(quoted("2026-12-02")));
    expect(key.elements.expected).toEqual([
      { code: "priceDiffers", line: 1 },
      { code: "unknownReference", line: 2 },
    ]);
    expect(plain(key.elements.explanation)).toContain("ligne 2 : « ARM-MET » à 360,00 € HT au lieu de 380,00 € HT (prix du catalogue)");
    expect(key.order.lines.map((l) => [l.reference, l.unitPriceCents])).toEqual([
      ["BUR-140", 23_000],
      ["ARM-MET", 38_000],
    ]);
  });

  it("an expired quote is an anomaly and the catalogue's prices apply", () => {
    const key = deriveIntakeKey(intakeInput(quoted("2026-11-10")));
    expect(key.elements.expected).toEqual([
      { code: "priceDiffers", line: 0 },
      { code: "priceDiffers", line: 1 },
      { code: "unknownReference", line: 2 },
      { code: "quoteExpired" },
    ]);
    expect(plain(key.elements.explanation)).toContain("devis DV-2026-031 valable jusqu'au 10/11/2026, commande du 16/11/2026 : devis expiré");
  });

  it("names the missed anomalies and the false alarms", () => {
    const key = deriveIntakeKey(intakeInput(quoted("2026-12-02")));
    const judged = judgeElements(key.elements, [{ code: "unknownReference", line: 2 }, { code: "unsigned", line: 4 }]);
    expect(judged.correct).toBe(false);
    expect(plain(judged.explanation)).toContain("Anomalie manquée : ligne 2 : « ARM-MET » à 360,00 € HT au lieu de 380,00 € HT");
    expect(plain(judged.explanation)).toContain("Fausse alerte : bon de commande non signé.");
    expect(judgeElements(key.elements, [{ code: "unknownReference", line: 2 }, { code: "priceDiffers", line: 1 }]).correct).toBe(true);
  });

  it("unsigned purchase order, missing delivery address", () => {
    const unsigned = deriveIntakeKey(intakeInput(rulesScenario(withOrder({ support: "purchaseOrder", signed: false }))));
    expect(unsigned.elements.expected).toEqual([{ code: "unsigned" }]);
    expect(unsigned.decision.expected.decision).toBe("hold");
    const noAddress = deriveIntakeKey(
      intakeInput(
        rulesScenario((f) => {
          delete f.customers![0]!.deliveryAddress;
        }),
      ),
    );
    expect(noAddress.elements.expected).toEqual([{ code: "missingDeliveryAddress" }]);
  });
});
