import { View } from "@react-pdf/renderer";
import type { ReactNode } from "react";

/** Rows kept on the page of what follows the table, so that what closes it never stands alone. */
const ROWS_KEPT_WITH_CLOSING = 3;

/**
 * The body of a printed table that runs over pages: the header row repeats on every page, a row
 * never splits, and `closing` (totals, the recipient's signature) goes with the last rows, so that
 * it never stands on a page of its own, cut from the lines it closes and from their header.
 */
export function PagedRows({ header, rows, closing }: { header: ReactNode; rows: readonly ReactNode[]; closing?: ReactNode }) {
  const split = Math.max(0, rows.length - ROWS_KEPT_WITH_CLOSING);
  return (
    <View style={{ marginTop: 12 }}>
      <View fixed>{header}</View>
      {rows.slice(0, split).map((row, index) => (
        <View key={index} wrap={false}>
          {row}
        </View>
      ))}
      <View wrap={false}>
        {rows.slice(split)}
        {closing}
      </View>
    </View>
  );
}
