import { Text, View } from "@react-pdf/renderer";
import type { PaymentOrderSummary } from "@/domain";
import { paymentOrderFrame } from "./frame";
import { LetterLayout } from "./LetterLayout";
import { AddressBlock, RowsTable, TitledList } from "./LetterParts";
import { letterStyles as s } from "./styles";

/** The summary of a request for an injonction de payer: court, parties, claim, grounds, documents. */
export function PaymentOrderSummaryPdf({ summary }: { summary: PaymentOrderSummary }) {
  return (
    <LetterLayout {...paymentOrderFrame(summary)} compact>
      <Text style={s.paragraph}>{summary.courtNote}</Text>
      <View style={[s.head, { marginBottom: 8 }]} wrap={false}>
        <View style={s.sender}>
          <Text style={s.sectionTitle}>Créancier (demandeur)</Text>
          <AddressBlock party={summary.creditor} />
        </View>
        <View style={{ width: "45%" }}>
          <Text style={s.sectionTitle}>Débiteur (défendeur)</Text>
          <AddressBlock party={summary.debtor} />
        </View>
      </View>
      <Text style={s.sectionTitle}>Facture impayée et montant de la créance</Text>
      <RowsTable rows={[...summary.invoiceReferences, ...summary.claim]} />
      <TitledList title="Fondement de la demande" items={summary.grounds} />
      <TitledList title="Suites de l'ordonnance" items={summary.nextSteps} />
      <TitledList title="Pièces jointes" items={summary.documents} />
    </LetterLayout>
  );
}
