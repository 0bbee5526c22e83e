import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

export const COLORS = { text: "#1a1a1a", muted: "#555555", rule: "#999999", band: "#eeeeee" } as const;

export const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, color: COLORS.text, paddingTop: 32, paddingBottom: 64, paddingHorizontal: 36 },
  row: { flexDirection: "row" },
  bold: { fontWeight: "bold" },
  muted: { color: COLORS.muted },
  small: { fontSize: 8 },
  line: { marginBottom: 1.5 },
  sectionTitle: { fontWeight: "bold", fontSize: 8, color: COLORS.muted, textTransform: "uppercase", marginBottom: 2 },
  box: { borderWidth: 0.75, borderColor: COLORS.rule, padding: 6 },
});
