import { describe, expect, it } from "vitest";
import type { CompanySize } from "./documents";
import {
  customerResponse,
  depositedLifecycle,
  describeRoute,
  eInvoicingScope,
  expectedRoute,
  reformCalendar,
  routeConfusion,
  routeRule,
  type RouteSituation,
} from "./eInvoicing";

const LYON = { street: "4 place Bellecour", postalCode: "69002", city: "Lyon" };
const EMAIL = "compta@librairie-martin.fr";

/** A bookshop of Lyon: a French business customer with an email on its account. */
const business: RouteSituation["customer"] = { professional: true, billingAddress: LYON, vatNumber: "FR31523456788", contact: { name: "Claire Martin", email: EMAIL } };
const withoutEmail: RouteSituation["customer"] = { ...business, contact: { name: "Claire Martin" } };
const consumer: RouteSituation["customer"] = { professional: false, billingAddress: LYON, contact: { name: "M. Dupuis", email: "dupuis@example.fr" } };
const belgian: RouteSituation["customer"] = {
  professional: true,
  billingAddress: { street: "12 rue Neuve", postalCode: "1000", city: "Bruxelles", country: "Belgique" },
  vatNumber: "BE0123456749",
  contact: { name: "Mme Peeters", email: "achats@peeters.be" },
};

function routeOf(sellerSize: CompanySize | undefined, issueDate: string, customer = business) {
  return expectedRoute({ issueDate, sellerSize, customer }).channel;
}

describe("the route of an invoice by date, seller size and customer", () => {
  it("a large or mid-size seller deposits on its platform from 1 September 2026, emails the day before", () => {
    expect(routeOf("large", "2026-08-31")).toBe("email");
    expect(routeOf("large", "2026-09-01")).toBe("platform");
    expect(routeOf("midSize", "2026-08-31")).toBe("email");
    expect(routeOf("midSize", "2026-09-01")).toBe("platform");
  });

  it("a small or micro seller emails until 31 August 2027 and deposits from 1 September 2027", () => {
    expect(routeOf("small", "2026-09-01")).toBe("email");
    expect(routeOf("small", "2027-08-31")).toBe("email");
    expect(routeOf("small", "2027-09-01")).toBe("platform");
    expect(routeOf("micro", "2027-08-31")).toBe("email");
    expect(routeOf("micro", "2027-09-01")).toBe("platform");
  });

  it("an unknown size takes the later date", () => {
    expect(routeOf(undefined, "2026-09-01")).toBe("email");
    expect(routeOf(undefined, "2027-09-01")).toBe("platform");
  });

  it("outside the reform, a letter when the account has no email; under it, the platform whatever the email", () => {
    expect(routeOf("large", "2026-08-31", withoutEmail)).toBe("post");
    expect(routeOf("large", "2026-09-01", withoutEmail)).toBe("platform");
  });

  it("a consumer or a customer abroad stays on email or post after the reform (e-reporting, not e-invoicing)", () => {
    expect(routeOf("large", "2026-10-12", consumer)).toBe("email");
    expect(routeOf("large", "2026-10-12", { ...consumer, contact: { name: "M. Dupuis" } })).toBe("post");
    expect(routeOf("large", "2026-10-12", belgian)).toBe("email");
    expect(routeOf("small", "2027-10-12", belgian)).toBe("email");
  });

  it("tells a French business from a consumer and a customer abroad by its account", () => {
    expect(eInvoicingScope(business)).toBe("domesticBusiness");
    expect(eInvoicingScope({ ...business, billingAddress: { ...LYON, country: "France" } })).toBe("domesticBusiness");
    expect(eInvoicingScope({ ...business, vatNumber: undefined })).toBe("domesticBusiness");
    expect(eInvoicingScope(consumer)).toBe("consumer");
    expect(eInvoicingScope(belgian)).toBe("abroad");
    // A VAT number of another country: the customer is identified abroad, whatever the address printed.
    expect(eInvoicingScope({ ...business, vatNumber: "DE123456789" })).toBe("abroad");
  });

  it("hands the facts the judgement needs", () => {
    expect(expectedRoute({ issueDate: "2026-10-12", sellerSize: "small", customer: business })).toEqual({
      channel: "email",
      scope: "domesticBusiness",
      sellerSize: "small",
      reformStartsOn: "2027-09-01",
      reformApplies: false,
      email: EMAIL,
    });
  });
});

