/**
 * The French words of the form: one label (and a help where the format needs explaining) per
 * field of the scenario format, after scenarios/README.md. A field is looked up by its path
 * (« company.policies.deposit ») then by its name (« street », wherever an address is): the
 * building blocks (addresses, lines, contacts) are named once. labels.test.ts fails when a field
 * of the schema has neither, so a field added to the format cannot appear unlabelled.
 */
import { DIFFICULTY_LABELS, numberedQuizStage, QUIZ_STAGES } from "@/domain";

/** A difficulty as the library and the course say it: « 2 — entraînement », for scenarios and quizzes alike. */
export const DIFFICULTY_OPTIONS: Readonly<Record<string, string>> = Object.fromEntries(([1, 2, 3] as const).map((d) => [String(d), `${d} — ${DIFFICULTY_LABELS[d]}`]));

export interface FieldLabel {
  label: string;
  help?: string;
  /** Printed after the input: « € », « % », « jours ». */
  unit?: string;
  /** A date (typed JJ/MM/AAAA, kept AAAA-MM-JJ) or a long text (several lines). */
  input?: "date" | "multiline";
  /** A one-line text long enough to take the form's whole width (a title). */
  wide?: boolean;
  /** For a list: what one item is called (« Client 1 »). */
  item?: string;
  /** The words of this field's choices, where its values are ids of their own (a notion, a generator), not OPTION_LABELS' values. */
  options?: Readonly<Record<string, string>>;
  /** Choices that depend on a field beside this one: those offered for each of its values (a question's notions, by its stage). */
  choicesBy?: { field: string; choices: Readonly<Record<string, readonly string[]>> };
}

const date = (label: string, help?: string): FieldLabel => ({ label, input: "date", ...(help ? { help } : {}) });
const amount = (label: string, help?: string): FieldLabel => ({ label, unit: "€", ...(help ? { help } : {}) });
const rate = (label: string, help?: string): FieldLabel => ({ label, unit: "%", ...(help ? { help } : {}) });
const days = (label: string, help?: string): FieldLabel => ({ label, unit: "jours", ...(help ? { help } : {}) });

