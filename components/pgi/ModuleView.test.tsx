// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { downloadChainPdf } from "@/components/documents/download";
import { glossaryEntry, invoiceBalance, openingLedger, recordPayment, sellerOf, toChainDocument, withCashedIn, type Scenario } from "@/domain";
import type { StageOutput } from "@/machines/contract";
import { invoicingMachine } from "@/machines/invoicing";
import { solveInvoicing } from "@/machines/answerKey/invoicing";
import { courseControlScenario } from "@/machines/testing/controlFixtures";
import { FOLLOWED_INVOICE, disputeScenario, twentySevenDaysScenario } from "@/machines/testing/followUpFixtures";
import {
  creditBreachFromAcceptedOrders,
  newCustomerByPhone,
  quotedOrderWithAnomalies,
  unsignedPurchaseOrder,
} from "@/domain/intake/intake.fixtures";
import { invoicingInput, play, processingScenario } from "@/machines/testing/processingFixtures";
import { PGI_MODULES, type PgiModuleId, type WorkspaceData } from "./workspace";
import { loadPgiScreens, ModuleView } from "./ModuleView";

// Each screen but the mail is its own chunk (docs/decisions/0148): fetched first, as the player does when idle.
beforeAll(() => loadPgiScreens());

// The PDF itself is rendered in Node by components/documents/pdf tests; here, what the button asks for.
vi.mock("@/components/documents/download", async (original) => ({ ...(await original<typeof import("@/components/documents/download")>()), downloadChainPdf: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.mocked(downloadChainPdf).mockReset();
});

/** Intl writes narrow no-break spaces in amounts: compare on plain spaces. */
function text(element: Element | null): string {
  return (element?.textContent ?? "").replace(/[\u00a0\u202f]/gu, " ").replace(/\s+/gu, " ").trim();
}

function opening(scenario: Scenario, stage: WorkspaceData["stage"] = scenario.stages[0]): WorkspaceData {
  return { scenario, ledger: openingLedger(scenario), today: scenario.order?.receivedOn ?? scenario.clock.start, carried: {}, stage };
}

/** The PGI after the invoicing stage, played by the engine's own key (order, AR, BL, invoice, sending). */
function afterInvoicing(options: Parameters<typeof processingScenario>[0] = {}, carried: Parameters<typeof invoicingInput>[1] = {}): WorkspaceData {
  const scenario = processingScenario(options);
  const input = invoicingInput(scenario, carried);
  const snapshot = play(invoicingMachine, input, solveInvoicing(input));
  expect(snapshot.status).toBe("done");
  const output = snapshot.output as StageOutput;
  return { scenario, ledger: output.ledger, today: output.today, carried: output.carried, stage: undefined };
}

function show(module: PgiModuleId, data: WorkspaceData) {
  return render(<ModuleView module={module} data={data} />);
}

/** A table row as its cells read, separated by spaces. */
function rowOf(table: HTMLElement, header: string): string {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => text(r).startsWith(header));
  if (!row) throw new Error(`ligne « ${header} » introuvable`);
  return Array.from(row.querySelectorAll("th, td"))
    .map((cell) => text(cell))
    .join(" ");
}

