package org.kesudesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.kesudesk.cli.Cli;
import org.kesudesk.logic.AppDirectories;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/**
 * The worst inputs within the content limits, and just beyond them, through each channel a file comes in by: a
 * plan document as text and as Word, an exchange file, a ledger, a backup. Each is run as the command line runs it,
 * in a JVM of its own with a heap of 512 MB, and the time the command takes (the JVM's start left out) and the
 * heap it used at most are printed. The plan at the limits has 20,000 nodes less a few, 2,000 units, five units a
 * task, every task 300 characters and a hundred of them 20,000. The JVMs run as the installed app's does
 * ({@link InstalledJvm}: its options, a jar, a class-data archive). Targets: each refused or imported in under 5 s,
 * within 512 MB. Not a test: run with {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.kesudesk.bench.LimitsBenchmark -Dexec.classpathScope=test}.
 */
public final class LimitsBenchmark {

    private static final String HEAP = "-Xmx512m";
    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final int SECTIONS = 2;
    private static final int ITEMS = 10;
    public static final int TASKS_PER_ITEM = (ContentLimits.NODES - SECTIONS - SECTIONS * ITEMS) / (SECTIONS * ITEMS);

    private static List<String> jvm;

    private LimitsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            // the county's file with its 佐证材料 again, on the city's database of a run as it was before
            Path folder = Path.of(args[0]);
            jvm = installedJvm(folder);
            Path again = folder.resolve("city-again");
            org.kesudesk.files.Folders.deleteTree(again);
            BenchFolders.copyTree(folder.resolve("city-before-evidence"), again);
            System.out.println(run("county file, " + EVIDENCE_FILES + " 佐证材料 (100 MB), imported", "--db",
                    again.resolve("kesudesk").toString(), "exchange", "import",
                    folder.resolve("from-fuyu.kesu").toString()));
            return;
        }
        Path folder = BenchFolders.temporary("kesudesk-limits-bench");
        jvm = installedJvm(folder);
        PlanDocument atLimits = planAtLimits(TASKS_PER_ITEM);
        Path text = Files.writeString(folder.resolve("at-limits.txt"), document(atLimits), StandardCharsets.UTF_8);
        Path word = docx(folder.resolve("at-limits.docx"), document(atLimits));
        Path writer = org.kesudesk.testsupport.OpenDocuments.paragraphs(folder.resolve("at-limits.odt"),
                document(atLimits));
        Path workbook = xlsx(folder.resolve("at-limits.xlsx"), atLimits);
        Path calc = org.kesudesk.testsupport.Workbooks.asOds(workbook, folder.resolve("at-limits.ods"));
        Path oldWorkbook = xls(folder.resolve("at-limits.xls"), atLimits);
        Path page = html(folder.resolve("at-limits.html"), atLimits);
        Path overNodes = Files.writeString(folder.resolve("over-nodes.txt"),
                document(planAtLimits(TASKS_PER_ITEM + 1)), StandardCharsets.UTF_8);
        Path overUnits = Files.writeString(folder.resolve("over-units.txt"), document(atLimits).replaceFirst(
                "（责任单位：", "（责任单位：" + manyUnits(100_000) + "、"), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "the plan at the limits: %,d nodes, %,d units; as text %.1f MB, as Word %.1f MB"
                + "%n", nodes(atLimits), ContentLimits.UNITS, Files.size(text) / 1e6, Files.size(word) / 1e6);

        String city = folder.resolve("city").resolve("kesudesk").toString();
        String county = folder.resolve("county").resolve("kesudesk").toString();
        String empty = folder.resolve("empty").resolve("kesudesk").toString();
        Path exchangeFile = folder.resolve("to-fuyu.kesu");
        Path ledger = folder.resolve("台账.xlsx");
        Path backup = folder.resolve("backup.zip");
        System.out.printf(Locale.ROOT, "%-48s %5s %9s %12s%n", "input", "exit", "time", "heap at most");
        // what every command costs before it reads anything: a JVM's classes loaded, the database opened and checked
        System.out.println(run("no input: a new database made (first start)", "--db", city, "plan", "list"));
        System.out.println(run("no input: plan list on that database", "--db", city, "plan", "list"));
        System.out.println(run("text plan at the limits, imported", "--db", city, "plan", "import", text.toString(),
                "--accept-aliases", "--region", "230200"));
        System.out.println(run("Word plan at the limits, read (--dry-run)", "--db", empty, "plan", "import", word.toString(),
                "--dry-run"));
        System.out.printf(Locale.ROOT, "(the .odt: %.1f MB)%n", Files.size(writer) / 1e6);
        System.out.println(run("LibreOffice .odt plan at the limits, read (--dry-run)", "--db", empty, "plan", "import",
                writer.toString(), "--dry-run"));
        System.out.println(run("分工表 .xlsx at the limits, read (--dry-run)", "--db", empty, "plan", "import",
                workbook.toString(), "--dry-run"));
        System.out.printf(Locale.ROOT, "(the .ods: %.1f MB)%n", Files.size(calc) / 1e6);
        System.out.println(run("分工表 .ods at the limits, read (--dry-run)", "--db", empty, "plan", "import",
                calc.toString(), "--dry-run"));
        System.out.printf(Locale.ROOT, "(the .xls: %.1f MB)%n", Files.size(oldWorkbook) / 1e6);
        System.out.println(run("分工表 .xls at the limits, read (--dry-run)", "--db", empty, "plan", "import",
                oldWorkbook.toString(), "--dry-run"));
        System.out.printf(Locale.ROOT, "(the web page: %.1f MB)%n", Files.size(page) / 1e6);
        System.out.println(run("分工表 web page at the limits, read (--dry-run)", "--db", empty, "plan", "import",
                page.toString(), "--dry-run"));
        System.out.println(run("text plan, 20,001+ nodes, refused", "--db", empty, "plan", "import", overNodes.toString()));
        System.out.println(run("text plan, 100,000 units on a line, refused", "--db", empty, "plan", "import",
                overUnits.toString()));
        quiet("--db", city, "plan", "derive", "--region", "230227");
        quiet("--db", city, "exchange", "export", "--region", "230227", "--out", exchangeFile.toString());
        quiet("--db", county, "region", "own", "230227");
        System.out.println(run("exchange file at the limits, imported", "--db", county, "exchange", "import",
                exchangeFile.toString(), "--trust-new-key"));
        quiet("--db", county, "exchange", "ledger-export", "--out", ledger.toString());
        System.out.println(run("ledger at the limits, read (--dry-run)", "--db", county, "exchange", "ledger-import",
                ledger.toString(), "--dry-run"));
        quiet("--db", county, "db", "backup", "--out", backup.toString());
        System.out.println(run("backup at the limits, restored", "--db", empty, "db", "restore", backup.toString()));
        System.out.printf(Locale.ROOT, "exchange file %.1f MB, ledger %.1f MB, backup %.1f MB%n",
                Files.size(exchangeFile) / 1e6, Files.size(ledger) / 1e6, Files.size(backup) / 1e6);
        // the county's file back to the city with its progress and the most 佐证材料 one file carries
        Path withFiles = countyFileWithEvidence(folder, county);
        Path key = folder.resolve("county.key");
        quiet("--db", county, "key", "export", "--out", key.toString());
        quiet("--db", city, "key", "import", key.toString());
        BenchFolders.copyTree(folder.resolve("city"), folder.resolve("city-before-evidence"));
        System.out.println(run("county file, " + EVIDENCE_FILES + " 佐证材料 (100 MB), imported", "--db", city,
                "exchange", "import", withFiles.toString()));
        System.out.printf(Locale.ROOT, "(the county's file: %.1f MB)%n", Files.size(withFiles) / 1e6);
        System.out.println(BenchFolders.again(folder) + " (the county's file alone)");
    }

    /** Files attached by the county's units in the file of {@link #countyFileWithEvidence}: its limit of entries. */
    private static final int EVIDENCE_FILES = 5_000;

    /**
     * The county reports on 5,000 tasks in a round, each report with a photograph attached (20,900 bytes each, 100 MB
     * in all: what one file carries at most), and exports its file to the city. Not timed.
     */
    private static Path countyFileWithEvidence(Path folder, String county) throws IOException {
        Path photos = Files.createDirectories(folder.resolve("photos"));
        java.util.Random random = new java.util.Random(7);
        try (org.kesudesk.store.Database database = org.kesudesk.store.Database.open(Path.of(county))) {
            org.kesudesk.logic.progress.ProgressTracking tracking =
                    new org.kesudesk.logic.progress.ProgressTracking(database);
            PlanDocument plan = org.kesudesk.logic.PlanChoice.open(database, Optional.empty());
            org.kesudesk.model.ReportingRound round = tracking.openRound(plan, "2026年上半年",
                    java.time.LocalDate.now().plusDays(20), Optional.empty(), Optional.empty());
            List<PlanNode> tasks = new ArrayList<>();
            plan.forEachNode(node -> {
                if (node.kind().isTask()) {
                    tasks.add(node);
                }
            });
            for (int i = 0; i < EVIDENCE_FILES; i++) {
                byte[] photo = new byte[20_900];
                random.nextBytes(photo);
                photo[0] = (byte) 0xFF;
                photo[1] = (byte) 0xD8;
                photo[2] = (byte) 0xFF;
                Path file = Files.write(photos.resolve("照片" + i + ".jpg"), photo);
                PlanNode task = tasks.get(i);
                tracking.report(plan, round, task, task.carriedOutBy().get(0),
                        new org.kesudesk.logic.progress.ProgressTracking.Entry(
                                org.kesudesk.model.ProgressStatus.IN_PROGRESS, java.util.OptionalInt.empty(),
                                "已开展活动。", "", ""), "县纲要办", List.of(file));
            }
        }
        Path file = folder.resolve("from-fuyu.kesu");
        quiet("--db", county, "exchange", "export", "--region", "230200", "--out", file.toString());
        return file;
    }

    /** The plan at the limits: sections of items of tasks, each task carried out by five of 2,000 units. */
    public static PlanDocument planAtLimits(int tasksPerItem) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < ContentLimits.UNITS; i++) {
            units.add(Unit.create("县第" + (i + 1) + "号科学技术普及工作单位", i + 1));
        }
        String longText = "科".repeat(ContentLimits.TEXT - 100);
        String shortText = "推进科学教育，开展科普活动，".repeat(20);
        List<PlanNode> sections = new ArrayList<>();
        int number = 0;
        for (int s = 0; s < SECTIONS; s++) {
            List<PlanNode> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                List<PlanNode> tasks = new ArrayList<>();
                for (int t = 0; t < tasksPerItem; t++) {
                    number++;
                    List<Assignment> responsible = new ArrayList<>();
                    for (int u = 0; u < 5; u++) {
                        responsible.add(Assignment.create(units.get((number * 5 + u) % units.size()),
                                Role.RESPONSIBLE));
                    }
                    String text = (number % 200 == 0 ? longText : shortText) + "。";
                    tasks.add(new PlanNode(UUID.randomUUID(), NodeKind.TASK, String.valueOf(t + 1),
                            "第" + number + "项任务", text, responsible, List.of(), List.of(), 1));
                }
                items.add(new PlanNode(UUID.randomUUID(), s == 0 ? NodeKind.ACTION : NodeKind.PROJECT,
                        NUMERALS[i + 1], "第" + (i + 1) + "项行动",
                        "目标。", List.of(Assignment.create(units.get(i), Role.LEAD)), List.of(), tasks, 1));
            }
            sections.add(new PlanNode(UUID.randomUUID(), NodeKind.SECTION,
                    NUMERALS[s + 2], s == 0 ? "实施提升行动" : "实施重点工程",
                    "", List.of(), List.of(), items, 1));
        }
        return new PlanDocument(new org.kesudesk.model.Plan(UUID.randomUUID(), Optional.empty(), Optional.empty(),
                org.kesudesk.model.PlanNotice.NONE, "", "", 1), List.of(), sections);
    }

    /** The plan as a notice in the usual style, as an office would write it (see the sample). */
    public static String document(PlanDocument plan) {
        StringBuilder text = new StringBuilder();
        text.append("测政办发〔2026〕1号\n\n测试市人民政府办公室关于印发测试市科学素质行动实施方案的通知\n\n")
                .append("各县（市）、区人民政府，市政府各直属单位：\n")
                .append("    现将《测试市科学素质行动实施方案》印发给你们，请认真贯彻落实。\n\n")
                .append("测试市人民政府办公室\n2026年1月5日\n\n测试市科学素质行动实施方案\n\n")
                .append("一、指导思想和工作目标\n    到2025年，公民具备科学素质的比例达到12.5%。\n");
        for (PlanNode section : plan.sections()) {
            text.append(section.label()).append("、").append(section.title()).append('\n');
            for (PlanNode item : section.children()) {
                text.append("（").append(item.label()).append("）").append(item.title()).append("。")
                        .append(item.text()).append("（牵头单位：").append(names(item.leadUnits())).append("）\n");
                for (PlanNode task : item.children()) {
                    text.append(task.label()).append(".").append(task.title()).append("。").append(task.text())
                            .append("（责任单位：").append(names(task.responsibleUnits())).append("）\n");
                }
            }
        }
        return text.append("\n抄送：市委办公室。\n测试市人民政府办公室 2026年1月5日印发\n").toString();
    }

    private static String names(List<Unit> units) {
        return String.join("、", units.stream().map(Unit::name).toList());
    }

    private static String manyUnits(int count) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < count; i++) {
            names.append(i == 0 ? "" : "、").append("县单位").append(i);
        }
        return names.toString();
    }

    private static Path docx(Path file, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        return file;
    }

    /** The plan as a 任务分工表 workbook: a title, the header, a row a section and an item, a row a task. */
    public static Path xlsx(Path file, PlanDocument plan) throws IOException {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            workbook(file, plan, book);
            book.dispose();
        }
        return file;
    }

    /** The same as a web page's table, as a site publishes one: a row a section and an item, a row a task. */
    private static Path html(Path file, PlanDocument plan) throws IOException {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<h2>测试市科学素质行动实施方案任务分工表</h2><table border=\"1\"><tr><th>序号</th><th>重点任务</th>"
                + "<th>牵头单位</th><th>责任单位</th></tr>\n");
        int number = 0;
        for (PlanNode section : plan.sections()) {
            page.append("<tr><td colspan=\"4\"><p>").append(section.label()).append('、').append(section.title())
                    .append("</p></td></tr>\n");
            for (PlanNode item : section.children()) {
                page.append("<tr><td colspan=\"4\"><p>（").append(item.label()).append('）').append(item.title())
                        .append("</p></td></tr>\n");
                for (PlanNode task : item.children()) {
                    page.append("<tr><td>").append(++number).append("</td><td><p>").append(task.title()).append('。')
                            .append(task.text()).append("</p></td><td><p>").append(names(item.leadUnits()))
                            .append("</p></td><td><p>").append(names(task.responsibleUnits())).append("</p></td></tr>\n");
                }
            }
        }
        page.append("</table></body></html>");
        return Files.writeString(file, page, StandardCharsets.UTF_8);
    }

    /** The same as an Excel 97–2003 workbook, as older Excel and WPS save one. */
    private static Path xls(Path file, PlanDocument plan) throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            workbook(file, plan, book);
        }
        return file;
    }

    private static void workbook(Path file, PlanDocument plan, org.apache.poi.ss.usermodel.Workbook book)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("分工");
            int[] next = {0};
            java.util.function.Consumer<String[]> row = cells -> {
                org.apache.poi.ss.usermodel.Row r = sheet.createRow(next[0]++);
                for (int c = 0; c < cells.length; c++) {
                    r.createCell(c).setCellValue(cells[c]);
                }
            };
            row.accept(new String[] {"测试市科学素质行动实施方案任务分工表"});
            row.accept(new String[] {"序号", "重点任务", "牵头单位", "责任单位"});
            int number = 0;
            for (PlanNode section : plan.sections()) {
                row.accept(new String[] {section.label() + "、" + section.title()});
                for (PlanNode item : section.children()) {
                    row.accept(new String[] {"（" + item.label() + "）" + item.title()});
                    for (PlanNode task : item.children()) {
                        row.accept(new String[] {String.valueOf(++number), task.title() + "。" + task.text(),
                                names(item.leadUnits()), names(task.responsibleUnits())});
                    }
                }
            }
            book.write(out);
        }
    }

    private static int nodes(PlanDocument plan) {
        int[] count = {0};
        plan.forEachNode(node -> count[0]++);
        return count[0];
    }

    /**
     * The JVM every command runs in, as installed, with a 512 MB heap; its class-data archive made as the installer
     * makes it where no display can be had: by {@code region list} on a new database.
     */
    private static List<String> installedJvm(Path folder) throws IOException, InterruptedException {
        return InstalledJvm.command(folder, LimitsBenchmark.class, true,
                List.of(HEAP, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"),
                List.of("org.kesudesk.Launcher", "--db", folder.resolve("training").resolve("kesudesk").toString(),
                        "region", "list"));
    }

    /** Runs a command line in a JVM of its own; one line of figures. */
    private static String run(String what, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvm);
        command.add(Case.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String result = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        process.waitFor();
        if (result.isEmpty()) {
            return String.format(Locale.ROOT, "%-48s failed (exit %d; out of memory?)", what, process.exitValue());
        }
        String[] figures = result.split(" ");
        return String.format(Locale.ROOT, "%-48s %5s %7s ms %9s MB%n    %s", what, figures[1], figures[2],
                figures[3], String.join(" ", java.util.Arrays.copyOfRange(figures, 4, figures.length)));
    }

    private static void quiet(String... args) {
        BenchCommands.quiet(args);
    }

    /**
     * One command in this JVM: its exit code, the milliseconds it took, the heap used at most, its message. Logging
     * is set up as the installed app's Launcher sets it up (a log file, configured in code), not from logback.xml.
     */
    public static final class Case {
        public static void main(String[] args) throws IOException {
            System.setProperty(org.kesudesk.Launcher.LOG_FOLDER_PROPERTY,
                    BenchFolders.temporary("kesudesk-limits-log").toString());
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int exit = Cli.run(args, new PrintWriter(java.io.Writer.nullWriter()), new PrintWriter(err), Map.of(),
                    AppDirectories.forCurrentUser(), request -> Optional.empty());
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            String message = err.toString().lines().findFirst().orElse("");
            System.out.printf(Locale.ROOT, "RESULT %d %d %d %s%n", exit, millis, peak >> 20,
                    message.length() > 90 ? message.substring(0, 90) + "…" : message);
            System.exit(0);
        }
    }
}
