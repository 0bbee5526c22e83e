// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { openTeacherLibrary } from "@/store/teacherLibrary";
import { ScenarioEditor } from "./ScenarioEditor";
import { checkDraft } from "./draftCheck";
import { addedRecord, setUpEditorTests } from "./editorTestSetup";

const creditText = readFileSync("scenarios/02-depassement-d-encours.json", "utf8");

setUpEditorTests();

async function storedRecord(text = creditText): Promise<string> {
  return addedRecord({ kind: "scenario", title: "Encours", text });
}

async function openEditor(id: string) {
  render(<ScenarioEditor source={{ id }} onCreated={() => {}} />);
  // Text queries: role queries walk the form's thousand elements (seconds in jsdom).
  await screen.findByText("Le scénario est jouable", { selector: "h2" }, { timeout: 15_000 });
}

/** The message under a field, the one its aria-describedby names. */
const underField = (field: HTMLElement) => document.getElementById(`${field.id}-erreur`);

const keyPanel = () => screen.getByRole("complementary", { name: "Corrigé du moteur" });

function clientsSection(): HTMLElement {
  const summary = screen.getByText("Clients", { selector: "summary" });
  const details = summary.closest("details");
  if (details === null) throw new Error("no Clients section");
  details.open = true;
  return details;
}

