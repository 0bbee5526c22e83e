import { Text } from "@react-pdf/renderer";
import type { DunningLetter } from "@/domain";
import { dunningLetterFrame } from "./frame";
import { LetterLayout } from "./LetterLayout";
import { Paragraphs, RowsTable, TitledList } from "./LetterParts";
import { letterStyles as s } from "./styles";

/** A reminder, the registered reminder or the formal notice, as printed from its data. */
export function DunningLetterPdf({ letter }: { letter: DunningLetter }) {
  return (
    <LetterLayout {...dunningLetterFrame(letter)}>
      <Text style={s.paragraph}>{letter.salutation}</Text>
      <Paragraphs items={letter.paragraphs} />
      <RowsTable rows={[...letter.invoiceReferences, ...letter.amounts]} />
      <Paragraphs items={letter.closingParagraphs} />
      <TitledList title="Modalités de règlement" items={letter.paymentDetails} />
      <Text style={s.paragraph}>{letter.politeness}</Text>
    </LetterLayout>
  );
}
