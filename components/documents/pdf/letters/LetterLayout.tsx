import type { ReactNode } from "react";
import { Document, Text, View } from "@react-pdf/renderer";
import { DocumentPage } from "../DocumentPage";
import type { LetterFrameData } from "./frame";
import { AddressBlock } from "./LetterParts";
import { LETTER_MARGINS, letterStyles as s } from "./styles";

export type LetterLayoutProps = LetterFrameData & {
  children: ReactNode;
  /** Smaller type, for a document that must hold on one page (the injonction de payer summary). */
  compact?: boolean;
};

/**
 * A French business letter: sender top left, recipient on the right (window envelope), place and
 * date, LRAR mention, subject, body, signature, legal identity at the foot of each page.
 */
export function LetterLayout({ title, sender, recipient, placeAndDate, registeredMail, subject, signature, legalFooter, postscript, children, compact = false }: LetterLayoutProps) {
  return (
    <Document title={title} language="fr-FR" author={sender.name}>
      <DocumentPage
        style={compact ? [s.page, s.compactPage] : s.page}
        margins={LETTER_MARGINS}
        footer={
          <Text fixed style={s.footer}>
            {legalFooter}
          </Text>
        }
      >
        <View style={s.head}>
          <View style={s.sender}>
            <AddressBlock party={sender} />
          </View>
          <View style={s.recipient}>
            <AddressBlock party={recipient} />
          </View>
        </View>
        <Text style={s.placeAndDate}>{placeAndDate}</Text>
        {registeredMail ? <Text style={s.registeredMail}>{registeredMail}</Text> : null}
        <Text style={s.subject}>{subject}</Text>
        {children}
        <View style={s.signature} wrap={false}>
          {signature.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </View>
        {postscript ? <Text style={s.notice}>{postscript}</Text> : null}
      </DocumentPage>
    </Document>
  );
}
