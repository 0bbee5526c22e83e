"use client";
import { oneOf, orNull, textsLike, useDraftField, useDraftedSend } from "../parts/formDrafts";
import { describePaymentTerms, formatEuros, type CustomerDraft, type PostalAddress, type ScenarioPolicies } from "@/domain";
import { ChoiceGroup } from "../parts/ChoiceGroup";
import { MoveButton } from "../parts/MoveButton";
import { Term } from "@/components/ui/GlossaryLinks";
import { TextField } from "@/components/ui/TextField";
import { filled, type CheckFormProps } from "./types";

type AccountChoice = "found" | "created";

const EMPTY_ACCOUNT = {
  name: "",
  legalForm: "",
  siren: "",
  siret: "",
  billingStreet: "",
  billingPostalCode: "",
  billingCity: "",
  deliveryStreet: "",
  deliveryPostalCode: "",
  deliveryCity: "",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
};
type AccountFields = typeof EMPTY_ACCOUNT;

function address(street: string, postalCode: string, city: string): PostalAddress | undefined {
  if (filled(street) === undefined && filled(postalCode) === undefined && filled(city) === undefined) return undefined;
  return { street: street.trim(), postalCode: postalCode.trim(), city: city.trim() };
}

/** The account as typed; payment terms from the policy, no negotiated conditions for a new customer. */
function draftOf(fields: AccountFields, policies: ScenarioPolicies): CustomerDraft {
  const billing = address(fields.billingStreet, fields.billingPostalCode, fields.billingCity);
  const delivery = address(fields.deliveryStreet, fields.deliveryPostalCode, fields.deliveryCity);
  const contactName = filled(fields.contactName);
  const phone = filled(fields.contactPhone);
  const email = filled(fields.contactEmail);
  const legalForm = filled(fields.legalForm);
  const siren = filled(fields.siren);
  const siret = filled(fields.siret);
  return {
    name: fields.name.trim(),
    ...(legalForm !== undefined ? { legalForm } : {}),
    ...(siren !== undefined ? { siren } : {}),
    ...(siret !== undefined ? { siret } : {}),
    ...(billing !== undefined ? { billingAddress: billing } : {}),
    ...(delivery !== undefined ? { deliveryAddress: delivery } : {}),
    ...(contactName !== undefined || phone !== undefined || email !== undefined
      ? { contact: { ...(contactName !== undefined ? { name: contactName } : {}), ...(phone !== undefined ? { phone } : {}), ...(email !== undefined ? { email } : {}) } }
      : {}),
    paymentTerms: policies.defaultPaymentTerms,
    conditions: { tradeDiscounts: [] },
    professional: true,
  };
}

/**
 * What the PGI needs before it can open the account, in French (docs/decisions/0094): the fields
 * marked with an asterisk; a delivery address is either left empty (the billing one) or complete.
 */
export function missingAccountField(fields: AccountFields): string | undefined {
  const blank = (name: keyof AccountFields) => fields[name].trim() === "";
  if (blank("name")) return "Indiquez la raison sociale.";
  if (blank("siren") && blank("siret")) return "Indiquez le SIREN (ou le SIRET).";
  if (blank("billingStreet") || blank("billingPostalCode") || blank("billingCity")) return "Complétez l'adresse de facturation (rue, code postal, ville).";
  const delivery = [fields.deliveryStreet, fields.deliveryPostalCode, fields.deliveryCity].map((v) => v.trim() !== "");
  if (delivery.some(Boolean) && !delivery.every(Boolean)) return "Complétez l'adresse de livraison (rue, code postal, ville), ou laissez-la vide si la commande est livrée à l'adresse de facturation.";
  if (blank("contactName")) return "Indiquez le nom de l'interlocuteur.";
  if (blank("contactPhone") && blank("contactEmail")) return "Indiquez le téléphone ou le courriel de l'interlocuteur.";
  return undefined;
}

const FORM = "intake.account";

