/**
 * The PDF side of the browser, one module loaded by import() (components/documents/download.ts):
 * react-pdf, the templates and the fonts (fontData.ts) arrive together, never in a page's first load.
 */
import { Document, Page, Text } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";
import { pdfBlob } from "./produce";

export { renderDocumentPdf } from "./render";
export { renderChainPdfBlob } from "./chainRender";
export { renderLetterPdfBlob } from "./letters/render";

/**
 * A one-line PDF in the three faces, made while the browser is idle: the fonts are decoded and
 * primed (fonts.ts), the layout engine (yoga) started and react-pdf's code compiled before the
 * learner's click, which then only lays out its own document (issue 16, docs/decisions/0125).
 */
export async function warmUp(): Promise<void> {
  await pdfBlob(
    <Document>
      <Page>
        <Text style={{ fontFamily: FONT_FAMILY }}>
          Préparé <Text style={{ fontWeight: "bold" }}>1 234,50 €</Text> <Text style={{ fontStyle: "italic" }}>« à l’avance »</Text>
        </Text>
      </Page>
    </Document>,
  );
}
