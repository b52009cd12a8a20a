package org.kesudesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of a rendered PDF as PNGs under target/documents, as PDFBox draws them, for a person to look at. */
public final class DocumentPngs {

    private DocumentPngs() {
    }

    /** The first page, the pages (from 1) named, and the last, as {@code name-pageN.png}. */
    public static void save(Path pdf, String name, int... pages) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "documents"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            SortedSet<Integer> chosen = new TreeSet<>();
            chosen.add(1);
            chosen.add(document.getNumberOfPages());
            for (int page : pages) {
                chosen.add(page);
            }
            for (int page : chosen) {
                if (page >= 1 && page <= document.getNumberOfPages()) {
                    ImageIO.write(renderer.renderImageWithDPI(page - 1, 110), "png",
                            folder.resolve(name + "-page" + page + ".png").toFile());
                }
            }
        }
    }
}
