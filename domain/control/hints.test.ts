import { describe, expect, it } from "vitest";
import { defaultControlHints } from "./hints";
import { controlAnswerKey } from "./key";
import { toPrintedInvoice } from "./printedInvoice";
import { control, options } from "./control.fixtures";

describe("defaultControlHints", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });
  const key = controlAnswerKey(doc, options);

  it("say how many anomalies remain, then where to look, then what", () => {
    const point = key.points[3];
    expect(point).toBeDefined();
    if (point === undefined) return;
    expect(defaultControlHints(point, 4)).toEqual(["Il reste 4 anomalies à relever.", "Regardez les lignes de la facture.", "Indice\u00a0: un montant est faux\u00a0: «\u00a0Ligne 2\u00a0: montant HT\u00a0»."]);
    expect(defaultControlHints(point, 1)[0]).toBe("Il reste 1 anomalie à relever.");
  });
});
