import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDunningLetter, buildPaymentOrderSummary, type DunningLetterStep } from "@/domain";
import { LETTER_CUSTOMER, letterInput, paymentOrderInput } from "@/domain/letters.fixtures";
import type { ReactElement } from "react";
import { expectOnePageAsPaginated, pagePlacements } from "../testPdfText";
import { DunningLetterPdf, PaymentOrderSummaryPdf, renderLetterPdf, type LetterDocument } from "./render";


/** The text of the PDF (pages joined, U+202F / U+00A0 read as a space, lines joined by spaces). */
async function pdfText(doc: LetterDocument, name: string): Promise<{ text: string; pages: number }> {
  const buffer = await renderLetterPdf(doc);
  if (process.env.PDF_PREVIEW) {
    mkdirSync(process.env.PDF_PREVIEW, { recursive: true });
    const file = `${process.env.PDF_PREVIEW}/${name}.pdf`;
    writeFileSync(file, buffer);
    if (existsSync("/usr/bin/pdftoppm")) execFileSync("pdftoppm", ["-png", "-r", "60", file, file.replace(/\.pdf$/u, "")]);
  }
  const proxy = await getDocumentProxy(new Uint8Array(buffer));
  const { text, totalPages } = await extractText(proxy, { mergePages: true });
  return { text: text.replace(/[\u202f\u00a0]/gu, " ").replace(/\s+/gu, " "), pages: totalPages };
}


const letters: Record<DunningLetterStep, { text: string; pages: number }> = {} as never;

beforeAll(async () => {
  for (const step of ["reminder1", "reminder2", "registeredLetter", "formalNotice"] as const) {
    letters[step] = await pdfText(buildDunningLetter(letterInput(step)), step);
  }
});

describe("DunningLetterPdf", () => {
  it("every letter fits on one page and prints the parties, the invoice references and the footer", () => {
    for (const { text, pages } of Object.values(letters)) {
      expect(pages).toBe(1);
      expect(text).toContain("Lumière & Cie");
      expect(text).toContain("12 rue de la République");
      expect(text).toContain("Librairie du Parc (SARL)");
      expect(text).toContain("38000 Grenoble");
      expect(text).toMatch(/Facture n° FA-2026-00042/u);
      expect(text).toMatch(/Date de la facture 15\/09\/2026/u);
      expect(text).toMatch(/Montant TTC 2 400,00 €/u);
      expect(text).toMatch(/Échéance 15\/10\/2026/u);
      expect(text).toContain("IBAN FR76 3000 4000 0100 0000 1234 567");
      expect(text).toContain("Camille Roux Responsable du recouvrement");
      expect(text).toContain("SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon");
    }
  });

  it("reminder 1: courteous, new deadline, no LRAR, « ne pas tenir compte »", () => {
    const { text } = letters.reminder1;
    expect(text).toContain("Lyon, le 25 octobre 2026");
    expect(text).toContain("simple oubli");
    expect(text).toContain("avant le 4 novembre 2026");
    expect(text).toContain("40 €");
    expect(text).not.toContain("Lettre recommandée avec accusé de réception");
    expect(text).toContain("Ne pas tenir compte de ce courrier si votre règlement a été effectué entre-temps.");
  });

  it("reminder 2: penalties 21,57 €, 40 € indemnity, total 2 461,57 €, reminder 1 cited", () => {
    const { text } = letters.reminder2;
    expect(text).toMatch(/Pénalités de retard au 11\/11\/2026 \(27 jours\) 21,57 €/u);
    expect(text).toMatch(/Indemnité forfaitaire pour frais de recouvrement 40,00 €/u);
    expect(text).toContain("indemnité forfaitaire pour frais de recouvrement de 40 €");
    expect(text).toMatch(/Total à régler 2 461,57 €/u);
    expect(text).toContain("notre relance du 25 octobre 2026");
    expect(text).toContain("au plus tard le 21 novembre 2026");
    expect(text).toContain("Ne pas tenir compte de ce courrier");
  });

  it("reminder 3: LRAR, 29,56 € of penalties, deadline Sunday 29/11 moved to 30 novembre 2026", () => {
    const { text } = letters.registeredLetter;
    expect(text).toMatch(/lettre recommandée avec accusé de réception/iu);
    expect(text).toMatch(/Pénalités de retard au 21\/11\/2026 \(37 jours\) 29,56 €/u);
    expect(text).toMatch(/Total à régler 2 469,56 €/u);
    expect(text).toContain("au plus tard le 30 novembre 2026, le 29 novembre 2026 étant un dimanche.");
    expect(text).toContain("Ne pas tenir compte de ce courrier");
  });

  it("formal notice: « vaut mise en demeure », 1344, penalties that keep running (no legal interest on top), legal action, 7 décembre 2026", () => {
    const { text } = letters.formalNotice;
    expect(text).toMatch(/LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION/u);
    expect(text).toContain("Objet : mise en demeure de payer — facture n° FA-2026-00042");
    expect(text).toContain("vaut mise en demeure");
    expect(text).toContain("articles 1344 et 1344-1 du Code civil");
    expect(text).toContain("continuent de courir sur le solde jusqu'à complet paiement : entre professionnels, elles tiennent lieu d'intérêts de retard.");
    expect(text).not.toContain("taux légal");
    expect(text).toContain("action en justice");
    expect(text).toMatch(/Pénalités de retard au 29\/11\/2026 \(45 jours\) 35,95 €/u);
    expect(text).toMatch(/Total à régler 2 475,95 €/u);
    expect(text).toContain("soit au plus tard le 7 décembre 2026");
    expect(text).not.toContain("Ne pas tenir compte");
  });
});

