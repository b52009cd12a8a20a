package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A Word document whose headings are numbered by Word (一、 （一） 1. drawn from numbering.xml, not in the text)
 * reads as the same plan with the numbers in its text.
 */
class DocxNumberingTest {

    private static final Pattern NUMBERED = Pattern.compile("^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\\d+)\\.)(.*)$");

    @Test
    void headingsNumberedByWord_readAsIfTheNumbersWereTyped() throws IOException {
        String plain = new String(bytes("styles/labelled.txt"), StandardCharsets.UTF_8);
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.valueOf(7));
            level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(definition, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(definition, 2, STNumberFormat.DECIMAL, "%3.");
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
            BigInteger list = numbering.addNum(abstractId);
            for (String line : plain.split("\n", -1)) {
                XWPFParagraph paragraph = document.createParagraph();
                Matcher numbered = NUMBERED.matcher(line);
                // the numbers of the plan's body are Word's; the notice above it has none
                if (numbered.matches() && !line.startsWith("一、")) {
                    paragraph.setNumID(list);
                    paragraph.setNumILvl(BigInteger.valueOf(numbered.group(1) != null ? 0
                            : numbered.group(2) != null ? 1 : 2));
                    paragraph.createRun().setText(numbered.group(4));
                } else {
                    paragraph.createRun().setText(line);
                }
            }
            document.write(out);
            docx = out.toByteArray();
        }

        ParseReport report = read("numbered.docx", docx);

        // the first section 一、 is typed (it is the plan's goals, before the list starts): the list starts at 二、
        assertThat(outline(PlanOutline.of(report.document())))
                .isEqualTo(outline(expectedOutline("styles/expected.txt")).stream()
                        .map(line -> line.replace("section 二", "section 一").replace("section 三", "section 二"))
                        .toList());
    }

    private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static List<String> outline(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
