import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { solveInvoicing } from "./answerKey/invoicing";
import { solveOrderProcessing } from "./answerKey/orderProcessing";
import { invoicingMachine, invoicingSteps } from "./invoicing";
import { orderProcessingMachine } from "./orderProcessing";
import { currentStateLabel, stateLabel } from "./stateMeta";
import { invoicingInput, processingInput, processingScenario } from "./testing/processingFixtures";

type MetaReader = Parameters<typeof currentStateLabel>[0];

/** The label read in each state the actor rests in along the path, from the start to the end. */
function labelsAlong<E>(actor: { send(event: E): void; getSnapshot(): MetaReader }, events: readonly E[]): (string | undefined)[] {
  const labels = [currentStateLabel(actor.getSnapshot())];
  for (const event of events) {
    actor.send(event);
    labels.push(currentStateLabel(actor.getSnapshot()));
  }
  return labels;
}

const incident = { kind: "priceError", reference: "STY-BL", correctUnitPrice: "11.00", reportedOn: "2026-11-16", message: "Les stylos nous avaient été annoncés à 11,00 € HT la boîte." } as const;

describe("invoicing: each step's title is its state's meta", () => {
  it("titles every step of the checklist, in the course's order", () => {
    const input = invoicingInput(processingScenario({ incident }), { depositRequiredCents: 30000 });
    const actor = createActor(invoicingMachine, { input }).start();
    for (const event of solveInvoicing(input)) actor.send(event);
    expect(invoicingSteps(actor.getSnapshot().context).map((step) => stateLabel(invoicingMachine, step))).toEqual([
      "Facture d'acompte",
      "Facture établie à partir des bons de livraison",
      "Calcul de la facture",
      "Validation et numéro",
      "Envoi de la facture",
      "Facture d'avoir",
      "Envoi de la facture d'avoir",
    ]);
  });

  it("the current state's label follows the machine, and the final state has none", () => {
    const input = invoicingInput(processingScenario(), { depositRequiredCents: 30000 });
    expect(labelsAlong(createActor(invoicingMachine, { input }).start(), solveInvoicing(input))).toEqual([
      "Facture d'acompte",
      "Facture établie à partir des bons de livraison",
      "Calcul de la facture",
      "Validation et numéro",
      "Envoi de la facture",
      undefined,
    ]);
  });

  it("a state that only routes has no label", () => {
    expect(stateLabel(invoicingMachine, "start")).toBeUndefined();
    expect(stateLabel(invoicingMachine, "routingIncident")).toBeUndefined();
  });
});

describe("order processing: the states without a decision are titled by their meta", () => {
  it("waits for the supply, then ends, each with its French title (the decisions are titled by their point)", () => {
    const input = processingInput(processingScenario({ restock: true }));
    expect(labelsAlong(createActor(orderProcessingMachine, { input }).start(), solveOrderProcessing(input))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      "En attente du réapprovisionnement",
      undefined,
      undefined,
      "Traitement terminé",
    ]);
  });
});
