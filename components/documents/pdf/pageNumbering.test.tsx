import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import type { InvoiceDocument } from "@/domain";
import { deliveryNoteDocument, longQuoteDocument, quoteDocument } from "./chainTestDocuments";
import { ChainDocumentPdf, renderChainPdf } from "./chainRender";
import { InvoicePdf } from "./InvoicePdf";
import { isOneA4Page, LINES_TRIED_ON_ONE_PAGE, pageCountOf } from "./pageNumbering";
import { pdfBytes } from "./produce";
import { renderInvoicePdf } from "./render";
import { creditNoteDocument, invoiceDocument, longInvoiceDocument, withSellerIban } from "./testDocuments";
import { expectOnePageAsPaginated, pagePlacements, pageTexts, triedAsOnePage } from "./testPdfText";

const latin1 = (bytes: Buffer) => bytes.toString("latin1");

describe("« page N / M » at the foot of a document (docs/decisions/0155)", () => {
  it("reads the count of pages from the PDF's page tree", async () => {
    expect(pageCountOf(latin1(await renderInvoicePdf(invoiceDocument())))).toBe(1);
    expect(pageCountOf(latin1(await renderChainPdf(longQuoteDocument(60))))).toBe(3);
    expect(pageCountOf("%PDF-1.7 a file cut before its page tree")).toBeUndefined();
  }, 30_000);

  it("writes « page 1 / 1 » on a one-page invoice, as react-pdf's own numbering does", async () => {
    const invoice = <InvoicePdf document={invoiceDocument()} copy="original" />;
    const asOnePage = await pageTexts(await pdfBytes(invoice, { onePageFirst: true }), "numbered-one-page");
    const counted = await pageTexts(await pdfBytes(invoice), "numbered-counted");
    expect(asOnePage).toHaveLength(1);
    expect(asOnePage[0]).toContain("page 1 / 1");
    expect(asOnePage).toEqual(counted);
  }, 30_000);

  it("lays a short document out as one page exactly as react-pdf paginates it: A4, every text in its place (docs/decisions/0168)", async () => {
    const credit = creditNoteDocument();
    const documents: Record<string, ReactElement> = {
      invoice: <InvoicePdf document={withSellerIban(invoiceDocument())} copy="original" />,
      "credit note": <InvoicePdf document={credit.document} copy="duplicate" reason={credit.reason} />,
      quote: <ChainDocumentPdf document={quoteDocument()} />,
      "delivery note": <ChainDocumentPdf document={deliveryNoteDocument()} />,
    };
    await expectOnePageAsPaginated(documents);
  }, 60_000);

  it("tells a one-page try that did not fit: its page comes out taller than A4", async () => {
    const tried = await triedAsOnePage(<InvoicePdf document={wordyInvoice()} copy="original" />);
    const text = tried.toString("latin1");
    expect(pageCountOf(text)).toBe(1);
    expect((await pagePlacements(tried))[0]?.size[3]).toBeGreaterThan(841.89);
    expect(isOneA4Page(text)).toBe(false);
    expect(isOneA4Page(latin1(await renderChainPdf(longQuoteDocument(60))))).toBe(false);
    expect(isOneA4Page("%PDF-1.7 a file cut before its page tree")).toBe(false);
  }, 30_000);

  it("numbers each page of a long document, made at once by react-pdf", async () => {
    const pages = await pageTexts(await renderChainPdf(longQuoteDocument(60)), "numbered-long");
    expect(pages.map(pageNumberOf)).toEqual(["1/3", "2/3", "3/3"]);
  }, 30_000);

  it("numbers each page of a short document that still needs two, made again once its pages are counted", async () => {
    const pages = await pageTexts(await renderInvoicePdf(wordyInvoice()), "numbered-wordy");
    expect(pages.map(pageNumberOf)).toEqual(["1/2", "2/2"]);
  }, 30_000);
});

/** « 2/3 » for a page that says « page 2 / 3 ». */
const pageNumberOf = (page: string) => /page (\d+) \/ (\d+)/u.exec(page)?.slice(1).join("/");

/** Ten lines, few enough to be tried as one page first, worded too long to fit on one. */
function wordyInvoice(): InvoiceDocument {
  const short = withSellerIban(longInvoiceDocument(LINES_TRIED_ON_ONE_PAGE));
  return { ...short, lines: short.lines.map((line) => ({ ...line, description: `${line.description ?? ""}, ${WORDY}` })) };
}

const WORDY = "livré sous film avec sa notice de montage, garanti deux ans pièces et main-d'œuvre, repris sous trente jours dans son emballage d'origine";
