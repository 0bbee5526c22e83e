import { Text, View } from "@react-pdf/renderer";
import { styles } from "./styles";
import type { MetaItem } from "./chainText";

/** A document's title and its "label : value" lines (absent values skipped), top right. */
export function MetaBlock({ title, items }: { title: string; items: readonly MetaItem[] }) {
  return (
    <View style={{ width: "42%", alignItems: "flex-end" }}>
      <Text style={[styles.bold, { fontSize: 13, marginBottom: 4, textAlign: "right" }]}>{title}</Text>
      {items
        .filter((item): item is readonly [string, string] => item[1] !== undefined)
        .map(([label, value]) => (
          <Text key={label} style={styles.line}>
            {label}&nbsp;: <Text style={styles.bold}>{value}</Text>
          </Text>
        ))}
    </View>
  );
}
