package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;
import static org.kesudesk.parse.SampleDocumentTest.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;

/**
 * A Word file made from an office's template, its parts held in content controls (内容控件: the title, the notice,
 * the plan's text), one inside another: read as the same document without them. POI lists a control as a body
 * element of its own, and what it holds was left out.
 */
class DocxContentControlsTest {

    @Test
    void whatContentControlsHold_isReadInOrder_asTheDocumentWithoutThem() throws IOException {
        String text = new String(sample(), StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        XWPFDocument word = new XWPFDocument();
        CTSdtContentBlock notice = null;
        CTSdtContentBlock inner = null;
        for (int i = 0; i < lines.length; i++) {
            if (i < 3) {
                word.createParagraph().createRun().setText(lines[i]);
            } else if (i < 20) {
                // the notice in a control of its own
                if (notice == null) {
                    notice = word.getDocument().getBody().addNewSdt().addNewSdtContent();
                }
                notice.addNewP().addNewR().addNewT().setStringValue(lines[i]);
            } else if (i < 60) {
                // the plan's start in a control inside another one
                if (inner == null) {
                    inner = word.getDocument().getBody().addNewSdt().addNewSdtContent().addNewSdt().addNewSdtContent();
                }
                inner.addNewP().addNewR().addNewT().setStringValue(lines[i]);
            } else {
                word.createParagraph().createRun().setText(lines[i]);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        word.write(bytes);

        ParseReport report = read("plan.docx", bytes.toByteArray());

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("qiqihar-2022-16.expected.txt"));
        assertThat(report.document().plan().noticeBody())
                .isEqualTo(read("plan.txt", sample()).document().plan().noticeBody()).isNotEmpty();
    }
}
