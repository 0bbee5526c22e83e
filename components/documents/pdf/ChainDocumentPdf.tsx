import { Document, View } from "@react-pdf/renderer";
import type { ChainDocument } from "@/domain";
import { CHAIN_CONDITIONS_TITLE, CHAIN_TITLES, chainConditionLines, chainMetaItems, chainPartyBoxes, chainReference, chainSteps, issuerOf, pricingAsInvoice } from "./chainText";
import { DeliveredLinesTable } from "./DeliveredLinesTable";
import { DocumentHeader } from "./DocumentHeader";
import { DocumentPage } from "./DocumentPage";
import { LegalFooter } from "./LegalFooter";
import { LinesTable } from "./LinesTable";
import { MetaBlock } from "./MetaBlock";
import { AddressBox } from "./Parties";
import { ReceiptBlock } from "./ReceiptBlock";
import { styles } from "./styles";
import { TextBox } from "./TextBox";
import { TotalsBlock } from "./TotalsBlock";

/** A quote, a purchase order as received, an order acknowledgement or a delivery note, as one A4 document. */
export function ChainDocumentPdf({ document }: { document: ChainDocument }) {
  const title = [CHAIN_TITLES[document.kind], document.number].filter(Boolean).join(" ");
  const priced = pricingAsInvoice(document);
  const issuer = issuerOf(document);
  const conditions = <TextBox title={CHAIN_CONDITIONS_TITLE} lines={chainConditionLines(document)} />;
  return (
    <Document title={title} author={issuer.name ?? ""} language="fr-FR">
      <DocumentPage footer={<LegalFooter seller={issuer} reference={chainReference(document)} />}>
        <View style={[styles.row, { justifyContent: "space-between" }]}>
          <DocumentHeader seller={issuer} />
          <MetaBlock title={CHAIN_TITLES[document.kind]} items={chainMetaItems(document)} />
        </View>
        <View style={[styles.row, { gap: 8, marginTop: 10 }]}>
          {chainPartyBoxes(document).map((box) => (
            <AddressBox key={box.title} title={box.title} name={box.name} address={box.address} extra={box.extra} />
          ))}
        </View>
        {priced ? (
          <LinesTable lines={priced.lines}>
            <TotalsBlock document={priced} steps={chainSteps(priced)} />
            {conditions}
          </LinesTable>
        ) : null}
        {document.deliveredLines ? (
          <DeliveredLinesTable lines={document.deliveredLines}>
            {conditions}
            {document.kind === "deliveryNote" ? <ReceiptBlock /> : null}
          </DeliveredLinesTable>
        ) : null}
      </DocumentPage>
    </Document>
  );
}
