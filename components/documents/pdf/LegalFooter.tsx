import { Text } from "@react-pdf/renderer";
import type { InvoiceDocument } from "@/domain";
import { COLORS } from "./styles";
import { legalIdentityLine } from "./text";

// No lineHeight on the page: react-pdf 4.9 then drops the `render` text of the page number.
const FOOT = { position: "absolute", left: 36, right: 36, fontSize: 7.5, color: COLORS.muted } as const;

/**
 * At the foot of every page: the company's legal identity, the document reference (so that a
 * loose page is traced to its document) and "page N / M".
 */
export function LegalFooter({ seller, reference }: { seller: InvoiceDocument["seller"]; reference: string }) {
  return (
    <>
      <Text fixed style={[FOOT, { bottom: 30, textAlign: "center", borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 4 }]}>
        {legalIdentityLine(seller)}
      </Text>
      <Text fixed style={[FOOT, { bottom: 16, textAlign: "left" }]}>
        {reference}
      </Text>
      <Text fixed style={[FOOT, { bottom: 16, textAlign: "right" }]} render={({ pageNumber, totalPages }) => `page ${pageNumber} / ${totalPages}`} />
    </>
  );
}
