import { Text, View } from "@react-pdf/renderer";
import type { LetterParty, LetterRow } from "@/domain";
import { letterStyles as s } from "./styles";

/** A name in bold and the lines under it. */
export function AddressBlock({ party }: { party: LetterParty }) {
  return (
    <View>
      <Text style={s.partyName}>{party.name}</Text>
      {party.lines.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </View>
  );
}

/** Paragraphs of the body, justified. */
export function Paragraphs({ items }: { items: readonly string[] }) {
  return (
    <>
      {items.map((text) => (
        <Text key={text} style={s.paragraph}>
          {text}
        </Text>
      ))}
    </>
  );
}

/** Label / value rows in a framed table; an emphasised row is bold. */
export function RowsTable({ rows }: { rows: readonly LetterRow[] }) {
  return (
    <View style={s.table} wrap={false}>
      {rows.map((row) => (
        <View key={row.label} style={[s.tableRow, row.emphasis ? s.bold : {}]}>
          <Text style={s.tableLabel}>{row.label}</Text>
          <Text style={s.tableValue}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}

/** A small uppercase title and a bulleted list. */
export function TitledList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <View style={{ marginBottom: 8 }} wrap={false}>
      <Text style={s.sectionTitle}>{title}</Text>
      {items.map((item) => (
        <View key={item} style={s.listItem}>
          <Text style={s.bullet}>•</Text>
          <Text style={{ flex: 1 }}>{item}</Text>
        </View>
      ))}
    </View>
  );
}
