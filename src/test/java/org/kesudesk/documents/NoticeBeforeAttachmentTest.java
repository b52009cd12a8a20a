package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.testsupport.PlanBuilder;

/**
 * A notice whose 附件 follows it and carries the 版记: however far down its last page the notice (and the plan it
 * issues) comes, the 附件 starts on the next page — no page between them holding nothing but its page number (the
 * room the 版记 takes at the foot of a notice's own last page is not kept where the 版记 goes with the 附件). Read
 * back from the PDF, for texts of every length that ends the notice on each line of a page.
 */
class NoticeBeforeAttachmentTest {

    private static final String SIGNATURE = "简阳市人民政府办公室";
    private static final String DATE = "2021年11月8日";
    /** The foot of a page's 版心 less the 版记's four lines of 29 pt: a line below it leaves no room for them. */
    private static final float ABOVE_COLOPHON = 842 - 65 - 121;

    @TempDir
    Path folder;

    @Test
    void aNoticeWithItsDivisionAttached_goesOnToTheAttachment_withoutAPageOfItsPageNumberAlone() throws IOException {
        DocumentRenderer renderer = new DocumentRenderer();
        boolean endedAtThePagesFoot = false;
        // a task (one line) more each time: the plan the notice issues ends a line lower, through a whole page of 22
        for (int lines = 0; lines < 23; lines++) {
            NoticeHeader header = new NoticeHeader("简阳市人民政府办公室文件", "简府办发〔2021〕45号",
                    "简阳市人民政府办公室关于印发《简阳市全民科学素质行动实施方案（2021—2025年）》的通知",
                    "各镇人民政府、街道办事处，市级各部门", "现印发给你们，请认真贯彻执行。", SIGNATURE, DATE, "", "",
                    SIGNATURE, DATE);
            Path pdf = folder.resolve("notice-" + lines + ".pdf");
            renderer.render(DocumentKind.NOTICE, planOf(lines), header, Optional.empty(), true)
                    .save(pdf, OutputFormat.PDF);
            endedAtThePagesFoot |= endsAtThePagesFoot_beforeItsAttachment(pdf, lines + " lines more");
        }
        // the texts tried included one whose last line before the 附件 is where a 版记 would not have fitted below it
        assertThat(endedAtThePagesFoot).isTrue();
    }

    /**
     * A 通报 goes on to the tables of its 附件 the same way, however far down its last page its text and 署名 come.
     */
    @Test
    void aBulletin_goesOnToItsTables_withoutAPageOfItsPageNumberAlone() throws IOException {
        DocumentRenderer renderer = new DocumentRenderer();
        PlanDocument plan = planOf(0);
        NoticeHeader header = NoticeHeader.of(plan.plan());
        boolean endedAtThePagesFoot = false;
        // a paragraph (one line) more each time, through a whole page
        for (int lines = 0; lines < 23; lines++) {
            List<String> paragraphs = new ArrayList<>(List.of("一、总体情况", "各成员单位按时报送了进展情况。"));
            for (int i = 1; i <= lines; i++) {
                paragraphs.add("第" + i + "项任务进展顺利。");
            }
            Bulletin bulletin = new Bulletin("关于2026年上半年进展情况的通报", "各有关单位", paragraphs,
                    "2026年上半年进展情况统计", List.of(), List.of());
            Path pdf = folder.resolve("bulletin-" + lines + ".pdf");
            renderer.renderBulletin(bulletin, header, plan).save(pdf, OutputFormat.PDF);
            endedAtThePagesFoot |= endsAtThePagesFoot_beforeItsAttachment(pdf, lines + " lines more");
        }
        assertThat(endedAtThePagesFoot).isTrue();
    }

    /**
     * The division table on its own has no 版记 either: however far down its last page its rows come, no page after
     * it holds nothing but its page number.
     */
    @Test
    void aDivisionTableOnItsOwn_endsOnThePageOfItsLastRow() throws IOException {
        DocumentRenderer renderer = new DocumentRenderer();
        boolean endedAtThePagesFoot = false;
        NoticeHeader header = NoticeHeader.of(planOf(0).plan());
        // a row more each time, through more than a page of rows
        for (int rows = 0; rows < 30; rows++) {
            Path pdf = folder.resolve("division-" + rows + ".pdf");
            renderer.render(DocumentKind.DIVISION, planOf(rows), header, Optional.empty()).save(pdf, OutputFormat.PDF);
            List<List<Line>> pages = pages(pdf);
            for (int page = 0; page < pages.size(); page++) {
                assertThat(pages.get(page)).as("%d rows more: page %d holds more than its number", rows, page + 1)
                        .anyMatch(line -> !line.text().matches("—\\d+—"));
            }
            List<Line> last = pages.get(pages.size() - 1);
            endedAtThePagesFoot |= last.get(last.size() - 2).baseline() > ABOVE_COLOPHON;
        }
        assertThat(endedAtThePagesFoot).isTrue();
    }

    /**
     * Whether the pages before the 附件's first ended below the room a 版记 takes, each page before it holding more
     * than its page number (asserted).
     */
    private static boolean endsAtThePagesFoot_beforeItsAttachment(Path pdf, String which) throws IOException {
        List<List<Line>> pages = pages(pdf);
        int attachment = -1;
        for (int page = 0; page < pages.size() && attachment < 0; page++) {
            List<Line> text = pages.get(page).stream().filter(line -> !line.text().matches("—\\d+—")).toList();
            assertThat(text).as("%s: page %d holds more than its number", which, page + 1).isNotEmpty();
            if (text.get(0).text().equals("附件")) {
                attachment = page;
            }
        }
        assertThat(attachment).as("%s: the 附件's first page", which).isPositive();
        List<Line> before = pages.get(attachment - 1);
        return before.get(before.size() - 2).baseline() > ABOVE_COLOPHON;
    }

    /** A plan of a section of actions and its safeguards, of as many one-line tasks more as given. */
    private static PlanDocument planOf(int tasksMore) {
        PlanBuilder b = new PlanBuilder().header("简府办发〔2021〕45号", "简阳市全民科学素质行动实施方案（2021—2025年）",
                "简阳市人民政府办公室", java.time.LocalDate.of(2021, 11, 8));
        PlanNode[] safeguards = new PlanNode[1 + tasksMore];
        for (int i = 0; i < safeguards.length; i++) {
            safeguards[i] = b.task(String.valueOf(i + 1), "保障措施" + (i + 1), "落实第" + (i + 1) + "项保障。",
                    List.of("市财政局"));
        }
        return b.section("二", "实施提升行动", b.item(NodeKind.ACTION, "一", "实施青少年科学素质提升行动",
                        "激发青少年好奇心。", List.of("市教育局"),
                        b.task("1", "推进校内科学教育", "开设科学课。", List.of("市教育局", "团市委"))))
                .section("三", "保障措施", b.item(NodeKind.SAFEGUARD, "一", "经费保障", "保障经费投入。", List.of(),
                        safeguards))
                .build();
    }

    private record Line(String text, float baseline) {
    }

    /** Each page's lines as PDFBox reads them, their text without spaces, from the top. */
    private static List<List<Line>> pages(Path pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                List<Line> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        lines.add(new Line(text.replaceAll("[\\s\u3000]+", ""), positions.get(0).getYDirAdj()));
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                stripper.getText(document);
                pages.add(lines);
            }
        }
        return pages;
    }
}
