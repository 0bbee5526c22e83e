import type { ChainDocument } from "@/domain";
import {
  CHAIN_CONDITIONS_TITLE,
  CHAIN_TITLES,
  chainConditionLines,
  chainMetaItems,
  chainPartyBoxes,
  chainReference,
  chainSteps,
  DELIVERED_COLUMNS,
  issuerOf,
  pricingAsInvoice,
  RECEIPT_LINE,
  RESERVATIONS_HINT,
  RESERVATIONS_TITLE,
} from "../pdf/chainText";
import { LINE_COLUMNS, LINE_NUMERIC, lineCells, TotalsView } from "./InvoiceView";
import { AddressCard, DocArticle, DocTable, MetaList, ScreenFooter, SellerBlock, TextBox } from "./ScreenParts";

const quantity = (value: number) => new Intl.NumberFormat("fr-FR").format(value);
const DELIVERED_NUMERIC = new Set([2, 3, 4]);

function ReceiptView() {
  return (
    <div className="doc-parties doc-receipt">
      <section className="doc-box">
        <h3>Réception</h3>
        <p>{RECEIPT_LINE}</p>
      </section>
      <section className="doc-box">
        <h3>{RESERVATIONS_TITLE}</h3>
        <p className="doc-muted">{RESERVATIONS_HINT}</p>
      </section>
    </div>
  );
}

/** A quote, a purchase order as received, an order acknowledgement or a delivery note on screen: the same content as ChainDocumentPdf. */
export function ChainDocumentView({ document }: { document: ChainDocument }) {
  const title = [CHAIN_TITLES[document.kind], document.number].filter(Boolean).join(" ");
  const priced = pricingAsInvoice(document);
  const issuer = issuerOf(document);
  return (
    <DocArticle label={title}>
      <header className="doc-head">
        <SellerBlock seller={issuer} />
        <div className="doc-meta">
          <h2>{CHAIN_TITLES[document.kind]}</h2>
          <MetaList items={chainMetaItems(document)} />
        </div>
      </header>
      <div className="doc-parties">
        {chainPartyBoxes(document).map((box) => (
          <AddressCard key={box.title} title={box.title} name={box.name} address={box.address} extra={box.extra} />
        ))}
      </div>
      {priced ? (
        <>
          <DocTable caption="Lignes" columns={LINE_COLUMNS} rows={priced.lines.map(lineCells)} numeric={LINE_NUMERIC} />
          <TotalsView document={priced} steps={chainSteps(priced)} />
        </>
      ) : null}
      {document.deliveredLines ? (
        <DocTable
          caption="Articles livrés"
          columns={DELIVERED_COLUMNS}
          rows={document.deliveredLines.map((line) => [line.reference ?? "", line.description, quantity(line.ordered), quantity(line.delivered), quantity(line.remaining)])}
          numeric={DELIVERED_NUMERIC}
        />
      ) : null}
      <TextBox title={CHAIN_CONDITIONS_TITLE} lines={chainConditionLines(document)} />
      {document.kind === "deliveryNote" ? <ReceiptView /> : null}
      <ScreenFooter seller={issuer} reference={chainReference(document)} />
    </DocArticle>
  );
}