describe("Courrier reçu", () => {
  it("shows a phone order as the call note the assistant took", () => {
    show("mail", opening(newCustomerByPhone()));
    const note = screen.getByRole("article", { name: "Fiche d'appel téléphonique" });
    expect(text(note)).toContain("Date de l'appel16/11/2026");
    expect(text(note)).toContain("Mme Claire Petit — Boulangerie Le Petit Fournil");
    expect(text(note)).toContain("06 12 34 56 78");
    expect(text(note)).toContain("Elle commande 4 bureaux droits 140 cm (BUR-140).");
  });

  it("shows an unsigned purchase order by mail as a form with its signature box", () => {
    show("mail", opening(unsignedPurchaseOrder()));
    const letter = screen.getByRole("article", { name: "Courrier postal\u00a0: Commande n° BC-DUR-311" });
    expect(text(letter)).toContain("Cabinet Durand & Associés, 12 rue de la République, 69002 Lyon");
    const form = within(letter).getByRole("heading", { name: "Bon de commande n° BC-DUR-311" }).closest("article");
    expect(form).not.toBeNull();
    const lines = within(form as HTMLElement).getByRole("table", { name: "Articles commandés" });
    expect(rowOf(lines, "BUR-140")).toBe("BUR-140 — 2 250,00 €");
    expect(text(form)).toContain("Signature et cachet du clientNon signé");
  });

  it("shows a signed quote with its number, dates and prices", () => {
    show("mail", opening(quotedOrderWithAnomalies()));
    const email = screen.getByRole("article", { name: "Courriel\u00a0: Commande n° DUR-Q-12" });
    expect(text(email)).toContain("DeM. Paul Durand <p.durand@cabinet-durand.fr>");
    expect(text(email)).toContain("Pièce jointeDevis DV-2026-031 signé.pdf");
    expect(text(email)).toContain("Date du devis02/11/2026");
    expect(text(email)).toContain("Valable jusqu'au02/12/2026");
    expect(rowOf(within(email).getByRole("table", { name: "Prix du devis" }), "BUR-140")).toBe("BUR-140 Bureau droit 140 cm 230,00 €");
    expect(text(email)).toContain("Signé");
  });

  it("lists the invoices to follow up and the mail arrived up to today, newest first", () => {
    const scenario = disputeScenario();
    const data = { ...opening(scenario), today: "2026-10-29" };
    show("mail", data);
    expect(text(screen.getByRole("article", { name: "Factures à suivre" }))).toContain(`Facture ${FOLLOWED_INVOICE} du 15/09/2026`);
    const arrived = screen.getAllByRole("heading", { level: 3 }).map((h) => text(h));
    expect(arrived).toEqual(["Factures à suivre", "Réclamation du client — 28/10/2026", "Marchandises arrivées endommagées — 27/10/2026"]);
    expect(screen.queryByText(/Avoir de 200,00/u)).toBeNull();
  });

  it("announces the invoice given to control and points to the task panel", () => {
    show("mail", opening(courseControlScenario()));
    const note = screen.getByRole("article", { name: "Facture à contrôler avant envoi" });
    expect(text(note)).toContain("La facture n° FA-2026-00057 du 05/11/2026, établie pour Librairie Les Mots Passants,");
    expect(text(note)).toContain("panneau « Tâche en cours »");
  });

  it("says so when nothing has come", () => {
    const scenario = twentySevenDaysScenario();
    show("mail", { ...opening(scenario), stage: undefined });
    expect(screen.getByText("Aucun courrier reçu pour l'instant.")).toBeInTheDocument();
  });
});

describe("Clients", () => {
  it("breaks the outstanding down: unpaid invoices, accepted orders, total, limit, available", () => {
    show("customers", opening(creditBreachFromAcceptedOrders()));
    const card = screen.getByRole("article", { name: "Fiche client C0002 — Atelier Martin" });
    const unpaid = within(card).getByRole("table", { name: "Factures non réglées d'Atelier Martin" });
    expect(rowOf(unpaid, "FA-2026-00118")).toBe("FA-2026-00118 20/10/2026 19/11/2026 3 000,00 €");
    const orders = within(card).getByRole("table", { name: "Commandes acceptées non facturées d'Atelier Martin" });
    expect(rowOf(orders, "CMD-0042")).toBe("CMD-0042 05/11/2026 1 200,00 €");
    const summary = within(card).getByRole("table", { name: /Encours et plafond/u });
    expect(rowOf(summary, "Total des factures non réglées")).toBe("Total des factures non réglées 3 000,00 €");
    expect(rowOf(summary, "Total des commandes acceptées")).toBe("Total des commandes acceptées non facturées 1 200,00 €");
    expect(rowOf(summary, "Encours total")).toBe("Encours total 4 200,00 €");
    expect(rowOf(summary, "Plafond")).toBe("Plafond de crédit 5 000,00 €");
    expect(rowOf(summary, "Disponible")).toBe("Disponible (plafond − encours) 800,00 €");
    expect(text(card)).toContain("Conditions de paiement30 jours date de facture");
  });

  it("searches the list as the learner types, says how many accounts answer, and when none does", () => {
    show("customers", opening(creditBreachFromAcceptedOrders()));
    const search = screen.getByRole("searchbox", { name: "Rechercher un client" });
    const list = () => within(screen.getByRole("list", { name: "Liste des clients" })).queryAllByRole("button").map((b) => text(b));
    const total = list().length;
    expect(text(screen.getByRole("status"))).toBe(`${total} clients`);
    fireEvent.change(search, { target: { value: "durand" } });
    expect(list()).toEqual(["C0001 Cabinet Durand & Associés"]);
    expect(text(screen.getByRole("status"))).toBe(`1 client sur ${total}`);
    fireEvent.change(search, { target: { value: "Dupont" } });
    expect(list()).toEqual([]);
    expect(text(screen.getByRole("status"))).toBe("Aucun client ne correspond à « Dupont ».");
    // The card shown stays the chosen account's.
    expect(screen.getByRole("article", { name: "Fiche client C0002 — Atelier Martin" })).toBeInTheDocument();
  });

  it("opens another account's card with its conditions and solvency file", () => {
    show("customers", opening(creditBreachFromAcceptedOrders()));
    fireEvent.click(screen.getByRole("button", { name: /Cabinet Durand/u }));
    expect(screen.getByRole("button", { name: /Cabinet Durand/u })).toHaveAttribute("aria-pressed", "true");
    const card = screen.getByRole("article", { name: /Fiche client C0001/u });
    expect(text(card)).toContain("Remises10 %");
    expect(text(card)).toContain("Escompte2 % pour paiement sous 10 jours");
    expect(text(card)).toContain("Aucune facture non réglée.");
    fireEvent.click(screen.getByRole("button", { name: /Imprimerie Leroy/u }));
    expect(text(screen.getByRole("article", { name: /Fiche client C0003/u }))).toContain("Liquidation judiciaire publiée au BODACC");
    fireEvent.click(screen.getByRole("button", { name: /Garage Bernard/u }));
    expect(text(screen.getByRole("article", { name: /Fiche client C0004/u }))).toContain("12/09/2026 : chèque rejeté pour défaut de provision");
  });
});

