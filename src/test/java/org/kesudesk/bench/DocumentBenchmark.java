package org.kesudesk.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * Prints how long the full notice of the sample plan takes as PDF, as Word (DOCX) and as OFD: the first time in a
 * fresh JVM of the installed app's options for each format (JasperReports and the fonts loaded on the way), then
 * warm in this one, with pages per second. Targets: the PDF 3 s cold and 0.15 s warm; Word and OFD each within 1.5
 * times the PDF's. Not a test: run with {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.kesudesk.bench.DocumentBenchmark -Dexec.classpathScope=test}.
 */
public final class DocumentBenchmark {

    private static final List<OutputFormat> FORMATS = List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.OFD);

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 1) {
            // one cold run, in the JVM the benchmark started for it
            PlanDocument plan = sample();
            long start = System.nanoTime();
            int pages = render(new DocumentRenderer(), plan, OutputFormat.valueOf(args[0]));
            System.out.printf(Locale.ROOT, "%.1f %d %d%n", (System.nanoTime() - start) / 1e6, pages,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            return;
        }
        Map<OutputFormat, Double> cold = new EnumMap<>(OutputFormat.class);
        for (OutputFormat format : FORMATS) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Djava.awt.headless=true"));
            command.addAll(InstalledJvm.OPTIONS);
            command.addAll(List.of("-cp", BenchClassPath.of(DocumentBenchmark.class),
                    DocumentBenchmark.class.getName(), format.name()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String last = "";
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.matches("[0-9.]+ [0-9]+ [0-9]+")) {
                        last = line;
                    }
                }
            }
            process.waitFor();
            String[] figures = last.split(" ");
            cold.put(format, Double.parseDouble(figures[0]));
            System.out.printf(Locale.ROOT, "%-50s %8.1f ms (%s pages; JVM up %s ms)%n",
                    "notice as " + format + ", first time in a fresh JVM", cold.get(format), figures[1], figures[2]);
        }

        PlanDocument plan = sample();
        DocumentRenderer renderer = new DocumentRenderer();
        Map<OutputFormat, Double> warm = new EnumMap<>(OutputFormat.class);
        for (OutputFormat format : FORMATS) {
            int pages = render(renderer, plan, format);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long t = System.nanoTime();
                render(renderer, plan, format);
                times.add((System.nanoTime() - t) / 1e6);
            }
            times.sort(Double::compare);
            double median = times.get(times.size() / 2);
            warm.put(format, median);
            System.out.printf(Locale.ROOT, "%-50s %8.1f ms median, best %.1f ms, %.0f pages/s%n",
                    "notice as " + format + ", warm (15 runs)", median, times.get(0), pages / (median / 1000));
        }
        for (OutputFormat format : List.of(OutputFormat.DOCX, OutputFormat.OFD)) {
            System.out.printf(Locale.ROOT, "%-50s cold %.2f×, warm %.2f× (target 1.5×)%n",
                    format + " against PDF", cold.get(format) / cold.get(OutputFormat.PDF),
                    warm.get(format) / warm.get(OutputFormat.PDF));
        }
    }

    private static PlanDocument sample() throws IOException {
        try (InputStream in = DocumentBenchmark.class.getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            return new PlanDocumentReader().read("sample", in.readAllBytes(), Optional.empty(), List.of()).document();
        }
    }

    /** The notice rendered and written in the format (to memory), as a save does: its pages. */
    private static int render(DocumentRenderer renderer, PlanDocument plan, OutputFormat format) {
        RenderedDocument document = renderer.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()),
                Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out, format);
        return document.pageCount();
    }
}
