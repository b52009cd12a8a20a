package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;

/** The 任务分工表 read back from its PDF: what each column's lines hold, and what ends each page. */
class DivisionTypesettingTest {

    /** The columns' left edges on the page (the 版心 starts 80 pt from the left; 序号 is its first column). */
    private static final float NUMBER_COLUMN = 80;
    private static final float TASK_COLUMN = 80 + 36;
    private static final float LEAD_COLUMN = 80 + 196;
    private static final float RESPONSIBLE_COLUMN = 80 + 286;
    private static final float TABLE_RIGHT = 80 + 442;

    @TempDir
    static Path folder;
    private static PlanDocument plan;
    private static List<List<Glyphs>> pages;

    /** The glyphs on one baseline of a page. */
    record Glyphs(float baseline, List<TextPosition> glyphs) {
        String in(float from, float to) {
            StringBuilder text = new StringBuilder();
            // the table's cells only (小四, 12 pt): not the title, the page numbers or the 版记
            glyphs.stream().filter(g -> Math.abs(g.getFontSizeInPt() - 12) < 0.5f)
                    .filter(g -> g.getXDirAdj() >= from - 0.5f && g.getXDirAdj() < to - 1)
                    .forEach(g -> text.append(g.getUnicode()));
            return text.toString().replaceAll("\\s", "");
        }
    }

    @BeforeAll
    static void renderTheSampleDivisionTable() throws IOException {
        plan = RenderedPdf.sample();
        pages = pages(RenderedPdf.render(DocumentKind.DIVISION, plan, folder));
    }

