package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;

/**
 * The text of a Word 97–2003 document (.doc), a line per paragraph, for the same parser as a text file. Its
 * automatic numbering is kept where Word wrote it into the text; tables come as their cells' paragraphs.
 */
final class DocText {

    /** The first bytes of an OLE2 compound file, which a .doc is. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private DocText() {
    }

    static boolean looksLikeDoc(String fileName, byte[] bytes) {
        return FileKind.looksLike(fileName, bytes, ".doc", OLE2_MAGIC);
    }

    static List<SourceLine> lines(byte[] bytes) {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor extractor = new WordExtractor(document)) {
            List<SourceLine> lines = new ArrayList<>();
            for (String paragraph : extractor.getParagraphText()) {
                // paragraph, cell (\u0007) and line marks end Word's paragraphs; fields' codes are stripped
                String text = WordExtractor.stripFields(paragraph).replaceAll("[\\r\\n\\u0007\\u000B\\f]+$", "");
                for (String line : text.split("[\\r\\n\\u000B\\u0007]", -1)) {
                    SourceLine.append(lines, line);
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanParseException refused) {
                throw refused;
            }
            // a damaged, encrypted or hostile document is refused in many ways, none of which the user needs to read
            throw new PlanParseException(e, 0, "parse.error.doc");
        }
    }
}
