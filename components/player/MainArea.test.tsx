// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createActor } from "xstate";
import { DocumentBlock } from "@/components/documents/DocumentBlock";
import { MainAreaProvider, useMainAreaState } from "@/components/documents/MainAreaDocument";
import { STAGE_IDS } from "@/domain";
import { loadStagePanels, StagePanel } from "@/components/stages/StagePanel";
import { invoiceControlMachine } from "@/machines/invoiceControl";
import { courseControlScenario, stageInputOf } from "@/machines/testing/controlFixtures";
import { MainArea } from "./MainArea";

vi.mock("@/components/documents/download", async (original) => ({ ...(await original<typeof import("@/components/documents/download")>()), downloadInvoicePdf: vi.fn() }));

afterEach(cleanup);

/** The workspace's composition (PlayerWorkspace): a module chosen on the left, the main area, the task panel. */
function Workspace({ task }: { task: React.ReactNode }) {
  const area = useMainAreaState();
  const [module, setModule] = useState("Clients");
  return (
    <MainAreaProvider value={area}>
      <nav aria-label="Modules du PGI">
        {["Clients", "Factures"].map((label) => (
          <button
            key={label}
            type="button"
            onClick={() => {
              area.closeAny();
              setModule(label);
            }}
          >
            {label}
          </button>
        ))}
      </nav>
      <MainArea documentOpen={area.openKey !== null} slot={area.setSlot} moduleLabel={module}>
        <h2 tabIndex={-1}>{module}</h2>
        <DocumentBlock label="Facture FA-2026-00001" pdfLabel="PDF de FA-2026-00001" view={() => <p>Facture montrée dans le module</p>} downloads={[]} />
      </MainArea>
      <aside aria-label="Tâche en cours">{task}</aside>
    </MainAreaProvider>
  );
}

const letter = (
  <DocumentBlock
    label="Relance 2, facture FA-2026-00140"
    pdfLabel="PDF\u00a0: Relance 2, facture FA-2026-00140"
    noun="la lettre"
    width="letter"
    view={() => <article aria-label="Lettre de relance">Objet : deuxième relance</article>}
    downloads={[{ label: "Télécharger le PDF", download: vi.fn() }]}
  />
);

const taskPanel = () => screen.getByRole("complementary", { name: "Tâche en cours" });

function openLetter() {
  const opener = within(taskPanel()).getByRole("button", { name: "Voir la lettre" });
  act(() => fireEvent.click(opener));
  return opener;
}

