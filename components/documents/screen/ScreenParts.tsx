import type { ReactNode } from "react";
import type { InvoiceDocument, PostalAddress } from "@/domain";
import { Heading, type HeadingLevel } from "@/components/ui/Heading";
import { addressLines, legalIdentityLine, sellerLines } from "../pdf/text";

/** The seller's block at the head of a document: its name, then one line each (printed text, or a mention to control). */
export function SellerBox({ name, lines }: { name: ReactNode; lines: readonly ReactNode[] }) {
  return (
    <address className="doc-seller">
      <strong className="doc-seller-name">{name}</strong>
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </address>
  );
}

/** The seller's identity block, as on the PDF header. */
export function SellerBlock({ seller }: { seller: InvoiceDocument["seller"] }) {
  return <SellerBox name={seller.name ?? ""} lines={sellerLines(seller)} />;
}

/** Label : value pairs of the document's meta data, skipped when the value is absent. */
export function MetaList({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="doc-meta-list">
      {items
        .filter((item) => item[1] !== undefined)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}&nbsp;:</dt> <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** A titled box of the document (a party, the conditions, the mentions); its heading's level follows where the document sits. */
export function DocBox({ title, level = 3, children }: { title: string; level?: HeadingLevel; children: ReactNode }) {
  return (
    <section className="doc-box">
      <Heading level={level}>{title}</Heading>
      {children}
    </section>
  );
}

export function AddressCard({ title, name, address, extra = [] }: { title: string; name?: string | undefined; address?: PostalAddress | undefined; extra?: readonly string[] }) {
  return (
    <DocBox title={title}>
      <address>
        {name ? <strong>{name}</strong> : null}
        {[...addressLines(address), ...extra].map((line, index) => (
          <span key={index}>{line}</span>
        ))}
      </address>
    </DocBox>
  );
}

/** A titled box of lines (conditions, mentions). */
export function TextBox({ title, lines, strong }: { title: string; lines: readonly string[]; strong?: string | undefined }) {
  if (lines.length === 0) return null;
  return (
    <DocBox title={title}>
      {lines.map((line, index) => (
        <p key={index}>{line === strong ? <strong>{line}</strong> : line}</p>
      ))}
    </DocBox>
  );
}

export function ScreenFooter({ seller, reference }: { seller: InvoiceDocument["seller"]; reference: string }) {
  return (
    <footer className="doc-footer">
      <p>{legalIdentityLine(seller)}</p>
      <p>{reference}</p>
    </footer>
  );
}

/** One row of the totals box: `strong` for the totals that stand out (HT, TTC, net à payer), `detail` for a line under another. */
export interface TotalsRow {
  label: ReactNode;
  value: ReactNode;
  strong?: boolean;
  detail?: boolean;
}

/** The totals box at the right under the lines, as the PDF prints it. */
export function TotalsBox({ rows }: { rows: readonly TotalsRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table className="doc-totals">
      <caption>Totaux</caption>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index} className={row.strong ? "strong" : row.detail ? "detail" : undefined}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The parts of an invoice's page, each given by the view that fills it (printed text, or mentions to control). */
export interface InvoiceLayoutParts {
  label: string;
  className?: string;
  seller: ReactNode;
  /** The title ("FACTURE") and what sits under it (the copy), above the references. */
  title: ReactNode;
  meta: ReactNode;
  /** A credit note's reference to the invoice it corrects. */
  reference?: ReactNode;
  parties: ReactNode;
  lines: ReactNode;
  totals: ReactNode;
  conditions: ReactNode;
  footer: ReactNode;
}

/**
 * The printed invoice's page on screen, in the order of the PDF: the seller and the title with the
 * references at the top, the parties, the lines, the totals box, the conditions and mentions, the
 * legal footer. One layout for the invoice shown (InvoiceView) and the invoice to control
 * (ControlDocument), so that what the learner controls looks like what the PGI prints.
 */
export function InvoiceLayout({ label, className, seller, title, meta, reference, parties, lines, totals, conditions, footer }: InvoiceLayoutParts) {
  return (
    <DocArticle label={label} className={className}>
      <header className="doc-head">
        {seller}
        <div className="doc-meta">
          {title}
          {meta}
        </div>
      </header>
      {reference}
      <div className="doc-parties">{parties}</div>
      {lines}
      {totals}
      {conditions}
      {footer}
    </DocArticle>
  );
}

/** A table of a document: header cells with scope="col", right-aligned numeric columns. */
export function DocTable({ caption, columns, rows, numeric }: { caption: string; columns: readonly string[]; rows: readonly (readonly ReactNode[])[]; numeric: ReadonlySet<number> }) {
  return (
    <table className="doc-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" className={numeric.has(index) ? "num" : undefined}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row">{cell}</th>
              ) : (
                <td key={index} className={numeric.has(index) ? "num" : undefined}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DocArticle({ label, className, children }: { label: string; className?: string | undefined; children: ReactNode }) {
  return (
    <article className={className === undefined ? "doc-screen" : `doc-screen ${className}`} aria-label={label}>
      {children}
    </article>
  );
}
