import {
  DEFAULT_DUNNING_POLICY,
  dunningSchedule,
  dunningStepGuidance,
  DUNNING_WORKING_DAY_RULE,
  fineMaximaText,
  formatDateLongFr,
  formatEuros,
  formatHalfYear,
  formatPercent,
  formatWholeEuros,
  LEGAL_MAXIMUM_DAYS_END_OF_MONTH,
  LEGAL_MAXIMUM_DAYS_FROM_INVOICE,
  RECOVERY_INDEMNITY_CENTS,
} from "@/domain";
import type { StageTexts } from "../CourseParts";
import { LATEST_PENALTY_RATE, LATEST_RATES, PENALTY_EXAMPLE } from "../workedExamples";

const indemnity = formatWholeEuros(RECOVERY_INDEMNITY_CENTS);

/** Stage 5: the objectives of the follow-up, the due date, the dunning ladder with the course's delays, penalties, disputes. */
export const PAYMENT_FOLLOW_UP_TEXTS: StageTexts<"paymentFollowUp"> = {
  followUpObjectives: (
    <>
      <p>Suivre les factures et les règlements a quatre objectifs :</p>
      <ul>
        <li>moins de retards de paiement ;</li>
        <li>pas d’impayés ;</li>
        <li>une meilleure trésorerie ;</li>
        <li>des litiges traités.</li>
      </ul>
      <p>Chaque règlement reçu est enregistré dans le PGI dès son arrivée : une facture réglée sort du suivi, une facture en retard y reste.</p>
    </>
  ),
  dueDate: (
    <>
      <p>
        L’<strong>échéance</strong> est la date à laquelle la facture doit être payée ; elle s’imprime sur la facture comme une date. Sans accord
        particulier, le délai est de 30 jours après la réception des marchandises. Un délai convenu ne peut pas dépasser{" "}
        {LEGAL_MAXIMUM_DAYS_FROM_INVOICE} jours à compter de la date de la facture, ou {LEGAL_MAXIMUM_DAYS_END_OF_MONTH} jours fin de mois.
      </p>
      <p>
        Les pénalités de retard courent dès le lendemain de l’échéance, sans qu’une relance soit nécessaire. Le non-respect des délais de paiement
        est puni d’une amende administrative {fineMaximaText("L441-16")}.
      </p>
    </>
  ),
  reminders: (
    <>
      <p>
        Les relances ne sont pas imposées par la loi : elles suivent la politique de l’entreprise. Le cours retient cette échelle, chaque délai
        comptant à partir de l’étape précédente réellement faite :
      </p>
      <ol className="course-ladder">
        {dunningSchedule().map((step) => (
          <li key={step.step}>{step.text}</li>
        ))}
      </ol>
      <p>{DUNNING_WORKING_DAY_RULE}</p>
      <p>
        Chaque relance rappelle le numéro, la date et le montant de la facture, son échéance, un nouveau délai, les coordonnées de paiement, les
        relances précédentes, les pénalités et l’indemnité de {indemnity}, avec la phrase « ne pas tenir compte de cette relance si le règlement
        a déjà été effectué ». La relance 1 est courtoise (c’est peut-être un oubli), la relance 2 plus ferme.
      </p>
      <p>
        Relancer trop tôt est une erreur (le client se sent harcelé) ; relancer trop tard aussi : chaque jour perdu coûte de la trésorerie.
      </p>
    </>
  ),
  registeredLetter: (
    <p>
      {DEFAULT_DUNNING_POLICY.reminder3AfterReminder2Days} jours après la relance 2, la relance 3 part par{" "}
      <strong>lettre recommandée avec accusé de réception</strong> (LRAR) : l’accusé de réception prouve que le client l’a reçue. Elle est
      ferme : elle rappelle les relances précédentes, les pénalités de retard et l’indemnité de {indemnity}, et fixe un dernier délai avant
      la mise en demeure.
    </p>
  ),
  formalNotice: (
    <>
      <p>
        Si le délai de la relance 3 ({DEFAULT_DUNNING_POLICY.formalNoticeAfterReminder3Days} jours par défaut) passe sans paiement, on envoie la{" "}
        <strong>mise en demeure</strong> : la dernière étape amiable avant le tribunal.
      </p>
      <p>{dunningStepGuidance("formalNotice")}</p>
      <p>
        Pour un client particulier, ce sont les intérêts au taux légal qui courent à partir de la mise en demeure : ni pénalités de retard, ni
        indemnité de {indemnity}. Le taux est celui des « autres cas » ({formatPercent(LATEST_RATES.legalInterestRatePercent)} au{" "}
        {formatHalfYear(LATEST_RATES.halfYear)}) : le taux dépend du créancier, et le créancier est l’entreprise ; le taux des particuliers
        ne vaut que lorsqu’un particulier réclame son dû.
      </p>
    </>
  ),
  paymentOrder: (
    <>
      <p>
        Si la mise en demeure reste sans effet et que la créance n’est pas contestée, on demande au juge une <strong>injonction de payer</strong>
        , pour une créance certaine, d’un montant fixé et exigible, quel que soit son montant.
      </p>
      <p>{dunningStepGuidance("paymentOrder")}</p>
      <p>Une créance jusqu’à 5 000 € peut aussi passer par la procédure simplifiée de recouvrement des petites créances. Une créance commerciale se prescrit par 5 ans.</p>
    </>
  ),
  latePenalties: (
    <>
      <p>Entre professionnels, un retard de paiement coûte au client, sans relance, à partir du lendemain de l’échéance :</p>
      <p className="course-formula">pénalités = montant TTC × taux annuel × jours de retard / 365</p>
      <ul>
        <li>
          Taux par défaut : le taux de refinancement de la BCE + 10 points, soit {formatPercent(LATEST_PENALTY_RATE.ratePercent)} au{" "}
          {formatHalfYear(LATEST_RATES.halfYear)} (taux BCE {formatPercent(LATEST_RATES.ecbRefinancingRatePercent)}). Il change chaque semestre.
        </li>
        <li>
          Un taux fixé par contrat ne peut pas être inférieur à 3 fois le taux de l’intérêt légal : {formatPercent(LATEST_PENALTY_RATE.floorPercent)}{" "}
          au {formatHalfYear(LATEST_RATES.halfYear)} (3 × {formatPercent(LATEST_RATES.legalInterestRatePercent)}).
        </li>
        <li>
          S’y ajoute une <strong>indemnité forfaitaire pour frais de recouvrement de {indemnity}</strong> par facture en retard, hors TVA, due par
          un client professionnel seulement.
        </li>
        <li>Un client particulier ne doit ni ces pénalités ni l’indemnité : seulement les intérêts au taux légal après la mise en demeure.</li>
      </ul>
      <div className="course-example">
        <p>
          <strong>Exemple calculé par le moteur de l’atelier.</strong> Une facture de {formatEuros(PENALTY_EXAMPLE.amountInclTaxCents)} TTC, échue le{" "}
          {formatDateLongFr(PENALTY_EXAMPLE.dueDate)}, réglée le {formatDateLongFr(PENALTY_EXAMPLE.paymentDate)} :
        </p>
        <p className="course-formula">{PENALTY_EXAMPLE.penalty.explanation}</p>
        <p>
          Le client doit donc {formatEuros(PENALTY_EXAMPLE.penalty.penaltyCents)} de pénalités et {formatWholeEuros(PENALTY_EXAMPLE.indemnityCents)}{" "}
          d’indemnité, soit {formatEuros(PENALTY_EXAMPLE.penalty.penaltyCents + PENALTY_EXAMPLE.indemnityCents)} en plus de la facture.
        </p>
      </div>
    </>
  ),
  disputes: (
    <>
      <p>
        Un client qui conteste la facture (marchandise abîmée, erreur de prix…) ouvre un <strong>litige</strong> : la créance n’est plus
        certaine. On <strong>suspend les relances</strong>, on vérifie, puis on règle le litige par un avoir, un rabais ou un remplacement, avant
        de reprendre le suivi.
      </p>
      <ul>
        <li>Règlement partiel : on l’enregistre, et les relances continuent sur le solde.</li>
        <li>Règlement complet : on l’enregistre et les relances s’arrêtent ; les pénalités et l’indemnité peuvent encore être réclamées.</li>
      </ul>
    </>
  ),
};
