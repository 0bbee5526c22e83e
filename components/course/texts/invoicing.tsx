import { formatAmount, formatDateLongFr, formatEuros, formatPercent, reformCalendar, REFORM_START_DATES, VAT_RATES } from "@/domain";
import { CascadeSteps, type StageTexts } from "../CourseParts";
import { CASCADE_EXAMPLE, CASCADE_INPUT, TWO_RATES_EXAMPLE, TWO_RATES_INPUT } from "../workedExamples";

const [firstDiscount, secondDiscount] = CASCADE_INPUT.tradeDiscounts ?? [];
const cascadeDiscountRate = ((CASCADE_EXAMPLE.grossCents - CASCADE_EXAMPLE.netCommercialCents) / CASCADE_EXAMPLE.grossCents) * 100;

/** Stage 3: the invoice, its number and immutability, the credit note, the chain of documents, sending, the cascade. */
export const INVOICING_TEXTS: StageTexts<"invoicing"> = {
  invoiceObligation: (
    <p>
      Entre professionnels, la <strong>facture est obligatoire</strong>. Elle est établie dès la livraison, <strong>datée</strong>, porte un{" "}
      <strong>numéro unique</strong> et les <strong>mentions obligatoires</strong> (voir l’étape « Contrôle de la facture »). C’est une pièce
      comptable et une preuve de la vente : elle se garde 10 ans.
    </p>
  ),
  invoiceNumber: (
    <p>
      Chaque facture reçoit un numéro <strong>unique</strong>, dans une <strong>série chronologique et continue</strong> : sans trou ni doublon.
      Une entreprise peut tenir plusieurs séries, chacune continue ; un préfixe (« FA-2026- ») est courant mais pas obligatoire. Dans le PGI, la
      facture prend son numéro quand on la valide.
    </p>
  ),
  invoiceIntangible: (
    <p>
      Une fois enregistrée (validée) dans le PGI, une facture <strong>ne se modifie plus et ne se supprime plus</strong>. Une erreur découverte
      après la validation se corrige par une facture d’avoir, puis, si besoin, une nouvelle facture.
    </p>
  ),
  creditNote: (
    <p>
      La <strong>facture d’avoir</strong> annule une facture, en tout ou en partie : erreur, retour de marchandise, rabais après un défaut,
      ristourne. Elle prend son propre numéro dans la série, cite le <strong>numéro et la date de la facture d’origine</strong>, et indique la
      réduction HT et sa TVA. Sa présentation est aussi stricte que celle de la facture.
    </p>
  ),
  invoiceCopies: (
    <p>
      Une facture papier s’établit en <strong>deux exemplaires</strong> : l’original pour le client, le double gardé par le vendeur (10 ans).
    </p>
  ),
  documentChain: (
    <>
      <p>Les pièces de la vente se suivent et chacune reprend la précédente :</p>
      <ol className="course-chain">
        <li>le devis (proposition du vendeur) ;</li>
        <li>la commande (engagement du client) ;</li>
        <li>le bon de livraison (ce qui a été livré) ;</li>
        <li>la facture (ce qui est dû) ;</li>
        <li>l’avoir, si besoin (ce qui est annulé ou réduit).</li>
      </ol>
      <p>On facture ce qui a été livré : la facture s’établit à partir du bon de livraison et cite la commande du client.</p>
    </>
  ),
  electronicInvoicing: (
    <>
      <p>
        Le cours appelle <strong>facture dématérialisée</strong> la facture envoyée au client en PDF par courriel : plus rapide, et le PGI en garde
        la trace.
      </p>
      <p>
        {/* Every firm must receive e-invoices from the day the first ones must issue them (domain.md): one date, the calendar's. */}
        La <strong>réforme de la facturation électronique</strong> va plus loin. Toutes les entreprises doivent pouvoir recevoir des factures
        électroniques à partir du {formatDateLongFr(REFORM_START_DATES.large)}. Elles doivent en émettre à partir du {reformCalendar()}. La facture est alors déposée sur
        une <strong>plateforme agréée</strong>, dans un format structuré (Factur-X : un PDF qui contient ses données en XML ; ou UBL, CII). Pour
        une entreprise soumise à l’obligation, un simple PDF envoyé par courriel n’est plus une facture valable entre entreprises établies en
        France. Les ventes à des particuliers ou à l’étranger restent hors de ce circuit.
      </p>
    </>
  ),
  invoiceCascade: (
    <>
      <p>La facture se calcule en cascade ; chaque réduction s’applique au net précédent :</p>
      <p className="course-formula">
        montant brut − remises − rabais − ristournes = <strong>net commercial</strong> ; − escompte = <strong>net financier</strong> ; + port HT
        = <strong>total HT</strong> ; + TVA = <strong>total TTC</strong> ; − acompte versé = <strong>net à payer</strong>
      </p>
      <ul>
        <li>
          Chaque montant est arrondi au centime dès qu’il est calculé, et l’étape suivante part du montant arrondi.
        </li>
        <li>
          Des réductions successives ne s’additionnent pas : {formatPercent(firstDiscount ?? 0)} puis {formatPercent(secondDiscount ?? 0)} font{" "}
          {formatPercent(cascadeDiscountRate)} du brut, pas {formatPercent((firstDiscount ?? 0) + (secondDiscount ?? 0))}.
        </li>
        <li>
          L’escompte <em>accordé</em> (paiement comptant) se déduit ; l’escompte seulement <em>proposé</em> (« 2 % si paiement sous 15 jours »)
          s’imprime comme une condition, sans être déduit.
        </li>
        <li>
          Le port facturé au client entre dans la base de la TVA, au taux des marchandises ; la TVA se calcule sur le net financier + le port.
        </li>
      </ul>
      <div className="course-example">
        <p>
          <strong>Exemple calculé par le moteur de l’atelier.</strong>{" "}
          {CASCADE_INPUT.lines.map((line) => `${line.quantity} × ${line.description} à ${formatEuros(line.unitPriceCents)} HT`).join(" et ")} ;
          remises de {formatPercent(firstDiscount ?? 0)} puis {formatPercent(secondDiscount ?? 0)}, escompte de{" "}
          {formatPercent(CASCADE_INPUT.cashDiscount ?? 0)} pour paiement comptant, port {formatEuros(CASCADE_INPUT.shippingCents ?? 0)} HT, TVA{" "}
          {formatPercent(CASCADE_INPUT.lines[0]?.vatRate ?? 0)}.
        </p>
        <CascadeSteps invoice={CASCADE_EXAMPLE} caption="La cascade de l’exemple" />
      </div>
    </>
  ),
  vatRates: (
    <>
      <p>
        Les taux de TVA en France : {VAT_RATES.map((rate) => formatPercent(rate)).join(", ")}. La facture montre, pour chaque taux, la base HT
        et le montant de TVA.
      </p>
      <p>
        Avec plusieurs taux, la cascade se calcule sur les totaux de la facture, comme avec une calculatrice ; puis le net financier et le port
        sont répartis entre les taux au prorata du montant brut de chacun, et la TVA se calcule taux par taux sur ces bases. Un calcul fait
        taux par taux peut différer d’un centime par taux : les deux méthodes sont acceptées.
      </p>
      <div className="course-example">
        <p>
          <strong>Exemple calculé par le moteur de l’atelier.</strong>{" "}
          {TWO_RATES_INPUT.lines.map((line) => `${line.quantity} × ${line.description} à ${formatEuros(line.unitPriceCents)} HT (TVA ${formatPercent(line.vatRate)})`).join(" et ")}{" "}
          ; remise de {formatPercent(TWO_RATES_INPUT.tradeDiscounts?.[0] ?? 0)}. Brut {formatEuros(TWO_RATES_EXAMPLE.grossCents)}, net commercial{" "}
          {formatEuros(TWO_RATES_EXAMPLE.netCommercialCents)}, réparti entre les taux :
        </p>
        <table className="course-vat">
          <caption>La TVA par taux de l’exemple</caption>
          <thead>
            <tr>
              <th scope="col">Taux</th>
              <th scope="col" className="amount">
                Base HT (€)
              </th>
              <th scope="col" className="amount">
                TVA (€)
              </th>
            </tr>
          </thead>
          <tbody>
            {TWO_RATES_EXAMPLE.vat.map((line) => (
              <tr key={line.rate}>
                <th scope="row">{formatPercent(line.rate)}</th>
                <td className="amount">{formatAmount(line.baseCents)}</td>
                <td className="amount">{formatAmount(line.amountCents)}</td>
              </tr>
            ))}
            <tr className="total-row">
              <th scope="row">Total</th>
              <td className="amount">{formatAmount(TWO_RATES_EXAMPLE.totalExclTaxCents)}</td>
              <td className="amount">{formatAmount(TWO_RATES_EXAMPLE.totalVatCents)}</td>
            </tr>
          </tbody>
        </table>
        <p>Total TTC : {formatEuros(TWO_RATES_EXAMPLE.totalInclTaxCents)}.</p>
      </div>
    </>
  ),
  depositInvoice: (
    <p>
      Pour une vente de marchandises, la TVA est due dès que l’acompte est encaissé : on établit une <strong>facture d’acompte</strong>. La
      facture finale cite la facture d’acompte (numéro, date) et déduit l’acompte HT et sa TVA, pour montrer la TVA qui reste due et le net à
      payer.
    </p>
  ),
};
