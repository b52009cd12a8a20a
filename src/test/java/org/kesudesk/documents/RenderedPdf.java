package org.kesudesk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;

/** The sample's documents rendered to PDF, and their glyphs read back by line, for the typesetting tests. */
final class RenderedPdf {

    private RenderedPdf() {
    }

    /** The bundled sample plan, read as the app reads it (no alias accepted). */
    static PlanDocument sample() throws IOException {
        return plan("/org/kesudesk/samples/qiqihar-2022-16.txt");
    }

    /** A plan of the test resources, read as the app reads it (no alias accepted). */
    static PlanDocument plan(String resource) throws IOException {
        try (InputStream in = RenderedPdf.class.getResourceAsStream(resource)) {
            return new PlanDocumentReader().read(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes(),
                    Optional.empty(), List.of()).document();
        }
    }

    /** The document of the plan saved as a PDF in the folder. */
    static Path render(DocumentKind kind, PlanDocument plan, Path folder) {
        Path pdf = folder.resolve(kind.templateName() + ".pdf");
        new DocumentRenderer().render(kind, plan, NoticeHeader.of(plan.plan()), Optional.empty())
                .save(pdf, OutputFormat.PDF);
        return pdf;
    }

    /** The page's glyphs that pass the filter, by baseline from the top, each line's from the left. */
    static List<List<TextPosition>> baselines(PDDocument document, int page, Predicate<TextPosition> filter)
            throws IOException {
        TreeMap<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (filter.test(text)) {
                    byBaseline.computeIfAbsent(Math.round(text.getYDirAdj() * 2), k -> new ArrayList<>()).add(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        List<List<TextPosition>> lines = new ArrayList<>();
        for (List<TextPosition> glyphs : byBaseline.values()) {
            glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
            lines.add(glyphs);
        }
        return lines;
    }

    /** The glyphs' text, in order. */
    static String text(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(glyph -> text.append(glyph.getUnicode()));
        return text.toString();
    }
}
