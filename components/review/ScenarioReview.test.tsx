// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { findScenario } from "@/components/catalog/catalog";
import { playScenario } from "@/machines/player";
import { solveScenario, wrongAnswersFor } from "@/machines/answerKey";
import { courseControlScenario, playCourseControl } from "@/machines/testing/controlFixtures";
import { annotationOf, correctedCopy, resultGroup } from "@/components/documents/control/controlCorrection.testing";
import { downloadInvoicePdf } from "@/components/documents/download";
import { ScenarioReview } from "./ScenarioReview";
import { decisionsSentence } from "./ScoreSummary";
import type { TraceEntry } from "@/domain";
import { loadGlossaryDefinitions } from "@/components/ui/glossaryDefinitions";

// A term's definition comes in its own chunk (docs/decisions/0148): fetched first, as a page does when idle.
beforeAll(() => loadGlossaryDefinitions());
import { appStore } from "@/store/useAppStore";

// The PDFs themselves are rendered and read in Node by components/documents/pdf tests.
vi.mock("@/components/documents/download", async (original) => ({ ...(await original<typeof import("@/components/documents/download")>()), downloadInvoicePdf: vi.fn(), downloadChainPdf: vi.fn() }));
import { decisionPointLabel } from "@/machines/stages";

afterEach(() => {
  cleanup();
  vi.mocked(downloadInvoicePdf).mockReset();
});

function scenario(id: string) {
  const found = findScenario(id);
  if (!found) throw new Error(`scénario ${id} absent du catalogue`);
  return found;
}

function decisions() {
  return screen.getAllByRole("listitem").filter((item) => item.classList.contains("review-decision"));
}

