import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "@/domain";
import { styles } from "./styles";
import { sellerLines } from "./text";

/** The seller's identity block (no logo: the company name in bold). */
export function DocumentHeader({ seller }: { seller: InvoiceDocument["seller"] }) {
  const lines = sellerLines(seller);
  return (
    <View style={{ width: "55%" }}>
      <Text style={[styles.bold, { fontSize: 14, marginBottom: 3 }]}>{seller.name ?? ""}</Text>
      {lines.map((line, index) => (
        <Text key={index} style={styles.line}>{line}</Text>
      ))}
    </View>
  );
}
