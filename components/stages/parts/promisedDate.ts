/**
 * The rule a promised delivery date is judged by (domain/promisedDate.ts, docs/decisions/0094),
 * said where the date is typed — at the stock check and on the acknowledgement — so that no
 * learner is judged by a rule the screen does not show.
 */
export const PROMISED_DATE_HINT = "Toute date que le stock et le délai d'approvisionnement permettent de tenir\u00a0; si le client demande une date tenable, au plus tard celle-ci.";
