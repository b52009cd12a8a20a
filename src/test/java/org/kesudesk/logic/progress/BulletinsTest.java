package org.kesudesk.logic.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.documents.Bulletin;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanReferences;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.ProgressRepository;
import org.kesudesk.testsupport.SamplePlan;

/**
 * The 进展情况通报 of a round of the sample plan in a real database: its figures against counts made here straight
 * from the stored reports, its frame's placeholders, its PDF (text and charts drawn as vector paths) and its Word
 * file (tables and Word's own charts) read back.
 */
class BulletinsTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final NoticeHeader HEADER = new NoticeHeader("测试市人民政府办公室文件", "测政办通〔2026〕1号", "",
            "", "", "测试市人民政府办公室", "2026年6月1日", "", "", "测试市人民政府办公室", "2026年6月1日印发");

    @TempDir
    Path folder;
    private Database database;
    private PlanDocument plan;
    private ProgressTracking tracking;
    private ReportingRound round;
    private Bulletins bulletins;
    /** The unit that reported every one of its tasks. */
    private String diligent;

    @BeforeEach
    void aRoundWithReportsOfEveryKind() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        plan = SamplePlan.store(database);
        tracking = new ProgressTracking(database);
        round = tracking.openRound(plan, "2026年上半年", TODAY.plusDays(30), Optional.empty(), Optional.empty());
        tracking.setDeadline(plan, task("action.1.1"), Optional.of(new Deadline.OnDate(TODAY.minusDays(20))));
        // every status somewhere, some rows left unreported
        ProgressStatus[] statuses = ProgressStatus.values();
        List<ProgressTracking.Row> rows = tracking.rows(plan, round, TODAY);
        for (int i = 0; i < rows.size(); i += 3) {
            ProgressTracking.Row row = rows.get(i);
            tracking.report(plan, round, row.task(), row.unit(), new ProgressTracking.Entry(statuses[i % statuses.length],
                    OptionalInt.empty(), "第" + i + "行的进展。", "", ""), "测试");
        }
        // the unit with the fewest tasks reports them all: the only one on time
        Map<UUID, List<ProgressTracking.Row>> byUnit = new LinkedHashMap<>();
        rows.forEach(row -> byUnit.computeIfAbsent(row.unit().id(), id -> new ArrayList<>()).add(row));
        List<ProgressTracking.Row> fewest = byUnit.values().stream().min(java.util.Comparator.comparingInt(List::size))
                .orElseThrow();
        diligent = fewest.get(0).unit().name();
        for (ProgressTracking.Row row : fewest) {
            tracking.report(plan, round, row.task(), row.unit(), new ProgressTracking.Entry(ProgressStatus.DONE,
                    OptionalInt.empty(), "已完成。", "", ""), "测试");
        }
        plan = new org.kesudesk.store.PlanRepository(database).find(plan.plan().id()).orElseThrow();
        bulletins = new Bulletins(database, tracking, new IndicatorTracking(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The counts made from the stored reports and the plan's responsible units, not from the 通报's rows. */
    private Map<String, Integer> countedFromTheReports() {
        List<ProgressReport> reports = new ProgressRepository(database).reports(round.id());
        int rows = 0;
        java.util.Set<String> responsible = new java.util.HashSet<>();
        java.util.Set<UUID> tasks = new java.util.HashSet<>();
        for (PlanNode task : allTasks()) {
            for (Unit unit : task.responsibleUnits()) {
                rows++;
                tasks.add(task.id());
                responsible.add(task.id() + "/" + unit.id());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        counts.put("rows", rows);
        counts.put("tasks", tasks.size());
        int reported = 0;
        for (ProgressReport report : reports) {
            if (responsible.contains(report.nodeId() + "/" + report.unitId())) {
                reported++;
                counts.merge(report.status().name(), 1, Integer::sum);
            }
        }
        counts.put("unreported", rows - reported);
        return counts;
    }

    /** Whether the row's unit has a report of the round stored for the row's task, read from the store. */
    private boolean reported(ProgressTracking.Row row) {
        return new ProgressRepository(database).reports(round.id()).stream()
                .anyMatch(report -> report.nodeId().equals(row.task().id()) && report.unitId().equals(row.unit().id()));
    }

    private List<PlanNode> allTasks() {
        List<PlanNode> tasks = new ArrayList<>();
        plan.forEachNode(node -> {
            if (node.kind().isTask()) {
                tasks.add(node);
            }
        });
        return tasks;
    }

    @Test
    void theText_andTheTables_sayTheCountsOfTheStoredReports() {
        Map<String, Integer> counts = countedFromTheReports();
        Bulletin bulletin = bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame());
        String text = String.join("\n", bulletin.paragraphs());

        assertThat(text).contains("重点任务" + counts.get("tasks") + "项")
                .contains("分工" + counts.get("rows") + "项")
                .contains("已完成" + counts.getOrDefault("DONE", 0) + "项")
                .contains("推进中" + counts.getOrDefault("IN_PROGRESS", 0) + "项")
                .contains("长期推进" + counts.getOrDefault("ONGOING", 0) + "项")
                .contains("滞后" + counts.getOrDefault("LAGGING", 0) + "项")
                .contains("未启动" + counts.getOrDefault("NOT_STARTED", 0) + "项")
                .contains("未报送" + counts.get("unreported") + "项")
                .doesNotContain("{");
        assertThat(counts.get("DONE")).isPositive();
        // one unit reported every task: it alone is on time, and named
        assertThat(text).contains("1个单位按时报送").contains("按时报送的单位：" + diligent + "。");

        // the table by action and project adds up to the same: its last row is the total
        Bulletin.Table items = bulletin.tables().get(0);
        List<String> total = items.rows().get(items.rows().size() - 1);
        assertThat(total.subList(0, 7)).containsExactly("合计", String.valueOf(counts.get("rows")),
                String.valueOf(counts.getOrDefault("DONE", 0)), String.valueOf(counts.getOrDefault("IN_PROGRESS", 0)),
                String.valueOf(counts.getOrDefault("ONGOING", 0)), String.valueOf(counts.getOrDefault("LAGGING", 0)),
                String.valueOf(counts.get("unreported")));
        int sum = items.rows().subList(0, items.rows().size() - 1).stream()
                .mapToInt(row -> Integer.parseInt(row.get(1))).sum();
        assertThat(sum).isEqualTo(counts.get("rows"));
        // the table by unit: the diligent unit's 按时报送率 is 100%, every unit there once
        Bulletin.Table units = bulletin.tables().get(1);
        assertThat(units.rows()).filteredOn(row -> row.get(0).equals(diligent))
                .singleElement().satisfies(row -> assertThat(row.get(7)).isEqualTo("100%"));
        // the late list: each row red or yellow, and each row past or near its deadline that its unit has not
        // reported on (grey, yet chased by the day's letters: action.1.1's silent units among them) — counted here
        // from the stored reports and deadlines
        Bulletin.Table late = bulletin.tables().get(bulletin.tables().size() - 1);
        List<ProgressTracking.Row> rows = tracking.rows(plan, round, TODAY);
        long lit = rows.stream().filter(row -> row.light().needsChasing()).count();
        List<String> silent = new ArrayList<>();
        for (ProgressTracking.Row row : rows) {
            boolean due = row.deadline().flatMap(d -> d.dueIn(TODAY.getYear()))
                    .filter(day -> !day.isAfter(TODAY.plusDays(StatusLight.DEFAULT_WARNING_DAYS))).isPresent();
            if (due && !row.unit().isCollective() && !reported(row)) {
                silent.add(row.task().title() + "/" + row.unit().name());
            }
        }
        assertThat(silent).contains(task("action.1.1").title() + "/" + rows.stream()
                .filter(row -> row.task().id().equals(task("action.1.1").id()) && !reported(row))
                .findFirst().orElseThrow().unit().name());
        assertThat(late.rows()).hasSize((int) lit + silent.size());
        List<List<String>> notReported = late.rows().stream().filter(row -> row.get(4).equals("未报送")).toList();
        assertThat(notReported).hasSize(silent.size());
        for (String entry : silent) {
            String[] taskAndUnit = entry.split("/");
            assertThat(notReported).as(entry).anySatisfy(row -> {
                assertThat(row.get(1)).endsWith(taskAndUnit[0]);
                assertThat(row.get(2)).isEqualTo(taskAndUnit[1]);
            });
        }
        assertThat(text).contains("已过或临近完成时限而未报送进展" + silent.size() + "项");
        // named with the part's number: an action's task and a project's are both （一）1. under their own part
        assertThat(late.rows()).anySatisfy(row -> assertThat(row.get(1))
                .isEqualTo("二、（一）1." + task("action.1.1").title()));
        // the charts: completion by action and project, on time by unit, one value a category
        assertThat(bulletin.charts()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bulletin.charts().get(1).categories()).hasSize(units.rows().size() - 1);
        assertThat(bulletin.charts().get(1).series().get(0).values()
                .get(bulletin.charts().get(1).categories().indexOf(diligent))).isEqualTo(100.0);
    }

    @Test
    void theUnitsChasedThatStillHaveNotReportedEverything_areNamedWithHowOften_andOneThatReportedAllIsNot() {
        String before = String.join("\n", bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame())
                .paragraphs());
        assertThat(before).doesNotContain("经催办");
        List<ProgressTracking.Row> rows = tracking.rows(plan, round, TODAY);
        Unit missing = rows.stream().filter(row -> row.report().isEmpty()).findFirst().orElseThrow().unit();
        Unit finished = rows.stream().filter(row -> row.unit().name().equals(diligent)).findFirst().orElseThrow()
                .unit();
        Chases chases = new Chases(database);
        Chases.Entry phoned = new Chases.Entry(TODAY, org.kesudesk.model.ChaseMeans.PHONE, "", "", Optional.empty());
        chases.record(plan, round, missing, phoned, "测试", TODAY);
        chases.record(plan, round, missing, phoned, "测试", TODAY);
        chases.record(plan, round, finished, phoned, "测试", TODAY);

        for (String frame : List.of(Bulletins.defaultFrame(), Bulletins.defaultFrame(round, TODAY))) {
            String text = String.join("\n", bulletins.bulletin(plan, round, TODAY, frame).paragraphs());
            assertThat(text).contains("的单位：" + diligent + "。").contains("经催办仍未全部报送的单位："
                    + missing.name() + "（催办2次）。").doesNotContain(diligent + "（催办");
        }
        // an office's own frame may say it where it likes
        assertThat(bulletins.bulletin(plan, round, TODAY, "{催办情况}").paragraphs())
                .containsExactly("经催办仍未全部报送的单位：" + missing.name() + "（催办2次）。");
    }

    @Test
    void theFrame_isTheOfficesOwn_once_kept_andAPlaceholderItDoesNotKnow_isRefusedByName() {
        String frame = "本轮{轮次}共有分工{分工数}项，已完成{已完成}项。\n一、情况\n请{未按时报送单位}抓紧补报。";
        bulletins.saveFrame(frame);
        assertThat(bulletins.frame(round, TODAY)).isEqualTo(frame);
        Bulletin bulletin = bulletins.bulletin(plan, round, TODAY, bulletins.frame(round, TODAY));
        assertThat(bulletin.paragraphs()).hasSize(3);
        assertThat(bulletin.paragraphs().get(0)).startsWith("本轮2026年上半年共有分工" + countedFromTheReports().get("rows"));

        assertThatThrownBy(() -> bulletins.bulletin(plan, round, TODAY, "完成{完成数量}项"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("{完成数量}")
                .hasMessageContaining("{已完成}");
        assertThatThrownBy(() -> bulletins.saveFrame("很长".repeat(Bulletins.FRAME_LENGTH)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("最多 2,000 个");
        assertThat(bulletins.frame(round, TODAY)).isEqualTo(frame);

        // the app's frame again: nothing of the office's kept
        bulletins.saveFrame(Bulletins.defaultFrame());
        assertThat(bulletins.frame(round, TODAY)).isEqualTo(Bulletins.defaultFrame(round, TODAY));
        bulletins.saveFrame(Bulletins.defaultFrame(round, TODAY));
        assertThat(bulletins.frame(round, round.due().plusDays(1))).isEqualTo(Bulletins.defaultFrame());
    }

    @Test
    void beforeTheDueDate_theAppsFrameSaysWhenReportsClose_andNamesTheUnitsYetToReport_notLateOnes() {
        String before = String.join("\n", bulletins.bulletin(plan, round, TODAY, bulletins.frame(round, TODAY))
                .paragraphs());
        String due = org.kesudesk.documents.NoticeHeader.chineseDate(round.due());
        assertThat(before).contains("截止日期为" + due).contains("尚未全部报送的单位：")
                .contains("要在" + due + "前报送").doesNotContain("已于").doesNotContain("未按时");
        assertThat(before).contains("1个单位已报送全部任务进展").contains("已全部报送的单位：" + diligent + "。");

        LocalDate after = round.due().plusDays(1);
        String closed = String.join("\n", bulletins.bulletin(plan, round, after, bulletins.frame(round, after))
                .paragraphs());
        assertThat(closed).contains("已于" + due + "截止").contains("未按时报送的单位：")
                .contains("按时报送的单位：" + diligent + "。");
        // on the due date itself reports are still on time
        assertThat(bulletins.frame(round, round.due())).isEqualTo(Bulletins.defaultFrame(round, TODAY));
    }

    @Test
    void aFrameFile_thatIsNoUtf8Text_orTooLarge_isRefused_beforeItIsUsed() throws Exception {
        Path gbk = folder.resolve("模板.txt");
        Files.write(gbk, "已完成{已完成}项".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThatThrownBy(() -> Bulletins.readFrame(gbk)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("不是 UTF-8");
        Path large = folder.resolve("大.txt");
        Files.write(large, new byte[1_000_000]);
        assertThatThrownBy(() -> Bulletins.readFrame(large)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("最多");
        Path bom = folder.resolve("带BOM.txt");
        Files.write(bom, ("\uFEFF已完成{已完成}项").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Bulletins.readFrame(bom)).isEqualTo("已完成{已完成}项");
    }

    @Test
    void thePdf_holdsTheFiguresAsText_andTheChartsAsVectorDrawing() throws Exception {
        Map<String, Integer> counts = countedFromTheReports();
        Bulletin bulletin = bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame());
        Path pdf = folder.resolve("通报.pdf");
        new DocumentRenderer().renderBulletin(bulletin, HEADER, plan).save(pdf, OutputFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]", "");
            assertThat(all).contains("已完成" + counts.getOrDefault("DONE", 0) + "项")
                    .contains("未报送" + counts.get("unreported") + "项")
                    .contains("附件：" + bulletin.attachment())
                    .contains("测试市人民政府办公室2026年6月1日印发");
            for (Bulletin.Table table : bulletin.tables()) {
                assertThat(all).contains(table.caption().replaceAll("[\\s\\u3000]", ""));
            }
            int chartPages = 0;
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page + 1);
                stripper.setEndPage(page + 1);
                String text = stripper.getText(document).replaceAll("[\\s\\u3000]", "");
                boolean hasChart = bulletin.charts().stream()
                        .anyMatch(chart -> text.contains(chart.caption().replaceAll("[\\s\\u3000]", "")));
                if (!hasChart) {
                    continue;
                }
                chartPages++;
                PDPage chartPage = document.getPage(page);
                // drawn, not pasted in: no image on the page, and the bars, axes and labels as paths
                for (COSName name : chartPage.getResources().getXObjectNames()) {
                    assertThat(chartPage.getResources().isImageXObject(name)).as("an image on page %d", page + 1)
                            .isFalse();
                }
                assertThat(pathOperators(chartPage)).as("paths on page %d", page + 1).isGreaterThan(200);
            }
            assertThat(chartPages).isPositive();
        }
        org.kesudesk.testsupport.DocumentPngs.save(pdf, "bulletin", 3);

        // as OFD: the same pages, their text searchable, each chart a picture
        Path ofd = folder.resolve("通报.ofd");
        new DocumentRenderer().renderBulletin(bulletin, HEADER, plan).save(ofd, OutputFormat.OFD);
        try (org.ofdrw.reader.OFDReader reader = new org.ofdrw.reader.OFDReader(ofd)) {
            String text = String.join("", new org.ofdrw.reader.ContentExtractor(reader).extractAll())
                    .replaceAll("[\\s\\u3000]", "");
            assertThat(text).contains("已完成" + counts.getOrDefault("DONE", 0) + "项")
                    .contains(bulletin.tables().get(0).caption().replaceAll("[\\s\\u3000]", ""));
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ofd.toFile())) {
                assertThat(zip.stream().filter(e -> e.getName().endsWith(".png")).count())
                        .isEqualTo(bulletin.charts().size());
            }
        }
    }

    /** The rectangles, lines and curves drawn on the page, forms included. */
    private static int pathOperators(PDPage page) throws java.io.IOException {
        int[] paths = {0};
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
            @Override
            public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                                        java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) {
                paths[0]++;
            }

            @Override
            public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
                throw new AssertionError("an image where the chart is drawn");
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
                paths[0]++;
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                paths[0]++;
            }

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return new java.awt.geom.Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws java.io.IOException {
                processPage(page);
            }
        }.run();
        return paths[0];
    }

    @Test
    void theWordFile_holdsTheTextAsParagraphs_eachTableAsOne_andTheChartsAsWordsOwnWithTheirFigures()
            throws Exception {
        Bulletin bulletin = bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame());
        Path docx = folder.resolve("通报.docx");
        new DocumentRenderer().renderBulletin(bulletin, HEADER, plan).save(docx, OutputFormat.DOCX);

        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            // (a hyphen inside "2021-2025" is Word's non-breaking one, read as U+2011)
            List<String> paragraphs = word.getParagraphs().stream().map(p -> p.getText().replace('\u2011', '-'))
                    .toList();
            int at = -1;
            for (String paragraph : bulletin.paragraphs()) {
                int found = paragraphs.subList(at + 1, paragraphs.size()).indexOf(paragraph);
                assertThat(found).as(paragraph).isNotNegative();
                at += found + 1;
            }
            // the tables first (each as one, its header row repeated), then the charts; the 版记 last
            List<XWPFTable> tables = word.getTables();
            assertThat(tables.size()).isGreaterThanOrEqualTo(bulletin.tables().size());
            for (int t = 0; t < bulletin.tables().size(); t++) {
                XWPFTable table = tables.get(t);
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getRows()).hasSize(bulletin.tables().get(t).rows().size() + 1);
                assertThat(table.getRow(1).getCell(0).getText())
                        .isEqualTo(bulletin.tables().get(t).rows().get(0).get(0));
                // a table with a note under it keeps its last row with the note: the note never alone atop a page
                boolean noted = !bulletin.tables().get(t).note().isBlank();
                String named = "table " + (t + 1) + "'s last row";
                assertThat(table.getRow(table.getNumberOfRows() - 1).getTableCells())
                        .allSatisfy(cell -> assertThat(cell.getParagraphs()).allSatisfy(paragraph ->
                                assertThat(paragraph.isKeepNext()).as(named).isEqualTo(noted)));
            }
            List<XWPFChart> charts = word.getCharts();
            assertThat(charts).hasSameSizeAs(bulletin.charts());
            for (int c = 0; c < charts.size(); c++) {
                var series = charts.get(c).getChartSeries().get(0).getSeries(0);
                Bulletin.Chart expected = bulletin.charts().get(c);
                assertThat(series.getCategoryData().getPointCount()).isEqualTo(expected.categories().size());
                for (int i = 0; i < expected.categories().size(); i++) {
                    assertThat(series.getCategoryData().getPointAt(i)).isEqualTo(expected.categories().get(i));
                    assertThat(series.getValuesData().getPointAt(i).doubleValue())
                            .isEqualTo(expected.series().get(0).values().get(i));
                }
                // as the PDF draws it: grey bars, each value at its bar's end, the axis to 100 (per cent) or past the
                // largest value, room for its figure
                var bar = ((org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.Series) series).getCTBarSer();
                assertThat(bar.getSpPr().getSolidFill().getSrgbClr().getVal()).containsExactly(0x40, 0x40, 0x40);
                assertThat(bar.getDLbls().getShowVal().getVal()).isTrue();
                assertThat(bar.getDLbls().getDLblPos().getVal())
                        .isEqualTo(org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos.OUT_END);
                double most = expected.series().get(0).values().stream().mapToDouble(Double::doubleValue).max()
                        .orElse(0);
                assertThat(charts.get(c).getAxes().stream()
                        .filter(axis -> axis instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis)
                        .findFirst().orElseThrow().getMaximum()).isGreaterThanOrEqualTo(100.0).isGreaterThan(most);
            }
            // each chart in a paragraph as tall as the chart: in one of exact spacing (the tables' 18 pt) Word, WPS
            // and LibreOffice show it cut to that line
            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> holders = word.getParagraphs().stream()
                    .filter(p -> p.getRuns().stream().anyMatch(r -> r.getCTR().sizeOfDrawingArray() > 0
                            && r.getCTR().getDrawingArray(0).xmlText().contains("drawingml/2006/chart")))
                    .toList();
            assertThat(holders).hasSameSizeAs(bulletin.charts());
            for (var holder : holders) {
                assertThat(holder.getSpacingLineRule())
                        .isEqualTo(org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
            }
        }
    }

    @Test
    void aCitysBulletin_hasATableOfItsCounties_withTheirRoundsAndReports() {
        var regions = new org.kesudesk.store.RegionRepository(database);
        org.kesudesk.model.Region city = regions.own().orElseThrow();
        List<org.kesudesk.model.Region> counties = city.countiesIn(regions.all());
        org.kesudesk.model.Region county = counties.get(0);
        PlanDocument countyPlan = org.kesudesk.testsupport.CountyPlans.derived(database, plan, county.code());
        // the county's round and two of its reports, as its exchange file would bring them
        ReportingRound countyRound = tracking.openRound(countyPlan, "2026年上半年（县）", TODAY.plusDays(30),
                Optional.empty(), Optional.empty());
        List<ProgressTracking.Row> countyRows = tracking.rows(countyPlan, countyRound, TODAY);
        for (ProgressTracking.Row row : countyRows.subList(0, 2)) {
            tracking.report(countyPlan, countyRound, row.task(), row.unit(), new ProgressTracking.Entry(
                    ProgressStatus.DONE, OptionalInt.empty(), "已完成。", "", ""), "县");
        }

        Bulletin bulletin = bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame());

        // the counties are called as they are: one district so far (Qiqihar's first county-level division)
        assertThat(county.name()).endsWith("区");
        // one county with a plan: its table captioned by its name, not 各区
        Bulletin.Table table = bulletin.tables().stream().filter(t -> t.caption().endsWith(county.name() + "报送情况"))
                .findFirst().orElseThrow();
        assertThat(table.header().get(0)).isEqualTo("区");
        // the counties with a plan here: this one
        assertThat(table.rows()).singleElement()
                .satisfies(row -> assertThat(row.subList(1, 5)).containsExactly("2026年上半年（县）",
                        String.valueOf(countyRows.size()), "2", String.valueOf(countyRows.size() - 2)));
        assertThat(table.rows().get(0).get(0)).isEqualTo(county.name());
        // one county: said of it by name
        assertThat(String.join("\n", bulletin.paragraphs())).contains(county.name() + "已报送本轮进展，责任分工报送率")
                .doesNotContain("尚未报送");
        // a second county with a plan and nothing sent, a county (县): named as behind, the two called 县（区）
        org.kesudesk.model.Region silent = counties.stream().filter(c -> c.name().endsWith("县")).findFirst()
                .orElseThrow();
        org.kesudesk.testsupport.CountyPlans.derived(database, plan, silent.code());
        assertThat(String.join("\n", bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame()).paragraphs()))
                .contains("2个已有方案的县（区）中，1个已报送本轮进展").contains("尚未报送的县（区）：" + silent.name() + "。");
        assertThat(bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame()).tables())
                .anyMatch(t -> t.caption().endsWith("各县（区）报送情况"));
        // its office chased twice: said with it
        Chases chases = new Chases(database);
        List<ProgressTracking.CountyPlan> countyPlans = tracking.countyPlans(plan, TODAY);
        for (int i = 0; i < 2; i++) {
            chases.recordCounty(plan, round, silent, countyPlans, new Chases.Entry(TODAY, org.kesudesk.model.ChaseMeans
                    .PHONE, "", "", Optional.empty()), "甲", TODAY);
        }
        assertThat(String.join("\n", bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame()).paragraphs()))
                .contains("尚未报送的县（区）：" + silent.name() + "（催办2次）。");
        // another plan than the city's own (a county's) has no county table
        Bulletin ofCounty = bulletins.bulletin(countyPlan, countyRound, TODAY, Bulletins.defaultFrame());
        assertThat(ofCounty.tables()).noneMatch(t -> t.header().contains("轮次"));
    }

    @Test
    void anIndicatorsValue_isInTheTable_andItsChartAgainstTheTarget() {
        IndicatorTracking indicators = new IndicatorTracking(database);
        IndicatorTracking.Row first = indicators.rows(plan).stream()
                .filter(row -> row.indicator().targetValue().isPresent()).findFirst().orElseThrow();
        java.math.BigDecimal target = first.indicator().targetValue().get();
        java.math.BigDecimal half = target.divide(java.math.BigDecimal.valueOf(2));
        // the round is due after the sample's period (2021—2025): its 通报 shows the period's last year
        int year = plan.plan().period().orElseThrow().lastYear();
        assertThat(round.due().getYear()).isGreaterThan(year);
        indicators.record(plan, first, year, half.toPlainString(), "统计公报", "测试");

        Bulletin bulletin = bulletins.bulletin(plan, round, TODAY, Bulletins.defaultFrame());
        Bulletin.Table table = bulletin.tables().stream().filter(t -> t.caption().contains("量化指标"))
                .findFirst().orElseThrow();
        assertThat(table.rows()).hasSize(indicators.rows(plan).size());
        List<String> row = table.rows().get(Integer.parseInt(first.reference()) - 1);
        assertThat(row.get(3)).startsWith(half.stripTrailingZeros().toPlainString());
        assertThat(row.get(5)).isEqualTo("50%");
        assertThat(row.get(6)).isEqualTo("统计公报");
        Bulletin.Chart chart = bulletin.charts().get(bulletin.charts().size() - 1);
        assertThat(chart.caption()).contains("量化指标");
        assertThat(chart.series().get(0).values()).containsExactly(50.0);
    }

    private PlanNode task(String reference) {
        return PlanReferences.resolve(plan, reference);
    }
}
