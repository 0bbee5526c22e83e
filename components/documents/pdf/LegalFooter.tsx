import { Text } from "@react-pdf/renderer";
import { useContext } from "react";
import type { InvoiceDocument } from "@/domain";
import { PageNumberingContext } from "./pageNumbering";
import { COLORS, PAGE_PADDING } from "./styles";
import { legalIdentityLine } from "./text";

// No lineHeight on the page: react-pdf 4.9 then drops the `render` text of the page number.
const FOOT = { position: "absolute", left: PAGE_PADDING.horizontal, right: PAGE_PADDING.horizontal, fontSize: 7.5, color: COLORS.muted } as const;

/**
 * At the foot of every page: the company's legal identity, the document reference (so that a
 * loose page is traced to its document) and "page N / M".
 */
export function LegalFooter({ seller, reference }: { seller: InvoiceDocument["seller"]; reference: string }) {
  const numbering = useContext(PageNumberingContext);
  const pageNumberStyle = [FOOT, { bottom: 16, textAlign: "right" as const }];
  return (
    <>
      <Text fixed style={[FOOT, { bottom: 30, textAlign: "center", borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 4 }]}>
        {legalIdentityLine(seller)}
      </Text>
      <Text fixed style={[FOOT, { bottom: 16, textAlign: "left" }]}>
        {reference}
      </Text>
      {numbering === "one page" ? (
        <Text fixed style={pageNumberStyle}>
          page 1 / 1
        </Text>
      ) : (
        <Text fixed style={pageNumberStyle} render={({ pageNumber, totalPages }) => `page ${pageNumber} / ${totalPages}`} />
      )}
    </>
  );
}
