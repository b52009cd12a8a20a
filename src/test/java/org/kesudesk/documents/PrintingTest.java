package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.print.PrinterIOException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.standard.MediaSizeName;

import net.sf.jasperreports.engine.JRException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.progress.Supervision;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.testsupport.TestPlans;

/**
 * Printing, through a real print service: the JDK's PostScript printer writing to a file (what it sends a printer),
 * read back — every page, on A4, on both sides of the sheet as GB/T 9704 prints documents.
 */
class PrintingTest {

    @TempDir
    Path folder;

    @Test
    void theUnitLists_arePrintedWhole_onA4_onBothSides() throws IOException {
        PlanDocument sample = RenderedPdf.sample();
        RenderedDocument lists = new DocumentRenderer().render(DocumentKind.UNIT_LIST, sample,
                NoticeHeader.of(sample.plan()), Optional.empty());
        // the lists leave blank backs, which are only right on a sheet printed on both sides
        assertThat(lists.blankPages()).isPositive();

        String printed = printed(lists);

        // every page, the blank ones too
        assertThat(Pattern.compile("(?m)^%%Page: ").matcher(printed).results().count()).isEqualTo(lists.pageCount());
        assertThat(printed).contains("/Duplex true");
        // A4, 210 × 297 mm, as the pages are
        Matcher size = Pattern.compile("/PageSize \\[([0-9.]+) ([0-9.]+)\\]").matcher(printed);
        assertThat(size.find()).isTrue();
        assertThat(Double.parseDouble(size.group(1)) * 25.4 / 72).isCloseTo(210, within(0.5));
        assertThat(Double.parseDouble(size.group(2)) * 25.4 / 72).isCloseTo(297, within(0.5));
    }

    /** The unit lists made for a printer that prints one side only: asked of it so, no blank page among them. */
    @Test
    void theUnitListsMadeForOneSide_arePrintedOnOneSide() throws IOException {
        PlanDocument sample = RenderedPdf.sample();
        RenderedDocument lists = new DocumentRenderer().render(DocumentKind.UNIT_LIST, sample,
                NoticeHeader.of(sample.plan()), Optional.empty(), false, java.util.Map.of(), PaperSides.ONE_SIDE);
        assertThat(lists.blankPages()).isZero();

        String printed = printed(lists);

        assertThat(Pattern.compile("(?m)^%%Page: ").matcher(printed).results().count()).isEqualTo(lists.pageCount());
        assertThat(printed).doesNotContain("/Duplex true");
    }

    /** 督办单 forms, a unit's on a page, are handed out unit by unit: printed on one side, each a sheet of its own. */
    @Test
    void supervisionForms_arePrintedOnOneSide() throws IOException {
        List<SupervisionLetter> letters = new ArrayList<>();
        for (String unit : List.of("县教育局", "县科协", "团县委")) {
            letters.add(new SupervisionLetter(unit, "2026年上半年", "测试县全民科学素质行动实施方案（2021-2025年）",
                    List.of(new SupervisionLetter.Entry("（一）1.组织开展青少年科学调查体验活动", "2026年6月30日前", "滞后",
                            "正在组织实施。")), "2026年7月10日"));
        }
        RenderedDocument forms = new DocumentRenderer().renderSupervisionForms(letters,
                Supervision.header(TestPlans.countyPlan(), LocalDate.of(2026, 6, 20), "测科督〔2026〕5号"));
        assertThat(forms.pageCount()).isEqualTo(letters.size());

        String printed = printed(forms);

        assertThat(Pattern.compile("(?m)^%%Page: ").matcher(printed).results().count()).isEqualTo(forms.pageCount());
        assertThat(printed).doesNotContain("/Duplex true");
    }

    @Test
    void aPagesPaper_isFoundWithinAMillimetre() {
        assertThat(RenderedDocument.paperOf(595, 842)).contains(MediaSizeName.ISO_A4);
        assertThat(RenderedDocument.paperOf(612, 792)).contains(MediaSizeName.NA_LETTER);
        assertThat(RenderedDocument.paperOf(500, 500)).isEmpty();
    }

    /** A desktop without CUPS's lpr: said so, naming the command, not as a failure to read or write. */
    @Test
    void aPrinterCommandMissing_isSaidSo() {
        JRException failure = new JRException("Error printing report.",
                new PrinterIOException(new IOException(
                        "Cannot run program \"/usr/bin/lpr\": error=2, No such file or directory")));
        assertThat(RenderedDocument.printFailure(failure).getMessage()).contains("/usr/bin/lpr").contains("打印命令")
                .doesNotContain("Cannot");
        assertThat(RenderedDocument.printFailure(new JRException("Error printing report."))
                .getMessage()).startsWith("打印失败：").doesNotContain("打印命令");
    }

    /** What the document sends a PostScript printer. */
    private String printed(RenderedDocument document) throws IOException {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PRINTABLE, DocFlavor.BYTE_ARRAY.POSTSCRIPT.getMimeType());
        assertThat(factories).as("the JDK prints PostScript").isNotEmpty();
        Path file = folder.resolve("printed.ps");
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamPrintService printer = factories[0].getPrintService(out);
            assertThat(document.print(printer, false)).isTrue();
        }
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }
}
