package org.kesudesk.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.model.PlanStatistics;

/**
 * Prints how long parsing takes: the sample plan (warm), and synthetic plans 10 and 100 times its size, with the
 * heap each result holds, to show that memory grows linearly; then the sample and the ×100 plan in the other
 * containers (Word paragraphs, a Word 分工 table, a PDF and an OFD of the notice — ×10 for those, whose making takes long). Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.kesudesk.parse.ParseBenchmark -Dexec.classpathScope=test}.
 */
public final class ParseBenchmark {

    private static final Pattern SECTION_LINE = Pattern.compile("(?m)^([一二三四五六七八九十]+)、");

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        byte[] sample = SampleDocumentTest.sample();
        PlanDocumentReader reader = new PlanDocumentReader();

        for (int i = 0; i < 50; i++) {
            reader.read("sample.txt", sample, Optional.empty(), List.of());
        }
        report("sample (warm, mean of 200)", sample, reader, 200);
        for (int times : new int[] {10, 100}) {
            byte[] big = synthetic(new String(sample, StandardCharsets.UTF_8), times);
            reader.read("big.txt", big, Optional.empty(), List.of());
            report("synthetic ×" + times + " (mean of 5)", big, reader, 5);
        }
        // the other containers: the same plans as Word paragraphs, as a Word 分工 table, as LibreOffice paragraphs,
        // as a PDF of the notice and
        // of its 分工表
        for (int times : new int[] {1, 100}) {
            String text = new String(times == 1 ? sample : synthetic(new String(sample, StandardCharsets.UTF_8), times),
                    StandardCharsets.UTF_8);
            ParseReport plan = reader.read("plan.txt", text.getBytes(StandardCharsets.UTF_8), Optional.empty(), List.of());
            String name = times == 1 ? "sample" : "synthetic ×" + times;
            int runs = times == 1 ? 100 : 3;
            container(name + " as .docx paragraphs", "plan.docx", Containers.docxParagraphs(text), reader, runs);
            container(name + " as a .docx 分工 table", "plan.docx", Containers.docxTable(text, plan), reader, runs);
            container(name + " as .odt paragraphs", "plan.odt", Containers.odtParagraphs(text), reader, runs);
            if (times <= 10) {
                container(name + " as a PDF of the notice", "plan.pdf", Containers.pdf(plan), reader, runs);
                container(name + " as the app's PDF 分工表", "division.pdf",
                        Containers.division(plan.document(), org.kesudesk.documents.OutputFormat.PDF), reader, runs);
                container(name + " as the app's OFD 分工表", "division.ofd",
                        Containers.division(plan.document(), org.kesudesk.documents.OutputFormat.OFD), reader, runs);
                container(name + " as an OFD of the notice", "plan.ofd",
                        Containers.notice(plan, org.kesudesk.documents.OutputFormat.OFD), reader, runs);
            }
        }
        // a body naming no units, its 分工 in the attachment: the same plan again with its units, each task found by
        // its title (the figures say how many of the plan's assignments were read)
        for (int times : new int[] {1, 100}) {
            String text = new String(times == 1 ? sample : synthetic(new String(sample, StandardCharsets.UTF_8), times),
                    StandardCharsets.UTF_8);
            int whole = PlanStatistics.of(reader.read("plan.txt", text.getBytes(StandardCharsets.UTF_8),
                    Optional.empty(), List.of()).document()).assignments();
            byte[] attached = unitsInTheAttachment(text);
            String name = (times == 1 ? "sample" : "synthetic ×" + times) + ", units in its 附件";
            container(name, "plan.txt", attached, reader, times == 1 ? 100 : 3);
            System.out.printf(Locale.ROOT, "%-44s %d of the %d assignments read%n", "", PlanStatistics.of(
                    reader.read("plan.txt", attached, Optional.empty(), List.of()).document()).assignments(), whole);
        }
        byte[] tenTimes = synthetic(new String(sample, StandardCharsets.UTF_8), 10);
        ParseReport tenTimesPlan = reader.read("plan.txt", tenTimes, Optional.empty(), List.of());
        container("synthetic ×10 as a PDF of the notice", "plan.pdf", Containers.pdf(tenTimesPlan), reader, 3);
        container("synthetic ×10 as the app's PDF 分工表", "division.pdf",
                Containers.division(tenTimesPlan.document(), org.kesudesk.documents.OutputFormat.PDF), reader, 3);
        container("synthetic ×10 as the app's OFD 分工表", "division.ofd",
                Containers.division(tenTimesPlan.document(), org.kesudesk.documents.OutputFormat.OFD), reader, 3);
        container("synthetic ×10 as an OFD of the notice", "plan.ofd",
                Containers.notice(tenTimesPlan, org.kesudesk.documents.OutputFormat.OFD), reader, 3);
        // the plan at the content limits (2,000 units named 100,000 times), in this JVM, warm: what a rule run on every
        // mention of every name costs shows here, apart from the limits benchmark's JVMs and database
        org.kesudesk.model.PlanDocument atLimits = org.kesudesk.bench.LimitsBenchmark.planAtLimits(
                org.kesudesk.bench.LimitsBenchmark.TASKS_PER_ITEM);
        container("the plan at the limits as text", "plan.txt", org.kesudesk.bench.LimitsBenchmark.document(atLimits)
                .getBytes(StandardCharsets.UTF_8), reader, 3);
        java.nio.file.Path workbook = java.nio.file.Files.createTempFile("kesudesk-parse-bench", ".xlsx");
        try {
            org.kesudesk.bench.LimitsBenchmark.xlsx(workbook, atLimits);
            container("the plan at the limits as an .xlsx 分工表", "plan.xlsx", java.nio.file.Files.readAllBytes(workbook),
                    reader, 3);
        } finally {
            java.nio.file.Files.deleteIfExists(workbook);
        }
    }

    /** A unit list in brackets, as the sample writes them: （牵头单位：…） (责任单位：…). */
    private static final Pattern UNIT_LIST = Pattern.compile("[（(](?:牵头单位|责任单位)[：:][^）)]*[）)]");

    /** The plan with its body's unit lists taken out, and the plan as it was attached after it (附件, then itself). */
    private static byte[] unitsInTheAttachment(String text) {
        java.util.regex.Matcher firstSection = SECTION_LINE.matcher(text);
        int body = firstSection.find() ? firstSection.start() : 0;
        int tail = text.lastIndexOf("\n抄送");
        String plan = text.substring(body, tail);
        return (text.substring(0, body) + UNIT_LIST.matcher(plan).replaceAll("") + "\n附件\n\n任务分工\n\n" + plan
                + text.substring(tail)).getBytes(StandardCharsets.UTF_8);
    }

    private static void container(String name, String file, byte[] document, PlanDocumentReader reader, int runs) {
        for (int i = 0; i < Math.min(runs, 10); i++) {
            reader.read(file, document, Optional.empty(), List.of());
        }
        long start = System.nanoTime();
        ParseReport report = null;
        for (int i = 0; i < runs; i++) {
            report = reader.read(file, document, Optional.empty(), List.of());
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "%-44s %8.1f KB  %6d tasks  %9.2f ms (warm, mean of %d)%n", name,
                document.length / 1024.0, PlanStatistics.of(report.document()).tasks(), millis, runs);
    }

    private static void report(String name, byte[] document, PlanDocumentReader reader, int runs) {
        long start = System.nanoTime();
        ParseReport report = null;
        for (int i = 0; i < runs; i++) {
            report = reader.read("plan.txt", document, Optional.empty(), List.of());
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        long retained = retainedBytes(reader, document, Math.max(1, 100 / stats(report)));
        PlanStatistics stats = PlanStatistics.of(report.document());
        System.out.printf(Locale.ROOT, "%-30s %8.1f KB  %6d tasks  %9.2f ms  %9.0f KB held by the result%n",
                name, document.length / 1024.0, stats.tasks(), millis, retained / 1024.0);
    }

    /** The size of the document in hundreds of tasks, at least 1. */
    private static int stats(ParseReport report) {
        return Math.max(1, PlanStatistics.of(report.document()).tasks() / 100);
    }

    /**
     * Heap held by one parse result: {@code copies} results are held at once (so that small ones rise above the
     * collector's noise), and the growth of the heap in use is divided among them.
     */
    private static long retainedBytes(PlanDocumentReader reader, byte[] document, int copies) {
        long before = usedAfterGc();
        List<ParseReport> held = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            held.add(reader.read("plan.txt", document, Optional.empty(), List.of()));
        }
        long after = usedAfterGc();
        if (held.size() != copies) {
            throw new IllegalStateException("keeps the results alive until here");
        }
        return Math.max(0, after - before) / copies;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * The sample's notice with its action and project sections repeated {@code times} times (renumbered), then
     * its safeguards and 版记: a plan of the same shape, {@code times} times as large.
     */
    static byte[] synthetic(String sample, int times) {
        int actions = sample.indexOf("二、聚焦重点人群");
        int safeguards = sample.indexOf("四、强化保障措施");
        String head = sample.substring(0, actions);
        String repeated = sample.substring(actions, safeguards);
        String tail = sample.substring(safeguards);
        StringBuilder out = new StringBuilder(head);
        int section = 1;
        for (int i = 0; i < times; i++) {
            Matcher m = SECTION_LINE.matcher(repeated);
            StringBuilder block = new StringBuilder();
            while (m.find()) {
                section++;
                m.appendReplacement(block, ChineseNumerals.format(section) + "、");
            }
            m.appendTail(block);
            out.append(block);
        }
        out.append(SECTION_LINE.matcher(tail).replaceFirst(ChineseNumerals.format(section + 1) + "、"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
