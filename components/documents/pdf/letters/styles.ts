import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "../fonts";

const MUTED = "#555555";
const RULE = "#999999";

/** A letter's margins around its flow; the footer sits in the bottom one. */
export const LETTER_MARGINS = { top: 40, bottom: 64, horizontal: 56 } as const;

/** The letters' page: A4, wide margins, 10 pt body. */
export const letterStyles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 10, color: "#1a1a1a", paddingTop: LETTER_MARGINS.top, paddingBottom: LETTER_MARGINS.bottom, paddingHorizontal: LETTER_MARGINS.horizontal, lineHeight: 1.35 },
  compactPage: { fontSize: 9, lineHeight: 1.25 },
  head: { flexDirection: "row", justifyContent: "space-between", marginBottom: 18 },
  sender: { width: "45%" },
  recipient: { width: "45%", marginTop: 36 },
  partyName: { fontWeight: "bold" },
  muted: { color: MUTED },
  placeAndDate: { textAlign: "right", marginBottom: 10 },
  registeredMail: { fontWeight: "bold", textTransform: "uppercase", fontSize: 9, marginBottom: 8 },
  subject: { fontWeight: "bold", marginBottom: 12 },
  paragraph: { marginBottom: 8, textAlign: "justify" },
  table: { borderWidth: 0.75, borderColor: RULE, marginBottom: 10, marginHorizontal: 24 },
  tableRow: { flexDirection: "row", paddingVertical: 3, paddingHorizontal: 6, borderBottomWidth: 0.5, borderBottomColor: "#dddddd" },
  tableLabel: { flexGrow: 1, flexShrink: 1 },
  tableValue: { width: 110, textAlign: "right" },
  bold: { fontWeight: "bold" },
  sectionTitle: { fontWeight: "bold", fontSize: 8.5, color: MUTED, textTransform: "uppercase", marginBottom: 3, marginTop: 4 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 12 },
  signature: { marginTop: 14, marginLeft: "55%" },
  notice: { marginTop: 14, fontSize: 8.5, fontStyle: "italic", color: MUTED },
  footer: { position: "absolute", left: LETTER_MARGINS.horizontal, right: LETTER_MARGINS.horizontal, bottom: 28, fontSize: 7.5, color: MUTED, textAlign: "center", borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
});
