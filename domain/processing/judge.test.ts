import { describe, expect, it } from "vitest";
import { deliveryPlan, promisedDeliveryDate } from "./key";
import { judgeAcknowledgement, judgeDeliveryNote, judgeOrderStatus, judgeProcessingOutOfOrder } from "./judge";
import { acknowledged, delivered, TODAY } from "./processing.fixtures";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

// 200 cahiers (500 in stock) and 100 classeurs (60 in stock, 10 days' lead time), remises 10 % then 5 %.
describe("the delivery note", () => {
  it("holding back what the stock allows loses the point; the feedback gives each line's figures and the back-order", () => {
    const { ledger, orderId } = acknowledged();
    const judgement = judgeDeliveryNote([{ reference: "CAH-A4", quantity: 200 }], deliveryPlan(ledger, orderId, true), { number: "BL-2026-00001", date: TODAY });
    expect(judgement).toMatchObject({ answer: "200 × CAH-A4", expected: "200 × CAH-A4, 60 × CLS-LV", correct: false });
    expect(judgement.explanation).toBe(
      "Votre bon de livraison\u00a0: 200 × CAH-A4\u00a0; on livre tout ce que le stock permet, ni plus ni moins. CAH-A4\u00a0: reste à livrer 200, disponible 500 → livré 200\u00a0; CLS-LV\u00a0: reste à livrer 100, disponible 60 → livré 60, reliquat 40. Bon de livraison BL-2026-00001 du 12/11/2026\u00a0: 200 × CAH-A4, 60 × CLS-LV. Reliquat à livrer plus tard\u00a0: 40 × CLS-LV.",
    );
  });

  it("the same quantities in another order are right", () => {
    const { ledger, orderId } = acknowledged();
    const typed = [{ reference: "CLS-LV", quantity: 60 }, { reference: "CAH-A4", quantity: 200 }, { reference: "XX", quantity: 0 }];
    expect(judgeDeliveryNote(typed, deliveryPlan(ledger, orderId, true), { number: "BL-2026-00001", date: TODAY }).correct).toBe(true);
  });
});

describe("the order status", () => {
  it("« Livrée » while a back-order remains is wrong: the PGI shows the status the documents imply", () => {
    const { ledger, orderId } = delivered([{ reference: "CAH-A4", quantity: 200 }, { reference: "CLS-LV", quantity: 60 }]);
    expect(judgeOrderStatus("delivered", "partiallyDelivered", 1, deliveryPlan(ledger, orderId, true))).toEqual({
      answer: "Livrée",
      expected: "Livrée partiellement (reliquat en attente)",
      correct: false,
      explanation:
        "1 bon de livraison validé\u00a0; il reste à livrer 40 × CLS-LV (reliquat). Le statut que les documents impliquent est «\u00a0Livrée partiellement (reliquat en attente)\u00a0» et non «\u00a0Livrée\u00a0»\u00a0: le PGI affiche «\u00a0Livrée partiellement (reliquat en attente)\u00a0».",
    });
  });
});

describe("the acknowledgement", () => {
  it("scores the promised date and the deposit apart (docs/decisions/0094)", () => {
    const { ledger, orderId } = acknowledged();
    const promise = promisedDeliveryDate(ledger, orderId, TODAY, { acceptsPartialDelivery: false });
    const judgement = judgeAcknowledgement({ deliveryDate: TODAY }, { promise, depositCents: 30_000 }, { number: "AR-2026-00001", pendingRestocks: [] });
    expect(judgement.correct).toBe(false);
    expect(judgement.parts?.map((p) => [p.label, p.points, p.maxPoints])).toEqual([
      ["Date de livraison promise", 0, 1.5],
      ["Acompte demandé TTC", 0, 0.5],
    ]);
    expect(plain(judgement.expected)).toBe("Livraison le 22/11/2026 ; acompte 300,00 €");
    expect(plain(judgement.explanation)).toContain(
      "le client refuse une livraison partielle : délai d'approvisionnement de 10 jours → livraison le 22/11/2026 (12/11/2026 + 10 jours). Acompte demandé : 300,00 € TTC, fixé au contrôle de la commande. Accusé de réception AR-2026-00001 validé",
    );
  });
});

describe("a step out of order", () => {
  it("while supplies are awaited says what to wait for, and costs the point", () => {
    expect(judgeProcessingOutOfOrder("processing.deliveryNote", null, [{ reference: "CLS-LV", quantity: 40, date: "2026-11-22" }])).toEqual({
      answer: "établir le bon de livraison (hors séquence)",
      expected: "attendre le réapprovisionnement (40 × CLS-LV le 22/11/2026)",
      correct: false,
      verdict: "outOfOrder",
      explanation:
        "«\u00a0établir le bon de livraison\u00a0» n'est pas l'étape attendue maintenant\u00a0: il faut attendre le réapprovisionnement (40 × CLS-LV le 22/11/2026). Le stock ne permet pas encore de livrer\u00a0: réapprovisionnement attendu (40 × CLS-LV le 22/11/2026). Le traitement suit l'ordre du cours\u00a0: 1. enregistrer la commande, 2. envoyer l'accusé de réception, 3. établir le bon de livraison, 4. suivre la commande (statut).",
      glossary: ["deliveryNote", "backOrder"],
    });
  });
});
