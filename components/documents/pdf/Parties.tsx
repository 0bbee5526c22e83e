import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument, PostalAddress } from "@/domain";
import { styles } from "./styles";
import { addressLines, buyerIdentityLines } from "./text";

export function AddressBox({ title, name, address, extra = [] }: { title: string; name?: string | undefined; address?: PostalAddress | undefined; extra?: string[] }) {
  return (
    <View style={[styles.box, { flex: 1 }]}>
      <Text style={styles.sectionTitle}>{title}</Text>
      {name ? <Text style={styles.bold}>{name}</Text> : null}
      {[...addressLines(address), ...extra].map((line, index) => (
        <Text key={index} style={styles.line}>{line}</Text>
      ))}
    </View>
  );
}

/** The buyer, its billing address and the delivery address when it differs. */
export function Parties({ document }: { document: InvoiceDocument }) {
  const { buyer, deliveryAddress } = document;
  const identity = buyerIdentityLines(buyer);
  return (
    <View style={[styles.row, { gap: 8, marginTop: 10 }]}>
      <AddressBox title="Client" name={buyer.name} address={buyer.address} extra={identity} />
      {buyer.billingAddress ? <AddressBox title="Adresse de facturation" name={buyer.name} address={buyer.billingAddress} /> : null}
      {deliveryAddress ? <AddressBox title="Adresse de livraison" address={deliveryAddress} /> : null}
    </View>
  );
}
