package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestPlans;

/** {@code render}: the documents of the current plan, from the command line. */
class RenderCommandTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void storeAPlan() {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
    }

    @Test
    void rendersEachDocument_asPdfAndDocx() throws IOException {
        Path notice = folder.resolve("out/通知.pdf");
        CliRun.Result result = run("--db", db.toString(), "render", "notice", "--format", "pdf", "--out", notice.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("已生成").contains("页");
        try (PDDocument pdf = Loader.loadPDF(notice.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains("甘南政办发〔2023〕7号")
                    .contains("推进校内科学教育").contains("（责任单位：县教育局、团县委）");
        }

        Path withDivision = folder.resolve("with-division.pdf");
        assertThat(run("--db", db.toString(), "render", "notice", "--with-division", "--format", "pdf", "--out",
                withDivision.toString()).exitCode()).isZero();
        try (PDDocument pdf = Loader.loadPDF(withDivision.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains("附件：任务分工表")
                    .contains("序号重点任务牵头单位责任单位");
        }

        Path division = folder.resolve("division.docx");
        assertThat(run("--db", db.toString(), "render", "division", "--format", "docx", "--out",
                division.toString()).exitCode()).isZero();
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(division));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(squeeze(text.getText())).contains("任务分工表").contains("培训科技辅导员")
                    .contains("县科协、县教育局、县融媒体中心");
        }

        Path unitList = folder.resolve("units.pdf");
        assertThat(run("--db", db.toString(), "render", "unit-list", "--unit", "县财政局", "--format", "pdf",
                "--out", unitList.toString()).exitCode()).isZero();
        try (PDDocument pdf = Loader.loadPDF(unitList.toFile())) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf))).startsWith("县财政局责任清单")
                    .contains("建设县科技馆").contains("保障经费投入");
        }
    }

    @Test
    void badInput_isExplainedInChinese_andWritesNothing() {
        Path out = folder.resolve("x.pdf");
        CliRun.Result unknownUnit = run("--db", db.toString(), "render", "unit-list", "--unit", "县不存在局", "--format", "pdf",
                "--out", out.toString());
        assertThat(unknownUnit.exitCode()).isEqualTo(1);
        assertThat(unknownUnit.err()).contains("县不存在局");

        CliRun.Result badKind = run("--db", db.toString(), "render", "letter", "--format", "pdf", "--out", out.toString());
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("notice、division、unit-list");

        CliRun.Result badFormat = run("--db", db.toString(), "render", "notice", "--format", "odt", "--out", out.toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("pdf、docx");

        CliRun.Result divisionOnAUnitList = run("--db", db.toString(), "render", "unit-list", "--with-division", "--format",
                "pdf", "--out", out.toString());
        assertThat(divisionOnAUnitList.exitCode()).isEqualTo(1);
        assertThat(divisionOnAUnitList.err()).contains("--with-division");

        CliRun.Result unitOnNotice = run("--db", db.toString(), "render", "notice", "--unit", "县财政局", "--format", "pdf",
                "--out", out.toString());
        assertThat(unitOnNotice.exitCode()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
