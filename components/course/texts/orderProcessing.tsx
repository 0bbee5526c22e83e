import { ORDER_STATUS_LABELS } from "@/domain";
import type { StageTexts } from "../CourseParts";

/** Stage 2: recording the order, acknowledging it, the delivery documents and the order's statuses. */
export const ORDER_PROCESSING_TEXTS: StageTexts<"orderProcessing"> = {
  orderRecording: (
    <p>
      La commande acceptée est <strong>enregistrée dans le PGI</strong> : client, articles, quantités, prix et conditions, date et adresse de
      livraison, numéro de la commande du client. Elle prend son propre numéro, entre dans l’encours du client (commande acceptée non facturée)
      et devient visible de tous les services : le magasin la prépare, la comptabilité la facturera.
    </p>
  ),
  orderAcknowledgement: (
    <>
      <p>
        L’<strong>accusé de réception de commande</strong> confirme au client que sa commande est acceptée, et à quelles conditions. Il indique :
      </p>
      <ul>
        <li>l’identité du vendeur et du client ;</li>
        <li>le numéro et la date de la commande du client ;</li>
        <li>les articles avec leurs références, les quantités, les prix unitaires HT et les réductions ;</li>
        <li>la date et l’adresse de livraison convenues ;</li>
        <li>les conditions de paiement et la référence des conditions générales de vente (CGV) ;</li>
        <li>l’acompte demandé, s’il y en a un.</li>
      </ul>
    </>
  ),
  salesDocuments: (
    <>
      <p>
        Le PGI établit les pièces de la vente à partir de la commande. Le <strong>bon de livraison</strong> (BL) accompagne la marchandise ; il
        indique :
      </p>
      <ul>
        <li>les noms et adresses (facturation, livraison) ;</li>
        <li>les dates de commande, d’expédition et de livraison ;</li>
        <li>le numéro du BL et la référence de la commande ;</li>
        <li>les produits avec les quantités commandées et livrées (les prix ne sont pas nécessaires) ;</li>
        <li>la signature du destinataire et ses réserves écrites.</li>
      </ul>
      <p>
        Si le stock manque, on livre ce qui est disponible : c’est une <strong>livraison partielle</strong>, et ce qui reste à livrer forme le{" "}
        <strong>reliquat</strong>, livré plus tard avec son propre bon de livraison. En cas de dommage pendant le transport, le client proteste
        auprès du transporteur dans les 3 jours (article L133-3 du Code de commerce).
      </p>
    </>
  ),
  orderFollowUp: (
    <>
      <p>Suivre la commande, c’est savoir à tout moment où elle en est et pouvoir le dire au client. Dans le PGI, elle passe par ces statuts :</p>
      <ol>
        {Object.values(ORDER_STATUS_LABELS).map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ol>
    </>
  ),
};
