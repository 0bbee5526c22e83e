// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadLetterPdf } from "@/components/documents/download";
import { openingLedger, recordPayment, type DunningLetter, type Ledger } from "@/domain";
import { FOLLOWED_INVOICE, twentySevenDaysScenario } from "@/machines/testing/followUpFixtures";
import type { WorkspaceData } from "./workspace";
import { PaymentsModule } from "./PaymentsModule";

// The letter PDFs are rendered in Node by components/documents/pdf/letters tests; here, what the button asks for.
vi.mock("@/components/documents/download", async (original) => ({ ...(await original<typeof import("@/components/documents/download")>()), downloadLetterPdf: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.mocked(downloadLetterPdf).mockReset();
});

const plain = (element: Element | null) => (element?.textContent ?? "").replace(/[\u00a0\u202f]/gu, " ").replace(/\s+/gu, " ");

function letterItem(name: RegExp): HTMLElement {
  const item = screen.getAllByRole("listitem").find((li) => name.test(plain(li)) && li.closest(".dunning-letters") !== null);
  if (!item) throw new Error(`courrier ${String(name)} introuvable`);
  return item;
}

describe("Règlements et relances: the letters sent", () => {
  it("opens the reminder the scenario says was sent, generated from its invoice, and downloads it", () => {
    const scenario = twentySevenDaysScenario();
    const data: WorkspaceData = { scenario, ledger: openingLedger(scenario), today: "2026-11-11", carried: {}, stage: "paymentFollowUp" };
    render(<PaymentsModule data={data} />);
    expect(screen.getByRole("heading", { name: "Courriers de relance" })).toBeInTheDocument();
    const item = letterItem(/Relance 1 \(courtoise\) — facture FA-2026-00012, le 25\/10\/2026/u);
    fireEvent.click(within(item).getByRole("button", { name: "Voir la lettre" }));
    const letter = plain(within(item).getByRole("article"));
    expect(letter).toContain("Objet : rappel — facture n° FA-2026-00012 impayée");
    expect(letter).toContain("2 400,00 €");
    // Reminder 1 of 25/10 gives until reminder 2 is due, 10 days later.
    expect(letter).toContain("4 novembre 2026");

    fireEvent.click(within(item).getByRole("button", { name: "Télécharger le PDF" }));
    const [printed, fileName] = vi.mocked(downloadLetterPdf).mock.calls[0] ?? [];
    expect((printed as DunningLetter).step).toBe("reminder1");
    expect(fileName).toBe("Relance 1 FA-2026-00012");
  });

  it("prints on reminder 2 the payment received before it, the penalties and the indemnity of its day", () => {
    const scenario = twentySevenDaysScenario();
    const paid = recordPayment(openingLedger(scenario), { invoiceId: FOLLOWED_INVOICE, date: "2026-11-02", amountCents: 100_000, method: "transfer" });
    if (!paid.ok) throw new Error(paid.error.message);
    const ledger: Ledger = paid.ledger;
    const data: WorkspaceData = {
      scenario,
      ledger,
      today: "2026-11-12",
      carried: {
        dunningActions: [
          { invoice: FOLLOWED_INVOICE, step: "reminder1", date: "2026-10-25" },
          { invoice: FOLLOWED_INVOICE, step: "reminder2", date: "2026-11-11" },
        ],
      },
      stage: "paymentFollowUp",
    };
    render(<PaymentsModule data={data} />);
    const table = screen.getByRole("table", { name: "Factures ouvertes" });
    const lastStep = within(table).getByText("2 étapes menées").closest("td");
    expect(plain(lastStep)).toBe("Relance 2 (plus ferme) le 11/11/2026 2 étapes menées");
    const item = letterItem(/Relance 2 \(plus ferme\) — facture FA-2026-00012/u);
    fireEvent.click(within(item).getByRole("button", { name: "Voir la lettre" }));
    const article = within(item).getByRole("article");
    const row = (label: string) => within(article).getByRole("row", { name: new RegExp(`^${label}`, "u") });
    const cells = (label: string) => Array.from(row(label).querySelectorAll("th, td")).map((cell) => plain(cell));
    // 1 000,00 € paid 18 days late (5,99 €) and 1 400,00 € due 27 days (12,58 €): 18,57 €; + 40 € = 1 458,57 €.
    expect(cells("Règlements reçus")).toEqual(["Règlements reçus", "− 1 000,00 €"]);
    expect(cells("Solde restant dû")).toEqual(["Solde restant dû", "1 400,00 €"]);
    expect(cells("Pénalités de retard")).toEqual(["Pénalités de retard au 11/11/2026 (27 jours)", "18,57 €"]);
    expect(cells("Total à régler")).toEqual(["Total à régler", "1 458,57 €"]);
    expect(plain(article)).toContain("Malgré notre relance du 25 octobre 2026");
  });
});
