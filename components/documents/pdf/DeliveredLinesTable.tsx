import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { DeliveredLine } from "@/domain";
import { DELIVERED_COLUMNS } from "./chainText";
import { PagedRows } from "./PagedRows";
import { COLORS, styles } from "./styles";

const WIDTHS = ["12%", "37%", "17%", "17%", "17%"] as const;
const quantity = (value: number) => new Intl.NumberFormat("fr-FR").format(value);

function Row({ values, header = false }: { values: readonly string[]; header?: boolean }) {
  return (
    <View style={[styles.row, { borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingVertical: 3 }, header ? { backgroundColor: COLORS.band } : {}]}>
      {values.map((value, index) => (
        <Text key={index} style={[{ width: WIDTHS[index] ?? "14%", textAlign: index >= 2 ? "right" : "left", paddingHorizontal: 3 }, header ? styles.bold : {}]}>
          {value}
        </Text>
      ))}
    </View>
  );
}

/** The delivery note's lines: quantities ordered, delivered, remaining; never a price. `children` (the receipt) close the table with its last rows. */
export function DeliveredLinesTable({ lines, children }: { lines: readonly DeliveredLine[]; children?: ReactNode }) {
  return (
    <PagedRows
      header={<Row header values={DELIVERED_COLUMNS} />}
      rows={lines.map((line, index) => (
        <Row key={index} values={[line.reference ?? "", line.description, quantity(line.ordered), quantity(line.delivered), quantity(line.remaining)]} />
      ))}
      closing={children}
    />
  );
}
