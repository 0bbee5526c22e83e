import { Page, View } from "@react-pdf/renderer";
import { useContext, type ComponentProps, type ReactNode } from "react";
import { PageNumberingContext } from "./pageNumbering";
import { A4, PAGE_PADDING, styles } from "./styles";

export interface DocumentPageProps {
  children: ReactNode;
  /** Fixed on every page: the legal footer. */
  footer: ReactNode;
  /** The page's style (a letter's own), and its margins above and below the flow, which it sets. */
  style?: ComponentProps<typeof Page>["style"];
  margins?: { top: number; bottom: number };
}

/**
 * The A4 page of a document (an invoice, a document of the chain, a letter): its flow (`children`),
 * then its `footer`, fixed on every page.
 *
 * Made as one page (produce.ts tries a short document and a letter that way first), the page is not
 * paginated by react-pdf (`wrap={false}`): its pagination lays the whole page out a second time even
 * when nothing moves to another page, ≈ 19 % of a short invoice's making (docs/decisions/0168). An
 * unpaginated page is as tall as what it holds, so the flow stands in a box at least as tall as a
 * page's flow area: a document that fits comes out as the same A4 page, its footer in place, and one
 * that does not comes out taller than A4, which produce.ts reads in the PDF to make it again,
 * paginated.
 */
export function DocumentPage({ children, footer, style = styles.page, margins = PAGE_PADDING }: DocumentPageProps) {
  const numbering = useContext(PageNumberingContext);
  if (numbering === "counted") {
    return (
      <Page size="A4" style={style}>
        {children}
        {footer}
      </Page>
    );
  }
  // The flow's least height: with the page's margins, exactly an A4 page.
  return (
    <Page size="A4" style={style} wrap={false}>
      <View style={{ minHeight: A4.height - margins.top - margins.bottom }}>{children}</View>
      {footer}
    </Page>
  );
}
