import { describe, expect, it } from "vitest";
import { TEST_STATED_RATES } from "../../rates.fixtures";
import { checkInvoice } from "../check";
import { SELLER_VAT, CONTEXT, invoice, legal, withPrevious, course, edit, summary, NBSP } from "../mentions.fixtures";

// ---------------------------------------------------------------------------------------------
// Wrong mentions
// ---------------------------------------------------------------------------------------------

describe("wrong mentions", () => {
  it("an indemnity of 35 € instead of 40 €", () => {
    const check = legal(edit(invoice(), (d) => (d.recoveryIndemnityCents = 3500)));
    expect(check.findings).toEqual([
      {
        code: "mention.recoveryIndemnity.wrongAmount",
        category: "wrongMention",
        field: "recoveryIndemnityCents",
        message: `Indemnité forfaitaire pour frais de recouvrement\u00a0: 35,00${NBSP}€ imprimé au lieu de 40,00${NBSP}€ (montant fixé par décret).`,
        reference: "C. com. art. L441-10 et D441-5",
        expected: `40,00${NBSP}€`,
        found: `35,00${NBSP}€`,
        mention: "recoveryIndemnity",
      },
    ]);
    expect(check.fineEstimateCents).toBe(1500);
  });

  it("a VAT number with a wrong key", () => {
    const check = legal(edit(invoice(), (d) => (d.seller.vatNumber = "FR 99 842157638")));
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]).toMatchObject({
      code: "mention.sellerVatNumber.key",
      category: "wrongMention",
      field: "seller.vatNumber",
      expected: "FR62842157638",
      found: "FR99842157638",
    });
    expect(check.findings[0]?.message).toBe(
      "Numéro de TVA FR 99 842157638\u00a0: pour le SIREN 842 157 638, la clé est (12 + 3 × (842157638 mod 97)) mod 97 = 62, et non 99.",
    );
  });

  it("a VAT number of another company (valid key, other SIREN)", () => {
    const check = legal(edit(invoice(), (d) => (d.seller.vatNumber = "FR83404833048")));
    expect(summary(check.findings)).toEqual(["mention.sellerVatNumber.sirenMismatch @ seller.vatNumber"]);
    expect(check.findings[0]?.expected).toBe(SELLER_VAT);
  });

  it("a malformed VAT number and a malformed or invalid seller SIREN", () => {
    expect(summary(legal(edit(invoice(), (d) => (d.seller.vatNumber = "62842157638"))).findings)).toEqual([
      "mention.sellerVatNumber.format @ seller.vatNumber",
    ]);
    // The VAT number no longer matches either: two mentions, both wrong.
    expect(summary(legal(edit(invoice(), (d) => (d.seller.siren = "842157639"))).findings)).toEqual([
      "mention.sellerSiren.checksum @ seller.siren",
      "mention.sellerVatNumber.sirenMismatch @ seller.vatNumber",
    ]);
    expect(summary(legal(edit(invoice(), (d) => (d.seller.siren = "84215763"))).findings)).toEqual(["mention.sellerSiren.format @ seller.siren"]);
    // Printed with spaces, as on paper.
    expect(legal(edit(invoice(), (d) => (d.seller.siren = "842 157 638"))).findings).toEqual([]);
  });

  it("judges the number on uniqueness and continuity, never on a letter prefix", () => {
    // Without the numbers issued before, only the presence of a number can be judged.
    for (const number of ["FA-2026-00042", "2026-00042", "000123", "42"]) {
      expect(legal(edit(invoice(), (d) => (d.number = number))).findings).toEqual([]);
    }
    expect(withPrevious("2026-00042", ["2026-00040", "2026-00041"]).findings).toEqual([]);
    expect(withPrevious("000123", ["000121", "000122"]).findings).toEqual([]);
    // Several series: each continues on its own; a new year's series starts at 1.
    expect(withPrevious("AV-2026-00008", ["FA-2026-00041", "AV-2026-00007", "FA-2026-00042"]).findings).toEqual([]);
    expect(withPrevious("FA-2027-00001", ["FA-2026-00099"]).findings).toEqual([]);
  });

  it("flags a number already issued, a gap, a step back and a number without an order number", () => {
    const duplicate = withPrevious("2026-00041", ["2026-00040", "2026-00041"]);
    expect(duplicate.findings).toEqual([
      {
        code: "mention.invoiceNumber.duplicate",
        category: "wrongMention",
        field: "number",
        message: "Numéro de facture «\u00a02026-00041\u00a0» déjà attribué à une pièce précédente\u00a0: un numéro ne sert qu'une fois dans la série.",
        reference: "Cours C6 — contrôle de la facture\u00a0; C. com. art. L441-9\u00a0; CGI ann. II art. 242 nonies A",
        found: "2026-00041",
        mention: "invoiceNumber",
      },
    ]);
    expect(duplicate.fineEstimateCents).toBe(1500);
    const gap = withPrevious("000124", ["000121", "000122"]);
    expect(gap.findings.map((f) => [f.code, f.message, f.expected, f.found])).toEqual([
      [
        "mention.invoiceNumber.gap",
        "Numéro de facture «\u00a0000124\u00a0»\u00a0: la pièce précédente de la série porte le numéro 000122, la suivante porte 000123 (série continue, sans trou ni retour en arrière).",
        "000123",
        "000124",
      ],
    ]);
    expect(withPrevious("2026-00040", ["2026-00040 ", "2026-00041"]).findings.map((f) => f.code)).toEqual(["mention.invoiceNumber.duplicate"]);
    expect(withPrevious("2026-00039", ["2026-00040", "2026-00041"]).findings.map((f) => f.expected)).toEqual(["2026-00042"]);
    expect(withPrevious("FA-2027-00005", ["FA-2026-00099"]).findings.map((f) => f.message)).toEqual([
      "Numéro de facture «\u00a0FA-2027-00005\u00a0»\u00a0: aucune pièce précédente de cette série n'est connue\u00a0: une nouvelle série commence à FA-2027-00001.",
    ]);
    expect(withPrevious("FACTURE", ["2026-00041"]).findings.map((f) => f.code)).toEqual(["mention.invoiceNumber.notInSeries"]);
  });

  it("an issue date after the control date, or not a date", () => {
    const future = legal(edit(invoice(), (d) => (d.issueDate = "2026-12-01")));
    expect(future.findings.map((f) => f.code)).toEqual(["mention.issueDate.inFuture"]);
    expect(future.findings[0]?.message).toBe(
      "Date d'émission 01/12/2026 postérieure à la date du jour (28/11/2026)\u00a0: une facture n'est pas datée à l'avance.",
    );
    expect(legal(edit(invoice(), (d) => (d.issueDate = "2026-02-30"))).findings.map((f) => f.code)).toEqual(["mention.issueDate.invalid"]);
  });

  it("an unknown VAT rate on a line", () => {
    const doc = edit(invoice(), (d) => {
      const line = d.lines[2];
      if (line) line.vatRate = 7;
    });
    const check = legal(doc);
    expect(summary(check.findings)).toEqual(["mention.lineVatRates.unknownRate @ lines[2].vatRate"]);
    expect(check.findings[0]?.message).toBe(
      `Ligne 3\u00a0: taux de TVA 7${NBSP}% inconnu (taux permis\u00a0: 20${NBSP}%, 10${NBSP}%, 5,5${NBSP}%, 2,1${NBSP}%\u00a0; les montants qui en dépendent ne sont pas vérifiés).`,
    );
    // The course list has no such mention: the arithmetic says why the totals are not checked.
    expect(summary(course(doc).findings)).toEqual(["arithmetic.notComputable @ lines[2].vatRate"]);
  });

  it("agreed reductions left off the invoice: one mention, the figures still checked with the agreed rates", () => {
    const check = legal(edit(invoice(), (d) => (d.reductions = {})));
    expect(check.findings.map((f) => f.message)).toEqual([
      `Réductions accordées au client mais non imprimées\u00a0: remise 10${NBSP}% puis remise 5${NBSP}% (toute réduction acquise à la date de la vente figure sur la facture).`,
    ]);
    const wrongNet = edit(invoice(), (d) => {
      d.reductions = {};
      d.totals.netCommercialCents = 20435;
    });
    expect(summary(legal(wrongNet).findings)).toEqual([
      "mention.reductions.missing @ reductions.tradeDiscounts",
      "arithmetic.netCommercial @ totals.netCommercialCents",
    ]);
  });

  it("reductions printed other than agreed", () => {
    const check = legal(edit(invoice(), (d) => (d.reductions = { tradeDiscounts: [10] })));
    const mentionFindings = check.findings.filter((f) => f.category !== "arithmetic");
    expect(mentionFindings).toHaveLength(1);
    expect(mentionFindings[0]).toMatchObject({
      code: "mention.reductions.mismatch",
      field: "reductions.tradeDiscounts",
      expected: `remise 10${NBSP}% puis remise 5${NBSP}%`,
      found: `remise 10${NBSP}%`,
    });
    // The printed figures were computed with 10 % then 5 %: against the printed 10 % alone they are wrong.
    expect(check.findings.filter((f) => f.category === "arithmetic").map((f) => f.field)).toContain("totals.netCommercialCents");
    // A reduction printed that nobody agreed on.
    const extra = legal(edit(invoice(), (d) => (d.reductions = { tradeDiscounts: [10, 5], cashDiscount: 2 })));
    expect(extra.findings.filter((f) => f.category !== "arithmetic").map((f) => f.message)).toEqual([
      `Escompte\u00a0: la facture indique escompte 2${NBSP}%, alors que les conditions du client n'en prévoient aucune.`,
    ]);
  });

  it("without a known context, purchase order, sale date and agreed reductions are not checked", () => {
    const doc = edit(invoice(), (d) => {
      delete d.purchaseOrderNumber;
      delete d.saleDate;
      delete d.deliveryAddress;
    });
    const check = checkInvoice(doc, { list: "legal", statedRates: TEST_STATED_RATES });
    expect(check.findings).toEqual([]);
    expect(check.mentionsChecked).not.toContain("purchaseOrderNumber");
    expect(check.mentionsChecked).not.toContain("saleDate");
    expect(check.mentionsChecked).not.toContain("deliveryAddress");
  });

  it("a purchase-order number or a delivery date other than the context's", () => {
    const doc = edit(invoice(), (d) => {
      d.purchaseOrderNumber = "CMD-7718";
      d.saleDate = "2026-11-17";
    });
    expect(legal(doc).findings.map((f) => [f.code, f.expected, f.found])).toEqual([
      ["mention.purchaseOrderNumber.mismatch", "CMD-7781", "CMD-7718"],
      ["mention.saleDate.mismatch", "18/11/2026", "17/11/2026"],
    ]);
    // A sale on the issue date needs no separate date.
    const sameDay = edit(invoice(), (d) => delete d.saleDate);
    expect(legal(sameDay, { ...CONTEXT, saleDate: "2026-11-20" }).findings).toEqual([]);
  });

  it("an incomplete address names the missing part", () => {
    const doc = edit(invoice(), (d) => {
      if (d.buyer.address) d.buyer.address.postalCode = "";
    });
    expect(summary(legal(doc).findings)).toEqual(["mention.buyerDetails.missing @ buyer.address.postalCode"]);
    expect(legal(doc).findings[0]?.message).toBe("Adresse de l'acheteur incomplète\u00a0: code postal manquant.");
    // A billing address printed apart is the one that counts.
    const billing = edit(invoice(), (d) => {
      d.buyer.billingAddress = { street: "BP 12", postalCode: "38001", city: "Grenoble Cedex 1" };
      delete d.buyer.address;
    });
    expect(legal(billing).findings).toEqual([]);
  });

  it("an individual entrepreneur prints no share capital", () => {
    const doc = edit(invoice(), (d) => {
      d.seller.legalForm = "EI";
      delete d.seller.shareCapitalCents;
    });
    const check = legal(doc);
    expect(check.findings).toEqual([]);
    expect(check.mentionsChecked).not.toContain("sellerShareCapital");
  });

  it("a VAT summary that leaves out a rate used by the lines", () => {
    const doc = edit(invoice(), (d) => {
      d.totals.vat = d.totals.vat?.slice(0, 1);
    });
    const check = legal(doc);
    expect(summary(check.findings)).toEqual(["mention.vatPerRate.missing @ totals.vat"]);
    expect(check.findings[0]?.message).toContain(`5,5${NBSP}%`);
  });

  it("a deposit without a net amount to pay", () => {
    const doc = edit(invoice(), (d) => delete d.totals.amountDueCents);
    expect(summary(legal(doc).findings)).toEqual(["mention.totalToPay.missing @ totals.amountDueCents"]);
    const noDeposit = edit(doc, (d) => {
      delete d.depositCents;
      delete d.totals.depositCents;
    });
    expect(legal(noDeposit).findings).toEqual([]);
  });
});
