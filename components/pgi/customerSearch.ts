/**
 * The customers module's search, as in every PGI (issue 15, item 9): by name, code or SIREN, as
 * the learner types. Not a rule of the course, a way of finding an account: it lives with the view.
 */
import { normalizeName, type Customer } from "@/domain";

/** Digits only: a SIREN typed « 529 876 542 » or « 529876542 » is the same. */
function digitsOf(text: string): string {
  return text.replace(/\D/gu, "");
}

/** Whether `customer` answers `query`: its name or code (accents and case aside), or its SIREN (spaces aside). */
export function matchesCustomer(customer: Pick<Customer, "id" | "name" | "siren">, query: string): boolean {
  const wanted = normalizeName(query);
  if (wanted === "") return true;
  if (normalizeName(customer.name).includes(wanted) || normalizeName(customer.id).includes(wanted)) return true;
  // Only a query made of digits and spaces is a SIREN: « C0207 » must not find every SIREN holding 0207.
  const digits = digitsOf(wanted);
  return /^[\d\s]+$/u.test(wanted) && customer.siren !== undefined && digitsOf(customer.siren).includes(digits);
}

/** The customers that answer `query`, in the list's order. */
export function searchCustomers<C extends Pick<Customer, "id" | "name" | "siren">>(customers: readonly C[], query: string): C[] {
  return customers.filter((customer) => matchesCustomer(customer, query));
}
