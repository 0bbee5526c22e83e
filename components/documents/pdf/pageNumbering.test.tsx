import { describe, expect, it } from "vitest";
import { longQuoteDocument } from "./chainTestDocuments";
import { renderChainPdf } from "./chainRender";
import { InvoicePdf } from "./InvoicePdf";
import { pageCountOf } from "./pageNumbering";
import { pdfBytes } from "./produce";
import { renderInvoicePdf } from "./render";
import { invoiceDocument } from "./testDocuments";
import { pageTexts } from "./testPdfText";

const latin1 = (bytes: Buffer) => bytes.toString("latin1");

describe("« page N / M » at the foot of a document (docs/decisions/0155)", () => {
  it("reads the count of pages from the PDF's page tree", async () => {
    expect(pageCountOf(latin1(await renderInvoicePdf(invoiceDocument())))).toBe(1);
    expect(pageCountOf(latin1(await renderChainPdf(longQuoteDocument(60))))).toBe(3);
    expect(pageCountOf("%PDF-1.7 a file cut before its page tree")).toBeUndefined();
  }, 30_000);

  it("writes « page 1 / 1 » on a one-page invoice, as react-pdf's own numbering does", async () => {
    const invoice = <InvoicePdf document={invoiceDocument()} copy="original" />;
    const asOnePage = await pageTexts(await pdfBytes(invoice, { pageNumbers: true }), "numbered-one-page");
    const counted = await pageTexts(await pdfBytes(invoice), "numbered-counted");
    expect(asOnePage).toHaveLength(1);
    expect(asOnePage[0]).toContain("page 1 / 1");
    expect(asOnePage).toEqual(counted);
  }, 30_000);

  it("numbers each page of a longer document, made again once its pages are counted", async () => {
    const pages = await pageTexts(await renderChainPdf(longQuoteDocument(60)), "numbered-long");
    expect(pages.map((page) => /page (\d+) \/ (\d+)/u.exec(page)?.slice(1).join("/"))).toEqual(["1/3", "2/3", "3/3"]);
  }, 30_000);
});
