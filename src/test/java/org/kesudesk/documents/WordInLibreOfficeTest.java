package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * The notice's Word file as LibreOffice lays it out (converted to PDF with the office font names mapped to the
 * bundled Fandol fonts by a fontconfig file) against the app's own PDF: the same number of pages and the same first
 * line on every page. Needs LibreOffice Writer: run by {@code bash .ci/libreoffice}, which installs it if missing;
 * left out of the default test run (tag {@code libreoffice}). A PNG of LibreOffice's first page goes to
 * target/documents.
 */
@Tag("libreoffice")
class WordInLibreOfficeTest {

    /** The Word names of the fonts and the bundled faces they stand for. */
    private static final Map<String, String> FONTS = Map.of("仿宋_GB2312", "FandolFangGrid", "方正小标宋简体",
            "FandolSong:style=Bold", "黑体", "FandolHei", "楷体_GB2312", "FandolKai", "宋体", "FandolSong");

    @TempDir
    Path folder;

    @Test
    void theNoticeWithItsDivisionTable_pagesAsTheAppsPdf() throws Exception {
        PlanDocument plan = sample();
        DocumentRenderer renderer = new DocumentRenderer();
        RenderedDocument notice = renderer.render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()),
                Optional.empty(), true);
        Path pdf = folder.resolve("app.pdf");
        Path docx = folder.resolve("notice.docx");
        notice.save(pdf, OutputFormat.PDF);
        notice.save(docx, OutputFormat.DOCX);

        Path converted = libreOffice(docx);

        List<String> appLines = firstLines(pdf);
        List<String> officeLines = firstLines(converted);
        savePng(converted);
        List<String> differing = new ArrayList<>();
        for (int page = 0; page < Math.min(appLines.size(), officeLines.size()); page++) {
            if (!appLines.get(page).equals(officeLines.get(page))) {
                differing.add((page + 1) + ": " + appLines.get(page) + " | " + officeLines.get(page));
            }
        }
        assertThat(differing).as("pages whose first line differs (app | LibreOffice), of %d and %d pages",
                appLines.size(), officeLines.size()).isEmpty();
        assertThat(officeLines).as("pages").hasSameSizeAs(appLines);
    }

    /**
     * The offices' own 仿宋_GB2312 is a full 3号 wide, a little wider than the grid's cell (15.79 pt), where the
     * bundled grid face is cut to the cell: with such a face (FandolSong's full-width characters here), LibreOffice
     * still sets the text 28 characters a line, as Word and the app's PDF do. It gives a character wider than a cell
     * two cells: the text stood at 14 characters a line and the notice ran to twice its pages.
     */
    @Test
    void withAFullWidthFangsong_theTextKeepsTwentyEightCharactersALine() throws Exception {
        PlanDocument plan = sample();
        RenderedDocument notice = new DocumentRenderer().render(DocumentKind.NOTICE, plan,
                NoticeHeader.of(plan.plan()), Optional.empty(), false);
        Path pdf = folder.resolve("app.pdf");
        Path docx = folder.resolve("full-width.docx");
        notice.save(pdf, OutputFormat.PDF);
        notice.save(docx, OutputFormat.DOCX);
        Map<String, String> fonts = new java.util.HashMap<>(FONTS);
        fonts.put("仿宋_GB2312", "FandolSong");

        Path converted = libreOffice(docx, fonts);

        // a paragraph of Chinese text only (LibreOffice breaks a number range inside, the app before it): its lines
        String opening = "（一）指导思想。以习近平";
        List<String> appLines = paragraphLines(pdf, opening);
        List<String> officeLines = paragraphLines(converted, opening);
        assertThat(appLines).as("the paragraph's lines in the app's PDF").hasSizeGreaterThan(2);
        assertThat(officeLines).as("its first lines in LibreOffice").isEqualTo(appLines);
        try (PDDocument app = Loader.loadPDF(pdf.toFile());
             PDDocument office = Loader.loadPDF(converted.toFile())) {
            assertThat(office.getNumberOfPages()).as("pages in LibreOffice")
                    .isBetween(app.getNumberOfPages() - 1, app.getNumberOfPages() + 1);
        }
    }

    /** The lines of the paragraph that starts with the given text, without spaces, from where it starts. */
    private static List<String> paragraphLines(Path pdf, String opening) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new PDFTextStripper() {
                {
                    setSortByPosition(true);
                }
            }.getText(document).lines().map(line -> line.replaceAll("[\\s\\u3000]", ""))
                    .filter(line -> !line.isEmpty()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(opening)) {
                    return lines.subList(i, Math.min(lines.size(), i + 4));
                }
            }
            return List.of();
        }
    }

    /** The 版记's last line in LibreOffice: the 印发机关 and the whole 印发日期 on it, above the page number. */
    @Test
    void theColophonsDate_staysOnItsLine() throws Exception {
        PlanDocument plan = sample();
        NoticeHeader header = NoticeHeader.of(plan.plan());
        Path docx = folder.resolve("colophon.docx");
        new DocumentRenderer().render(DocumentKind.NOTICE, plan, header, Optional.empty()).save(docx,
                OutputFormat.DOCX);
        try (PDDocument document = Loader.loadPDF(libreOffice(docx).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(document.getNumberOfPages());
            List<String> lines = stripper.getText(document).lines()
                    .map(line -> line.replaceAll("[\\s\\u3000]", "")).filter(line -> !line.isEmpty()).toList();
            assertThat(lines).as("the last page's lines").anySatisfy(line -> assertThat(line)
                    .isEqualTo(header.printedBy() + header.printedDate()));
            assertThat(lines.get(lines.size() - 1)).as("the page number last").matches("—\\d+—");
        }
    }

    /**
     * 督办通知单 for several units in one Word file, as LibreOffice lays it out: each letter from an odd page (the front
     * of a sheet), its pages numbered from 1, its 版记 on its own last page.
     */
    @Test
    void lettersToSeveralUnits_eachOnSheetsOfItsOwn_numberedFrom1_itsColophonOnItsLastPage() throws Exception {
        List<SupervisionLetter> letters = new ArrayList<>();
        int[] tasks = {1, 12, 2, 25};
        for (int u = 0; u < tasks.length; u++) {
            List<SupervisionLetter.Entry> entries = new ArrayList<>();
            for (int i = 1; i <= tasks[u]; i++) {
                entries.add(new SupervisionLetter.Entry("（一）" + i + ".组织开展青少年科学调查体验活动和科技创新大赛",
                        "2026年6月30日前", "滞后", "已完成活动方案的制定，正在组织实施，受场地所限进度滞后。"));
            }
            letters.add(new SupervisionLetter("测试单位" + (u + 1), "2026年上半年",
                    "测试市全民科学素质行动实施方案（2021-2025年）", entries, "2026年7月10日"));
        }
        NoticeHeader header = new NoticeHeader("测试市人民政府办公室文件", "", "", "", "", "测试市人民政府办公室",
                "2026年6月1日", "", "", "测试市人民政府办公室", "2026年6月1日印发");
        Path docx = folder.resolve("letters.docx");
        new DocumentRenderer().renderSupervision(letters, header, sample()).save(docx, OutputFormat.DOCX);

        List<Integer> starts = new ArrayList<>();
        List<Integer> colophons = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(libreOffice(docx).toFile())) {
            int number = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines()
                        .map(line -> line.replaceAll("[\\s\\u3000]", "")).filter(line -> !line.isEmpty()).toList();
                if (lines.isEmpty()) {
                    // the blank back of a letter's odd last page
                    continue;
                }
                if (lines.stream().anyMatch(line -> line.matches("测试单位\\d+："))) {
                    starts.add(page);
                    number = 0;
                }
                number++;
                assertThat(lines.get(lines.size() - 1)).as("page %d's number", page).isEqualTo("—" + number + "—");
                if (lines.stream().anyMatch(line -> line.endsWith(header.printedDate()))) {
                    colophons.add(page);
                }
            }
            assertThat(starts).hasSize(letters.size()).allSatisfy(page -> assertThat(page % 2).isOne());
            // each letter's 版记 on the page before the next letter's first (or its blank back), the last on the last
            assertThat(colophons).hasSize(letters.size());
            for (int l = 0; l < letters.size(); l++) {
                int end = l + 1 < starts.size() ? starts.get(l + 1) : document.getNumberOfPages() + 1;
                assertThat(colophons.get(l)).as("letter %d's 版记", l + 1).isBetween(starts.get(l), end - 1)
                        .isGreaterThanOrEqualTo(end - 2);
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"齐齐哈尔市人民政府办公室文件",
            "齐齐哈尔市全民科学素质工作领导小组办公室文件"})
    void aSmallerMasthead_keepsItsTopEdge_andTheDocNumberFollowsIt(String masthead) throws Exception {
        PlanDocument plan = sample();
        NoticeHeader sample = NoticeHeader.of(plan.plan());
        float scale = 288f / 72f;
        List<PageHead> heads = new ArrayList<>();
        List<Float> tops = new ArrayList<>();
        for (String name : List.of("乙市科协文件", masthead)) {
            NoticeHeader header = new NoticeHeader(name, sample.docNumber(), sample.title(), sample.addressees(),
                    sample.noticeBody(), sample.signature(), sample.date(), sample.annotation(), sample.copiedTo(),
                    sample.printedBy(),
                    sample.printedDate());
            Path docx = folder.resolve("head-" + heads.size() + ".docx");
            new DocumentRenderer().render(DocumentKind.NOTICE, plan, header, Optional.empty()).save(docx,
                    OutputFormat.DOCX);
            try (PDDocument document = Loader.loadPDF(libreOffice(docx).toFile())) {
                java.awt.image.BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 288);
                int top = 0;
                while (PageHead.redRunLength(page, top) == 0) {
                    top++;
                }
                tops.add(top / scale * 25.4f / 72f);
                heads.add(PageHead.of(page, scale));
            }
        }
        // 初号 (乙市科协文件) and the smaller size both with their top 35 mm below the 版心's (72 mm from the paper's),
        // the 发文字号 as far below the smaller one's ink as below 初号's
        assertThat(tops).allSatisfy(top -> assertThat(top).as("the 标志's top, mm").isBetween(71f, 73f));
        assertThat(heads.get(1).docNumberTop() - heads.get(1).mastheadBottom()).as("标志 to 发文字号, pt")
                .isCloseTo(heads.get(0).docNumberTop() - heads.get(0).mastheadBottom(),
                        org.assertj.core.data.Offset.offset(1f));
    }

    /** The sample plan, read as the app reads it. */
    private PlanDocument sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            return new PlanDocumentReader().read("qiqihar-2022-16.txt", in.readAllBytes(), Optional.empty(),
                    List.of()).document();
        }
    }

    /** The Word file converted to PDF by LibreOffice, headless, with the fonts mapped and a profile of its own. */
    private Path libreOffice(Path docx) throws IOException, InterruptedException {
        return libreOffice(docx, FONTS);
    }

    /** …with the Word font names mapped to the bundled faces given. */
    private Path libreOffice(Path docx, Map<String, String> faces) throws IOException, InterruptedException {
        Path fonts = Path.of("target", "classes", "fonts").toAbsolutePath();
        StringBuilder config = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig>\n  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n  <dir>" + fonts
                + "</dir>\n  <cachedir>" + folder.resolve("fontcache") + "</cachedir>\n");
        faces.forEach((word, bundled) -> {
            String[] face = bundled.split(":style=");
            config.append("  <match target=\"pattern\"><test name=\"family\"><string>").append(word)
                    .append("</string></test><edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>")
                    .append(face[0]).append("</string></edit>");
            if (face.length > 1) {
                config.append("<edit name=\"style\" mode=\"assign\" binding=\"strong\"><string>").append(face[1])
                        .append("</string></edit>");
            }
            config.append("</match>\n");
        });
        config.append("</fontconfig>\n");
        Path fontsConf = Files.writeString(folder.resolve("fonts.conf"), config, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(folder.resolve("office"));
        ProcessBuilder builder = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                out.toString(), docx.toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile());
        builder.environment().put("FONTCONFIG_FILE", fontsConf.toString());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        String name = docx.getFileName().toString();
        Path converted = out.resolve(name.substring(0, name.length() - ".docx".length()) + ".pdf");
        assertThat(converted).as(Files.readString(folder.resolve("soffice.log"))).exists();
        return converted;
    }

    /** The first line of text on each page, without spaces (the page number is at the foot, not first). */
    private static List<String> firstLines(Path pdf) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                lines.add(stripper.getText(document).lines().map(line -> line.replaceAll("[\\s\\u3000]", ""))
                        .filter(line -> !line.isEmpty()).findFirst().orElse(""));
            }
        }
        return lines;
    }

    private static void savePng(Path pdf) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "documents"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png",
                    target.resolve("notice-docx-libreoffice-page1.png").toFile());
        }
    }
}
