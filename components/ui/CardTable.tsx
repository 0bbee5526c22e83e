import type { HTMLAttributes, ReactNode, Ref, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A table whose rows are drawn as cards on a phone (`table-cards` in app/globals.css): each row's
 * cells one under the other, each value after its column's name, instead of a table to scroll
 * sideways. Its roles are written out: a table whose cells change their display loses its
 * semantics in some browsers. `head` is the header row's cells (`ColumnHeader`s); the rows are `Row`s.
 */
export function CardTable({
  className,
  caption,
  head,
  bodyRef,
  children,
  ...table
}: HTMLAttributes<HTMLTableElement> & { caption?: ReactNode; head: ReactNode; bodyRef?: Ref<HTMLTableSectionElement>; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table {...table} className={className ? `table-cards ${className}` : "table-cards"} role="table">
        {caption}
        <thead role="rowgroup">
          <tr role="row">{head}</tr>
        </thead>
        <tbody role="rowgroup" ref={bodyRef}>
          {children}
        </tbody>
      </table>
    </div>
  );
}

export function ColumnHeader(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" role="columnheader" {...props} />;
}

export function Row(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr role="row" {...props} />;
}

export function RowHeader(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" role="rowheader" {...props} />;
}

/**
 * A cell; `label` is its column's name as a phone shows it before the value (plain text, the
 * header may hold a glossary link). A cell without one (buttons) shows its content alone.
 */
export function Cell({ label, ...cell }: TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  return <td role="cell" data-label={label} {...cell} />;
}