describe("the rule, in the course's words", () => {
  it("names the obligation of each wave once it applies", () => {
    expect(routeRule(expectedRoute({ issueDate: "2026-10-12", sellerSize: "midSize", customer: business }))).toBe(
      "Depuis le 1er septembre 2026, une grande entreprise ou une entreprise de taille intermédiaire (ETI) émet ses factures à ses clients professionnels français par sa plateforme agréée\u00a0: la facture est déposée au format structuré Factur-X (un PDF/A-3 qui porte ses données en XML\u00a0; UBL ou CII sont aussi admis), et la plateforme la transmet à celle du client\u00a0; un PDF par courriel ou une facture papier n'est plus une facture valable.",
    );
    expect(routeRule(expectedRoute({ issueDate: "2027-09-01", sellerSize: "micro", customer: business }))).toMatch(/^Depuis le 1er septembre 2027, une PME ou une microentreprise émet ses factures/u);
  });

  it("before the reform, the course's email and the date the reform will reach this seller", () => {
    expect(routeRule(expectedRoute({ issueDate: "2026-10-12", sellerSize: "small", customer: business }))).toBe(
      "Le cours\u00a0: la facture part en PDF par courriel\u00a0; la réforme s'appliquera à ce vendeur (PME) le 1er septembre 2027\u00a0: il devra alors déposer ses factures sur sa plateforme agréée.",
    );
    expect(routeRule(expectedRoute({ issueDate: "2026-08-31", sellerSize: "large", customer: business }))).toBe(
      "Le cours\u00a0: la facture part en PDF par courriel\u00a0; la réforme s'appliquera à ce vendeur (grande entreprise) le 1er septembre 2026\u00a0: il devra alors déposer ses factures sur sa plateforme agréée.",
    );
  });

  it("a consumer and a customer abroad are outside e-invoicing", () => {
    const outside =
      "la facturation électronique par plateforme ne concerne que les factures entre entreprises établies en France\u00a0; cette vente relève du e-reporting (la plateforme transmet ses données à l'administration) et la facture en PDF par courriel, ou sur papier, reste valable.";
    expect(routeRule(expectedRoute({ issueDate: "2026-10-12", sellerSize: "large", customer: consumer }))).toBe(`Le client est un particulier\u00a0: ${outside}`);
    expect(routeRule(expectedRoute({ issueDate: "2026-10-12", sellerSize: "large", customer: belgian }))).toBe(`Le client est établi hors de France\u00a0: ${outside}`);
  });

  it("gives the calendar from the one table of dates", () => {
    expect(reformCalendar()).toBe("1er septembre 2026 pour les grandes entreprises et les ETI, 1er septembre 2027 pour les PME et microentreprises");
  });
});

describe("what a wrong route confused", () => {
  const afterReform = expectedRoute({ issueDate: "2026-10-12", sellerSize: "large", customer: business });
  const beforeReform = expectedRoute({ issueDate: "2026-10-12", sellerSize: "small", customer: business });
  const byPost = expectedRoute({ issueDate: "2026-10-12", sellerSize: "small", customer: withoutEmail });

  it("says nothing when the route is right", () => {
    expect(routeConfusion("platform", afterReform)).toBe("");
    expect(routeConfusion("email", beforeReform)).toBe("");
    expect(routeConfusion("post", byPost)).toBe("");
  });

  it("after the reform: email and paper are the world before it", () => {
    expect(routeConfusion("email", afterReform)).toBe(
      "Un PDF envoyé par courriel, c'est la facture dématérialisée d'avant la réforme\u00a0: pour ce vendeur et ce client, ce n'est plus une facture valable.",
    );
    expect(routeConfusion("post", afterReform)).toBe(
      "Une facture papier par la poste, c'est l'envoi d'avant la réforme\u00a0: pour ce vendeur et ce client, ce n'est plus une facture valable.",
    );
  });

  it("before the reform: the platform is an obligation that has not reached the seller yet", () => {
    expect(routeConfusion("platform", beforeReform)).toBe(
      "Le dépôt sur la plateforme agréée est l'obligation de la réforme, qui n'atteint ce vendeur que le 1er septembre 2027\u00a0: la facture est datée d'avant.",
    );
    expect(routeConfusion("post", beforeReform)).toBe(
      "Le compte client indique l'adresse électronique compta@librairie-martin.fr\u00a0: la facture se transmet dématérialisée, en PDF par courriel, plutôt que sur papier.",
    );
  });

  it("without an email on the account: no email can leave", () => {
    expect(routeConfusion("email", byPost)).toBe("Le compte client n'a pas d'adresse électronique\u00a0: aucun courriel ne peut partir, la facture part par courrier.");
  });

  it("a consumer or a customer abroad does not receive invoices from a platform", () => {
    expect(routeConfusion("platform", expectedRoute({ issueDate: "2026-10-12", sellerSize: "large", customer: consumer }))).toBe(
      "La plateforme agréée sert aux factures entre entreprises établies en France\u00a0: un particulier n'y reçoit pas ses factures.",
    );
    expect(routeConfusion("platform", expectedRoute({ issueDate: "2026-10-12", sellerSize: "large", customer: belgian }))).toBe(
      "La plateforme agréée sert aux factures entre entreprises établies en France\u00a0: un client établi à l'étranger n'y reçoit pas ses factures.",
    );
  });
});

describe("the lifecycle of a deposited invoice", () => {
  it("is deposited and made available on the day of sending, then approved or disputed", () => {
    expect(depositedLifecycle("2026-10-12")).toEqual([
      { status: "deposited", date: "2026-10-12" },
      { status: "madeAvailable", date: "2026-10-12" },
    ]);
    expect(customerResponse(null, "2026-10-12")).toEqual({ status: "approved", date: "2026-10-12" });
    expect(customerResponse("2026-10-14", "2026-10-12")).toEqual({ status: "disputed", date: "2026-10-14" });
  });

  it("shows the route and the latest status on the document, or the email's recipient and date", () => {
    const sent = { channel: "platform" as const, to: "Librairie Martin (SIREN 523 456 788)", date: "2026-10-12" };
    expect(describeRoute({ ...sent, lifecycle: [{ status: "deposited", date: "2026-10-12" }] })).toBe("plateforme agréée (Factur-X) — statut\u00a0: Déposée le 12/10/2026");
    expect(describeRoute({ ...sent, lifecycle: [...depositedLifecycle("2026-10-12"), { status: "cashedIn", date: "2026-11-30" }] })).toBe(
      "plateforme agréée (Factur-X) — statut\u00a0: Encaissée le 30/11/2026",
    );
    expect(describeRoute({ channel: "email", to: EMAIL, date: "2026-10-12" })).toBe("courriel (PDF) à compta@librairie-martin.fr le 12/10/2026");
  });
});
