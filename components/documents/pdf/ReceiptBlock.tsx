import { Text, View } from "@react-pdf/renderer";
import { RECEIPT_LINE, RESERVATIONS_HINT, RESERVATIONS_TITLE } from "./chainText";
import { styles } from "./styles";

/** The recipient's receipt: date and signature, and the "Réserves" box to write in. */
export function ReceiptBlock() {
  return (
    <View style={[styles.row, { gap: 8, marginTop: 16 }]} wrap={false}>
      <View style={[styles.box, { flex: 1, minHeight: 80 }]}>
        <Text style={styles.sectionTitle}>Réception</Text>
        <Text>{RECEIPT_LINE}</Text>
      </View>
      <View style={[styles.box, { flex: 1, minHeight: 80 }]}>
        <Text style={styles.sectionTitle}>{RESERVATIONS_TITLE}</Text>
        <Text style={[styles.muted, styles.small]}>{RESERVATIONS_HINT}</Text>
      </View>
    </View>
  );
}