/** Check 1: the sender's account, found in the customer file or created from the order. */
export function AccountForm({ idPrefix, can, send: sendMove, ledger, policies }: CheckFormProps) {
  const [choice, setChoice] = useDraftField<AccountChoice | null>(FORM, "choice", null, orNull(oneOf(["found", "created"])));
  const [customerId, setCustomerId] = useDraftField(FORM, "customerId", "");
  const [fields, setFields] = useDraftField<AccountFields>(FORM, "fields", EMPTY_ACCOUNT, textsLike(EMPTY_ACCOUNT));
  const send = useDraftedSend(FORM, sendMove);
  const set = (name: keyof AccountFields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  /** `context` completes the label for screen readers; the fieldset's legend says it on screen. */
  const field = (name: keyof AccountFields, label: string, extra: { type?: string; inputMode?: "numeric" | "email" | "tel"; required?: boolean; context?: string } = {}) => {
    const { context, ...input } = extra;
    const full = context ? (
      <>
        {label}
        <span className="visually-hidden"> {context}</span>
      </>
    ) : (
      label
    );
    return <TextField id={`${idPrefix}-${name}`} label={full} value={fields[name]} onChange={set(name)} {...input} />;
  };

  const event =
    choice === "found"
      ? customerId !== ""
        ? ({ type: "learner.accountFound", customerId } as const)
        : null
      : choice === "created"
        ? missingAccountField(fields) === undefined
          ? ({ type: "learner.accountCreated", draft: draftOf(fields, policies) } as const)
          : null
        : null;
  const enabled = event !== null && can(event);
  const blockedReason =
    event !== null
      ? undefined
      : choice === null ? "Choisissez d'abord\u00a0: compte trouvé ou compte à créer." : choice === "found" ? "Choisissez le compte du client." : missingAccountField(fields);

  return (
    <form
      className="check-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (event && enabled) send(event);
      }}
    >
      <p className="muted">
        Cherchez l&apos;expéditeur de la commande (module «&nbsp;Courrier reçu&nbsp;») dans le fichier clients (module «&nbsp;Clients&nbsp;»)&nbsp;: code, raison sociale,{" "}
        <Term id="siren">SIREN</Term>.
      </p>
      <ChoiceGroup<AccountChoice>
        name={`${idPrefix}-choice`}
        legend={
          <>
            Le <Term id="customerAccount">compte client</Term> existe-t-il&nbsp;?
          </>
        }
        value={choice}
        onChange={setChoice}
        choices={[
          { value: "found", label: "Compte trouvé dans le fichier clients" },
          { value: "created", label: "Créer le compte (nouveau client)" },
        ]}
      />
      {choice === "found" ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-customer`}>Compte du client</label>
          <select id={`${idPrefix}-customer`} value={customerId} onChange={(e) => setCustomerId(e.target.value)}>
            <option value="">— choisir un compte —</option>
            {ledger.customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id} — {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {choice === "created" ? (
        <div className="account-draft">
          <p className="muted">
            Les champs marqués d&apos;un astérisque (*) sont obligatoires dans le PGI (le SIREN peut être remplacé par le SIRET&nbsp;; l&apos;interlocuteur doit être joignable par
            téléphone ou courriel).
          </p>
          <fieldset>
            <legend>Identité</legend>
            <div className="form-grid">
              {field("name", "Raison sociale", { required: true })}
              {field("legalForm", "Forme juridique")}
              {field("siren", "SIREN (9 chiffres)", { inputMode: "numeric", required: true })}
              {field("siret", "SIRET (14 chiffres)", { inputMode: "numeric" })}
            </div>
          </fieldset>
          <fieldset>
            <legend>Adresse de facturation</legend>
            <div className="form-grid">
              {field("billingStreet", "Rue", { context: "(facturation)", required: true })}
              {field("billingPostalCode", "Code postal", { inputMode: "numeric", context: "(facturation)", required: true })}
              {field("billingCity", "Ville", { context: "(facturation)", required: true })}
            </div>
          </fieldset>
          <fieldset aria-describedby={`${idPrefix}-delivery-hint`}>
            <legend>Adresse de livraison (si différente de la facturation)</legend>
            <p id={`${idPrefix}-delivery-hint`} className="muted field-hint">
              Laissez-la vide si la commande est livrée à l&apos;adresse de facturation&nbsp;: le PGI livre alors à celle-ci. Sinon, complétez la rue, le code postal et la ville.
            </p>
            <div className="form-grid">
              {field("deliveryStreet", "Rue", { context: "(livraison)" })}
              {field("deliveryPostalCode", "Code postal", { inputMode: "numeric", context: "(livraison)" })}
              {field("deliveryCity", "Ville", { context: "(livraison)" })}
            </div>
          </fieldset>
          <fieldset>
            <legend>Interlocuteur</legend>
            <div className="form-grid">
              {field("contactName", "Nom", { context: "de l'interlocuteur", required: true })}
              {field("contactPhone", "Téléphone", { type: "tel", inputMode: "tel", context: "de l'interlocuteur" })}
              {field("contactEmail", "Courriel", { type: "email", inputMode: "email", context: "de l'interlocuteur" })}
            </div>
          </fieldset>
          <dl className="policy-facts">
            <dt>Conditions de paiement</dt>
            <dd>{describePaymentTerms(policies.defaultPaymentTerms)}</dd>
            <dt>
              <Term id="creditLimit">Plafond d&apos;encours</Term>
            </dt>
            <dd>{formatEuros(policies.newCustomerCreditLimit)}</dd>
          </dl>
          <p className="muted">Fixés par la politique de l&apos;entreprise pour tout nouveau client&nbsp;: le PGI les reprend, vous ne les saisissez pas. Le code client est attribué par le PGI.</p>
        </div>
      ) : null}
      <MoveButton enabled={enabled} blockedReason={blockedReason}>
        {choice === "created" ? "Créer le compte" : "Valider le compte client"}
      </MoveButton>
    </form>
  );
}
