import { Text, View } from "@react-pdf/renderer";
import { formatEuros, type InvoiceDocument, type InvoiceStep } from "@/domain";
import { isDepositDetail, printedSteps } from "./cascade";
import { COLORS, styles } from "./styles";

const EMPHASISED = new Set(["totalExclTax", "totalInclTax", "amountDue"]);

/** The cascade as printed lines, VAT per rate with its base, total TTC, deposit, net à payer. */
export function TotalsBlock({ document, steps }: { document: InvoiceDocument; /** The lines to print, when not the invoice cascade of `document`. */ steps?: readonly InvoiceStep[] | undefined }) {
  return (
    <View style={{ width: "50%", marginLeft: "50%", marginTop: 10 }}>
      {(steps ?? printedSteps(document)).map((step, index) => {
        const strong = step.kind !== undefined && EMPHASISED.has(step.kind);
        const last = step.kind === "amountDue";
        return (
          <View
            key={index}
            style={[styles.row, { justifyContent: "space-between", paddingVertical: 2, paddingHorizontal: 4 }, strong ? { borderTopWidth: 0.5, borderTopColor: COLORS.rule } : {}, last ? { backgroundColor: COLORS.band, fontSize: 11 } : {}]}
          >
            {/* A long label (a deposit invoice cited with its number and date) wraps instead of running into the amount. */}
            <Text style={[{ flex: 1, paddingRight: 6 }, strong ? styles.bold : isDepositDetail(step) ? [styles.muted, { paddingLeft: 12 }] : {}]}>{step.label}</Text>
            <Text style={[{ flexShrink: 0 }, strong ? styles.bold : isDepositDetail(step) ? styles.muted : {}]}>{formatEuros(step.amountCents)}</Text>
          </View>
        );
      })}
    </View>
  );
}
