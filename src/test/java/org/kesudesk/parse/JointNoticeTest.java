package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.Plan;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A notice issued jointly (联合行文) by the county's Party committee and its government, its 署名 written as offices
 * write it — the organs on one line apart, on a line each, or run together by a copy — read with both organs as its
 * issuer, apart, and the plan as the county's notice alone gives it.
 */
class JointNoticeTest {

    private static final String COUNTY = new String(bytes("gannan-county-2023.txt"), StandardCharsets.UTF_8);
    private static final String ORGAN = "甘南县人民政府办公室";
    private static final String PARTY = "中共甘南县委办公室";

    @ParameterizedTest
    @ValueSource(strings = {"　　", "\n", "", "  "})
    void bothOrgansAreTheIssuer_andTheNoticesTextStaysItsOwn(String between) {
        String joint = COUNTY.replaceFirst(ORGAN + "关于印发", PARTY + between.replace("\n", "　") + ORGAN
                + "\n关于印发").replaceFirst("\n" + ORGAN + "\n", "\n" + PARTY + between + ORGAN + "\n");
        assertThat(joint).as("the county's title and 署名").contains(PARTY + between + ORGAN + "\n");
        Plan alone = read("plan.txt", bytes("gannan-county-2023.txt")).document().plan();

        ParseReport report = read("plan.txt", joint.getBytes(StandardCharsets.UTF_8));

        Plan plan = report.document().plan();
        assertThat(plan.issuer()).isEqualTo(PARTY + "\u3000" + ORGAN);
        assertThat(plan.title()).isEqualTo(PARTY + "\u3000" + alone.title());
        assertThat(plan.noticeBody()).isEqualTo(alone.noticeBody()).doesNotContain(PARTY);
        assertThat(plan.issueDate()).isEqualTo(alone.issueDate()).isPresent();
        assertThat(PlanOutline.of(report.document()).lines().filter(line -> !line.startsWith("title:")
                && !line.startsWith("issuer:")).toList()).isEqualTo(PlanOutline.of(read("plan.txt",
                bytes("gannan-county-2023.txt")).document()).lines().filter(line -> !line.startsWith("title:")
                && !line.startsWith("issuer:")).toList());
        assertThat(PlanContentCheck.violations(report.document())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aTitleWithAnOrganOnEachLine_keepsThemApart() {
        String joint = COUNTY.replaceFirst(ORGAN + "关于印发", PARTY + "\n" + ORGAN + "\n关于印发");

        Plan plan = read("plan.txt", joint.getBytes(StandardCharsets.UTF_8)).document().plan();

        assertThat(plan.title()).startsWith(PARTY + "\u3000" + ORGAN + "关于印发");
        assertThat(plan.issuer()).isEqualTo(ORGAN);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aWordFilesSignatureSetAsATable_isTheIssuer(boolean dateInTheTable) throws java.io.IOException {
        org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        String date = "2023年3月9日";
        boolean signed = false;
        for (String line : COUNTY.split("\n")) {
            if (line.equals(ORGAN) && !signed) {
                // the organs side by side over their seals, as joint notices' Word files set them
                org.apache.poi.xwpf.usermodel.XWPFTable table = word.createTable(dateInTheTable ? 2 : 1, 2);
                table.getRow(0).getCell(0).setText(PARTY);
                table.getRow(0).getCell(1).setText(ORGAN);
                if (dateInTheTable) {
                    table.getRow(1).getCell(1).setText(date);
                }
                signed = true;
                continue;
            }
            if (line.equals(date) && dateInTheTable) {
                continue;
            }
            if (line.startsWith("四、")) {
                // a table of units in the plan's words is no 署名
                org.apache.poi.xwpf.usermodel.XWPFTable units = word.createTable(1, 2);
                units.getRow(0).getCell(0).setText("县教育局");
                units.getRow(0).getCell(1).setText("县科协");
            }
            word.createParagraph().createRun().setText(line);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        word.write(bytes);
        assertThat(signed).as("the county's 署名").isTrue();

        ParseReport report = read("plan.docx", bytes.toByteArray());

        Plan alone = read("plan.txt", bytes("gannan-county-2023.txt")).document().plan();
        Plan plan = report.document().plan();
        assertThat(plan.issuer()).isEqualTo(PARTY + "\u3000" + ORGAN);
        assertThat(plan.noticeBody()).isEqualTo(alone.noticeBody());
        assertThat(plan.issueDate()).isEqualTo(alone.issueDate()).isPresent();
        assertThat(plan.goalText()).isEqualTo(alone.goalText());
        report.document().forEachNode(node -> assertThat(node.text()).doesNotContain("县教育局\u3000县科协"));
    }

    @org.junit.jupiter.api.Test
    void oneOrgansSignatureAndDateSetInATable_areTheIssuerAndTheDate() throws java.io.IOException {
        org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        boolean signed = false;
        for (String line : COUNTY.split("\n")) {
            if (line.equals(ORGAN) && !signed) {
                // right-aligned in a table's second column, as some offices' templates place them
                org.apache.poi.xwpf.usermodel.XWPFTable table = word.createTable(2, 2);
                table.getRow(0).getCell(1).setText(ORGAN);
                table.getRow(1).getCell(1).setText("2023年3月9日");
                signed = true;
                continue;
            }
            if (!line.equals("2023年3月9日")) {
                word.createParagraph().createRun().setText(line);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        word.write(bytes);

        Plan plan = read("plan.docx", bytes.toByteArray()).document().plan();

        Plan alone = read("plan.txt", bytes("gannan-county-2023.txt")).document().plan();
        assertThat(plan.issuer()).isEqualTo(ORGAN);
        assertThat(plan.issueDate()).isEqualTo(alone.issueDate()).isPresent();
        assertThat(plan.noticeBody()).isEqualTo(alone.noticeBody());
    }
}
