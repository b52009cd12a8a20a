package org.kesudesk.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/** A plan in the containers offices send it in, made for the benchmarks. */
final class Containers {

    private Containers() {
    }

    /** The text, a Word paragraph per line. */
    static byte[] docxParagraphs(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The text as LibreOffice keeps it (.odt), a paragraph per line. */
    static byte[] odtParagraphs(String text) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("plan", ".odt");
        try {
            return java.nio.file.Files.readAllBytes(org.kesudesk.testsupport.OpenDocuments.paragraphs(file, text));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** The notice's text up to the plan's first section, then the plan as a 分工 table, then the 版记. */
    static byte[] docxTable(String text, ParseReport plan) throws IOException {
        int body = text.indexOf("\n二、");
        int tail = text.lastIndexOf("\n抄送");
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.substring(0, body).split("\\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(1, 4);
            String[] header = {"序号", "重点任务", "牵头单位", "责任单位"};
            for (int i = 0; i < 4; i++) {
                table.getRow(0).getCell(i).setText(header[i]);
            }
            int number = 0;
            for (PlanNode section : plan.document().sections()) {
                across(table, section.label() + "、" + section.title());
                for (PlanNode item : section.children()) {
                    across(table, "（" + item.label() + "）" + item.title());
                    for (PlanNode task : item.children()) {
                        XWPFTableRow row = table.createRow();
                        row.getCell(0).setText(String.valueOf(++number));
                        row.getCell(1).setText(task.title());
                        row.getCell(2).setText(names(item, Role.LEAD));
                        row.getCell(3).setText(names(task, Role.RESPONSIBLE));
                    }
                }
            }
            for (String line : text.substring(tail).split("\\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The plan's 任务分工表 as the app renders it, in this format. */
    static byte[] division(org.kesudesk.model.PlanDocument plan, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocumentRenderer().render(DocumentKind.DIVISION, plan, NoticeHeader.of(plan.plan()), Optional.empty())
                .write(out, format);
        return out.toByteArray();
    }

    /** The notice as the app renders it, as a PDF. */
    static byte[] pdf(ParseReport plan) {
        return notice(plan, OutputFormat.PDF);
    }

    /** The notice as the app renders it, in this format. */
    static byte[] notice(ParseReport plan, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocumentRenderer().render(DocumentKind.NOTICE, plan.document(), NoticeHeader.of(plan.document().plan()),
                Optional.empty()).write(out, format);
        return out.toByteArray();
    }

    /** A row of one cell across the table's four columns (a section's or an item's row). */
    static void across(XWPFTable table, String text) {
        org.kesudesk.testsupport.DocxTables.across(table, text);
    }

    private static String names(PlanNode node, Role role) {
        return String.join("、", node.unitsIn(role).stream().map(Unit::name).toList());
    }
}
