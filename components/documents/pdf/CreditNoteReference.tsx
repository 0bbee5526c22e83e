import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "@/domain";
import { styles } from "./styles";
import { creditNoteReference } from "./text";

/** "Avoir sur facture FA-2026-00042 du 12/11/2026" and the reason, on a credit note only. */
export function CreditNoteReference({ document, reason }: { document: InvoiceDocument; reason?: string | undefined }) {
  const reference = document.kind === "creditNote" ? creditNoteReference(document.originalInvoice) : undefined;
  if (reference === undefined) return null;
  return (
    <View style={[styles.box, { marginTop: 8 }]}>
      <Text style={styles.bold}>{reference}</Text>
      {reason ? <Text>Motif&nbsp;: {reason}</Text> : null}
    </View>
  );
}
