import { Page, View } from "@react-pdf/renderer";
import { useContext, type ReactNode } from "react";
import { PageNumberingContext } from "./pageNumbering";
import { A4, PAGE_PADDING, styles } from "./styles";

/** The flow's least height on a page made as one page: with the page's margins, exactly an A4 page. */
const ONE_PAGE_FLOW_HEIGHT = A4.height - PAGE_PADDING.top - PAGE_PADDING.bottom;

/**
 * The A4 page of a numbered document: its flow (`children`), then its `footer`, fixed on every page.
 *
 * Made as one page (produce.ts tries a short document that way first), the page is not paginated by
 * react-pdf (`wrap={false}`): its pagination lays the whole page out a second time even when nothing
 * moves to another page, ≈ 18 % of a short invoice's making (docs/decisions/0168). An unpaginated
 * page is as tall as what it holds, so the flow stands in a box at least as tall as a page's flow
 * area: a document that fits comes out as the same A4 page, its footer in place, and one that does
 * not comes out taller than A4, which produce.ts reads in the PDF to make it again, paginated.
 */
export function DocumentPage({ children, footer }: { children: ReactNode; footer: ReactNode }) {
  const numbering = useContext(PageNumberingContext);
  if (numbering === "counted") {
    return (
      <Page size="A4" style={styles.page}>
        {children}
        {footer}
      </Page>
    );
  }
  return (
    <Page size="A4" style={styles.page} wrap={false}>
      <View style={{ minHeight: ONE_PAGE_FLOW_HEIGHT }}>{children}</View>
      {footer}
    </Page>
  );
}
