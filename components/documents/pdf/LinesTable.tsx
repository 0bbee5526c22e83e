import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { formatAmount, formatPercent, type PrintedLine } from "@/domain";
import { PagedRows } from "./PagedRows";
import { COLORS, styles } from "./styles";

const COLUMNS = [
  { title: "Réf.", width: "13%", align: "left" },
  { title: "Désignation", width: "39%", align: "left" },
  { title: "Qté", width: "8%", align: "right" },
  { title: "PU HT (€)", width: "14%", align: "right" },
  { title: "TVA", width: "9%", align: "right" },
  { title: "Total HT (€)", width: "17%", align: "right" },
] as const;

function cells(line: PrintedLine): string[] {
  return [
    line.reference ?? "",
    line.description ?? "",
    line.quantity !== undefined ? new Intl.NumberFormat("fr-FR").format(line.quantity) : "",
    line.unitPriceCents !== undefined ? formatAmount(line.unitPriceCents) : "",
    line.vatRate !== undefined ? formatPercent(line.vatRate) : "",
    line.lineTotalCents !== undefined ? formatAmount(line.lineTotalCents) : "",
  ];
}

function Row({ values, header = false }: { values: readonly string[]; header?: boolean }) {
  return (
    <View style={[styles.row, { borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingVertical: 3 }, header ? { backgroundColor: COLORS.band } : {}]}>
      {COLUMNS.map((column, index) => (
        <Text key={column.title} style={[{ width: column.width, textAlign: column.align, paddingHorizontal: 3 }, header ? styles.bold : {}]}>
          {values[index]}
        </Text>
      ))}
    </View>
  );
}

/**
 * The lines; the header row repeats on every page, a row never splits. `children` (the totals)
 * close the table on its last page, with its last rows, so that the header is printed there too.
 */
export function LinesTable({ lines, children }: { lines: readonly PrintedLine[]; children?: ReactNode }) {
  return (
    <PagedRows
      header={<Row header values={COLUMNS.map((column) => column.title)} />}
      rows={lines.map((line, index) => (
        <Row key={index} values={cells(line)} />
      ))}
      closing={children}
    />
  );
}
