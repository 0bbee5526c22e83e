// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { answeredAtOnce } from "@/machines/testing/secondTry";
import { createActor, type Actor } from "xstate";
import type { Scenario } from "@/domain";
import { orderIntakeMachine } from "@/machines/orderIntake";
import { solveOrderIntake } from "@/machines/answerKey/orderIntake";
import { creditBreachFromAcceptedOrders, intakeInput, madeToOrderWithDeposit, newCustomerByPhone } from "@/domain/intake/intake.fixtures";
import { loadStagePanels, StagePanel } from "./StagePanel";

type IntakeActor = Actor<typeof orderIntakeMachine>;

function start(scenario: Scenario): IntakeActor {
  const actor = createActor(answeredAtOnce(orderIntakeMachine), { input: intakeInput(scenario) }).start();
  render(<StagePanel running={{ stage: "orderIntake", actor }} scenario={scenario} />);
  return actor;
}

function currentCheck(): HTMLElement {
  const heading = screen.getByRole("heading", { level: 3, name: /^(\d\. |Décision)/ });
  const section = heading.closest("section");
  if (!section) throw new Error("contrôle en cours introuvable");
  return section;
}

function checklistItem(name: RegExp): HTMLElement {
  const list = screen.getByRole("region", { name: "Les contrôles de la commande" });
  const item = within(list).getByText(name).closest("li");
  if (!item) throw new Error("étape introuvable");
  return item;
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(within(currentCheck()).getByLabelText(label), { target: { value } });
}

function click(name: string | RegExp) {
  fireEvent.click(within(currentCheck()).getByRole("button", { name }));
}

afterEach(cleanup);

