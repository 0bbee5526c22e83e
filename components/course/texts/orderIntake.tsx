import { COURSE_STAGES, formatEuros } from "@/domain";
import type { StageTexts } from "../CourseParts";
import { CREDIT_EXAMPLE } from "../workedExamples";

/** Stage 1: receiving the order and the seven checks before accepting it (domain.md, « The course, in five stages » and « Order intake »). */
export const ORDER_INTAKE_TEXTS: StageTexts<"orderIntake"> = {
  orderReception: (
    <>
      <p>Une commande arrive de plusieurs façons ; il faut savoir la reconnaître sous chacune.</p>
      <ul>
        <li>
          <strong>Moyens</strong> : téléphone, fax, courriel, courrier.
        </li>
        <li>
          <strong>Supports</strong> : un simple message, un bon de commande, un devis signé par le client (« bon pour accord ») qui vaut commande.
        </li>
        <li>
          <strong>Origine</strong> : le client lui-même, ou un commercial (représentant) qui transmet la commande prise chez le client.
        </li>
      </ul>
      <p>Quel que soit le moyen, la commande n’est acceptée qu’après les sept contrôles.</p>
    </>
  ),
  intakeOrder: (
    <>
      <p>Avant d’accepter une commande, on fait sept contrôles, dans cet ordre :</p>
      <ol>
        {COURSE_STAGES.orderIntake.checklist.map((check, index, checks) => (
          <li key={check}>
            {check}
            {index === checks.length - 1 ? "." : " ;"}
          </li>
        ))}
      </ol>
      <p>
        L’ordre compte : inutile de vérifier le stock pour un client qui ne pourra pas payer. Au bout des contrôles, une décision parmi quatre :
      </p>
      <ul>
        <li>
          <strong>accepter</strong> ;
        </li>
        <li>
          <strong>accepter sous conditions</strong> : acompte, livraison partielle ;
        </li>
        <li>
          <strong>mettre en attente</strong> : il manque une information ou un accord ;
        </li>
        <li>
          <strong>refuser</strong>, en écrivant le motif au client.
        </li>
      </ul>
    </>
  ),
  customerAccount: (
    <>
      <p>
        On cherche le client dans le PGI. S’il existe, on vérifie que c’est bien lui (raison sociale, SIREN) et on utilise sa fiche, sans créer de
        doublon. S’il est inconnu, on <strong>crée son compte</strong> : raison sociale, SIREN ou SIRET, adresses de facturation et de livraison,
        contact, conditions de paiement. Le plafond d’encours d’un nouveau client est fixé par la politique de l’entreprise.
      </p>
    </>
  ),
  solvency: (
    <>
      <p>
        Le client pourra-t-il payer ? On s’informe : SIREN et extrait Kbis, BODACC (annonces des procédures collectives : redressement,
        liquidation judiciaire), historique des paiements du client, agences de renseignement commercial. La cotation Banque de France est
        confidentielle : le fournisseur ne la voit que si le client la lui communique.
      </p>
      <ul>
        <li>
          Procédure collective publiée : <strong>refuser</strong>, ou accepter seulement contre paiement intégral à la commande (selon la
          politique).
        </li>
        <li>
          Incidents de paiement dans l’historique : <strong>mettre en attente</strong> pour accord, ou <strong>demander un acompte</strong> (selon
          la politique).
        </li>
      </ul>
    </>
  ),
  creditLimit: (
    <>
      <p>
        L’<strong>encours</strong> est ce que le client doit déjà ou devra bientôt : <strong>factures non réglées TTC + commandes acceptées non
        encore facturées TTC</strong>. Le <strong>plafond</strong> est le crédit maximal que l’entreprise lui accorde. La règle :
      </p>
      <p className="course-formula">encours + nouvelle commande TTC ≤ plafond</p>
      <p>
        Au-delà, selon la politique de l’entreprise : refuser, mettre en attente pour accord, ou accepter contre un acompte au moins égal au
        dépassement (la règle par défaut de l’atelier).
      </p>
      <p className="course-example">
        <strong>Exemple.</strong> {CREDIT_EXAMPLE.explanation} Pour accepter la commande, on demande un acompte de{" "}
        {formatEuros(CREDIT_EXAMPLE.depositToFitCents)}.
      </p>
    </>
  ),
  specialConditions: (
    <>
      <p>On applique les conditions que le client a négociées, inscrites sur sa fiche :</p>
      <ul>
        <li>
          <strong>remise</strong> : réduction habituelle pour la taille de la commande ou la qualité du client, accordée à la vente ;
        </li>
        <li>
          <strong>rabais</strong> : réduction exceptionnelle pour un défaut, une non-conformité ou un retard de livraison ;
        </li>
        <li>
          <strong>ristourne</strong> : réduction sur le chiffre d’affaires d’une période (par tranches), souvent versée par un avoir ;
        </li>
        <li>
          <strong>escompte</strong> : réduction financière pour un paiement comptant ou avant l’échéance.
        </li>
      </ul>
      <p>Une commande chiffrée sans ces conditions, ou avec plus que ce qui est accordé, est corrigée.</p>
    </>
  ),
  orderElements: (
    <p>
      On vérifie chaque élément de la commande : références, prix, quantités, adresses de facturation et de livraison, signature. Une référence
      inconnue, un prix différent du catalogue ou d’un devis en cours de validité, une adresse de livraison manquante, un bon de commande non
      signé : on corrige avec le client <strong>avant</strong> d’accepter. Les prix d’un devis valide l’emportent sur ceux du catalogue.
    </p>
  ),
  stockOrLeadTime: (
    <>
      <p>Si le stock couvre la quantité commandée, la commande est livrable tout de suite. Sinon, selon ce que préfère le client :</p>
      <ul>
        <li>
          une <strong>livraison partielle</strong> de ce qui est en stock, le reste formant un <strong>reliquat</strong> livré plus tard ;
        </li>
        <li>
          ou une <strong>date de livraison</strong> égale à aujourd’hui + le délai de fabrication (ou d’approvisionnement).
        </li>
      </ul>
      <p>On ne promet jamais une date que le délai ne permet pas de tenir.</p>
    </>
  ),
  deposit: (
    <>
      <p>
        Les conditions de l’entreprise exigent parfois un <strong>acompte</strong> : nouveau client, montant au-delà d’un seuil, fabrication sur
        mesure, dépassement d’encours. On le demande, et la commande est acceptée une fois l’acompte versé.
      </p>
      <p>
        Ne pas confondre avec les <strong>arrhes</strong> : l’acompte engage les deux parties, alors qu’avec des arrhes chacun peut renoncer
        (l’acheteur en les perdant, le vendeur en les rendant au double).
      </p>
    </>
  ),
};
