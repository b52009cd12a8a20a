package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;

/**
 * What a document is called where its title shows — a PDF reader's title bar, the printer's queue (the print job is
 * named the same): the notice by its title, the division and the lists by the plan's name, one unit's list by it.
 */
class DocumentNamesTest {

    @TempDir
    Path folder;

    @Test
    void eachDocument_isCalledWhatItIs() throws IOException {
        PlanDocument sample = RenderedPdf.sample();
        NoticeHeader header = NoticeHeader.of(sample.plan());
        String plan = sample.plan().name().strip();

        assertThat(title(DocumentKind.NOTICE, sample, header, Optional.empty())).isEqualTo(header.title())
                .startsWith("齐齐哈尔市人民政府办公室关于印发").endsWith("的通知");
        assertThat(title(DocumentKind.DIVISION, sample, header, Optional.empty())).isEqualTo(plan + "任务分工表");
        assertThat(title(DocumentKind.UNIT_LIST, sample, header, Optional.empty())).isEqualTo(plan + "单位责任清单");
        assertThat(title(DocumentKind.UNIT_LIST, sample, header, Optional.of("市教育局"))).isEqualTo("市教育局责任清单");
    }

    private String title(DocumentKind kind, PlanDocument plan, NoticeHeader header, Optional<String> unit)
            throws IOException {
        Path pdf = folder.resolve(kind.name() + unit.orElse("") + ".pdf");
        new DocumentRenderer().render(kind, plan, header, unit).save(pdf, OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getDocumentInformation().getTitle();
        }
    }
}