describe("Articles et stock", () => {
  it("lists references with price, VAT, stock, reserved and available, and made-to-order goods", () => {
    show("products", opening(creditBreachFromAcceptedOrders()));
    const table = screen.getByRole("table", { name: "Articles et stock" });
    expect(rowOf(table, "ARM-MET")).toBe("ARM-MET Armoire métallique 380,00 € 20 % 2 0 2 20 j");
    expect(rowOf(table, "CAS-SUR")).toContain("sur mesure");
  });
});

describe("Commandes, livraisons, factures after the invoicing stage", () => {
  it("lists the invoices with status, TTC, due date and balance, and opens one with its cascade", () => {
    const data = afterInvoicing();
    show("invoices", data);
    const table = screen.getByRole("table", { name: "Factures et avoirs" });
    expect(rowOf(table, "FA-2026-00042")).toBe("FA-2026-00042Librairie Martin 12/11/2026 Validée 1 177,85 € 12/12/2026 1 177,85 €");
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir facture FA-2026-00042" }));
    const detail = screen.getByRole("article", { name: "Facture FA-2026-00042" });
    expect(screen.getByRole("heading", { name: "Facture FA-2026-00042" })).toHaveFocus();
    expect(rowOf(within(detail).getByRole("table", { name: "Lignes du document" }), "CLS-LV")).toBe("CLS-LV Classeur à levier dos 80 mm 60 4,80 € 20 % 288,00 €");
    const cascade = within(detail).getByRole("table", { name: "Totaux" });
    expect(rowOf(cascade, "Montant brut HT")).toBe("Montant brut HT 1 148,00 €");
    expect(rowOf(cascade, "Net à payer")).toBe("Net à payer 1 177,85 €");
    expect(text(detail)).toContain("Établi à partir dele bon de livraison BL-2026-00001");
    expect(text(detail)).toContain("Routecourriel (PDF) à compta@librairie-martin.fr le 12/11/2026");
    fireEvent.click(screen.getByRole("button", { name: "← Retour à la liste" }));
    expect(screen.getByRole("button", { name: "Ouvrir facture FA-2026-00042" })).toHaveFocus();
  });

  it("offers the validated invoice's PDF (original, duplicate) and shows it on screen", () => {
    show("invoices", afterInvoicing());
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir facture FA-2026-00042" }));
    const downloads = screen.getByRole("group", { name: "PDF de FA-2026-00042" });
    expect(within(downloads).getByRole("button", { name: "Télécharger le PDF (original)" })).toBeEnabled();
    expect(within(downloads).getByRole("button", { name: "Télécharger le duplicata" })).toBeEnabled();
    const toggle = screen.getByRole("button", { name: "Voir le document" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(toggle);
    const printed = screen.getByRole("article", { name: "FACTURE FA-2026-00042" });
    expect(text(printed)).toContain("ORIGINAL");
    expect(text(printed)).toContain("Indemnité forfaitaire pour frais de recouvrement : 40 €");
    expect(screen.getByRole("button", { name: "Masquer le document" })).toHaveAttribute("aria-expanded", "true");
  });

  it("shows the order with its acknowledgement, and the delivery note with the back-order", () => {
    const data = afterInvoicing();
    show("orders", data);
    const orders = screen.getByRole("table", { name: "Commandes clients" });
    expect(rowOf(orders, "CM-2026-00001")).toBe(
      "CM-2026-00001Librairie Martinréf. client BC-2026-118 11/11/2026 Livrée partiellement (reliquat en attente) Émis (AR-2026-00001) 1 374,84 €",
    );
    cleanup();
    show("deliveries", data);
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir bon de livraison BL-2026-00001" }));
    const progress = screen.getByRole("table", { name: /Suivi des livraisons de la commande CM-2026-00001/u });
    expect(rowOf(progress, "CLS-LV")).toBe("CLS-LV — Classeur à levier dos 80 mm 100 60 40");
    expect(rowOf(progress, "CAH-A4")).toBe("CAH-A4 — Cahier A4 96 pages 200 200 0");
  });

  it("shows the order the game follows with the status the learner gave it at stage 2, in the list and its detail", () => {
    const played = afterInvoicing();
    const orderId = played.carried.orderId ?? "";
    expect(played.carried.orderStatus).toBe("partiallyDelivered");
    const data = { ...played, carried: { ...played.carried, orderStatus: "delivered" as const } };
    show("orders", data);
    const orders = screen.getByRole("table", { name: "Commandes clients" });
    expect(rowOf(orders, "CM-2026-00001")).toContain("11/11/2026 Livrée Émis");
    fireEvent.click(screen.getByRole("button", { name: /CM-2026-00001/u }));
    expect(text(screen.getByText("Statut").parentElement as HTMLElement)).toBe("StatutLivrée");
    expect(orderId).not.toBe("");
  });

  it("opens the delivery note as printed: ordered, delivered and remaining as on its PDF", () => {
    const data = afterInvoicing();
    show("deliveries", data);
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir bon de livraison BL-2026-00001" }));
    fireEvent.click(screen.getByRole("button", { name: "Voir le document" }));
    const printed = screen.getByRole("article", { name: "BON DE LIVRAISON BL-2026-00001" });
    const lines = within(printed).getByRole("table", { name: "Articles livrés" });
    const note = data.ledger.documents.find((d) => d.number === "BL-2026-00001");
    const document = toChainDocument(data.ledger, note?.id ?? "", sellerOf(data.scenario));
    // The PDF prints these very lines (ChainDocumentPdf.test.tsx): the screen must read the same.
    for (const line of document.deliveredLines ?? []) {
      expect(rowOf(lines, line.reference ?? line.description)).toBe(`${line.reference ?? ""} ${line.description} ${line.ordered} ${line.delivered} ${line.remaining}`);
    }
    expect(rowOf(lines, "CLS-LV")).toBe("CLS-LV Classeur à levier dos 80 mm 100 60 40");
    expect(text(printed)).toContain("Notre commande : CM-2026-00001");
    expect(text(printed)).not.toMatch(/PU HT|Total HT|TTC/u);
  });

  it("downloads the delivery note's PDF under its number, with the document shown", () => {
    const data = afterInvoicing();
    show("deliveries", data);
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir bon de livraison BL-2026-00001" }));
    const downloads = screen.getByRole("group", { name: "PDF de BL-2026-00001" });
    expect(within(downloads).queryByRole("button", { name: "Télécharger le duplicata" })).toBeNull();
    fireEvent.click(within(downloads).getByRole("button", { name: "Télécharger le PDF" }));
    const note = data.ledger.documents.find((d) => d.number === "BL-2026-00001");
    expect(downloadChainPdf).toHaveBeenCalledWith(toChainDocument(data.ledger, note?.id ?? "", sellerOf(data.scenario)), "BL-2026-00001");
  });

  it("opens the acknowledgement from the order's documents: promised date and the deposit required at intake", () => {
    const data = afterInvoicing({}, { depositRequiredCents: 30_000 });
    show("orders", data);
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir commande CM-2026-00001" }));
    const open = screen.getByRole("button", { name: "Ouvrir accusé de réception de commande AR-2026-00001" });
    expect(open).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(open);
    const printed = screen.getByRole("article", { name: "ACCUSÉ DE RÉCEPTION DE COMMANDE AR-2026-00001" });
    const acknowledgement = data.ledger.documents.find((d) => d.number === "AR-2026-00001");
    const promised = acknowledgement?.deliveryDate ?? "";
    expect(promised).not.toBe("");
    const [year, month, day] = promised.split("-");
    expect(text(printed)).toContain(`Livraison convenue : ${day}/${month}/${year}`);
    expect(text(printed)).toContain(`Date de livraison convenue : ${day}/${month}/${year}`);
    expect(text(printed)).toContain("Acompte demandé à la commande : 300,00 € TTC");
    fireEvent.click(within(screen.getByRole("group", { name: "PDF de AR-2026-00001" })).getByRole("button", { name: "Télécharger le PDF" }));
    expect(downloadChainPdf).toHaveBeenCalledWith(
      toChainDocument(data.ledger, acknowledgement?.id ?? "", sellerOf(data.scenario), { depositRequestedCents: 30_000 }),
      "AR-2026-00001",
    );
    const close = screen.getByRole("button", { name: "Refermer accusé de réception de commande AR-2026-00001" });
    expect(close).toHaveAttribute("aria-expanded", "true");
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByRole("article", { name: /ACCUSÉ DE RÉCEPTION/u })).toBeNull();
    expect(screen.getByRole("button", { name: "Ouvrir accusé de réception de commande AR-2026-00001" })).toHaveFocus();
  });

  it("prints no deposit on an acknowledgement when intake asked none", () => {
    show("orders", afterInvoicing());
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir commande CM-2026-00001" }));
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir accusé de réception de commande AR-2026-00001" }));
    expect(text(screen.getByRole("article", { name: "ACCUSÉ DE RÉCEPTION DE COMMANDE AR-2026-00001" }))).not.toContain("Acompte");
  });

  it("opens the order as received from its own detail, downloadable under our order number", () => {
    const data = afterInvoicing();
    show("orders", data);
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir commande CM-2026-00001" }));
    fireEvent.click(screen.getByRole("button", { name: "Voir le document" }));
    const printed = screen.getByRole("article", { name: "BON DE COMMANDE CM-2026-00001" });
    expect(text(printed)).toContain("Commande client n° : BC-2026-118");
    fireEvent.click(within(screen.getByRole("group", { name: "PDF de CM-2026-00001" })).getByRole("button", { name: "Télécharger le PDF" }));
    expect(downloadChainPdf).toHaveBeenCalledWith(expect.objectContaining({ kind: "purchaseOrder", number: "CM-2026-00001" }), "CM-2026-00001");
  });

  it("lists a credit note citing its invoice, and shows the customer's message in the mail", () => {
    const data = afterInvoicing({
      incident: { kind: "returnedGoods", reference: "STY-BL", quantity: 2, message: "Deux boîtes de stylos sont arrivées ouvertes : nous vous les retournons." },
    });
    show("invoices", data);
    const table = screen.getByRole("table", { name: "Factures et avoirs" });
    expect(rowOf(table, "AV-2026-00001")).toBe("AV-2026-00001Avoir sur FA-2026-00042Librairie Martin 12/11/2026 Validée 24,62 € — —");
    cleanup();
    show("mail", data);
    const message = screen.getByRole("article", { name: "Message du client sur la facture FA-2026-00042" });
    expect(text(message)).toContain("Deux boîtes de stylos sont arrivées ouvertes");
  });

  it("shows the sent invoice in the outbox, duplicate kept", () => {
    show("outbox", afterInvoicing());
    const sent = screen.getByRole("article", { name: "Facture FA-2026-00042 du 12/11/2026 — votre commande BC-2026-118" });
    expect(text(sent)).toContain("Àcompta@librairie-martin.fr");
    expect(text(sent)).toContain("Routecourriel (PDF)");
    expect(text(sent)).toContain("Pièce jointeFA-2026-00042.pdf");
    expect(text(sent)).toContain("Duplicata conservé dans le PGI.");
    expect(within(sent).getByRole("button", { name: "Télécharger le PDF (original)" })).toBeEnabled();
    // An email has no lifecycle: only a platform exchanges statuses.
    expect(within(sent).queryByRole("list", { name: /Cycle de vie/u })).not.toBeInTheDocument();
  });

  it("shows the route and the dated lifecycle of documents deposited on the platform, up to « Encaissée »", () => {
    const incident = { kind: "damagedGoods" as const, reference: "CAH-A4", quantity: 20, allowancePercent: 10, reportedOn: "2026-11-14", message: "20 cahiers abîmés." };
    const deposited = afterInvoicing({ sellerSize: "large", incident });
    const invoiceId = deposited.carried.invoiceId ?? "";
    // The customer pays the balance left after the credit note on 14/12/2026: the seller declares it cashed in.
    const paid = recordPayment(deposited.ledger, { invoiceId, date: "2026-12-14", amountCents: invoiceBalance(deposited.ledger, invoiceId), method: "transfer", reference: "Virement" });
    if (!paid.ok) throw new Error(paid.error.message);
    const data = { ...deposited, ledger: paid.ledger, carried: { ...deposited.carried, outbox: withCashedIn(deposited.carried.outbox ?? [], paid.ledger, invoiceId, "2026-12-14") } };
    show("outbox", data);
    const invoice = screen.getByRole("article", { name: "Facture FA-2026-00042 du 12/11/2026 — votre commande BC-2026-118" });
    expect(text(invoice)).toContain("ÀLibrairie Martin (SIREN 523 456 788)");
    expect(text(invoice)).toContain("Routeplateforme agréée (Factur-X)");
    expect(text(invoice)).toContain("Fichier déposéFA-2026-00042.pdf");
    expect(within(within(invoice).getByRole("list", { name: "Cycle de vie de FA-2026-00042" })).getAllByRole("listitem").map(text)).toEqual([
      "Déposée le 12/11/2026",
      "Mise à disposition le 12/11/2026",
      "En litige le 14/11/2026",
      "Encaissée le 14/12/2026",
    ]);
    const creditNote = screen.getByRole("article", { name: "Facture d'avoir AV-2026-00001 du 14/11/2026 — facture FA-2026-00042 du 12/11/2026" });
    expect(within(within(creditNote).getByRole("list", { name: "Cycle de vie de AV-2026-00001" })).getAllByRole("listitem").map(text)).toEqual([
      "Déposée le 14/11/2026",
      "Mise à disposition le 14/11/2026",
    ]);
    cleanup();
    show("invoices", data);
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir facture FA-2026-00042" }));
    expect(text(screen.getByRole("article", { name: "Facture FA-2026-00042" }))).toContain("Routeplateforme agréée (Factur-X) — statut : Encaissée le 14/12/2026");
  });

  it("says in French what is empty", () => {
    const data = opening(courseControlScenario());
    show("invoices", data);
    expect(screen.getByText("Aucune facture dans le PGI pour l'instant.")).toBeInTheDocument();
    cleanup();
    show("orders", data);
    expect(screen.getByText("Aucune commande dans le PGI pour l'instant.")).toBeInTheDocument();
    cleanup();
    show("products", data);
    expect(screen.getByText("Aucun article dans le PGI pour l'instant.")).toBeInTheDocument();
    cleanup();
    show("payments", data);
    expect(screen.getByText("Aucune facture en attente de règlement.")).toBeInTheDocument();
    cleanup();
    show("deliveries", data);
    expect(screen.getByText("Aucun bon de livraison dans le PGI pour l'instant.")).toBeInTheDocument();
    cleanup();
    show("outbox", data);
    expect(screen.getByText("Aucun document envoyé pour l'instant.")).toBeInTheDocument();
  });
});

describe("Règlements et relances", () => {
  it("shows the open invoice with its due date, days late, balance and the reminder already sent", () => {
    const scenario = twentySevenDaysScenario();
    show("payments", opening(scenario));
    const table = screen.getByRole("table", { name: "Factures ouvertes" });
    expect(rowOf(table, FOLLOWED_INVOICE)).toBe(
      `${FOLLOWED_INVOICE}Librairie Les Mots Passants, du 15/09/2026 15/10/2026 27 jours 2 400,00 € 2 400,00 € Relance 1 (courtoise) le 25/10/2026`,
    );
    expect(screen.getByText("Aucun règlement enregistré dans le PGI pour l'instant.")).toBeInTheDocument();
  });
});

describe("every module", () => {
  it("titles the screen and links every course term to an existing glossary entry", () => {
    const data = afterInvoicing();
    for (const entry of PGI_MODULES) {
      show(entry.id, data);
      expect(screen.getByRole("heading", { level: 2, name: entry.label })).toBeInTheDocument();
      for (const link of screen.queryAllByRole("link")) {
        const id = link.getAttribute("href")?.replace(/^\.\/glossaire\/?#/u, "") ?? "";
        expect(glossaryEntry(id), `${entry.id}: ${id}`).toBeDefined();
      }
      cleanup();
    }
  });
});
