import type { ReactNode } from "react";
import type { InvoiceDocument, PostalAddress } from "@/domain";
import { addressLines, legalIdentityLine, sellerLines } from "../pdf/text";

/** The seller's identity block, as on the PDF header. */
export function SellerBlock({ seller }: { seller: InvoiceDocument["seller"] }) {
  const lines = sellerLines(seller);
  return (
    <address className="doc-seller">
      <strong className="doc-seller-name">{seller.name ?? ""}</strong>
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </address>
  );
}

/** Label : value pairs of the document's meta data, skipped when the value is absent. */
export function MetaList({ items }: { items: readonly (readonly [string, string | undefined])[] }) {
  return (
    <dl className="doc-meta-list">
      {items
        .filter((item): item is readonly [string, string] => item[1] !== undefined)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label} :</dt> <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function AddressCard({ title, name, address, extra = [] }: { title: string; name?: string | undefined; address?: PostalAddress | undefined; extra?: readonly string[] }) {
  return (
    <section className="doc-box">
      <h3>{title}</h3>
      <address>
        {name ? <strong>{name}</strong> : null}
        {[...addressLines(address), ...extra].map((line, index) => (
          <span key={index}>{line}</span>
        ))}
      </address>
    </section>
  );
}

/** A titled box of lines (conditions, mentions). */
export function TextBox({ title, lines, strong }: { title: string; lines: readonly string[]; strong?: string | undefined }) {
  if (lines.length === 0) return null;
  return (
    <section className="doc-box">
      <h3>{title}</h3>
      {lines.map((line, index) => (
        <p key={index}>{line === strong ? <strong>{line}</strong> : line}</p>
      ))}
    </section>
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

/** A table of a document: header cells with scope="col", right-aligned numeric columns. */
export function DocTable({ caption, columns, rows, numeric }: { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[]; numeric: ReadonlySet<number> }) {
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

export function DocArticle({ label, children }: { label: string; children: ReactNode }) {
  return (
    <article className="doc-screen" aria-label={label}>
      {children}
    </article>
  );
}
