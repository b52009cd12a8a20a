package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;
import org.kesudesk.parse.PlanParseException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * The app's own Word notice (with its 分工表 attached), edited as a clerk edits it before sending it round —
 * paragraphs deleted, table rows deleted or doubled, cells emptied, swapped or copied from another row — and
 * imported again: each edit is read as a plan the import takes (header fields included: the 版记 is a table that
 * edits break too) or refused with a message in Chinese. The edits are drawn from fixed seeds; a failure names its
 * seed and what was done.
 */
class EditedWordFilesTest {

    private static final int EDITED_COPIES = 60;

    @TempDir
    Path folder;

    @Test
    void theAppsOwnWordNotice_editedAsAClerkMight_readsAsAPlanTheImportTakes_orIsRefusedInChinese()
            throws IOException {
        for (String resource : List.of("/org/kesudesk/samples/qiqihar-2022-16.txt", "/plans/gannan-county-2023.txt")) {
            PlanDocument plan = read(resource);
            Path file = folder.resolve("notice.docx");
            new DocumentRenderer().render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(),
                    true).save(file, OutputFormat.DOCX);
            byte[] original = Files.readAllBytes(file);

            int read = 0;
            for (int seed = 0; seed < EDITED_COPIES; seed++) {
                Random random = new Random(seed);
                StringBuilder said = new StringBuilder(resource + ", seed " + seed + ":");
                byte[] edited;
                try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(original))) {
                    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                        edit(word, random, said);
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    word.write(out);
                    edited = out.toByteArray();
                }
                try {
                    PlanDocument back = new PlanDocumentReader().read("notice.docx", edited, Optional.empty(),
                            List.of()).document();
                    assertThat(PlanContentCheck.violations(back)).as(said.toString()).isEmpty();
                    read++;
                } catch (PlanParseException refusal) {
                    assertThat(refusal.getMessage()).as(said.toString()).containsPattern("\\p{IsHan}");
                }
            }
            // an edit here and there leaves the plan readable
            assertThat(read).as(resource).isGreaterThan(EDITED_COPIES * 3 / 4);
        }
    }

    @Test
    void aWordNoticeWhoseImprintLostItsCopiesAndItsOrgan_keepsItsLastParagraphAsThePlans() throws IOException {
        PlanDocument plan = read("/org/kesudesk/samples/qiqihar-2022-16.txt");
        Path file = folder.resolve("notice.docx");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()), Optional.empty(),
                false).save(file, OutputFormat.DOCX);
        byte[] edited;
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(file))) {
            // the 版记: the 抄送 row, then the organ and the date
            XWPFTable imprint = word.getTables().get(word.getTables().size() - 1);
            assertThat(imprint.getRow(0).getCell(0).getText()).startsWith("抄送");
            assertThat(imprint.getRow(1).getCell(0).getText()).isEqualTo(plan.plan().printedBy());
            imprint.removeRow(0);
            set(imprint.getRow(0).getCell(0), "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.write(out);
            edited = out.toByteArray();
        }

        PlanDocument back = new PlanDocumentReader().read("notice.docx", edited, Optional.empty(), List.of())
                .document();

        assertThat(back.plan().printedBy()).isEmpty();
        assertThat(back.plan().printedDate()).isEqualTo(plan.plan().printedDate());
        assertThat(PlanContentCheck.violations(back)).isEmpty();
        // the plan's last paragraph (a safeguard's task) is the plan's still, not the organ that printed it
        List<String> titles = new java.util.ArrayList<>();
        back.forEachNode(node -> titles.add(node.title()));
        List<String> before = new java.util.ArrayList<>();
        plan.forEachNode(node -> before.add(node.title()));
        assertThat(titles).isEqualTo(before);
    }

    /** One edit, said in {@code said}. */
    private static void edit(XWPFDocument word, Random random, StringBuilder said) {
        List<XWPFTable> tables = word.getTables();
        if (tables.isEmpty() || random.nextInt(4) == 0) {
            List<IBodyElement> body = word.getBodyElements();
            int at = random.nextInt(body.size());
            if (body.get(at) instanceof XWPFParagraph paragraph) {
                said.append(" paragraph ").append(at).append(" deleted");
                word.removeBodyElement(word.getPosOfParagraph(paragraph));
            }
            return;
        }
        XWPFTable table = tables.get(random.nextInt(tables.size()));
        if (table.getNumberOfRows() == 0) {
            return;
        }
        int at = random.nextInt(table.getNumberOfRows());
        XWPFTableRow row = table.getRow(at);
        List<XWPFTableCell> cells = row.getTableCells();
        int cell = cells.isEmpty() ? -1 : random.nextInt(cells.size());
        String where = " row " + at + " of table " + tables.indexOf(table);
        switch (random.nextInt(5)) {
            case 0 -> {
                said.append(where).append(" deleted");
                table.removeRow(at);
            }
            case 1 -> {
                said.append(where).append(" doubled");
                table.addRow(new XWPFTableRow((CTRow) row.getCtRow().copy(), table), at);
            }
            case 2 -> {
                if (cell >= 0) {
                    said.append(" cell ").append(cell).append(" of").append(where).append(" emptied");
                    set(cells.get(cell), "");
                }
            }
            case 3 -> {
                if (cell >= 0 && cell + 1 < cells.size()) {
                    said.append(" cells ").append(cell).append(" and ").append(cell + 1).append(" of").append(where)
                            .append(" swapped");
                    String text = cells.get(cell).getText();
                    set(cells.get(cell), cells.get(cell + 1).getText());
                    set(cells.get(cell + 1), text);
                }
            }
            default -> {
                XWPFTableRow other = table.getRow(random.nextInt(table.getNumberOfRows()));
                if (cell >= 0 && other.getTableCells().size() > cell) {
                    said.append(" cell ").append(cell).append(" of").append(where).append(" copied from another row");
                    set(cells.get(cell), other.getCell(cell).getText());
                }
            }
        }
    }

    private static void set(XWPFTableCell cell, String text) {
        while (!cell.getParagraphs().isEmpty()) {
            cell.removeParagraph(0);
        }
        cell.addParagraph().createRun().setText(text);
    }

    private static PlanDocument read(String resource) throws IOException {
        try (InputStream in = EditedWordFilesTest.class.getResourceAsStream(resource)) {
            return new PlanDocumentReader().read(resource.substring(resource.lastIndexOf('/') + 1),
                    in.readAllBytes(), Optional.empty(), List.of()).document();
        }
    }
}
