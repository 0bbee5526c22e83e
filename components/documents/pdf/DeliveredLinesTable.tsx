import { Text, View } from "@react-pdf/renderer";
import type { DeliveredLine } from "@/domain/salesDocuments";
import { DELIVERED_COLUMNS } from "./chainText";
import { COLORS, styles } from "./styles";

const WIDTHS = ["12%", "37%", "17%", "17%", "17%"] as const;
const quantity = (value: number) => new Intl.NumberFormat("fr-FR").format(value);

function Row({ values, header = false }: { values: readonly string[]; header?: boolean }) {
  return (
    <View style={[styles.row, { borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingVertical: 3 }, header ? { backgroundColor: COLORS.band } : {}]} wrap={false}>
      {values.map((value, index) => (
        <Text key={index} style={[{ width: WIDTHS[index] ?? "14%", textAlign: index >= 2 ? "right" : "left", paddingHorizontal: 3 }, header ? styles.bold : {}]}>
          {value}
        </Text>
      ))}
    </View>
  );
}

/** The delivery note's lines: quantities ordered, delivered, remaining; never a price. */
export function DeliveredLinesTable({ lines }: { lines: readonly DeliveredLine[] }) {
  return (
    <View style={{ marginTop: 12 }}>
      <View fixed>
        <Row header values={DELIVERED_COLUMNS} />
      </View>
      {lines.map((line, index) => (
        <Row key={index} values={[line.reference ?? "", line.description, quantity(line.ordered), quantity(line.delivered), quantity(line.remaining)]} />
      ))}
    </View>
  );
}