/** Fields named the same wherever they appear. */
const BY_NAME: Readonly<Record<string, FieldLabel>> = {
  street: { label: "Rue" },
  complement: { label: "Complément d'adresse" },
  postalCode: { label: "Code postal", help: "5 chiffres." },
  city: { label: "Ville" },
  country: { label: "Pays", help: "Vide\u00a0: France." },
  name: { label: "Nom" },
  legalForm: { label: "Forme juridique", help: "SAS, SARL, SA, EI…" },
  siren: { label: "SIREN", help: "9 chiffres, clé de Luhn valable (sinon le PGI refuse le compte)." },
  siret: { label: "SIRET", help: "14 chiffres." },
  vatNumber: { label: "N° de TVA intracommunautaire", help: "FR + clé + SIREN." },
  email: { label: "Courriel" },
  phone: { label: "Téléphone" },
  iban: { label: "IBAN" },
  address: { label: "Adresse" },
  billingAddress: { label: "Adresse de facturation" },
  deliveryAddress: { label: "Adresse de livraison", help: "Si elle diffère de l'adresse de facturation." },
  contact: { label: "Interlocuteur" },
  size: { label: "Taille de l'entreprise", help: "Fixe l'entrée dans la facturation électronique\u00a0: 1er septembre 2026 pour les grandes entreprises et ETI, 1er septembre 2027 pour les autres." },
  vatOnDebits: { label: "TVA d'après les débits", help: "Cochée si l'entreprise a opté pour les débits." },
  shareCapital: amount("Capital social"),
  rcsCity: { label: "Ville du RCS" },
  description: { label: "Désignation" },
  reference: { label: "Référence de l'article" },
  quantity: { label: "Quantité" },
  unitPrice: amount("Prix unitaire HT"),
  vatRate: rate("Taux de TVA"),
  lines: { label: "Lignes", item: "Ligne" },
  kind: { label: "Sorte" },
  days: days("Nombre de jours"),
  method: { label: "Mode de calcul" },
  customerId: { label: "Code du client", help: "Le code d'un client de la liste «\u00a0Clients\u00a0» (C0207…)." },
  issueDate: date("Date de facture"),
  dueDate: date("Date d'échéance", "Vide\u00a0: calculée d'après les conditions de paiement du client."),
  number: { label: "Numéro" },
  id: { label: "Identifiant", help: "Lettres, chiffres, tirets, sans espace." },
  tradeDiscounts: { label: "Remises (en %, appliquées l'une après l'autre)", item: "Remise", unit: "%" },
  allowances: { label: "Rabais (en %)", item: "Rabais", unit: "%" },
  rebates: { label: "Ristournes (en %)", item: "Ristourne", unit: "%" },
  cashDiscount: rate("Escompte pour paiement anticipé"),
  shipping: amount("Frais de port HT"),
  deposit: amount("Acompte"),
  purchaseOrderNumber: { label: "N° du bon de commande du client" },
  saleDate: date("Date de la vente (livraison)"),
  solvency: { label: "Solvabilité" },
  proceedings: { label: "Procédure publiée au BODACC" },
  incidents: { label: "Incidents de paiement", item: "Incident" },
  note: { label: "Note de solvabilité", help: "Ce que l'élève lit en consultant le dossier (Kbis, BODACC, note d'agence).", input: "multiline" },
  madeToOrder: { label: "Fabriqué sur commande" },
  latePenaltyRate: rate("Taux annuel des pénalités de retard", "Vide\u00a0: taux BCE + 10 points du semestre de la facture."),
  invoice: { label: "Facture", help: "Son numéro (FA-2026-00031), ou «\u00a0@stage\u00a0» pour la facture établie à l'étape 3." },
  date: date("Date"),
  amount: amount("Montant HT"),
  message: { label: "Message reçu, tel quel", help: "Le courriel, la note téléphonique ou la lettre, en français\u00a0: l'élève le lit.", input: "multiline" },
  source: { label: "Source des taux", help: "«\u00a0Hypothèse de l'exercice\u00a0» ou la référence officielle." },
  "*": { label: "Point de décision" },
};

