/**
 * French company identifiers. A SIREN has 9 digits, a SIRET 14 (SIREN + 5-digit establishment
 * number); the last digit of each is a Luhn check digit, so that a mistyped digit is caught. The
 * intra-EU VAT number of a French company is "FR" + a 2-digit key computed from the SIREN.
 */
import { DomainError } from "./money";

/** Luhn: from the right, every second digit doubled (minus 9 above 9); the sum is a multiple of 10. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** 9 digits, Luhn-valid: isValidSiren("842157638") is true, "842157639" false. */
export function isValidSiren(siren: string): boolean {
  return /^\d{9}$/.test(siren) && luhnValid(siren);
}

/**
 * La Poste's SIREN: all its post offices share it, too many for the NIC's Luhn digit, so their
 * SIRETs follow another rule (the 14 digits sum to a multiple of 5); the head office's SIRET,
 * 356 000 000 00048, is Luhn-valid.
 */
const LA_POSTE_SIREN = "356000000";

/** 14 digits, Luhn-valid, its SIREN part valid too (La Poste: Luhn or digit sum a multiple of 5). */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  const siren = siret.slice(0, 9);
  if (siren === LA_POSTE_SIREN) {
    const digitSum = [...siret].reduce((sum, d) => sum + Number(d), 0);
    return luhnValid(siret) || digitSum % 5 === 0;
  }
  return isValidSiren(siren) && luhnValid(siret);
}

/** The 2-digit key of a French intra-EU VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  if (!/^\d{9}$/.test(siren)) {
    throw new DomainError("vatNumber.siren.invalid", `siren\u00a0: «\u00a0${siren}\u00a0» n'est pas un SIREN de 9 chiffres.`, "siren");
  }
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
}

/** "FR" + key + SIREN: frenchVatNumber("404833048") = "FR83404833048". */
export function frenchVatNumber(siren: string): string {
  return `FR${frenchVatKey(siren)}${siren}`;
}