describe("OrderIntakePanel", () => {
  // The page fetches the panel's chunk before it shows it (StagePanel.tsx): here, once for the file.
  beforeAll(() => loadStagePanels(["orderIntake"]));
  it("plays the credit-breach order: a wrong credit verdict is recorded with why, and the next check opens", () => {
    const actor = start(creditBreachFromAcceptedOrders());

    // 1. Account: found in the customer file.
    expect(checklistItem(/1\. Compte client/)).toHaveAttribute("aria-current", "step");
    const validate = within(currentCheck()).getByRole("button", { name: "Valider le compte client" });
    expect(validate).toBeDisabled();
    fireEvent.click(within(currentCheck()).getByLabelText("Compte trouvé dans le fichier clients"));
    fireEvent.change(within(currentCheck()).getByLabelText("Compte du client"), { target: { value: "C0002" } });
    expect(validate).toBeEnabled();
    fireEvent.click(validate);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.account", correct: true });
    expect(checklistItem(/1\. Compte client/)).toHaveTextContent("juste");
    expect(checklistItem(/1\. Compte client/)).not.toHaveAttribute("aria-current");

    // 2. Solvency: sound.
    expect(screen.getByRole("heading", { level: 3, name: "2. Solvabilité du client" })).toBeInTheDocument();
    fireEvent.click(within(currentCheck()).getByLabelText(/Solvabilité saine/));
    click("Valider la solvabilité");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.solvency", correct: true });

    // 3. Credit: both figures are required (marked, and said before judging), an unreadable amount is refused
    // at the field, then a WRONG verdict (the outstanding without the accepted order).
    fireEvent.click(within(currentCheck()).getByLabelText(/Plafond respecté/));
    const credit = within(currentCheck()).getByRole("button", { name: "Valider le contrôle de l'encours" });
    expect(credit).toBeDisabled();
    expect(credit).toHaveAccessibleDescription("Indiquez l'encours du client (0 s'il n'en a pas).");
    expect(within(currentCheck()).getByText("Les champs marqués d'un astérisque (*) sont obligatoires.")).toBeInTheDocument();
    const outstanding = within(currentCheck()).getByRole("textbox", { name: "Encours du client" });
    const orderTotal = within(currentCheck()).getByRole("textbox", { name: "Montant TTC de la commande" });
    expect(outstanding).toHaveAttribute("aria-required", "true");
    expect(orderTotal).toHaveAttribute("aria-required", "true");
    expect(within(currentCheck()).queryByText(/facultatif/)).not.toBeInTheDocument();
    fireEvent.change(outstanding, { target: { value: "1.234" } });
    expect(outstanding).toHaveAttribute("aria-invalid", "true");
    expect(document.getElementById(outstanding.getAttribute("aria-describedby")?.split(" ").at(-1) ?? "")).toHaveTextContent(/ambigu/);
    expect(credit).toBeDisabled();
    fireEvent.change(outstanding, { target: { value: "3 000,00" } });
    expect(credit).toHaveAccessibleDescription("Indiquez le montant TTC de la commande.");
    fireEvent.change(orderTotal, { target: { value: "1 140,00" } });
    expect(outstanding).not.toHaveAttribute("aria-invalid");
    click("Valider le contrôle de l'encours");

    // Verdict wrong (0 / 1), outstanding wrong (0 / 0,5), order TTC right (0,5 / 0,5): 0,5 / 2, each part shown.
    const feedback = actor.getSnapshot().context.lastFeedback;
    expect(feedback).toMatchObject({ decisionPoint: "intake.credit", correct: false, verdict: "wrong", points: 0.5 });
    expect(feedback?.explanation).toMatch(/^Verdict\u00a0: le plafond est dépassé/);
    expect(feedback?.explanation).toMatch(/commandes acceptées non facturées/);
    expect(checklistItem(/3\. Encours et plafond/)).toHaveTextContent("à revoir");
    // The next check's form is shown; the decision is not reachable yet.
    expect(screen.getByRole("heading", { level: 3, name: /4\. Conditions particulières/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Mettre en attente|Valider la décision/ })).not.toBeInTheDocument();
    expect(actor.getSnapshot().can({ type: "learner.decided", decision: "accept" })).toBe(false);

    // 4. Conditions: none on this account. 5. Elements: none. 6. Stock: available.
    click("Appliquer les conditions");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.conditions", correct: true });
    expect(within(currentCheck()).getByText(/Ligne 1 : 10 × CHA-ERG à 95,00/)).toBeInTheDocument();
    click("Valider\u00a0: aucune anomalie");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.elements", correct: true });
    const stockButton = within(currentCheck()).getByRole("button", { name: "Valider le contrôle du stock" });
    expect(stockButton).toBeDisabled();
    fireEvent.change(within(currentCheck()).getByRole("combobox", { name: "Verdict, CHA-ERG" }), { target: { value: "available" } });
    click("Valider le contrôle du stock");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.stock", correct: true });

    // 7. Deposit: the excess, 340,00 € (policy: deposit when the limit is exceeded, stated in the panel).
    expect(screen.getByRole("region", { name: "Politique de l'entreprise" })).toHaveTextContent(/dépassé : accepter contre un acompte au moins égal au dépassement/);
    fireEvent.click(within(currentCheck()).getByLabelText("Oui, un acompte est exigé"));
    expect(within(currentCheck()).getByRole("button", { name: "Valider l'acompte" })).toBeDisabled();
    type(/Montant de l'acompte TTC/, "340,00");
    click("Valider l'acompte");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.deposit", correct: true });

    // Decision: hold without a reason is refused by the machine's guard; accept with conditions ends the stage.
    fireEvent.click(within(currentCheck()).getByLabelText("Mettre en attente"));
    const hold = within(currentCheck()).getByRole("button", { name: "Mettre en attente" });
    expect(hold).toBeDisabled();
    expect(hold).toHaveAccessibleDescription(/Indiquez le motif/);
    type(/Motif communiqué au client/, "Plafond d'encours dépassé");
    expect(hold).toBeEnabled();
    fireEvent.click(within(currentCheck()).getByLabelText("Accepter sous conditions"));
    click("Accepter sous conditions");
    expect(actor.getSnapshot().status).toBe("done");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.decision", correct: true });
    expect(screen.getByRole("status")).toHaveTextContent("Contrôle de la commande terminé");
    expect(checklistItem(/Décision sur la commande/)).toHaveTextContent("juste");
  }, 20_000);

  it("creates a new customer's account through the form, with the policy's terms shown read-only", () => {
    const actor = start(newCustomerByPhone());
    fireEvent.click(within(currentCheck()).getByLabelText("Créer le compte (nouveau client)"));
    const create = within(currentCheck()).getByRole("button", { name: "Créer le compte" });
    expect(create).toBeDisabled();
    expect(within(currentCheck()).getByText("30 jours date de facture", { exact: false })).toBeInTheDocument();
    expect(within(currentCheck()).getByText(/3\s000,00/)).toBeInTheDocument();
    type(/Raison sociale/, "Boulangerie Le Petit Fournil");
    type("Forme juridique", "SARL");
    type(/^SIREN \(9 chiffres\)/, "321234569");
    type("SIRET (14 chiffres)", "32123456900002");
    type(/^Rue \(facturation\)/, "15 place Bellecour");
    type(/^Code postal \(facturation\)/, "69002");
    type(/^Ville \(facturation\)/, "Lyon");
    type(/^Nom de l'interlocuteur/, "Mme Claire Petit");
    // Every field the PGI needs is marked and said before judging: the phone or the email is still missing.
    expect(within(currentCheck()).getByRole("textbox", { name: "Raison sociale" })).toHaveAttribute("aria-required", "true");
    expect(within(currentCheck()).getByRole("textbox", { name: /^Ville ?\(facturation\)/ })).toHaveAttribute("aria-required", "true");
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription("Indiquez le téléphone ou le courriel de l'interlocuteur.");
    type("Téléphone de l'interlocuteur", "06 12 34 56 78");
    expect(create).toBeEnabled();
    // The delivery address is not required: empty means the billing address; begun, it must be complete.
    const deliveryStreet = within(currentCheck()).getByRole("textbox", { name: /^Rue ?\(livraison\)/ });
    expect(deliveryStreet).not.toHaveAttribute("aria-required");
    expect(within(currentCheck()).getByRole("group", { name: "Adresse de livraison (si différente de la facturation)" })).toHaveAccessibleDescription(
      /Laissez-la vide si la commande est livrée à l'adresse de facturation/,
    );
    type("Rue (livraison)", "17 place Bellecour");
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription(/^Complétez l'adresse de livraison \(rue, code postal, ville\)/);
    type("Code postal (livraison)", "69002");
    type("Ville (livraison)", "Lyon");
    expect(create).toBeEnabled();
    fireEvent.click(create);

    const { context } = actor.getSnapshot();
    expect(context.lastFeedback).toMatchObject({ decisionPoint: "intake.account", correct: true });
    const created = context.ledger.customers.find((c) => c.id === context.customerId);
    expect(created).toMatchObject({ name: "Boulangerie Le Petit Fournil", siren: "321234569", creditLimitCents: 300000, paymentTerms: { kind: "daysFromInvoice", days: 30 } });
    expect(created?.deliveryAddress).toMatchObject({ street: "17 place Bellecour" });
    expect(screen.getByRole("heading", { level: 3, name: "2. Solvabilité du client" })).toBeInTheDocument();
  });

  it("marks the promised date required, with the rule it is judged by, and the back-order date optional", () => {
    const scenario = madeToOrderWithDeposit();
    const actor = start(scenario);
    act(() => {
      for (const event of solveOrderIntake(intakeInput(scenario)).slice(0, 5)) actor.send(event);
    });
    expect(actor.getSnapshot().value).toBe("stock");
    const verdict = within(currentCheck()).getByRole("combobox", { name: "Verdict, CAS-SUR" });
    fireEvent.change(verdict, { target: { value: "leadTime" } });
    const promised = within(currentCheck()).getByLabelText(/^Date de livraison promise/);
    expect(promised).toHaveAttribute("aria-required", "true");
    expect(promised).toHaveAccessibleDescription(/^Toute date que le stock et le délai d'approvisionnement permettent de tenir\u00a0; si le client demande une date tenable, au plus tard celle-ci\.$/);
    expect(within(currentCheck()).getByText("Les champs marqués d'un astérisque (*) sont obligatoires.")).toBeInTheDocument();
    const submit = within(currentCheck()).getByRole("button", { name: "Valider le contrôle du stock" });
    expect(submit).toHaveAccessibleDescription("Indiquez la date de livraison promise pour CAS-SUR.");
    fireEvent.change(verdict, { target: { value: "partial" } });
    const backOrder = within(currentCheck()).getByLabelText("Date du reliquat (facultatif)");
    expect(backOrder).not.toHaveAttribute("aria-required");
    expect(backOrder).toHaveAccessibleDescription("Facultative\u00a0: vérifiée si vous l'indiquez, elle ne compte pas dans la note.");
    expect(within(currentCheck()).queryByText("Les champs marqués d'un astérisque (*) sont obligatoires.")).not.toBeInTheDocument();
    expect(submit).toBeEnabled();
  });

  it("a disabled button names the first actual problem in the form's order: an unreadable amount to correct, not to fill in; then the empty one", () => {
    const scenario = creditBreachFromAcceptedOrders();
    const actor = start(scenario);
    const key = solveOrderIntake(intakeInput(scenario));
    act(() => {
      for (const event of key.slice(0, 2)) actor.send(event);
    });
    expect(actor.getSnapshot().value).toBe("credit");
    fireEvent.click(within(currentCheck()).getByLabelText(/Plafond respecté/));
    const credit = within(currentCheck()).getByRole("button", { name: "Valider le contrôle de l'encours" });
    type(/^Encours du client/, "12,3,4");
    expect(credit).toBeDisabled();
    expect(credit).toHaveAccessibleDescription("Corrigez l'encours signalé.");
    type(/^Encours du client/, "4 200,00");
    expect(credit).toHaveAccessibleDescription("Indiquez le montant TTC de la commande.");
    type(/^Montant TTC de la commande/, "1 140,,00");
    expect(credit).toHaveAccessibleDescription("Corrigez le montant TTC signalé.");
    type(/^Encours du client/, "");
    expect(credit).toHaveAccessibleDescription("Indiquez l'encours du client (0 s'il n'en a pas).");

    // The deposit's amount, the same way.
    act(() => {
      for (const event of key.slice(2, 6)) actor.send(event);
    });
    expect(actor.getSnapshot().value).toBe("deposit");
    fireEvent.click(within(currentCheck()).getByLabelText("Oui, un acompte est exigé"));
    const deposit = within(currentCheck()).getByRole("button", { name: "Valider l'acompte" });
    expect(deposit).toHaveAccessibleDescription("Indiquez le montant de l'acompte.");
    type(/Montant de l'acompte TTC/, "340;00");
    expect(deposit).toBeDisabled();
    expect(deposit).toHaveAccessibleDescription("Corrigez le montant de l'acompte signalé.");
  });

  it("a check right only at its second try is « corrigée » in the checklist, not « juste » (half its points lost, 0130)", () => {
    const scenario = creditBreachFromAcceptedOrders();
    const actor = createActor(orderIntakeMachine, { input: intakeInput(scenario) }).start();
    render(<StagePanel running={{ stage: "orderIntake", actor }} scenario={scenario} />);
    const key = solveOrderIntake(intakeInput(scenario));
    const creditIndex = key.findIndex((event) => event.type === "learner.creditChecked");
    const right = key[creditIndex];
    if (right?.type !== "learner.creditChecked") throw new Error("contrôle de l'encours absent du corrigé");
    act(() => {
      for (const event of key.slice(0, creditIndex)) actor.send(event);
      actor.send({ ...right, verdict: "withinLimit" });
    });
    expect(actor.getSnapshot().can({ type: "learner.secondTryDeclined" })).toBe(true);
    act(() => {
      actor.send(right);
    });
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "intake.credit", correct: true, points: 1, maxPoints: 2 });
    expect(checklistItem(/3\. Encours et plafond/)).toHaveTextContent("corrigée");
    expect(checklistItem(/3\. Encours et plafond/)).not.toHaveTextContent("juste");
    expect(checklistItem(/2\. Solvabilité/)).toHaveTextContent("juste");
  });
});
