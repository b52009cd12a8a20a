package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.model.Plan;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A Word template's 版头 that rules the 文号 into a table with what stands beside it — a 上行文's 签发人 at the
 * right, the 份号 or 紧急程度 in a row above — read as the notice's 文号, the rest of the head as the text gives it.
 */
class DocxHeadTableTest {

    private static final String COUNTY = new String(bytes("gannan-county-2023.txt"), StandardCharsets.UTF_8);
    private static final String NUMBER = "甘南政办规[2023]5号";

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theDocNumberRuledIntoATable_besideTheSigner_isTheNoticesNumber(boolean rowAbove) throws IOException {
        assertThat(COUNTY.lines()).as("the county's 文号 on a line of its own").contains(NUMBER);
        XWPFDocument word = new XWPFDocument();
        for (String line : COUNTY.lines().toList()) {
            if (line.equals(NUMBER)) {
                XWPFTable head = word.createTable(rowAbove ? 2 : 1, 2);
                if (rowAbove) {
                    head.getRow(0).getCell(0).setText("000012");
                    head.getRow(0).getCell(1).setText("");
                }
                head.getRow(rowAbove ? 1 : 0).getCell(0).setText(NUMBER);
                head.getRow(rowAbove ? 1 : 0).getCell(1).setText("签发人：李明");
                continue;
            }
            word.createParagraph().createRun().setText(line);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        word.write(out);

        ParseReport report = read("plan.docx", out.toByteArray());

        ParseReport alone = read("plan.txt", bytes("gannan-county-2023.txt"));
        Plan plan = report.document().plan();
        assertThat(plan.docNumber()).isEqualTo(alone.document().plan().docNumber()).isEqualTo("甘南政办规〔2023〕5号");
        assertThat(plan.title()).isEqualTo(alone.document().plan().title());
        assertThat(plan.noticeBody()).isEqualTo(alone.document().plan().noticeBody());
        assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(alone.document()));
    }
}
