package org.kesudesk.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.WorkspaceFixture;

class DocumentsViewModelTest {

    /** The header's fields as {@link DocumentsViewModel#headerFields} lists them. */
    private static final int MASTHEAD = 0;
    private static final int TITLE = 2;
    private static final int DATE = 6;

    @TempDir
    Path folder;
    private WorkspaceFixture fixture;
    private DocumentsViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new WorkspaceFixture(folder, TestPlans.countyPlan());
        viewModel = new DocumentsViewModel(fixture.workspace, new DocumentRenderer());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theHeaderComesFromThePlan_andRenderingShowsTheFirstPage() {
        assertThat(viewModel.docNumberProperty().get()).isEqualTo("甘南政办发〔2023〕7号");
        assertThat(viewModel.header().masthead()).isEqualTo("甘南县人民政府办公室文件");
        assertThat(viewModel.header().date()).isEqualTo("2023年3月9日");

        viewModel.render();

        assertThat(viewModel.pageCountProperty().get()).isGreaterThanOrEqualTo(2);
        assertThat(viewModel.pageIndexProperty().get()).isZero();
        // A4 (595 pt wide) at 75 % of actual size on a 96 dpi screen: one pixel a point
        assertThat(viewModel.pageProperty().get().width()).isBetween(594, 596);
        assertThat(viewModel.statusProperty().get()).contains("共").contains("页");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    /** A 文号 changed to a 函's prints the issuer's name alone as the 标志 (信函格式), and back; one typed is kept. */
    @Test
    void aLettersNumber_makesTheMastheadTheIssuerAlone_andBack() {
        assertThat(viewModel.noticeFormatProperty().get()).contains("文件格式");
        viewModel.docNumberProperty().set("甘南政办函〔2023〕7号");
        assertThat(viewModel.header().masthead()).isEqualTo("甘南县人民政府办公室");
        assertThat(viewModel.header().isLetter()).isTrue();
        assertThat(viewModel.noticeFormatProperty().get()).contains("信函格式");
        viewModel.docNumberProperty().set("甘南政办发〔2023〕7号");
        assertThat(viewModel.header().masthead()).isEqualTo("甘南县人民政府办公室文件");

        viewModel.headerFields().get(MASTHEAD).set("甘南县全民科学素质工作领导小组办公室文件");
        viewModel.docNumberProperty().set("甘南政办函〔2023〕7号");
        assertThat(viewModel.header().masthead()).as("typed, kept").isEqualTo("甘南县全民科学素质工作领导小组办公室文件");
    }

    /**
     * A county that has issued its plan keeps the notice's 文号 and 成文日期 in the plan: every later document prints
     * them (a documents window opened again shows them), the audit log says so, and 撤销 takes it back.
     */
    @Test
    void theHeaderKeptInThePlan_isWhatLaterDocumentsPrint_andUndoTakesItBack() {
        viewModel.docNumberProperty().set("甘南政办发〔2023〕12号");
        viewModel.headerFields().get(DATE).set("2023年4月1日");
        viewModel.headerFields().get(TITLE).set("甘南县人民政府办公室关于印发\n甘南县全民科学素质行动实施方案的通知");

        viewModel.keepHeader();

        assertThat(fixture.errors).isEmpty();
        assertThat(viewModel.statusProperty().get()).contains("已保存到方案");
        // this window's own line break in the title stays for the document it makes
        assertThat(viewModel.headerFields().get(TITLE).get()).contains("\n");
        org.kesudesk.model.Plan stored = new org.kesudesk.store.PlanRepository(fixture.database)
                .plan(fixture.plan().plan().id()).orElseThrow();
        assertThat(stored.docNumber()).isEqualTo("甘南政办发〔2023〕12号");
        assertThat(stored.issueDate()).contains(java.time.LocalDate.of(2023, 4, 1));
        assertThat(stored.title()).isEqualTo("甘南县人民政府办公室关于印发甘南县全民科学素质行动实施方案的通知");
        // the 印发日期 followed the 成文日期 and, left as it was shown, still does
        assertThat(stored.printedDate()).isEmpty();
        assertThat(new org.kesudesk.store.AuditLog(fixture.database).recent(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("plan.notice");
            assertThat(entry.after()).get().asString().contains("甘南政办发〔2023〕12号");
        });
        DocumentsViewModel again = new DocumentsViewModel(fixture.workspace, new DocumentRenderer());
        assertThat(again.docNumberProperty().get()).isEqualTo("甘南政办发〔2023〕12号");
        assertThat(again.header().date()).isEqualTo("2023年4月1日");
        assertThat(viewModel.header().printedDate()).as("shown as kept").isEqualTo("2023年4月1日印发");

        fixture.workspace.undo();

        assertThat(fixture.errors).isEmpty();
        assertThat(fixture.plan().plan().docNumber()).isEqualTo("甘南政办发〔2023〕7号");
        // the window still open shows what the plan says again, not the fields it kept
        assertThat(viewModel.docNumberProperty().get()).isEqualTo("甘南政办发〔2023〕7号");
        assertThat(viewModel.header().date()).isEqualTo("2023年3月9日");
        assertThat(new DocumentsViewModel(fixture.workspace, new DocumentRenderer()).header().date())
                .isEqualTo("2023年3月9日");
    }

    /** What the plan cannot keep is said, and nothing is kept: a date that is no date, a 标志 not the 署名's. */
    @Test
    void aHeaderThePlanCannotKeep_isRefusedSayingWhy_andNothingIsKept() {
        viewModel.docNumberProperty().set("甘南政办发〔2023〕12号");
        viewModel.headerFields().get(DATE).set("2023年2月30日");
        viewModel.keepHeader();
        assertThat(fixture.errors).singleElement().asString().contains("成文日期“2023年2月30日”不是日期");

        viewModel.headerFields().get(DATE).set("2023年3月9日");
        viewModel.headerFields().get(MASTHEAD).set("甘南县科学技术协会文件");
        viewModel.keepHeader();
        assertThat(fixture.errors).hasSize(2).last().asString().contains("甘南县科学技术协会文件")
                .contains("甘南县人民政府办公室文件");

        assertThat(fixture.plan().plan().docNumber()).isEqualTo("甘南政办发〔2023〕7号");
    }

    @Test
    void pagingStaysWithinTheDocument_andZoomRedrawsThePage() {
        viewModel.render();
        int pages = viewModel.pageCountProperty().get();

        viewModel.previousPage();
        assertThat(viewModel.pageIndexProperty().get()).isZero();
        viewModel.nextPage();
        assertThat(viewModel.pageIndexProperty().get()).isEqualTo(1);
        viewModel.goToPage(99);
        assertThat(viewModel.pageIndexProperty().get()).isEqualTo(pages - 1);

        int width = viewModel.pageProperty().get().width();
        viewModel.zoomIn();
        assertThat(viewModel.pageProperty().get().width()).isGreaterThan(width);
    }

    @Test
    void anEditedHeaderFieldIsWhatIsSaved_andTheSavedFileIsReported() throws IOException {
        viewModel.docNumberProperty().set("甘南政办发〔2023〕8号");
        viewModel.render();
        Path file = folder.resolve("通知.pdf");
        fixture.dialogs.saveTo = Optional.of(file);

        viewModel.save(OutputFormat.PDF);

        assertThat(viewModel.statusProperty().get()).contains(file.toString());
        // offered under the notice's own title
        assertThat(fixture.dialogs.suggestedNames).containsExactly(viewModel.header().title().replaceAll("\\R", ""));
        // the user is told where it went and offered to open it, or its folder
        assertThat(fixture.dialogs.saved).containsExactly(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("甘南政办发〔2023〕8号")
                    .doesNotContain("甘南政办发〔2023〕7号");
        }
        viewModel.resetHeader();
        assertThat(viewModel.docNumberProperty().get()).isEqualTo("甘南政办发〔2023〕7号");
    }

    /** 特急 chosen prints at the top of the first page; it is this document's: reset, or kept, it is none again. */
    @Test
    void anUrgencyChosen_isPrinted_andIsTheDocumentsAlone() throws IOException {
        assertThat(viewModel.urgencyProperty().get()).isEqualTo(org.kesudesk.model.Urgency.NONE);
        viewModel.urgencyProperty().set(org.kesudesk.model.Urgency.MOST_URGENT);
        viewModel.render();
        Path file = folder.resolve("特急通知.pdf");
        fixture.dialogs.saveTo = Optional.of(file);

        viewModel.save(OutputFormat.PDF);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf).strip()).startsWith("特急");
        }
        viewModel.resetHeader();
        assertThat(viewModel.urgencyProperty().get()).isEqualTo(org.kesudesk.model.Urgency.NONE);
        assertThat(viewModel.header().urgency()).isEqualTo(org.kesudesk.model.Urgency.NONE);
    }

    @Test
    void aTitleWithABreakTypedEarly_isPrintedWhole() throws IOException {
        String title = viewModel.headerFields().get(2).get();
        viewModel.headerFields().get(2).set(title.substring(0, 4) + "\n" + title.substring(4));
        viewModel.render();

        String text = savedPdfText("通知-标题.pdf");

        assertThat(text).contains(title.replaceAll("\\s", ""));
    }

    @Test
    void charactersTheFontsLack_areNamedWithTheirPages_beforeTheDocumentIsSaved() throws IOException {
        viewModel.render();
        assertThat(viewModel.missingCharactersProperty().get()).as("the county's plan: GB 2312 alone").isEmpty();

        // 鄠 (鄠邑区) and 埇 (埇桥区) are outside GB 2312, and outside the bundled fonts; the title heads the plan too
        viewModel.headerFields().get(2).set("关于转发鄠邑区和埇桥区科普工作经验的通知");
        viewModel.render();

        assertThat(viewModel.missingCharactersProperty().get()).contains("“鄠”（第 1、2 页）").contains("“埇”（第 1、2 页）")
                .contains("PDF").contains("Word");
        // what the message says: the PDF has the title, but not those two characters
        assertThat(savedPdfText("通知-缺字.pdf")).contains("邑区和").doesNotContain("鄠").doesNotContain("埇");
        viewModel.kindProperty().set(DocumentKind.DIVISION);
        assertThat(viewModel.missingCharactersProperty().get()).isEmpty();
    }

    @Test
    void theDivisionTable_showsTheDeadlinesAsStored_aDeadlineSetInTheWindowIncluded() throws IOException {
        org.kesudesk.model.PlanDocument plan = fixture.workspace.planProperty().get();
        org.kesudesk.model.PlanNode task = plan.items().get(0).children().get(0);
        fixture.workspace.progress().setDeadline(plan, task,
                Optional.of(new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2024, 6, 30))));
        viewModel.kindProperty().set(DocumentKind.DIVISION);
        viewModel.render();

        String text = savedPdfText("分工表.pdf");

        assertThat(text).contains("完成时限", "2024年6月底前");
    }

    /** The rendered document saved as a PDF through the view model, its text without white space. */
    private String savedPdfText(String name) throws IOException {
        Path file = folder.resolve(name);
        fixture.dialogs.saveTo = Optional.of(file);
        viewModel.save(OutputFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
    }

    @Test
    void changingTheChoiceDropsThePreview_andAUnitListCanBeForOneUnit() {
        viewModel.render();
        viewModel.kindProperty().set(DocumentKind.UNIT_LIST);
        assertThat(viewModel.documentProperty().get()).isNull();
        assertThat(viewModel.pageProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).contains("重新生成");

        viewModel.unitProperty().set("县财政局");
        viewModel.render();
        assertThat(viewModel.pageCountProperty().get()).isEqualTo(1);
        assertThat(viewModel.unitNames()).contains("县财政局", "县科协");
        assertThat(viewModel.statusProperty().get()).doesNotContain("留空");

        // every unit's lists, each on sheets of its own: the blank backs are said
        viewModel.unitProperty().set(null);
        viewModel.render();
        int blank = viewModel.documentProperty().get().blankPages();
        assertThat(blank).isPositive();
        assertThat(viewModel.statusProperty().get()).contains("其中 " + blank + " 页为双面打印留空", "勾选“单面打印”");
    }

    /**
     * On a printer that prints one side only, every unit's lists come without the blank backs; the choice drops the
     * preview, and is kept for this user: the next documents window has it.
     */
    @Test
    void printedOnOneSide_theListsHaveNoBlankBacks_andTheChoiceIsKept() {
        org.kesudesk.logic.Preferences preferences = org.kesudesk.logic.Preferences.load(folder.resolve("settings"));
        DocumentsViewModel documents = new DocumentsViewModel(fixture.workspace, new DocumentRenderer(), preferences);
        documents.kindProperty().set(DocumentKind.UNIT_LIST);
        documents.render();
        int twoSided = documents.pageCountProperty().get();
        int blank = documents.documentProperty().get().blankPages();
        assertThat(blank).isPositive();

        documents.oneSideProperty().set(true);
        assertThat(documents.documentProperty().get()).isNull();
        documents.render();

        assertThat(documents.pageCountProperty().get()).isEqualTo(twoSided - blank);
        assertThat(documents.documentProperty().get().blankPages()).isZero();
        assertThat(documents.statusProperty().get()).doesNotContain("留空");
        assertThat(new DocumentsViewModel(fixture.workspace, new DocumentRenderer(),
                org.kesudesk.logic.Preferences.load(folder.resolve("settings"))).oneSideProperty().get()).isTrue();
    }

    @Test
    void aFailureIsExplained_andTheViewIsNotLeftBusy() {
        viewModel.kindProperty().set(DocumentKind.UNIT_LIST);
        viewModel.unitProperty().set("县不存在局");

        viewModel.render();

        assertThat(fixture.errors).singleElement().asString().contains("县不存在局");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.documentProperty().get()).isNull();
    }
}
