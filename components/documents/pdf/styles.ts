import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

/** An A4 page in PDF points, as react-pdf sizes `size="A4"`. */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** The page's margins above and below its flow; the legal footer sits in the bottom one. */
export const PAGE_PADDING = { top: 32, bottom: 64, horizontal: 36 } as const;

export const COLORS = { text: "#1a1a1a", muted: "#555555", rule: "#999999", band: "#eeeeee" } as const;

export const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, color: COLORS.text, paddingTop: PAGE_PADDING.top, paddingBottom: PAGE_PADDING.bottom, paddingHorizontal: PAGE_PADDING.horizontal },
  row: { flexDirection: "row" },
  bold: { fontWeight: "bold" },
  muted: { color: COLORS.muted },
  small: { fontSize: 8 },
  line: { marginBottom: 1.5 },
  sectionTitle: { fontWeight: "bold", fontSize: 8, color: COLORS.muted, textTransform: "uppercase", marginBottom: 2 },
  box: { borderWidth: 0.75, borderColor: COLORS.rule, padding: 6 },
});
