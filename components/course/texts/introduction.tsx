import { COURSE_STAGES, STAGE_IDS } from "@/domain";
import type { StageTexts } from "../CourseParts";

/** The course's introduction: why a company manages the customer relationship, and what a PGI is. */
export const INTRODUCTION_TEXTS: StageTexts<"introduction"> = {
  customerRelationship: (
    <>
      <p>
        Gérer la relation client (GRC), c’est suivre chaque client de sa commande jusqu’à son règlement. Le cours la présente comme un processus
        commercial et de communication, en cinq étapes : {STAGE_IDS.map((stage) => COURSE_STAGES[stage].title.toLowerCase()).join(", ")}.
      </p>
      <p>Pourquoi s’en occuper avec soin ? Pour deux raisons qui vont ensemble :</p>
      <ul>
        <li>
          <strong>satisfaire et fidéliser le client</strong> : une commande confirmée vite, livrée à la date promise, une facture juste et une
          réclamation traitée donnent envie de commander à nouveau ;
        </li>
        <li>
          <strong>protéger l’entreprise</strong> : ne pas livrer un client qui ne pourra pas payer, facturer sans erreur, être payé à l’échéance.
        </li>
      </ul>
    </>
  ),
  erp: (
    <>
      <p>
        Un <strong>PGI</strong> (progiciel de gestion intégré, en anglais ERP) est un logiciel dont tous les services de l’entreprise partagent
        <strong> une seule base de données</strong> : le service commercial, l’administration des ventes, le magasin, la comptabilité.
      </p>
      <p>
        Une information saisie une fois sert à tous, sans ressaisie : la commande enregistrée par l’administration des ventes devient le bon de
        livraison du magasin, puis la facture ; le règlement enregistré par la comptabilité diminue l’encours du client que voit le commercial.
      </p>
      <p>
        Dans l’atelier, chaque scénario se joue dans un PGI simulé : courrier reçu, fiches clients, articles et stock, commandes, livraisons,
        factures, règlements et boîte d’envoi.
      </p>
    </>
  ),
  crm: (
    <p>
      Le logiciel de GRC (en anglais CRM, <i lang="en">customer relationship management</i>), souvent un module du PGI, rassemble ce que
      l’entreprise sait de chaque client : coordonnées et contacts, conditions négociées (remises, délai de paiement, plafond d’encours),
      historique des commandes, des factures et des règlements. Il sert à <strong>connaître</strong> le client, à le <strong>fidéliser</strong>{" "}
      et à <strong>suivre</strong> chacune de ses affaires.
    </p>
  ),
  customerOrientedCompany: (
    <p>
      Dans une entreprise orientée client, chaque service travaille pour le client, pas seulement le commercial : l’administration des ventes
      contrôle et confirme la commande, le magasin livre à la date promise, la comptabilité facture juste et suit les règlements. Parce qu’ils
      partagent les mêmes données dans le PGI, tous répondent au client avec la même information.
    </p>
  ),
  cashFlow: (
    <>
      <p>
        La <strong>trésorerie</strong>, c’est l’argent dont l’entreprise dispose pour payer ses fournisseurs, ses salaires et ses impôts. Quand
        un client paie en retard, l’entreprise a déjà acheté et livré la marchandise, mais l’argent n’arrive pas : elle doit attendre, emprunter
        (et payer des intérêts) ou retarder ses propres paiements. Une facture jamais payée est une perte sèche.
      </p>
      <p>
        C’est pourquoi le cours insiste sur le contrôle de l’encours avant d’accepter une commande, sur une facture juste et envoyée vite, et sur
        des relances faites au bon moment, avec les pénalités de retard.
      </p>
    </>
  ),
};
