// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildDunningLetter, buildPaymentOrderSummary, type DunningLetterStep } from "@/domain";
import { letterInput, paymentOrderInput } from "@/domain/letters.fixtures";
import { LetterView, PaymentOrderSummaryView } from "./LetterView";
import { plain, rowTexts } from "./testing";

afterEach(cleanup);

function letter(step: DunningLetterStep) {
  const { container } = render(<LetterView letter={buildDunningLetter(letterInput(step))} />);
  return { text: plain(container.textContent), rows: rowTexts(container) };
}

describe("LetterView", () => {
  it("shows the parties, the invoice references, the payment details and the footer of every letter", () => {
    for (const step of ["reminder1", "reminder2", "registeredLetter", "formalNotice"] as const) {
      const { text, rows } = letter(step);
      expect(text).toContain("Lumière & Cie");
      expect(text).toContain("Librairie du Parc (SARL)");
      expect(text).toContain("38000 Grenoble");
      expect(rows).toEqual(expect.arrayContaining(["Facture n° FA-2026-00042", "Date de la facture 15/09/2026", "Montant TTC 2 400,00 €", "Échéance 15/10/2026"]));
      expect(text).toContain("IBAN FR76 3000 4000 0100 0000 1234 567");
      expect(text).toContain("Camille RouxResponsable du recouvrement");
      expect(text).toContain("SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon");
      cleanup();
    }
  });

  it("reminder 2: penalties 21,57 €, the 40 € indemnity and the total 2 461,57 €", () => {
    const { text, rows } = letter("reminder2");
    expect(rows).toEqual(expect.arrayContaining(["Pénalités de retard au 11/11/2026 (27 jours) 21,57 €", "Indemnité forfaitaire pour frais de recouvrement 40,00 €", "Total à régler 2 461,57 €"]));
    expect(text).toContain("notre relance du 25 octobre 2026");
    expect(text).toContain("Ne pas tenir compte de ce courrier");
  });

  it("formal notice: LRAR, « vaut mise en demeure », 1344, total 2 475,95 €", () => {
    const { text, rows } = letter("formalNotice");
    expect(text).toMatch(/lettre recommandée avec accusé de réception/iu);
    expect(screen.getByRole("heading", { level: 2, name: "Objet\u00a0: mise en demeure de payer — facture n° FA-2026-00042" })).toBeInTheDocument();
    expect(text).toContain("vaut mise en demeure");
    expect(text).toContain("articles 1344 et 1344-1 du Code civil");
    expect(text).toContain("continuent de courir sur le solde jusqu'à complet paiement");
    expect(text).not.toContain("taux légal");
    expect(rows).toEqual(expect.arrayContaining(["Pénalités de retard au 29/11/2026 (45 jours) 35,95 €", "Total à régler 2 475,95 €"]));
    expect(text).not.toContain("Ne pas tenir compte");
  });
});

describe("PaymentOrderSummaryView", () => {
  it("shows the court, the Cerfa, the parties, the claim and the documents attached", () => {
    const { container } = render(<PaymentOrderSummaryView summary={buildPaymentOrderSummary(paymentOrderInput())} />);
    const text = plain(container.textContent);
    expect(text).toContain("Tribunal de commerce dont dépend le siège du débiteur");
    expect(text).toContain("Cerfa n° 12946");
    expect(text).toContain("Camille RouxResponsable du recouvrement");
    expect(screen.getByRole("heading", { name: "Suites de l'ordonnance" })).toBeInTheDocument();
    expect(text).toContain("Faire signifier l'ordonnance par un commissaire de justice dans les six mois de sa date, sinon elle est non avenue (CPC 1411).");
    expect(text).toContain("Sans opposition, demander au greffe la formule exécutoire (CPC 1422)");
    expect(text).toContain("SIREN 910 382 746");
    expect(rowTexts(container)).toEqual(
      expect.arrayContaining([
        "Principal (solde de la facture) 2 400,00 €",
        "Pénalités de retard au 08/12/2026 (12,15 %, 54 jours) 43,14 €",
        "Indemnité forfaitaire pour frais de recouvrement 40,00 €",
        "Total de la créance 2 483,14 €",
      ]),
    );
    expect(screen.getByRole("heading", { name: "Pièces jointes" })).toBeInTheDocument();
    expect(text).toContain("Mise en demeure par lettre recommandée et son avis de réception du 29/11/2026");
    expect(text).toContain("Le débiteur dispose d'un mois après la signification pour former opposition (CPC 1416).");
  });
});
