import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "@/domain/documents";
import { styles } from "./styles";
import { addressLines, legalFormLine, rcsLine } from "./text";

/** The seller's identity block (no logo: the company name in bold). */
export function DocumentHeader({ seller }: { seller: InvoiceDocument["seller"] }) {
  const lines = [
    legalFormLine(seller),
    ...addressLines(seller.address),
    rcsLine(seller),
    seller.siren ? `SIREN : ${seller.siren}` : undefined,
    seller.vatNumber ? `N° TVA intracommunautaire : ${seller.vatNumber}` : undefined,
    seller.phone ? `Tél. : ${seller.phone}` : undefined,
    seller.email,
  ].filter((line): line is string => line !== undefined);
  return (
    <View style={{ width: "55%" }}>
      <Text style={[styles.bold, { fontSize: 14, marginBottom: 3 }]}>{seller.name ?? ""}</Text>
      {lines.map((line, index) => (
        <Text key={index} style={styles.line}>{line}</Text>
      ))}
    </View>
  );
}
