import { Text, View } from "@react-pdf/renderer";
import { styles } from "./styles";

/** A titled box of lines (conditions, mentions); nothing when there is no line. */
export function TextBox({ title, lines }: { title: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <View style={[styles.box, { marginTop: 12 }]} wrap={false}>
      <Text style={styles.sectionTitle}>{title}</Text>
      {lines.map((line, index) => (
        <Text key={index} style={styles.line}>{line}</Text>
      ))}
    </View>
  );
}
