import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "@/domain/documents";
import { formatDateFr } from "@/domain/dates";
import { formatPercent } from "@/domain/money";
import { styles } from "./styles";
import { formatWholeEuros, OPERATION_NATURE_LABELS, VAT_ON_DEBITS_MENTION } from "./text";

/** Due date (in bold), terms, escompte, penalties, the 40 € indemnity, and the reform mentions present. */
export function PaymentTerms({ document }: { document: InvoiceDocument }) {
  const due = document.dueDate ? `Date d'échéance : ${formatDateFr(document.dueDate)}` : undefined;
  const lines = [
    due,
    document.paymentTermsText ? `Conditions de paiement : ${document.paymentTermsText}` : undefined,
    document.cashDiscountCondition,
    document.latePenaltyRate !== undefined ? `Pénalités de retard : ${formatPercent(document.latePenaltyRate)} par an, exigibles dès le lendemain de l'échéance` : undefined,
    document.recoveryIndemnityCents !== undefined ? `Indemnité forfaitaire pour frais de recouvrement : ${formatWholeEuros(document.recoveryIndemnityCents)}` : undefined,
    document.operationNature ? `Nature de l'opération : ${OPERATION_NATURE_LABELS[document.operationNature]}` : undefined,
    document.vatOnDebitsMention ? VAT_ON_DEBITS_MENTION : undefined,
  ].filter((line): line is string => line !== undefined);
  if (lines.length === 0) return null;
  // A credit note has no payment to settle: only the mentions are printed.
  const title = document.kind === "creditNote" ? "Mentions" : "Conditions de règlement";
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
