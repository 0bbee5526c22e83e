/** The seller printed on the invoices given to control in the domain tests (scenario data, amounts as text). */
export const CONTROL_SELLER = {
  name: "Papeterie Vauban",
  legalForm: "SAS",
  shareCapital: "50000.00",
  siren: "842157638",
  rcsCity: "Lille",
  vatNumber: "FR62842157638",
  address: { street: "12 rue des Arts", postalCode: "59000", city: "Lille" },
};