/** Fields whose name means something else where they are, and the containers of the format. */
const BY_PATH: Readonly<Record<string, FieldLabel>> = {
  $schema: { label: "Adresse du schéma", help: "Gardée telle quelle\u00a0: elle sert aux éditeurs de texte." },
  schemaVersion: { label: "Version du format" },
  id: { label: "Identifiant du scénario", help: "Lettres, chiffres, tirets, sans espace\u00a0: il apparaît dans l'adresse de la page." },
  title: { label: "Titre", wide: true },
  summary: { label: "Résumé", help: "Ce que l'élève lit avant de commencer.", input: "multiline" },
  level: { label: "Niveau" },
  difficulty: { label: "Difficulté", options: DIFFICULTY_OPTIONS },
  durationMinutes: { label: "Durée estimée", unit: "minutes" },
  objectives: { label: "Objectifs", item: "Objectif", wide: true },
  stages: { label: "Étapes jouées", item: "Étape", help: "Dans l'ordre du cours. Une commande refusée à l'étape 1 n'est ni traitée ni facturée." },
  company: { label: "L'entreprise" },
  "company.identity": { label: "Identité de l'entreprise" },
  "company.identity.name": { label: "Raison sociale" },
  "company.policies": { label: "Politique commerciale", help: "La règle contre laquelle l'élève est jugé\u00a0; l'interface la lui montre toujours." },
  "company.policies.creditLimitExceeded": { label: "Plafond d'encours dépassé" },
  "company.policies.newCustomerCreditLimit": amount("Plafond d'encours d'un nouveau compte"),
  "company.policies.insolvency": { label: "Client en procédure collective" },
  "company.policies.paymentIncidents": { label: "Client avec incidents de paiement" },
  "company.policies.deposit": { label: "Acompte exigé", help: "Quand exiger un acompte, et quel pourcentage du TTC\u00a0; plusieurs motifs\u00a0: le plus élevé l'emporte." },
  "company.policies.deposit.percent": rate("Pourcentage du TTC"),
  "company.policies.deposit.newCustomers": { label: "Pour un nouveau client" },
  "company.policies.deposit.aboveAmount": amount("Au-delà d'un montant de commande TTC"),
  "company.policies.deposit.madeToOrder": { label: "Pour un article fabriqué sur commande" },
  "company.policies.defaultPaymentTerms": { label: "Conditions de paiement d'un nouveau compte" },
  "company.policies.rates": { label: "Taux des semestres que le moteur ne connaît pas", item: "Semestre", help: "Le moteur connaît 2025 et le 1er semestre 2026\u00a0; au-delà, indiquez les taux de chaque semestre atteint." },
  "company.policies.rates[].halfYear": { label: "Semestre", help: "Sous la forme 2026-S2 (S1\u00a0: janvier à juin, S2\u00a0: juillet à décembre)." },
  "company.policies.rates[].ecbRefinancingRate": rate("Taux de refinancement de la BCE"),
  "company.policies.rates[].legalInterestRate": rate("Taux d'intérêt légal (créancier professionnel)"),
  "company.policies.rates[].individualsLegalInterestRate": rate("Taux d'intérêt légal (créancier particulier)"),
  "company.policies.dunning": { label: "Délais de relance", help: "Chacun compté depuis l'étape précédente\u00a0; vides\u00a0: 10, 10, 10, 8, 8 jours, pas de pré-relance." },
  "company.policies.dunning.reminder1AfterDueDays": days("1re relance après l'échéance"),
  "company.policies.dunning.reminder2AfterReminder1Days": days("2e relance après la 1re"),
  "company.policies.dunning.reminder3AfterReminder2Days": days("Lettre recommandée après la 2e relance"),
  "company.policies.dunning.formalNoticeAfterReminder3Days": days("Mise en demeure après la lettre recommandée"),
  "company.policies.dunning.paymentOrderAfterFormalNoticeDays": days("Injonction de payer après la mise en demeure"),
  "company.policies.dunning.preReminderBeforeDueDays": days("Pré-relance avant l'échéance"),
  "company.signatory": { label: "Signataire des courriers", help: "Obligatoire dès que le suivi des règlements est joué\u00a0: une mise en demeure est signée." },
  "company.signatory.title": { label: "Fonction" },
  customers: { label: "Clients", item: "Client" },
  "customers[].id": { label: "Code client", help: "Forme du PGI\u00a0: C + 4 chiffres (C0207)." },
  "customers[].name": { label: "Raison sociale ou nom" },
  "customers[].paymentTerms": { label: "Conditions de paiement" },
  "customers[].creditLimit": amount("Plafond d'encours"),
  "customers[].conditions": { label: "Conditions négociées" },
  "customers[].conditions.cashDiscountDays": days("Délai de l'escompte"),
  "customers[].professional": { label: "Client professionnel", help: "Décoché\u00a0: un particulier (ni pénalités L441-10 ni indemnité de 40\u00a0€)." },
  "customers[].trader": { label: "Commerçant", help: "Vide\u00a0: déduit de la forme juridique (SA, SAS, SARL…)." },
  "customers[].competentCourt": { label: "Tribunal compétent", help: "Pour l'injonction de payer\u00a0; vide\u00a0: les courriers rappellent la règle." },
  products: { label: "Articles", item: "Article" },
  "products[].reference": { label: "Référence" },
  "products[].stock": { label: "Stock disponible", unit: "unités" },
  "products[].leadTimeDays": days("Délai de réapprovisionnement"),
  "products[].nature": { label: "Nature", help: "Bien ou service\u00a0: la facture en déduit la nature de l'opération." },
  ledger: { label: "Ce que le PGI contient au départ" },
  "ledger.openInvoices": { label: "Factures non réglées", item: "Facture", help: "Elles comptent dans l'encours." },
  "ledger.openInvoices[].number": { label: "Numéro de facture", help: "Série du PGI\u00a0: FA-2026-00042." },
  "ledger.openInvoices[].paid": amount("Déjà réglé"),
  "ledger.acceptedOrders": { label: "Commandes acceptées non facturées", item: "Commande", help: "Elles comptent dans l'encours." },
  "ledger.acceptedOrders[].id": { label: "Numéro de commande" },
  "ledger.acceptedOrders[].date": date("Date de la commande"),
  clock: { label: "Horloge" },
  "clock.start": date("Début de la simulation"),
  events: { label: "Événements programmés", item: "Événement", help: "Règlements, litiges, marchandises abîmées\u00a0: ils arrivent à leur date pendant le suivi." },
  "events[].type": { label: "Événement" },
  "events[].method": { label: "Moyen de paiement" },
  "events[].amount": amount("Montant"),
  "events[].balance": { label: "Règle le solde dû", help: "À la place du montant\u00a0: le client paie ce qui reste dû ce jour-là, qui suit les chiffres de chaque variante." },
  "events[].reason": { label: "Motif du litige", wide: true },
  "events[].resolution": { label: "Issue du litige", wide: true },
  "events[].settlement": { label: "Règlement du litige" },
  "events[].description": { label: "Description des dommages", wide: true },
  order: { label: "La commande reçue" },
  "order.channel": { label: "Canal" },
  "order.support": { label: "Support" },
  "order.source": { label: "Transmise par" },
  "order.receivedOn": date("Reçue le"),
  "order.customer": { label: "Client qui commande" },
  "order.customer.existingId": { label: "Code d'un client existant" },
  "order.customer.newCustomer": { label: "Nouveau client (l'élève crée son compte)" },
  "order.customerOrderNumber": { label: "N° de commande du client" },
  "order.orderDate": date("Date de la commande"),
  "order.lines[].reference": { label: "Référence écrite par le client", help: "Peut être inconnue du catalogue\u00a0: un contrôle la trouve." },
  "order.lines[].unitPrice": amount("Prix unitaire HT écrit par le client"),
  "order.quote": { label: "Devis signé", help: "Ses prix l'emportent sur le catalogue." },
  "order.quote.number": { label: "N° du devis" },
  "order.quote.date": date("Date du devis"),
  "order.quote.validUntil": date("Valable jusqu'au"),
  "order.quote.prices": { label: "Prix du devis", item: "Prix" },
  "order.signed": { label: "Bon de commande signé" },
  "order.requestedDeliveryDate": date("Livraison souhaitée le"),
  "order.acceptsPartialDelivery": { label: "Accepte une livraison partielle" },
  "order.restockOn": { label: "Réapprovisionnements attendus", item: "Réapprovisionnement" },
  "order.restockOn[].date": date("Arrivée prévue le"),
  invoiceControl: { label: "La facture à contrôler" },
  "invoiceControl.list": { label: "Liste des mentions contrôlées" },
  "invoiceControl.invoice": { label: "La facture, telle qu'imprimée", help: "Chaque mention est facultative, chaque chiffre tel qu'imprimé (faux si l'exercice le veut)." },
  "invoiceControl.invoice.kind": { label: "Document" },
  "invoiceControl.invoice.seller": { label: "Vendeur" },
  "invoiceControl.invoice.seller.name": { label: "Raison sociale" },
  "invoiceControl.invoice.buyer": { label: "Acheteur" },
  "invoiceControl.invoice.lines[].quantity": { label: "Quantité imprimée" },
  "invoiceControl.invoice.lines[].vatRate": rate("Taux de TVA imprimé"),
  "invoiceControl.invoice.lines[].lineTotal": amount("Montant HT de la ligne"),
  "invoiceControl.invoice.reductions": { label: "Réductions imprimées" },
  "invoiceControl.invoice.totals": { label: "Totaux imprimés" },
  "invoiceControl.invoice.totals.gross": amount("Montant brut HT"),
  "invoiceControl.invoice.totals.netCommercial": amount("Net commercial"),
  "invoiceControl.invoice.totals.cashDiscount": amount("Escompte"),
  "invoiceControl.invoice.totals.netFinancial": amount("Net financier"),
  "invoiceControl.invoice.totals.totalExclTax": amount("Total HT"),
  "invoiceControl.invoice.totals.vat": { label: "TVA par taux", item: "Taux" },
  "invoiceControl.invoice.totals.vat[].rate": rate("Taux"),
  "invoiceControl.invoice.totals.vat[].base": amount("Base HT"),
  "invoiceControl.invoice.totals.vat[].amount": amount("Montant de TVA"),
  "invoiceControl.invoice.totals.totalVat": amount("Total TVA"),
  "invoiceControl.invoice.totals.totalInclTax": amount("Total TTC"),
  "invoiceControl.invoice.totals.amountDue": amount("Net à payer"),
  "invoiceControl.invoice.paymentTermsText": { label: "Conditions de paiement imprimées" },
  "invoiceControl.invoice.cashDiscountCondition": { label: "Condition d'escompte imprimée" },
  "invoiceControl.invoice.latePenaltyRate": rate("Taux des pénalités imprimé"),
  "invoiceControl.invoice.recoveryIndemnity": amount("Indemnité de recouvrement imprimée"),
  "invoiceControl.invoice.operationNature": { label: "Nature de l'opération imprimée" },
  "invoiceControl.invoice.vatOnDebitsMention": { label: "Mention «\u00a0TVA sur les débits\u00a0» imprimée" },
  "invoiceControl.invoice.originalInvoice": { label: "Facture d'origine (pour un avoir)" },
  "invoiceControl.invoice.originalInvoice.date": date("Date de la facture d'origine"),
  "invoiceControl.expected": { label: "Ce que le contexte connaît", help: "Pour que l'absence d'une mention soit détectable\u00a0: n° de bon de commande, réductions convenues…" },
  "invoiceControl.expected.deliveryAddressDiffers": { label: "L'adresse de livraison diffère" },
  "invoiceControl.expected.previousNumbers": { label: "Numéros déjà émis, du plus ancien au plus récent", item: "Numéro" },
  "invoiceControl.expected.buyerProfessional": { label: "Acheteur professionnel", help: "Décoché\u00a0: un particulier, sans taux L441-10 ni indemnité de 40\u00a0€." },
  followUp: { label: "Le suivi des règlements" },
  "followUp.invoices": { label: "Factures suivies", item: "Facture", help: "Numéros des factures non réglées, ou «\u00a0@stage\u00a0» pour la facture de l'étape 3." },
  "followUp.actionsTaken": { label: "Relances déjà faites", item: "Relance" },
  "followUp.actionsTaken[].step": { label: "Relance" },
  "followUp.endsOn": date("Fin de la simulation au plus tard"),
  invoicingIncident: { label: "Incident après la facture", help: "Une facture envoyée puis trouvée fausse\u00a0: l'élève établit un avoir." },
  "invoicingIncident.kind": { label: "Incident" },
  "invoicingIncident.reference": { label: "Article concerné" },
  "invoicingIncident.reportedOn": date("Signalé le", "Vide\u00a0: le jour de l'envoi de la facture."),
  "invoicingIncident.correctUnitPrice": amount("Prix unitaire HT convenu"),
  "invoicingIncident.allowancePercent": rate("Rabais accordé"),
  notes: { label: "Explications et indices de l'enseignant" },
  "notes.explanations": { label: "Explications", help: "Affichées après la décision, sous celle du moteur. La clé est l'identifiant du point de décision (intake.credit…), montré dans le corrigé." },
  "notes.explanations.*": { label: "Explication", input: "multiline" },
  "notes.hints": { label: "Indices", help: "Proposés à l'élève avant la décision\u00a0; chacun coûte des points." },
  "notes.hints.*": { label: "Indices", item: "Indice", wide: true },
  classroom: { label: "Réglages pour la classe", help: "Ils voyagent avec le document\u00a0: dans son fichier, son lien de partage et son paquet Moodle." },
  "classroom.title": { label: "Titre neutre", help: "Montré à l'élève à la place du titre, le résumé caché\u00a0: un titre qui ne trahit pas la réponse («\u00a0Exercice 2\u00a0»).", wide: true },
  "classroom.assessment": { label: "Mode évaluation", help: "Ni correction ni indice avant la fin\u00a0; le bilan donne ensuite chaque correction." },
  "classroom.passMark": rate("Seuil de réussite", "Pour cent des points, en nombre entier\u00a0: le bilan dit «\u00a0Réussi\u00a0» ou «\u00a0Pas encore réussi\u00a0»."),
  variants: { label: "Variantes par élève", help: "Chaque élève reçoit ses propres chiffres, tirés de son pseudonyme\u00a0: le même pseudonyme donne toujours la même variante, que le corrigé montre aussi. Chaque variante est vérifiée comme le scénario." },
  "variants.vary": { label: "Ce qui varie", item: "Règle", help: "Dans l'ordre du tirage\u00a0: une plage (min, max, pas), une mention omise (omit, chance), une valeur au choix (oneOf) ou un décalage de toutes les dates (shiftDates)." },
  "variants.vary[].path": { label: "Chemin du champ", help: "Comme les erreurs l'écrivent\u00a0: order.lines[0].quantity, customers[0].creditLimit, events[1]…", wide: true },
  "variants.vary[].min": { label: "Minimum", help: "Un nombre (quantité, taux, jours) ou un montant entre guillemets («\u00a04000.00\u00a0»)." },
  "variants.vary[].max": { label: "Maximum" },
  "variants.vary[].step": { label: "Pas", help: "Vide\u00a0: l'unité (1, ou 1 centime pour un montant)." },
  "variants.vary[].omit": { label: "Champ parfois omis" },
  "variants.vary[].chance": { label: "Probabilité d'omission", help: "Entre 0 et 1 exclus\u00a0; vide\u00a0: une chance sur deux." },
  "variants.vary[].oneOf": { label: "Valeurs possibles", item: "Valeur" },
  "variants.vary[].shiftDates": { label: "Décalage de toutes les dates", help: "Toutes les dates du scénario bougent ensemble, du même nombre de jours." },
  "variants.vary[].shiftDates.min": { label: "Au plus tôt (jours)" },
  "variants.vary[].shiftDates.max": { label: "Au plus tard (jours)" },
  "variants.vary[].shiftDates.step": { label: "Pas (jours)", help: "7 garde chaque date sur son jour de la semaine\u00a0: une relance due un lundi reste un jour ouvrable." },
  "variants.keeps": { label: "Réponses que chaque variante garde", item: "Point de décision", help: "Le verdict (pas les montants) de ces points reste celui du scénario\u00a0: intake.credit, control, followUp.FA-2026-00140…" },
};

