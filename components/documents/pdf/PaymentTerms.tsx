import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "@/domain";
import { styles } from "./styles";
import { paymentBlockTitle, paymentLines } from "./text";

/** Due date (in bold), terms, escompte, penalties, the 40 € indemnity, and the reform mentions present. */
export function PaymentTerms({ document }: { document: InvoiceDocument }) {
  const { due, lines } = paymentLines(document);
  if (lines.length === 0) return null;
  const title = paymentBlockTitle(document);
  return (
    <View style={[styles.box, { marginTop: 12 }]}>
      <Text style={styles.sectionTitle}>{title}</Text>
      {lines.map((line, index) => (
        <Text key={index} style={[styles.line, line === due ? styles.bold : {}]}>
          {line}
        </Text>
      ))}
    </View>
  );
}
