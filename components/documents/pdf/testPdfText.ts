/**
 * The PDF tests read what is printed as a reader would: the text of each page with unpdf, U+202F /
 * U+00A0 (Intl's thousands and "€" spaces) as a plain space. With PDF_PREVIEW=dir the PDF is also
 * written there, and its pages as PNG when pdftoppm is installed, to look at the layout.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createElement, type ReactElement } from "react";
import { extractText, getDocumentProxy } from "unpdf";
import { expect } from "vitest";
import { A4 } from "./styles";
import { isOneA4Page, PageNumberingContext } from "./pageNumbering";
import { type PdfElement, pdfBytes } from "./produce";

function writePreview(buffer: Buffer, name: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${name}.pdf`;
  writeFileSync(file, buffer);
  if (existsSync("/usr/bin/pdftoppm")) execFileSync("pdftoppm", ["-png", "-r", "70", file, file.replace(/\.pdf$/u, "")]);
}

/** The text of each page of the rendered PDF; `previewName` names the preview files. */
export async function pageTexts(buffer: Buffer, previewName: string): Promise<string[]> {
  if (process.env.PDF_PREVIEW) writePreview(buffer, previewName, process.env.PDF_PREVIEW);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: false });
  return text.map((page) => page.replace(/[\u202f\u00a0]/gu, " "));
}

/** Each page's size in points and every piece of its text at its place: « page 1 / 1 @ 524.9,20.3 ». */
export async function pagePlacements(buffer: Buffer): Promise<{ size: number[]; texts: string[] }[]> {
  const pdfDocument = await getDocumentProxy(new Uint8Array(buffer));
  const pages = [];
  for (let number = 1; number <= pdfDocument.numPages; number += 1) {
    const page = await pdfDocument.getPage(number);
    const { items } = await page.getTextContent();
    const texts = items.flatMap((item) => ("str" in item && item.str.trim() !== "" ? [`${item.str} @ ${item.transform[4].toFixed(1)},${item.transform[5].toFixed(1)}`] : []));
    pages.push({ size: page.view.map((points) => Number(points.toFixed(2))), texts });
  }
  return pages;
}

/** The whole document's text, pages joined by a line break. */
export const allPages = (texts: readonly string[]) => texts.join("\n");

/** The document made as produce.ts tries it first: as one page, « page 1 / 1 » written as it is. */
export const triedAsOnePage = (element: ReactElement) => pdfBytes(createElement(PageNumberingContext.Provider, { value: "one page" }, element) as PdfElement);

/** Each document, made as one page, is the A4 page react-pdf paginates: every text in its place (docs/decisions/0168). */
export async function expectOnePageAsPaginated(documents: Readonly<Record<string, ReactElement>>): Promise<void> {
  for (const [name, element] of Object.entries(documents)) {
    const tried = await triedAsOnePage(element);
    const paginated = await pagePlacements(await pdfBytes(element as PdfElement));
    expect(isOneA4Page(tried.toString("latin1")), name).toBe(true);
    expect(paginated.map((page) => page.size), name).toEqual([[0, 0, A4.width, A4.height]]);
    expect(await pagePlacements(tried), name).toEqual(paginated);
  }
}