/** The words of a field: by its path, else by its name. */
export function fieldLabel(labelKey: string): FieldLabel | undefined {
  return BY_PATH[labelKey] ?? BY_NAME[/[^.\]]+$/.exec(labelKey)?.[0] ?? ""];
}

/** The parts of the course, numbered as the quiz loader's messages name them beside this list. */
const STAGE_OPTIONS: Readonly<Record<string, string>> = Object.fromEntries(QUIZ_STAGES.map((stage) => [stage, numberedQuizStage(stage)]));

/** The choices of a select, by value: the same value means the same thing wherever it is offered. */
export const OPTION_LABELS: Readonly<Record<string, string>> = {
  bacpro: "Bac Pro",
  bts: "BTS",
  ...STAGE_OPTIONS,
  large: "grande entreprise",
  midSize: "entreprise de taille intermédiaire (ETI)",
  small: "PME",
  micro: "microentreprise",
  refuse: "refuser",
  hold: "mettre en attente d'accord",
  deposit: "exiger un acompte",
  prepayment: "accepter contre paiement intégral à la commande",
  daysFromInvoice: "à X jours date de facture",
  daysEndOfMonth: "à X jours fin de mois",
  endOfMonthThenDays: "fin de mois, puis X jours",
  daysThenEndOfMonth: "X jours, puis fin de mois",
  onReceipt: "à réception",
  none: "aucune",
  safeguard: "sauvegarde",
  receivership: "redressement judiciaire",
  liquidation: "liquidation judiciaire",
  goods: "bien",
  service: "service",
  services: "services",
  mixed: "biens et services",
  payment: "règlement reçu",
  transfer: "virement",
  cheque: "chèque",
  card: "carte bancaire",
  cash: "espèces",
  bill: "effet de commerce",
  directDebit: "prélèvement",
  disputeOpened: "litige ouvert",
  disputeSettled: "litige réglé",
  goodsDamaged: "marchandises abîmées",
  creditNote: "avoir",
  allowance: "rabais",
  replacement: "remplacement",
  phone: "téléphone",
  fax: "télécopie",
  email: "courriel",
  mail: "courrier",
  message: "message",
  purchaseOrder: "bon de commande",
  quote: "devis signé",
  customer: "le client",
  salesRep: "le représentant",
  course: "les sept mentions du cours",
  legal: "la liste légale complète",
  invoice: "facture",
  preReminder: "pré-relance",
  reminder1: "1re relance",
  reminder2: "2e relance",
  registeredLetter: "lettre recommandée",
  formalNotice: "mise en demeure",
  paymentOrder: "injonction de payer",
  priceError: "erreur de prix",
  returnedGoods: "marchandises retournées",
  damagedGoods: "marchandises abîmées gardées contre un rabais",
  // The quiz format's: the question types, the units of a numeric answer.
  single: "choix unique",
  multiple: "choix multiples",
  trueFalse: "vrai ou faux",
  ordering: "remise en ordre",
  matching: "association",
  numeric: "calcul (un nombre)",
  date: "date",
  fillBlank: "texte à trous",
  findErrors: "trouvez l'erreur (facture)",
  "€": "€",
  "%": "%",
  jours: "jours",
};