    private static List<List<Glyphs>> pages(Path pdf) throws IOException {
        List<List<Glyphs>> read = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Glyphs> lines = new ArrayList<>();
                RenderedPdf.baselines(document, page, glyph -> true)
                        .forEach(glyphs -> lines.add(new Glyphs(glyphs.get(0).getYDirAdj(), glyphs)));
                read.add(lines);
            }
        }
        return read;
    }

    @Test
    void theUnitColumnsHoldWholeUnitNames_brokenOnlyAfterASeparator() {
        List<String> lines = unitCellLines(pages);
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(notWholeNames(plan, lines)).isEmpty();
    }

    /**
     * A county's table whose 牵头 column lists six-character names before others (县卫生健康局、县老龄办): each name
     * and its 、 on one line, the 、 hanging at the line's end rather than 局、 going down alone.
     */
    @Test
    void sixCharacterNamesWithTheirSeparator_stayWholeInTheNarrowLeadColumn() throws IOException {
        PlanDocument county;
        try (java.io.InputStream in = getClass().getResourceAsStream("/plans/unseen/guixian-division.txt")) {
            county = new org.kesudesk.parse.PlanDocumentReader().read("guixian-division.txt", in.readAllBytes(),
                    java.util.Optional.empty(), List.of()).document();
        }
        Path pdf = folder.resolve("county-division.pdf");
        new DocumentRenderer().render(DocumentKind.DIVISION, county, NoticeHeader.of(county.plan()),
                java.util.Optional.empty()).save(pdf, OutputFormat.PDF);

        List<String> lines = unitCellLines(pages(pdf));
        assertThat(lines).contains("县卫生健康局、", "县教育局、");
        // only a name wider than a column by itself (more than seven characters) is broken, and only inside itself;
        // the 责任单位 column, the wider, holds even a nine-character name whole
        Set<String> names = new HashSet<>();
        county.sections().forEach(section -> collect(section, names));
        assertThat(notWholeNames(county, lines)).allSatisfy(cell -> assertThat(names)
                .anyMatch(name -> name.length() > 7 && name.contains(cell.replaceFirst("、$", ""))));
        assertThat(lines).anyMatch(line -> line.contains("县住房和城乡建设局"));
    }

    /**
     * The 责任单位 column, whose cells run longest, is wide enough for two names of four characters to a line: its
     * cells take well under a line a name, and a task of twelve units is not twelve lines tall.
     */
    @Test
    void theResponsibleColumn_setsSeveralNamesToALine() {
        List<String> lines = columnLines(pages, RESPONSIBLE_COLUMN, TABLE_RIGHT);
        int names = lines.stream().mapToInt(line -> line.split("、").length).sum();
        assertThat(names).isGreaterThan(100);
        assertThat(lines.size()).as("lines for %d names", names).isLessThan(names * 2 / 3);
    }

    /** Every line of the 牵头单位 and 责任单位 columns (their headers and the sections' rows across them left out). */
    private static List<String> unitCellLines(List<List<Glyphs>> pages) {
        List<String> lines = new ArrayList<>(columnLines(pages, LEAD_COLUMN, RESPONSIBLE_COLUMN));
        lines.addAll(columnLines(pages, RESPONSIBLE_COLUMN, TABLE_RIGHT));
        return lines;
    }

    /** Every line of a column between the edges given (its header and the sections' rows across it left out). */
    private static List<String> columnLines(List<List<Glyphs>> pages, float from, float to) {
        List<String> lines = new ArrayList<>();
        for (List<Glyphs> page : pages) {
            for (Glyphs line : page) {
                if (line.in(NUMBER_COLUMN, TABLE_RIGHT).matches("^[一二三四五六七八九十]+、.*")) {
                    continue;
                }
                String cell = line.in(from, to);
                if (!cell.isEmpty() && !cell.equals("牵头单位") && !cell.equals("责任单位")) {
                    lines.add(cell);
                }
            }
        }
        return lines;
    }

    /** The lines holding a piece that is not one of the plan's unit names, or starting with a separator. */
    private static List<String> notWholeNames(PlanDocument plan, List<String> lines) {
        Set<String> names = new HashSet<>();
        plan.sections().forEach(section -> collect(section, names));
        List<String> broken = new ArrayList<>();
        for (String cell : lines) {
            if (cell.startsWith("、") || java.util.Arrays.stream(cell.split("、")).anyMatch(n -> !names.contains(n))) {
                broken.add(cell);
            }
        }
        return broken;
    }

    @Test
    void noPageEndsWithASectionOrActionRow_withoutItsFirstTask() {
        String cellStart = "^(\\d+\\.|（\\d+）|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）).*";
        String heading = "^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）).*";
        for (int p = 0; p < pages.size() - 1; p++) {
            // 序号 and 重点任务 together: "12.将…" for a task, "二、…" for a section, "（一）…" for an action
            List<String> cells = pages.get(p).stream().map(line -> line.in(NUMBER_COLUMN, LEAD_COLUMN)
                    .replaceFirst("^\\d+(?=\\d+\\.)", "")).filter(cell -> !cell.isEmpty()).toList();
            String lastRow = cells.stream().filter(cell -> cell.matches(cellStart)).reduce((a, b) -> b).orElse("");
            assertThat(lastRow).as("the last row of page %d", p + 1).isNotEmpty().doesNotMatch(heading);
        }
    }

    @Test
    void noCellLineStartsWithAClosingMark() {
        List<String> wrong = new ArrayList<>();
        for (List<Glyphs> page : pages) {
            for (Glyphs line : page) {
                for (String cell : List.of(line.in(TASK_COLUMN, LEAD_COLUMN), line.in(LEAD_COLUMN, RESPONSIBLE_COLUMN),
                        line.in(RESPONSIBLE_COLUMN, TABLE_RIGHT))) {
                    if (!cell.isEmpty() && LineBreaker.NO_LINE_START.indexOf(cell.charAt(0)) >= 0) {
                        wrong.add(cell);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** No cell of the sample's table, nor of a county's with longer item titles, ends with a character alone. */
    @Test
    void noCellsLastLineIsOneCharacterAlone() throws IOException {
        List<String> lone = new ArrayList<>();
        for (PlanDocument table : List.of(plan, RenderedPdf.plan("/plans/unseen/guixian-division.txt"))) {
            for (java.util.Map<String, ?> row : DocumentRows.division(table)) {
                for (String field : List.of("item", "task", "itemLead", "lead", "responsible")) {
                    Object cell = row.get(field);
                    List<String> lines = cell == null ? List.of() : ((String) cell).lines().toList();
                    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                    if (lines.size() > 1 && last.codePoints().filter(Character::isIdeographic).count() == 1
                            && last.codePoints().count() <= 2) {
                        lone.add(String.join("/", lines));
                    }
                }
            }
        }
        assertThat(lone).isEmpty();
    }

    /**
     * The names in the first column of the 通报's tables of figures break between words where that takes no more
     * lines (a 文秘 would otherwise move 升 back by hand); the column holds ten characters, so the longest name of the
     * sample's actions breaks after 公务员, not inside it.
     */
    @Test
    void theBulletinsNames_breakBetweenWords_whereThatTakesNoMoreLines() {
        List<List<String>> rows = List.of(List.of("实施农民科学素质提升行动", "22", "0", "0", "0", "0", "22", "0%"),
                List.of("科学素质区域交流合作工程", "15", "0", "0", "0", "0", "15", "0%"),
                List.of("实施领导干部和公务员科学素质提升行动", "6", "0", "0", "0", "0", "6", "0%"));
        Bulletin bulletin = new Bulletin("通报", "各有关单位", List.of("正文"), "统计", List.of(new Bulletin.Table(
                "表1", Bulletin.Layout.FIGURES, List.of("行动、工程", "分工", "已完成", "推进中", "长期推进", "滞后", "未报送",
                "按时报送率"), rows, "")), List.of());

        List<Object> names = DocumentRows.bulletin(bulletin).stream().map(row -> (Object) row.get("c0")).toList();

        assertThat(names).containsExactly("实施农民科学素质提升\n行动", "科学素质区域交流合作\n工程",
                "实施领导干部和公务员\n科学素质提升行动");
        assertThat(DocumentRows.bulletin(bulletin).get(0).get("h7")).isEqualTo("按时\n报送率");
    }

    private static void collect(PlanNode node, Set<String> names) {
        node.assignments().forEach(a -> names.add(a.unit().name()));
        node.children().forEach(child -> collect(child, names));
    }
}
