import { Text, View } from "@react-pdf/renderer";
import { formatDateFr, type InvoiceDocument } from "@/domain";
import { styles } from "./styles";
import { COPY_LABELS, DOCUMENT_TITLES, type Copy } from "./text";

function MetaLine({ label, value }: { label: string; value: string | undefined }) {
  if (value === undefined) return null;
  return (
    <Text>
      {label}&nbsp;: <Text style={styles.bold}>{value}</Text>
    </Text>
  );
}

/** Title, number, dates, references, and the ORIGINAL / DUPLICATA mark. */
export function DocumentMeta({ document, copy }: { document: InvoiceDocument; copy: Copy }) {
  return (
    <View style={{ width: "42%", alignItems: "flex-end" }}>
      <Text style={[styles.bold, { fontSize: 16 }]}>{DOCUMENT_TITLES[document.kind]}</Text>
      <Text style={[styles.bold, { borderWidth: 1, borderColor: "#1a1a1a", paddingHorizontal: 4, marginVertical: 4}]}>{COPY_LABELS[copy]}</Text>
      <MetaLine label="N°" value={document.number} />
      <MetaLine label="Date" value={document.issueDate ? formatDateFr(document.issueDate) : undefined} />
      <MetaLine label="Date de vente / livraison" value={document.saleDate ? formatDateFr(document.saleDate) : undefined} />
      <MetaLine label="Votre commande" value={document.purchaseOrderNumber} />
    </View>
  );
}