describe("PaymentOrderSummaryPdf", () => {
  it("prints the court, the Cerfa, the parties, the claim and the documents attached", async () => {
    const { text, pages } = await pdfText(buildPaymentOrderSummary(paymentOrderInput()), "paymentOrder");
    expect(pages).toBe(1);
    expect(text).toContain("Tribunal de commerce dont dépend le siège du débiteur");
    expect(text).toContain("Cerfa n° 12946");
    expect(text).toContain("Camille Roux Responsable du recouvrement");
    expect(text).toContain("Librairie du Parc (SARL)");
    expect(text).toContain("SIREN 910 382 746");
    expect(text).toMatch(/Principal \(solde de la facture\) 2 400,00 €/u);
    expect(text).toMatch(/Pénalités de retard au 08\/12\/2026 \(12,15 %, 54 jours\) 43,14 €/u);
    expect(text).toMatch(/Indemnité forfaitaire pour frais de recouvrement 40,00 €/u);
    expect(text).toMatch(/Total de la créance 2 483,14 €/u);
    expect(text).toContain("Mise en demeure par lettre recommandée et son avis de réception du 29/11/2026");
    expect(text).toContain("Le débiteur dispose d'un mois après la signification pour former opposition (CPC 1416).");
    expect(text).toContain("Faire signifier l'ordonnance par un commissaire de justice dans les six mois de sa date, sinon elle est non avenue (CPC 1411).");
    expect(text).toContain("Sans opposition, demander au greffe la formule exécutoire (CPC 1422)");
  });

  it("prints the court the scenario names, and the tribunal judiciaire with Cerfa 12948 for a debtor who is not a trader", async () => {
    const named = await pdfText(buildPaymentOrderSummary(paymentOrderInput({ customer: { ...LETTER_CUSTOMER, competentCourt: "Tribunal de commerce de Grenoble" } })), "paymentOrderNamed");
    expect(named.text).toContain("Tribunal de commerce de Grenoble Service des injonctions de payer Cerfa n° 12946");
    const civil = await pdfText(buildPaymentOrderSummary(paymentOrderInput({ customer: { ...LETTER_CUSTOMER, legalForm: "SCP" } })), "paymentOrderCivil");
    expect(civil.pages).toBe(1);
    expect(civil.text).toContain("Tribunal judiciaire dont dépend le siège du débiteur Service des injonctions de payer Cerfa n° 12948");
  });
});

describe("a letter made as one page first (docs/decisions/0168)", () => {
  it("lays each letter out exactly as react-pdf paginates it: A4, every text in its place", async () => {
    const documents: Record<string, ReactElement> = {
      reminder1: <DunningLetterPdf letter={buildDunningLetter(letterInput("reminder1"))} />,
      formalNotice: <DunningLetterPdf letter={buildDunningLetter(letterInput("formalNotice"))} />,
      paymentOrder: <PaymentOrderSummaryPdf summary={buildPaymentOrderSummary(paymentOrderInput())} />,
    };
    await expectOnePageAsPaginated(documents);
  }, 60_000);

  it("makes a letter too long for one page again, paginated, its footer on each page", async () => {
    const letter = buildDunningLetter(letterInput("reminder1"));
    const long = { ...letter, paragraphs: [...letter.paragraphs, ...Array.from({ length: 12 }, (_, index) => `${index + 1}. ${LONG_PARAGRAPH}`)] };
    const pages = await pagePlacements(await renderLetterPdf(long));
    expect(pages.map((page) => page.size)).toEqual([[0, 0, 595.28, 841.89], [0, 0, 595.28, 841.89]]);
    for (const page of pages) expect(page.texts.some((text) => text.startsWith("Lumière & Cie — SAS au capital de 50 000,00 €"))).toBe(true);
  }, 30_000);
});

const LONG_PARAGRAPH = "Nous vous rappelons que le règlement de cette facture était attendu à son échéance et que, sans réponse de votre part, nous serons contraints de poursuivre le recouvrement selon les conditions générales de vente que vous avez acceptées lors de votre commande.";
