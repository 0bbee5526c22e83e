import { describe, expect, it } from "vitest";
import { saleFileFacts } from "./saleFile";

describe("the sale's file shown beside the invoice to control", () => {
  it("gives every fact the check compares the invoice with, in the course's words", () => {
    expect(
      saleFileFacts({
        purchaseOrderNumber: "BC-GL-0419",
        saleDate: "2026-04-13",
        deliveryAddressDiffers: true,
        reductions: { tradeDiscounts: [10, 5], rebates: [2], cashDiscount: 2 },
        previousNumbers: ["FA-2026-00518", "FA-2026-00519"],
        buyerProfessional: false,
        operationNature: "goods",
      }).map((fact) => `${fact.label} : ${fact.value}`.replace(/[\u00a0\u202f]/gu, " ")),
    ).toEqual([
      "Bon de commande du client : BC-GL-0419",
      "Date de la vente (livraison) : 13/04/2026",
      "Adresse de livraison : différente de l'adresse de facturation",
      "Réductions accordées au client : remise 10 % puis 5 % ; ristourne 2 % ; escompte 2 % déduit (paiement comptant)",
      "Factures déjà émises par le vendeur (de la plus ancienne à la plus récente) : FA-2026-00518, FA-2026-00519",
      "Acheteur : un particulier (consommateur)",
    ]);
  });

  it("says « aucune » when the file records that no reduction was agreed, and nothing it does not know", () => {
    expect(saleFileFacts({ reductions: {} })).toEqual([{ label: "Réductions accordées au client", value: "aucune" }]);
    expect(saleFileFacts({ buyerProfessional: true, operationNature: "services" })).toEqual([]);
  });
});