describe("MainArea: a document of the task panel opens in the main area", { timeout: 20_000 }, () => {
  it("opens the letter in the main area with its title, hides the module, says where it is in the task panel", () => {
    render(<Workspace task={letter} />);
    const opener = openLetter();
    const main = screen.getByRole("region", { name: "Document ouvert" });
    const document = within(main).getByRole("region", { name: "Relance 2, facture FA-2026-00140" });
    expect(within(document).getByRole("heading", { level: 2, name: "Relance 2, facture FA-2026-00140" })).toHaveFocus();
    expect(within(document).getByRole("article", { name: "Lettre de relance" })).toHaveTextContent("Objet : deuxième relance");
    expect(within(taskPanel()).queryByRole("article")).toBeNull();
    expect(within(taskPanel()).getByText("La lettre est ouverte à gauche, dans l'écran du PGI.")).toBeInTheDocument();
    expect(opener).toHaveAttribute("aria-expanded", "true");
    expect(opener).toHaveAttribute("aria-controls", document.id);
    expect(opener).toHaveTextContent("Masquer la lettre");
    // The module waits, hidden, with its state.
    expect(screen.queryByRole("heading", { name: "Clients" })).toBeNull();
  });

  it("« Fermer le document » shows the module again and puts the focus back on what opened it", () => {
    render(<Workspace task={letter} />);
    const opener = openLetter();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Fermer le document" })));
    expect(screen.queryByRole("region", { name: "Document ouvert" })).toBeNull();
    expect(screen.getByRole("region", { name: "Clients" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Clients" })).toBeVisible();
    expect(opener).toHaveFocus();
    expect(opener).toHaveAttribute("aria-expanded", "false");
    expect(within(taskPanel()).queryByText(/ouverte à gauche/u)).toBeNull();
  });

  it("Escape in the document closes it and gives the focus back to the opener", () => {
    render(<Workspace task={letter} />);
    const opener = openLetter();
    const title = screen.getByRole("heading", { level: 2, name: "Relance 2, facture FA-2026-00140" });
    act(() => fireEvent.keyDown(title, { key: "Escape" }));
    expect(screen.queryByRole("region", { name: "Document ouvert" })).toBeNull();
    expect(opener).toHaveFocus();
  });

  it("choosing a module closes the document: the main area is the module's again", () => {
    render(<Workspace task={letter} />);
    openLetter();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Factures" })));
    expect(screen.queryByRole("region", { name: "Document ouvert" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Factures" })).toBeVisible();
  });

  it("a document of the module itself shows in place: it already is in the main area", () => {
    render(<Workspace task={letter} />);
    const main = screen.getByRole("region", { name: "Clients" });
    act(() => fireEvent.click(within(main).getByRole("button", { name: "Voir le document" })));
    expect(within(main).getByText("Facture montrée dans le module")).toBeVisible();
    expect(screen.queryByRole("region", { name: "Document ouvert" })).toBeNull();
  });

  it("a document whose panel leaves (the stage ended) leaves the main area with it", () => {
    const { rerender } = render(<Workspace task={letter} />);
    openLetter();
    rerender(<Workspace task={<p>Étape suivante</p>} />);
    expect(screen.queryByRole("region", { name: "Document ouvert" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Clients" })).toBeVisible();
  });
});

// A stage machine and the whole control page: slower than the other tests on a shared machine.
describe("MainArea: the invoice to control (stage 4)", { timeout: 20_000 }, () => {
  // The page fetches each stage panel's chunk before it shows it (StagePanel.tsx): here, once for the file.
  beforeAll(() => loadStagePanels(STAGE_IDS));
  function startControl() {
    const scenario = courseControlScenario();
    const actor = createActor(invoiceControlMachine, { input: stageInputOf(scenario) }).start();
    render(<Workspace task={<StagePanel running={{ stage: "invoiceControl", actor }} scenario={scenario} />} />);
    return actor;
  }

  it("opens in the main area when the stage starts, the focus left where it was; the checklist stays in the task panel", () => {
    startControl();
    const main = screen.getByRole("region", { name: "Document ouvert" });
    const document = within(main).getByRole("region", { name: /^Facture FA-.* à contrôler$/u });
    expect(within(document).getByRole("article", { name: "FACTURE à contrôler" })).toBeInTheDocument();
    expect(document.ownerDocument.activeElement).toBe(document.ownerDocument.body);
    expect(within(taskPanel()).getByText("La facture est ouverte à gauche, dans l'écran du PGI.")).toBeInTheDocument();
    expect(within(taskPanel()).getByRole("heading", { name: "Mentions absentes du document" })).toBeInTheDocument();
    expect(within(taskPanel()).queryByRole("article")).toBeNull();
  });

  it("each figure on it is a toggle button whose state is said (aria-pressed, « ✗ signalé ») and sent to the machine", () => {
    const actor = startControl();
    const invoice = screen.getByRole("article", { name: "FACTURE à contrôler" });
    const wrongTotal = within(invoice).getByRole("button", { name: /^Ligne 2\u00a0: montant HT/u });
    expect(wrongTotal).toHaveAttribute("type", "button");
    expect(wrongTotal).toHaveAttribute("aria-pressed", "false");
    act(() => fireEvent.click(wrongTotal));
    expect(wrongTotal).toHaveAttribute("aria-pressed", "true");
    expect(wrongTotal).toHaveTextContent("✗ signalé");
    expect(actor.getSnapshot().context.marks).toEqual(["lines[1].lineTotalCents"]);
    expect(within(taskPanel()).getByRole("status")).toHaveTextContent("1 signalement.");
    act(() => fireEvent.click(wrongTotal));
    expect(wrongTotal).toHaveAttribute("aria-pressed", "false");
    expect(actor.getSnapshot().context.marks).toEqual([]);
  });
});
