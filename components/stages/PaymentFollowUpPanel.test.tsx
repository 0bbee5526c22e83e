// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createActor } from "xstate";
import type { Scenario } from "@/domain";
import { paymentFollowUpMachine } from "@/machines/paymentFollowUp";
import { stageInputOf } from "@/machines/testing/controlFixtures";
import { fullPaymentScenario, twentySevenDaysScenario } from "@/machines/testing/followUpFixtures";
import { loadStagePanels, StagePanel } from "./StagePanel";

function start(scenario: Scenario) {
  const actor = createActor(paymentFollowUpMachine, { input: stageInputOf(scenario) }).start();
  render(<StagePanel running={{ stage: "paymentFollowUp", actor }} scenario={scenario} />);
  return actor;
}

function choose(label: string) {
  const card = screen.getByRole("article", { name: /Facture FA-2026-00012/ });
  fireEvent.click(within(card).getByLabelText(label));
  act(() => fireEvent.click(within(card).getByRole("button", { name: /Valider l'action du jour/ })));
  return card;
}

afterEach(cleanup);

describe("PaymentFollowUpPanel", () => {
  // The page fetches the panel's chunk before it shows it (StagePanel.tsx): here, once for the file.
  beforeAll(() => loadStagePanels(["paymentFollowUp"]));
  it("shows the invoice 27 days past due with its reminder and penalties; reminder 2 is right", () => {
    const actor = start(twentySevenDaysScenario());
    const card = screen.getByRole("article", { name: /Facture FA-2026-00012/ });
    expect(within(card).getByText("15/10/2026")).toBeInTheDocument();
    expect(within(card).getByText("27 jours")).toBeInTheDocument();
    expect(within(card).getByText("Relance 1 (courtoise) le 25/10/2026")).toBeInTheDocument();
    expect(within(card).getByText(/Pénalités de retard/).closest("summary")).toHaveTextContent(/21,57/);
    const validate = within(card).getByRole("button", { name: "Valider l'action du jour pour la facture FA-2026-00012" });
    expect(validate).toBeDisabled();

    choose("Relance 2 (plus ferme)");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "followUp.FA-2026-00012.2026-11-11", verdict: "correct", correct: true });
    expect(within(card).getByText(/Décision du jour enregistrée/).closest("p")).toHaveTextContent("Relance 2 (plus ferme) — ✓ juste");
    // The step just taken has its letter, printed from the invoice on the day: 2 400,00 + 21,57 + 40,00.
    const step = within(card).getByText("Relance 2 (plus ferme) le 11/11/2026").closest("li") as HTMLElement;
    fireEvent.click(within(step).getByRole("button", { name: "Voir la lettre" }));
    const letter = within(step).getByRole("article");
    expect(letter).toHaveTextContent(/Objet : deuxième relance — facture n° FA-2026-00012 impayée/u);
    expect(within(letter).getByRole("row", { name: /^Total à régler/u })).toHaveTextContent(/2\s461,57\s€/u);
    expect(within(card).queryByRole("button", { name: /Valider l'action du jour/ })).not.toBeInTheDocument();
  });

  it("states the policy the decision is judged against: the ladder's delays, the engine's penalty rate with its basis, the 40 € indemnity", () => {
    start(twentySevenDaysScenario());
    const policy = screen.getByRole("region", { name: "Politique de l'entreprise" });
    const steps = within(policy).getAllByRole("listitem").map((item) => item.textContent?.replace(/\u00a0/gu, " "));
    expect(steps).toContain("Relance 1 (courtoise) : 10 jours après l'échéance.");
    expect(steps).toContain("Relance 2 (plus ferme) : 10 jours après la relance 1.");
    expect(steps).toContain("Mise en demeure : 8 jours après la relance 3 par LRAR.");
    // The fixture's company states its own rate: the contractual one, not ECB + 10 points.
    expect(policy).toHaveTextContent(/Pénalités de retard : taux fixé par les conditions générales de vente, soit 12,15\s% par an, dès le lendemain de l'échéance\./u);
    expect(policy).toHaveTextContent(/Indemnité forfaitaire pour frais de recouvrement : 40,00\s€ par facture payée en retard\./u);
  });

  it("in an assessment (0123), the day's decision is recorded without its verdict", () => {
    const base = twentySevenDaysScenario();
    const actor = start({ ...base, classroom: { assessment: true } });
    const card = choose("Attendre");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ correct: false });
    expect(within(card).getByText(/Décision du jour enregistrée/).closest("p")?.textContent).toBe("Décision du jour enregistrée\u00a0: Attendre.");
  });

  it("a day's decision right only at its second try is recorded « corrigée », not « juste » (half its points lost, 0130)", () => {
    const actor = start(twentySevenDaysScenario());
    choose("Relance 1 (courtoise)");
    expect(actor.getSnapshot().can({ type: "learner.secondTryDeclined" })).toBe(true);
    const card = choose("Relance 2 (plus ferme)");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ correct: true, points: 1, maxPoints: 2 });
    expect(within(card).getByText(/Décision du jour enregistrée/).closest("p")).toHaveTextContent("Relance 2 (plus ferme) — ✓ corrigée");
  });

  it("waiting when reminder 2 is 7 days overdue is too late", () => {
    const actor = start(twentySevenDaysScenario());
    const card = choose("Attendre");
    const feedback = actor.getSnapshot().context.lastFeedback;
    expect(feedback).toMatchObject({ verdict: "tooLate", correct: false, expected: "Relance 2 (plus ferme)" });
    expect(feedback?.explanation).toContain("Trop tard\u00a0: la relance 2 est due depuis le 04/11/2026, elle est en retard de 7 jours");
    expect(within(card).getByText(/Décision du jour enregistrée/).closest("p")).toHaveTextContent("Attendre — ✗ à revoir");
  });

  it("stops the clock on each day a reminder falls due and holds it until the learner decides", () => {
    const actor = start(fullPaymentScenario());
    const clock = screen.getByRole("region", { name: "Horloge simulée" });
    expect(within(clock).getByRole("status")).toHaveTextContent(
      "L'horloge s'arrête dès qu'un courrier arrive, le jour où une relance devient due (une décision vous est alors demandée) et au dernier jour du suivi, le 31/12/2026.",
    );
    act(() => fireEvent.click(within(clock).getByRole("button", { name: "Aller à la prochaine échéance de relance" })));
    expect(actor.getSnapshot().context.today).toBe("2026-10-26");
    expect(within(clock).getByRole("status")).toHaveTextContent(
      "Une décision de relance est attendue aujourd'hui : choisissez l'action du jour pour chaque facture (« Attendre » est aussi une décision) avant d'avancer l'horloge.",
    );
    for (const label of ["Jour suivant", "Aller à la prochaine échéance de relance"]) expect(within(clock).getByRole("button", { name: label })).toBeDisabled();
    expect(within(clock).queryByRole("button", { name: "Aller au prochain événement" })).not.toBeInTheDocument();
    choose("Relance 1 (courtoise)");
    expect(within(clock).getByRole("button", { name: "Jour suivant" })).toBeEnabled();
  });

  it("ends the follow-up only once the learner confirms, with the keyboard", () => {
    const actor = start(twentySevenDaysScenario());
    const clock = screen.getByRole("region", { name: "Horloge simulée" });
    const end = within(clock).getByRole("button", { name: "Terminer le suivi" });
    fireEvent.click(end);
    const question = within(clock).getByRole("group", { name: "Terminer le suivi\u00a0? Les décisions non prises seront comptées comme manquées." });
    // The harmless choice has the focus; Escape cancels and gives the focus back.
    expect(within(question).getByRole("button", { name: "Annuler" })).toHaveFocus();
    fireEvent.keyDown(question, { key: "Escape" });
    expect(within(clock).getByRole("button", { name: "Terminer le suivi" })).toHaveFocus();
    expect(actor.getSnapshot().status).toBe("active");

    fireEvent.click(within(clock).getByRole("button", { name: "Terminer le suivi" }));
    act(() => fireEvent.click(within(clock).getByRole("button", { name: "Terminer" })));
    expect(actor.getSnapshot().status).toBe("done");
    expect(actor.getSnapshot().context.trace[0]).toMatchObject({ decisionPoint: "followUp.FA-2026-00012.2026-11-11", verdict: "tooLate", answer: "Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)" });
    expect(screen.getByText(/^Suivi terminé le/)).toHaveTextContent("Suivi terminé le 08/12/2026.");
  });

  it("moves the clock to the mail, waits for the payment to be entered, and checks the typed amount", () => {
    const actor = start(fullPaymentScenario());
    const next = () => act(() => fireEvent.click(screen.getByRole("button", { name: "Aller à la prochaine échéance de relance" })));
    next();
    choose("Relance 1 (courtoise)");
    next();
    choose("Relance 2 (plus ferme)");
    next();
    expect(actor.getSnapshot().value).toBe("entriesPending");
    expect(screen.getByText(/Relevé bancaire : chèque de 2\s400,00.€ reçu pour la facture FA-2026-00012/, { selector: "blockquote" })).toBeInTheDocument();
    for (const label of ["Jour suivant", "Aller à la prochaine échéance de relance"]) {
      expect(screen.getByRole("button", { name: label })).toBeDisabled();
    }
    expect(screen.queryByRole("button", { name: "Terminer le suivi" })).not.toBeInTheDocument();
    const entry = screen.getByRole("article", { name: "Relevé bancaire\u00a0: règlement reçu" });
    fireEvent.change(within(entry).getByLabelText("Facture concernée"), { target: { value: "FA-2026-00012" } });
    fireEvent.change(within(entry).getByLabelText("Montant reçu (€)"), { target: { value: "2 400,001" } });
    fireEvent.change(within(entry).getByLabelText("Date du règlement"), { target: { value: "2026-11-08" } });
    const before = actor.getSnapshot().context.trace.length;
    fireEvent.click(within(entry).getByRole("button", { name: "Enregistrer le règlement" }));
    expect(within(entry).getByLabelText("Montant reçu (€)")).toHaveAttribute("aria-invalid", "true");
    expect(actor.getSnapshot().context.trace).toHaveLength(before);

    fireEvent.change(within(entry).getByLabelText("Montant reçu (€)"), { target: { value: "2 400,00" } });
    act(() => fireEvent.click(within(entry).getByRole("button", { name: "Enregistrer le règlement" })));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "followUp.FA-2026-00012.payment.2026-11-08", correct: true });
  });

  describe("after the clock moves, the focus goes to what the learner must do on the new day", () => {
    /** One frame of jsdom's clock: what the focus waits for. */
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const clockButton = (name: string) => within(screen.getByRole("region", { name: "Horloge simulée" })).getByRole("button", { name });
    const realBox = Element.prototype.getBoundingClientRect;
    afterEach(() => {
      Element.prototype.getBoundingClientRect = realBox;
      vi.unstubAllGlobals();
    });

    it("the day's action when a step falls due, its form scrolled into view; the clock's heading, with the new date, when nothing is to be decided", async () => {
      const scrolls = vi.fn();
      vi.stubGlobal("scrollBy", scrolls);
      // jsdom lays nothing out: every box stands below a window of 768 px.
      Element.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 800, width: 300, height: 100 });
      start(fullPaymentScenario());
      await nextFrame();
      // The panel as it opens (a reload too) leaves the focus where it is.
      expect(document.activeElement).toBe(document.body);

      act(() => fireEvent.click(clockButton("Aller à la prochaine échéance de relance")));
      expect(clockButton("Aller à la prochaine échéance de relance")).toBeDisabled();
      const legend = screen.getByText("Action du jour (26/10/2026) pour la facture FA-2026-00012");
      await vi.waitFor(() => expect(document.activeElement).toBe(legend));
      await vi.waitFor(() => expect(scrolls).toHaveBeenCalledExactlyOnceWith({ top: 900 - window.innerHeight, behavior: "smooth" }));

      choose("Relance 1 (courtoise)");
      act(() => fireEvent.click(clockButton("Jour suivant")));
      const heading = screen.getByRole("heading", { level: 3, name: "Horloge simulée\u00a0: nous sommes le 27/10/2026" });
      await vi.waitFor(() => expect(document.activeElement).toBe(heading));
      // The region keeps its short name.
      expect(heading.closest("section")).toBe(screen.getByRole("region", { name: "Horloge simulée" }));
    });

    it("the mail to enter when it arrives", async () => {
      start(fullPaymentScenario());
      const next = () => act(() => fireEvent.click(clockButton("Aller à la prochaine échéance de relance")));
      next();
      choose("Relance 1 (courtoise)");
      next();
      choose("Relance 2 (plus ferme)");
      next();
      await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 3, name: "Courrier à saisir dans le PGI (1)" })));
    });

    it("not when the move recorded a first try let go: that decision's feedback has the focus (the workspace gives it)", async () => {
      const actor = start(twentySevenDaysScenario());
      choose("Relance 1 (courtoise)");
      expect(actor.getSnapshot().can({ type: "learner.secondTryDeclined" })).toBe(true);
      act(() => fireEvent.click(clockButton("Jour suivant")));
      expect(actor.getSnapshot().context.today).toBe("2026-11-12");
      await nextFrame();
      await nextFrame();
      expect(document.activeElement).toBe(document.body);
    });
  });
});
