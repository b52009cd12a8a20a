package org.kesudesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * Prints how long the full notice of the sample plan takes as PDF: the first time in this fresh JVM (JasperReports
 * and the fonts loaded on the way), then warm, with pages per second. Not a test: run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.kesudesk.bench.DocumentBenchmark
 * -Dexec.classpathScope=test} (under Maven the JVM is not quite fresh; for the cold figure run the class with
 * {@code java -cp ...} directly, as the README shows).
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        PlanDocument plan;
        try (InputStream in = DocumentBenchmark.class.getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            plan = new PlanDocumentReader().read("sample", in.readAllBytes(), Optional.empty(), List.of()).document();
        }
        long start = System.nanoTime();
        DocumentRenderer renderer = new DocumentRenderer();
        int pages = renderPdf(renderer, plan);
        double cold = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "%-50s %8.1f ms (%d pages; JVM up %d ms)%n",
                "notice as PDF, first time in this JVM", cold, pages, ManagementFactory.getRuntimeMXBean().getUptime());

        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            renderPdf(renderer, plan);
            warm.add((System.nanoTime() - t) / 1e6);
        }
        warm.sort(Double::compare);
        double median = warm.get(warm.size() / 2);
        System.out.printf(Locale.ROOT, "%-50s %8.1f ms median, best %.1f ms, %.0f pages/s%n",
                "notice as PDF, warm (15 runs)", median, warm.get(0), pages / (median / 1000));
    }

    private static int renderPdf(DocumentRenderer renderer, PlanDocument plan) {
        RenderedDocument document = renderer.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()),
                Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out, OutputFormat.PDF);
        return document.pageCount();
    }
}
