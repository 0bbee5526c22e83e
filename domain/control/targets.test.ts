import { describe, expect, it } from "vitest";
import { mentionsOfList } from "./catalogue";
import { toPrintedInvoice } from "./printedInvoice";
import { controlTargets, selectableTargets } from "./targets";
import { plain, control } from "./control.fixtures";

describe("controlTargets", () => {
  const doc = toPrintedInvoice(control.invoice, { size: "small" });
  const targets = controlTargets(doc, "course");

  it("lists what is printed with its value, in reading order: header, parties, lines, totals with VAT, payment", () => {
    const printed = targets.printed.map((t) => t.target);
    expect(printed.slice(0, 3)).toEqual(["number", "issueDate", "seller.name"]);
    expect(printed.indexOf("lines[0].description")).toBeLessThan(printed.indexOf("totals.grossCents"));
    expect(printed.indexOf("totals.totalExclTaxCents")).toBeLessThan(printed.indexOf("totals.vat[0].baseCents"));
    expect(printed.indexOf("totals.vat[0].amountCents")).toBeLessThan(printed.indexOf("totals.totalInclTaxCents"));
    expect(printed[printed.length - 1]).toBe("recoveryIndemnityCents");
    expect(printed).not.toContain("buyer.address");
    expect(targets.printed.find((t) => t.target === "seller.siren")).toEqual({ target: "seller.siren", label: "SIREN du vendeur", area: "seller", value: "842157638", mention: "sellerSiren" });
    expect(plain(targets.printed.find((t) => t.target === "totals.vat[0].amountCents")?.value ?? "")).toBe("55,44 €");
    expect(plain(targets.printed.find((t) => t.target === "totals.vat[0].amountCents")?.label ?? "")).toBe("TVA à 20 %");
  });

  it("keeps every cell of each line, even an empty one (an empty cell is visible on the invoice)", () => {
    expect(targets.printed.find((t) => t.target === "lines[1].description")).toEqual({ target: "lines[1].description", label: "Ligne 2\u00a0: désignation", area: "lines", value: "", mention: "productDescriptions" });
    // No line prints a reference: the column is not there.
    expect(targets.printed.some((t) => t.target === "lines[0].reference")).toBe(false);
  });

  it("offers the whole catalogue of the chosen list for missing mentions, whatever the invoice lacks", () => {
    expect(targets.mentions.map((t) => t.target)).toEqual(mentionsOfList("course"));
    expect(controlTargets(doc, "legal").mentions.map((t) => t.target)).toEqual(mentionsOfList("legal"));
    expect(targets.mentions[0]).toEqual({ target: "invoiceNumber", label: "Numéro unique de la facture (série chronologique et continue)", area: "header", mention: "invoiceNumber" });
  });

  it("gives each selectable target once (a mention code that is also a path is one target)", () => {
    const legal = controlTargets(doc, "legal");
    const all = selectableTargets(legal);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((t) => t === "issueDate")).toHaveLength(1);
  });
});