/** A choice as the teacher reads it; numbers (difficulty, VAT rates) in French writing. */
export function optionLabel(value: string | number): string {
  return typeof value === "number" ? new Intl.NumberFormat("fr-FR").format(value) : (OPTION_LABELS[value] ?? value);
}

/** The form's collapsible parts: each top-level field in one; a field added to the format lands in « Autres réglages ». */
export const SECTIONS: readonly { title: string; fields: readonly string[] }[] = [
  { title: "Présentation", fields: ["title", "id", "summary", "level", "difficulty", "durationMinutes", "objectives", "stages"] },
  { title: "Entreprise et politique commerciale", fields: ["company"] },
  { title: "Clients", fields: ["customers"] },
  { title: "Articles", fields: ["products"] },
  { title: "Situation de départ du PGI", fields: ["ledger"] },
  { title: "Horloge et événements", fields: ["clock", "events"] },
  { title: "Commande reçue", fields: ["order"] },
  { title: "Facture à contrôler", fields: ["invoiceControl"] },
  { title: "Incident après la facture", fields: ["invoicingIncident"] },
  { title: "Suivi des règlements", fields: ["followUp"] },
  { title: "Explications et indices", fields: ["notes"] },
  { title: "Réglages pour la classe", fields: ["classroom"] },
  { title: "Variantes par élève", fields: ["variants"] },
];

/** Written by the atelier, never by the teacher: not shown. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(["$schema", "schemaVersion"]);

export const OTHER_SECTION = "Autres réglages";

/**
 * The format's messages that speak of the file (« entre guillemets avec un point décimal ») said as
 * the form is used: the teacher types a comma in an amount's field and a French date in a date's,
 * never a JSON string. Matched on the message's start.
 */
const FORM_WORDING: readonly [string, string][] = [
  ["montant attendu entre guillemets avec un point décimal", "montant attendu, en chiffres, avec au plus deux décimales après la virgule, par exemple 1234,50"],
  ["date attendue au format AAAA-MM-JJ", "date attendue sous la forme JJ/MM/AAAA, par exemple 28/11/2026"],
];

export function formWording(message: string): string {
  return FORM_WORDING.find(([fileWords]) => message.startsWith(fileWords))?.[1] ?? message;
}