describe("ScenarioReview", () => {
  it("shows the engine's own answer key with full marks, every decision point and the documents made", () => {
    const depassement = scenario("depassement-d-encours");
    const { result } = solveScenario(depassement);
    const onReplay = vi.fn();
    render(<ScenarioReview scenario={depassement} output={result} onReplay={onReplay} gameKey={depassement.id} />);

    expect(screen.getByText(/Score global :/u, { selector: "strong" }).parentElement?.textContent).toMatch(/16 \/ 16 points — 100\u00a0%/u);
    expect(screen.getByText(/Indices utilisés/u).parentElement?.textContent).toMatch(/aucun/u);
    const scores = screen.getByRole("table", { name: "Score obtenu à chaque étape jouée" });
    expect(within(scores).getByRole("rowheader", { name: "Contrôle de la commande" }).parentElement?.textContent).toMatch(/16 \/ 16 points100\u00a0%/u);

    const reviewed = decisions();
    expect(reviewed).toHaveLength(result.trace.length);
    for (const entry of result.trace) {
      expect(screen.getByRole("heading", { level: 5, name: new RegExp(decisionPointLabel(entry.stage, entry.decisionPoint).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "u") })).toBeInTheDocument();
    }
    expect(screen.getByRole("heading", { level: 5, name: /Juste — 3\. Encours et plafond/u })).toBeInTheDocument();
    for (const item of reviewed) {
      expect(within(item).getByRole("heading", { level: 5 }).textContent).toMatch(/^✓ Juste — /u);
      expect(within(item).getByText("09/03/2026")).toBeInTheDocument();
    }
    expect(screen.queryByText("✗")).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "S'entraîner sur les notions manquées" })).not.toBeInTheDocument();
    const term = screen.getAllByRole("link", { name: "Encours client" })[0];
    expect(term?.getAttribute("href")).toMatch(/^\.\/glossaire\/?#outstanding$/u);
    // The term opens its definition in place: the review stays where it is.
    if (term) fireEvent.click(term);
    const definition = screen.getByRole("dialog", { name: "Encours client" });
    expect(definition).toHaveTextContent("factures non réglées (TTC) plus commandes acceptées");
    fireEvent.click(within(definition).getByRole("button", { name: "Fermer" }));
    expect(definition).not.toBeInTheDocument();

    // The opening documents (invoice FA-2026-00031, the order already accepted) are not the learner's.
    const documents = screen.getByRole("table", { name: "Documents établis pendant le scénario" });
    const rows = within(documents).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole("rowheader").textContent).toBe("La commande CM-2026-00001");
    expect(rows[0]!.textContent).toMatch(/09\/03\/2026/u);
    expect(rows[0]!.textContent?.replace(/\s/gu, " ")).toMatch(/1 140,00 €/u);

    fireEvent.click(screen.getByRole("button", { name: "Rejouer depuis le début" }));
    expect(onReplay).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("link", { name: "Retour à la bibliothèque" }).getAttribute("href")).toMatch(/^\.\/scenarios\/?$/u);
  });

  it("lets the learner download each document made, to hand it in after the game", () => {
    const factureEtAvoir = scenario("facture-et-avoir");
    const { result } = solveScenario(factureEtAvoir);
    render(<ScenarioReview scenario={factureEtAvoir} output={result} onReplay={() => undefined} gameKey={factureEtAvoir.id} />);
    const documents = screen.getByRole("table", { name: "Documents établis pendant le scénario" });
    const rowOf = (name: RegExp) => within(documents).getByRole("rowheader", { name }).closest("tr") as HTMLElement;
    for (const printed of [/bon de livraison BL-2026-00001/iu, /accusé de réception/iu]) {
      expect(within(rowOf(printed)).getByRole("button", { name: "Télécharger le PDF" })).toBeInTheDocument();
    }
    const invoice = rowOf(/facture FA-2026-00319/iu);
    fireEvent.click(within(invoice).getByRole("button", { name: "Télécharger le duplicata" }));
    const [printed, copy] = vi.mocked(downloadInvoicePdf).mock.calls[0] ?? [];
    expect(printed?.number).toBe("FA-2026-00319");
    expect(printed?.totals?.totalInclTaxCents).toBe(122_169);
    expect(copy).toBe("duplicate");
    expect(within(rowOf(/avoir AV-2026-00001/iu)).getByRole("button", { name: "Télécharger le PDF (original)" })).toBeInTheDocument();
  });

  it("marks a wrong answer ✗ in words, with the expected answer and the explanation", () => {
    const depassement = scenario("depassement-d-encours");
    const solved = solveScenario(depassement);
    const index = solved.steps.findIndex((step) => step.event.type === "learner.creditChecked");
    const wrong = wrongAnswersFor(solved.steps[index]!)[0]!;
    const played = playScenario(depassement, [...solved.events.slice(0, index), wrong, ...solved.events.slice(index + 1)]);
    render(<ScenarioReview scenario={depassement} output={played} onReplay={() => undefined} gameKey={depassement.id} />);

    // The verdict is wrong (0 / 1), both figures right (0,5 + 0,5): 1 / 2 on this decision, 15 / 16 in all (0094).
    expect(screen.getByText(/Score global :/u, { selector: "strong" }).parentElement?.textContent).toMatch(/15 \/ 16 points — 94\u00a0%/u);
    expect(screen.getByText(/1 décision à revoir sur 8/u)).toBeInTheDocument();
    // The notion the missed decision practises, and the quiz on it.
    const notions = screen.getByRole("region", { name: "Les notions à retravailler" });
    expect(within(notions).getAllByRole("listitem").map((notion) => notion.textContent)).toEqual(["L'encours et le plafond\u00a0: encours + commande ≤ plafond"]);
    expect(within(notions).getByRole("link", { name: "S'entraîner sur les notions manquées" }).getAttribute("href")).toMatch(/^\.\/quiz\/notions\/?\?n=creditLimit$/u);
    const heading = screen.getByRole("heading", { level: 5, name: /À revoir — 3\. Encours et plafond/u });
    const item = heading.closest("li")!;
    expect(heading.textContent).toMatch(/^✗ À revoir/u);
    expect(within(item).getByText("Plafond respecté (encours 4 200,00 €, commande 1 140,00 €)")).toBeInTheDocument();
    expect(within(item).getByText("Plafond dépassé (encours 4 200,00 €, commande 1 140,00 €)")).toBeInTheDocument();
    expect(item.textContent?.replace(/\s/gu, " ")).toMatch(/Explication : Verdict : le plafond est dépassé \(encours 4 200,00 € \+ commande 1 140,00 € = 5 340,00 € > plafond 5 000,00 €\)\./u);
    expect(within(item).getByText("Points").nextElementSibling?.textContent).toBe("1 / 2");
    expect(within(item).getAllByRole("listitem").map((part) => part.textContent?.replace(/\s/gu, " "))).toEqual([
      "✗ À revoir : Verdict — 0 / 1 point",
      "✓ Juste : Encours du client — 0,5 / 0,5 point",
      "✓ Juste : Montant TTC de la commande — 0,5 / 0,5 point",
    ]);
  });

  it("does not say every decision is right alone when one was right only at the second try, for half its points (0130)", () => {
    const depassement = scenario("depassement-d-encours");
    const solved = solveScenario(depassement);
    const index = solved.steps.findIndex((step) => step.event.type === "learner.creditChecked");
    const wrong = wrongAnswersFor(solved.steps[index]!)[0]!;
    // In training, the wrong answer is held; the key's answer to the same point corrects it.
    const played = playScenario(depassement, [...solved.events.slice(0, index), wrong, ...solved.events.slice(index)]);
    expect(played.trace.filter((entry) => entry.firstTry !== undefined)).toHaveLength(1);
    render(<ScenarioReview scenario={depassement} output={played} onReplay={() => undefined} gameKey={depassement.id} />);

    expect(screen.getByText(/Score global :/u, { selector: "strong" }).parentElement?.textContent).toMatch(/15 \/ 16 points — 94\u00a0%/u);
    expect(screen.getByText(/^Toutes vos décisions sont justes/u).textContent).toBe("Toutes vos décisions sont justes, dont 1 corrigée au second essai.");
    // The decision's own heading says it too, the others stay « Juste ».
    expect(screen.getByRole("heading", { level: 5, name: /Encours et plafond/u }).textContent).toBe("✓ Juste au second essai — 3. Encours et plafond");
    expect(screen.getByRole("heading", { level: 5, name: /Compte client/u }).textContent).toMatch(/^✓ Juste — /u);
  });

  it("lists the stages that could not be played, with why", () => {
    const refused = scenario("client-insolvable-refuse");
    const { result } = solveScenario(refused);
    const withSkip = { ...result, skipped: [{ stage: "orderProcessing" as const, reason: "la commande a été refusée à l'étape de contrôle\u00a0: il n'y a rien à traiter ni à facturer." }] };
    render(<ScenarioReview scenario={refused} output={withSkip} onReplay={() => undefined} gameKey={refused.id} />);
    expect(screen.getByRole("heading", { name: "Étapes non jouées" })).toBeInTheDocument();
    expect(screen.getByText(/la commande a été refusée à l'étape de contrôle/u).closest("li")?.textContent).toMatch(/^Traitement de la commande/u);
    expect(screen.getByText("Aucun document n'a été établi dans le PGI pendant ce scénario.")).toBeInTheDocument();
  });

  it("names each follow-up decision by its invoice, the one issued in the game by the number it got", () => {
    const chain = scenario("chaine-litige-et-reglement-partiel");
    const { result } = solveScenario(chain);
    render(<ScenarioReview scenario={chain} output={result} onReplay={() => undefined} gameKey={chain.id} />);
    const followUp = decisions().map((item) => within(item).getByRole("heading", { level: 5 }).textContent ?? "").filter((heading) => /Relance|règlement|litige/u.test(heading));
    expect(followUp).toEqual([
      "✓ Juste — Saisie d'un règlement reçu — facture FA-2026-00131",
      "✓ Juste — Relance\u00a0: l'action du jour — facture FA-2026-00132",
      "✓ Juste — Ouverture d'un litige — facture FA-2026-00132",
      "✓ Juste — Règlement d'un litige — facture FA-2026-00132",
      "✓ Juste — Saisie d'un règlement reçu — facture FA-2026-00132",
      "✓ Juste — Relance\u00a0: l'action du jour — facture FA-2026-00132",
      "✓ Juste — Relance\u00a0: l'action du jour — facture FA-2026-00132",
      "✓ Juste — Saisie d'un règlement reçu — facture FA-2026-00132",
    ]);
  });

  it("in an LMS package's kiosk, links to none of the site's pages, and still names the notions to practise", () => {
    const depassement = scenario("depassement-d-encours");
    const solved = solveScenario(depassement);
    const index = solved.steps.findIndex((step) => step.event.type === "learner.creditChecked");
    const played = playScenario(depassement, [...solved.events.slice(0, index), wrongAnswersFor(solved.steps[index]!)[0]!, ...solved.events.slice(index + 1)]);
    const { unmount } = render(<ScenarioReview scenario={depassement} output={played} onReplay={() => undefined} gameKey={depassement.id} />);
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(expect.arrayContaining(["./scenarios/", "./quiz/notions/?n=creditLimit"]));
    unmount();
    render(<ScenarioReview scenario={depassement} output={played} onReplay={() => undefined} gameKey={depassement.id} siteLinks={false} />);
    expect(screen.getByRole("region", { name: "Les notions à retravailler" })).toBeInTheDocument();
    expect(screen.queryAllByRole("link").map((link) => link.getAttribute("href")).filter((href) => !href?.startsWith("./glossaire/#"))).toEqual([]);
  });

  it("offers the results file for a learner's game, not for a teacher's preview (nothing saved, nothing exported)", () => {
    const depassement = scenario("depassement-d-encours");
    const { result } = solveScenario(depassement);
    const { unmount } = render(<ScenarioReview scenario={depassement} output={result} onReplay={() => undefined} gameKey={depassement.id} />);
    expect(screen.getByRole("button", { name: "Exporter mes résultats" })).toBeInTheDocument();
    unmount();
    render(<ScenarioReview scenario={depassement} output={result} onReplay={() => undefined} gameKey={null} />);
    expect(screen.getByRole("heading", { level: 2, name: /^Bilan du scénario/u })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Exporter mes résultats" })).not.toBeInTheDocument();
  });
});

describe("ScenarioReview: what was worked on and every attempt's score", () => {
  afterEach(() => appStore().setState({ attempts: {}, history: { scenarios: {}, quizzes: {} } }));

  it("names the learning objectives at the end only, and the best and last of the learner's attempts in the library's words", () => {
    const relance = scenario("choisir-l-etape-de-relance");
    const { result } = solveScenario(relance);
    const archived = { endedAt: "2026-11-20T10:00:00.000Z", finished: true, score: { points: 2, maxPoints: 4, percent: 50 }, byStage: {}, decisions: { count: 2, right: 1, hintsUsed: 0 }, durationSeconds: null };
    const perfect = { points: 4, maxPoints: 4, hintsUsed: 0, percent: 100 };
    appStore().setState({
      attempts: { [relance.id]: { scenarioId: relance.id, scenarioHash: null, status: "done", snapshot: null, score: perfect, byStage: { paymentFollowUp: perfect }, runs: 2 } },
      history: { scenarios: { [relance.id]: [archived] }, quizzes: {} },
    });
    render(<ScenarioReview scenario={relance} output={result} onReplay={() => undefined} gameKey={relance.id} />);
    const worked = screen.getByRole("region", { name: "Ce que vous avez travaillé" });
    expect(within(worked).getAllByRole("listitem").map((item) => item.textContent)).toEqual(relance.objectives);
    expect(screen.getByText("Vos essais de ce scénario :").parentElement?.textContent).toBe("Vos essais de ce scénario\u00a0: Meilleur\u00a0: 100\u00a0% — Dernier\u00a0: 100\u00a0% (2 essais)");
  });

  it("gives no attempts' line to a teacher's preview, which saves nothing, but still the objectives", () => {
    const relance = scenario("choisir-l-etape-de-relance");
    render(<ScenarioReview scenario={relance} output={solveScenario(relance).result} onReplay={() => undefined} gameKey={null} />);
    expect(screen.getByRole("region", { name: "Ce que vous avez travaillé" })).toBeInTheDocument();
    expect(screen.queryByText(/Vos essais/u)).not.toBeInTheDocument();
  });
});

describe("ScenarioReview of an invoice control", () => {
  // The course-list invoice (five anomalies): the missing remise and the wrong line 2 found, the rest missed, a right VAT base reported.
  const played = playCourseControl(["reductions", "lines[1].lineTotalCents", "totals.vat[0].baseCents"]);

  function bilan(output: typeof played) {
    render(<ScenarioReview scenario={courseControlScenario()} output={output} onReplay={() => undefined} gameKey={null} />);
    return screen.getByRole("region", { name: /^Bilan du scénario/u });
  }

  it("hands back the corrected copy: the invoice with each outcome in words, then the three lists", () => {
    const copy = correctedCopy(bilan(played));
    const invoice = within(copy).getByRole("article", { name: "FACTURE\u00a0: copie corrigée" });
    expect(within(copy).queryAllByRole("button")).toEqual([]);
    expect(annotationOf(invoice, /^Ligne 2 : montant HT :/u)).toMatch(/✗ signalé ✓ anomalie relevée$/u);
    expect(annotationOf(invoice, /^Base HT de la TVA à 20.% :/u)).toMatch(/262,20.€ ✗ signalé ✗ fausse alerte$/u);
    expect(annotationOf(invoice, /^TVA à 20.% :/u)).toMatch(/⚠ anomalie manquée$/u);
    expect(annotationOf(copy, /^Mention absente : Réductions commerciales/u)).toMatch(/✗ signalé ✓ anomalie relevée$/u);
    expect(annotationOf(copy, /^Mention absente : Coordonnées de l'acheteur/u)).toMatch(/\) ⚠ anomalie manquée$/u);
    expect(resultGroup(copy, "✓ Anomalies relevées (2)")).toMatch(/Relevé : Réductions commerciales.*Relevé : Ligne 2 : montant HT/u);
    expect(resultGroup(copy, "⚠ Anomalies manquées (3)")).toMatch(/Attendu : Coordonnées de l'acheteur.*Attendu : TVA à 20.%.*Attendu : Total TTC/u);
    expect(resultGroup(copy, "✗ Fausses alertes (1)")).toMatch(/Base HT de la TVA à 20.% \(262,20.€\) : cette mention est présente et exacte/u);
    // The decisions are still reviewed one by one above the copy.
    expect(decisions()).toHaveLength(played.trace.length);
  });

  it("shows nothing more for a game saved before the corrected copy existed", () => {
    const saved = { ...played, stages: played.stages.map(({ controlReport: _report, ...stage }) => stage) };
    expect(within(bilan(saved)).queryByRole("region", { name: /copie corrigée/u })).toBeNull();
    expect(decisions()).toHaveLength(played.trace.length);
  });
});

describe("decisionsSentence: how the decisions went, under the score", () => {
  const entry = (fields: Partial<TraceEntry>): TraceEntry => ({
    decisionPoint: "intake.credit",
    stage: "orderIntake",
    date: "2026-03-09",
    answer: "Plafond dépassé",
    expected: "Plafond dépassé",
    verdict: "correct",
    correct: true,
    explanation: "",
    hintsUsed: 0,
    points: 2,
    maxPoints: 2,
    ...fields,
  });
  const corrected = entry({ points: 1, firstTry: { answer: "Plafond respecté", points: 0 } });

  it("all right at once; corrections counted with their agreement; the decisions to review, one or several", () => {
    expect(decisionsSentence([entry({}), entry({})])).toBe("Toutes vos décisions sont justes.");
    expect(decisionsSentence([entry({}), corrected])).toBe("Toutes vos décisions sont justes, dont 1 corrigée au second essai.");
    expect(decisionsSentence([corrected, entry({}), corrected])).toBe("Toutes vos décisions sont justes, dont 2 corrigées au second essai.");
    const wrong = entry({ verdict: "wrong", correct: false, points: 0 });
    expect(decisionsSentence([wrong, corrected])).toBe("1 décision à revoir sur 2\u00a0: elle est marquée ✗ ci-dessous.");
    expect(decisionsSentence([wrong, wrong, entry({})])).toBe("2 décisions à revoir sur 3\u00a0: elles sont marquées ✗ ci-dessous.");
  });
});