describe("the scenario editor", { timeout: 30_000 }, () => {
  it("shows the engine's key on the scenario's figures, and a new key when the credit limit changes", async () => {
    await openEditor(await storedRecord());
    // The key's view is loaded by import() once the check has run: on a loaded machine, after the summary.
    expect(await within(keyPanel()).findByText(/Acompte de 340,00 € TTC exigé/u, {}, { timeout: 10_000 })).toBeInTheDocument();
    // The keys offered for a teacher's note are the key's decision points, each with its name beside its id.
    const offered = [...document.querySelectorAll("datalist")].at(0)?.querySelectorAll("option") ?? [];
    expect([...offered].slice(0, 3).map((option) => [option.value, option.label])).toEqual([
      ["intake.account", "1. Compte client\u00a0: le trouver ou le créer"],
      ["intake.solvency", "2. Solvabilité du client"],
      ["intake.credit", "3. Encours et plafond"],
    ]);

    fireEvent.change(within(clientsSection()).getByLabelText("Plafond d'encours"), { target: { value: "5100,00" } });

    await waitFor(() => expect(within(keyPanel()).getByText(/Acompte de 240,00 € TTC exigé/u)).toBeInTheDocument(), { timeout: 10_000 });
    expect(within(keyPanel()).queryByText(/Acompte de 340,00 € TTC exigé/u)).toBeNull();
  });

  it("made from a model, warns on each teacher's text that still quotes a figure the change took away", async () => {
    // The teacher's page serves the bundled scenarios as one file (components/authoring/library/bundled.ts).
    const bundled = [{ id: "depassement-d-encours", title: "Dépassement d'encours", text: creditText }];
    const fetched = vi.fn(async () => new Response(JSON.stringify(bundled), { headers: { "Content-Type": "application/json" } }));
    vi.stubGlobal("fetch", fetched);
    try {
      const fromModel = JSON.stringify({ ...JSON.parse(creditText), id: "depassement-d-encours-modele" });
      await openEditor(await storedRecord(fromModel));
      expect(screen.queryByText("Avertissements")).toBeNull();

      fireEvent.change(within(clientsSection()).getByLabelText("Plafond d'encours"), { target: { value: "5100,00" } });

      await screen.findByText("Avertissements", {}, { timeout: 10_000 });
      const warnings = [...(screen.getByText("Avertissements").nextElementSibling?.querySelectorAll("li") ?? [])].map((item) => item.textContent?.replace(/\s+/gu, " "));
      expect(warnings).toEqual([
        expect.stringMatching(/intake\.credit : ce texte cite 5 000,00 €, un montant que le scénario ne donne plus depuis vos changements : relisez-le\.$/u),
        expect.stringMatching(/intake\.deposit : ce texte cite 340,00 €, un montant que le scénario ne donne plus depuis vos changements : relisez-le\.$/u),
      ]);
      expect(fetched).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says under the field, in French, what is wrong with a value typed, and lists it in the summary", async () => {
    await openEditor(await storedRecord());
    const siren = within(clientsSection()).getByLabelText("SIREN");

    fireEvent.change(siren, { target: { value: "88142" } });

    await screen.findByText("1 point à corriger", { selector: "h2" }, { timeout: 10_000 });
    expect(siren).toHaveAttribute("aria-invalid", "true");
    expect(siren).toHaveAccessibleDescription(expect.stringContaining("SIREN à 9 chiffres attendu"));
    const link = screen.getByText("Clients › Client 1 › SIREN", { selector: "a" });
    expect(link.closest("li")).toHaveTextContent("SIREN à 9 chiffres attendu");
    expect(await within(keyPanel()).findByText("Clé indisponible", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText("Clients", { selector: "summary" })).toHaveTextContent("Clients — 1 erreur");

    link.click();
    expect(siren).toHaveFocus();
  });

  it("takes a date typed in French and says when it does not exist, when it is missing, or written in another shape", async () => {
    await openEditor(await storedRecord());
    const order = screen.getByText("Commande reçue", { selector: "summary" }).closest("details");
    if (order === null) throw new Error("no order section");
    order.open = true;
    const receivedOn = within(order).getByLabelText("Reçue le");
    expect(receivedOn).toHaveValue("09/03/2026");
    const said = async (typed: string, message: string) => {
      fireEvent.change(receivedOn, { target: { value: typed } });
      const line = await screen.findByText(`La commande reçue › Reçue le`, { selector: "a" }, { timeout: 10_000 });
      await waitFor(() => expect(line.closest("li")).toHaveTextContent(`La commande reçue › Reçue le : ${message}`), { timeout: 10_000 });
      expect(receivedOn).toHaveAttribute("aria-invalid", "true");
      expect(underField(receivedOn)).toHaveTextContent(message);
    };

    await said("31/02/2026", "le 31 février 2026 n'existe pas : février 2026 a 28 jours");
    expect(receivedOn).toHaveValue("31/02/2026");
    await said("", "date obligatoire");
    await said("31/02/26", "date attendue sous la forme JJ/MM/AAAA, par exemple 28/11/2026");
  });

  it("says an empty or negative credit limit for what it is, and keeps the amounts it accepted", async () => {
    await openEditor(await storedRecord());
    const limit = within(clientsSection()).getByLabelText("Plafond d'encours");
    const said = async (typed: string, message: string) => {
      fireEvent.change(limit, { target: { value: typed } });
      await waitFor(() => expect(underField(limit)).toHaveTextContent(message), { timeout: 10_000 });
      expect(screen.getByText("Clients › Client 1 › Plafond d'encours", { selector: "a" }).closest("li")).toHaveTextContent(`Clients › Client 1 › Plafond d'encours : ${message}`);
    };
    await said("", "montant obligatoire");
    await said("-100", "montant négatif : un montant est positif ou nul (0 ou plus), écrit sans signe moins");
    await said("5 100,00 €", "montant attendu, en chiffres, avec au plus deux décimales après la virgule, par exemple 1234,50");
    fireEvent.change(limit, { target: { value: "5 100,5" } });
    await screen.findByText("Le scénario est jouable", { selector: "h2" }, { timeout: 10_000 });
  });

  it("saves by itself, and the change is there when the editor is opened again", async () => {
    const id = await storedRecord();
    await openEditor(id);
    fireEvent.change(within(clientsSection()).getByLabelText("Plafond d'encours"), { target: { value: "5100" } });
    expect(screen.getByRole("status")).toHaveTextContent("Modifications non enregistrées");

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^Enregistré à \d{1,2}\sh\s\d{2}$/u), { timeout: 10_000 });
    cleanup();

    const record = await (await openTeacherLibrary()).get(id);
    expect(record?.revision).toBe(2);
    expect((JSON.parse(record?.text ?? "{}") as { customers: { creditLimit: string }[] }).customers[0]?.creditLimit).toBe("5100");
    await openEditor(id);
    expect(within(clientsSection()).getByLabelText("Plafond d'encours")).toHaveValue("5100");
  });

  it("does not overwrite what another tab saved since it opened: it says so", async () => {
    const id = await storedRecord();
    await openEditor(id);
    const other = await openTeacherLibrary();
    const stored = await other.get(id);
    await act(async () => {
      await other.save({ id, kind: "scenario", title: "Encours", text: creditText, revision: stored?.revision ?? 0 });
    });

    fireEvent.change(within(clientsSection()).getByLabelText("Plafond d'encours"), { target: { value: "5100" } });

    expect(await screen.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(/a été enregistré ailleurs \(dans un autre onglet \?\)/u);
  });

  it("checks the variants its learners can draw once the draft holds, and names each one that loses the lesson at the variants' field", async () => {
    const variantsText = readFileSync("scripts/__variants__/depassement-d-encours.variantes.json", "utf8");
    await openEditor(await storedRecord(variantsText));
    expect(screen.getByText("Vérification des variantes que les élèves pourront tirer…")).toBeInTheDocument();
    // The variants are checked one per task (0163): between two, a query every 50 ms of this whole
    // form would take the turns jsdom gives (about 50 ms each); every half second is enough.
    expect(await screen.findByText(/^Les 40 variantes que les élèves peuvent tirer sont vérifiées/u, {}, { timeout: 15_000, interval: 500 })).toBeInTheDocument();
    cleanup();

    // The limit may now rise to 9 000 €: most variants no longer breach it.
    await openEditor(await storedRecord(variantsText.replace('"max": "4700.00"', '"max": "9000.00"')));
    await screen.findByText("10 points à corriger", { selector: "h2" }, { timeout: 15_000, interval: 500 });
    const summary = screen.getByText("10 points à corriger", { selector: "h2" }).closest("section");
    if (summary === null) throw new Error("no summary");
    expect(summary).toHaveTextContent("variante graine 1 : intake.credit — « Plafond respecté » au lieu de « Plafond dépassé » (point à garder)");
    expect(summary).toHaveTextContent("31 variantes sur 40 en échec");
    expect(screen.queryByText(/^Les 40 variantes/u)).toBeNull();
  });

  it("the full check of a scenario takes well under the pause before it runs", () => {
    const start = performance.now();
    for (let i = 0; i < 5; i += 1) checkDraft("scenario", creditText);
    expect((performance.now() - start) / 5).toBeLessThan(300);
  });
});
