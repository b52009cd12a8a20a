package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.read;
import static org.kesudesk.parse.SampleDocumentTest.sample;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Files that are not plans fail with a clear Chinese message that names the line, never with a stack trace. */
class BadDocumentTest {

    /** Empty, whatever it is named (an attachment saved before it came, a copy that failed). */
    @Test
    void anEmptyFile() {
        for (String name : java.util.List.of("empty.txt", "空.odt", "空.docx", "空.pdf", "空.xlsx")) {
            assertThatThrownBy(() -> read(name, new byte[0]))
                    .isInstanceOf(PlanParseException.class)
                    .hasMessageContaining("文件是空的");
        }
    }

    /**
     * Cut short in the copying (half the file, as a USB stick pulled out or a mail's attachment broken off leaves
     * it): said so, whichever kind of document it was.
     */
    @Test
    void aDocumentCutShort_isSaidToBeIncomplete() {
        for (String fixture : java.util.List.of("styles/libreoffice-sample-notice.odt",
                "styles/libreoffice-outline-numbered.docx")) {
            byte[] whole = SampleDocumentTest.bytes(fixture);
            String name = "半" + fixture.substring(fixture.lastIndexOf('.'));
            assertThatThrownBy(() -> read(name, java.util.Arrays.copyOf(whole, whole.length / 2)))
                    .isInstanceOf(PlanParseException.class)
                    .hasMessageContaining(name + " 不完整（文件在复制、下载或发送中被截断）");
        }
    }

    /**
     * A scan or a photograph of the notice (whatever its name), and the notice mailed in an archive with its 附件 (a
     * .zip of files, a .rar, a .7z): each said to be what it is, with what to do instead.
     */
    @Test
    void aPictureOrAnArchive_isSaidToBeOne() throws java.io.IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        for (java.util.Map.Entry<String, byte[]> picture : java.util.Map.of("通知.jpg", jpeg, "扫描件.png", png,
                "通知.txt", jpeg).entrySet()) {
            assertThatThrownBy(() -> read(picture.getKey(), picture.getValue())).isInstanceOf(PlanParseException.class)
                    .hasMessageContaining(picture.getKey() + " 是图片（扫描件或照片）").hasMessageContaining("OCR");
        }
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("关于印发实施方案的通知.docx"));
            out.write(SampleDocumentTest.bytes("styles/libreoffice-outline-numbered.docx"));
            out.putNextEntry(new java.util.zip.ZipEntry("附件：任务分工表.pdf"));
            out.write("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] rar = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 1, 2, 3};
        byte[] sevenZip = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4};
        for (java.util.Map.Entry<String, byte[]> archive : java.util.Map.of("附件.zip", zip.toByteArray(),
                "附件.rar", rar, "附件.7z", sevenZip).entrySet()) {
            assertThatThrownBy(() -> read(archive.getKey(), archive.getValue())).isInstanceOf(PlanParseException.class)
                    .hasMessageContaining(archive.getKey() + " 是压缩包").hasMessageContaining("请先解压");
        }
        // a zip says what it holds, so that the user knows which file to take out
        assertThatThrownBy(() -> read("附件.zip", zip.toByteArray())).hasMessageContaining(
                "里面有：关于印发实施方案的通知.docx、附件：任务分工表.pdf");
        // an exchange file packed to pass a mail gateway: unpacked, it goes to the exchange
        assertThatThrownBy(() -> read("富裕县.zip", zip("readme.txt", "科素通-富裕县至齐齐哈尔市-2026-12-05.kesu")))
                .isInstanceOf(PlanParseException.class)
                .hasMessageContaining("富裕县.zip 是压缩包，里面有科素通的数据交换文件 科素通-富裕县至齐齐哈尔市-2026-12-05.kesu")
                .hasMessageContaining("导入交换文件");
        // a text starting as a bitmap's two letters is still a text
        assertThatThrownBy(() -> read("BM.txt", "BMI 指数\n没有方案".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanParseException.class).hasMessageNotContaining("图片");
    }

    /**
     * Another office's exchange file opened as a plan document (picked with 导入方案文件, or renamed by a mail program
     * to .zip): said to be one, with where it goes; a zip whose first entry is no manifest stays an archive.
     */
    @Test
    void anExchangeFile_isSaidToBeOne_whateverItsName() throws java.io.IOException {
        byte[] exchange = zip("manifest.json", "manifest.sig", "plan.json");
        for (String name : java.util.List.of("给富裕县.kesu", "给富裕县.kesu.zip", "给富裕县.kesu.txt")) {
            assertThatThrownBy(() -> read(name, exchange)).isInstanceOf(PlanParseException.class)
                    .hasMessageContaining(name + " 是科素通的数据交换文件").hasMessageContaining("导入交换文件")
                    .hasMessageContaining("exchange import");
        }
        assertThatThrownBy(() -> read("附件.zip", zip("plan.json", "manifest.json")))
                .isInstanceOf(PlanParseException.class).hasMessageContaining("附件.zip 是压缩包");
    }

    /** A zip of these entries, each holding a little JSON, in this order. */
    private static byte[] zip(String... entries) throws java.io.IOException {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            for (String entry : entries) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry));
                out.write("{}".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return zip.toByteArray();
    }

    /** Named as a document the app reads (LibreOffice's, WPS's) and holding none: its name and content said apart. */
    @Test
    void aFileNamedAsADocument_holdingNone() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (String name : java.util.List.of("乱码.odt", "乱码.wps")) {
            assertThatThrownBy(() -> read(name, noise)).isInstanceOf(PlanParseException.class)
                    .hasMessageContaining(name + " 的扩展名是 " + name.substring(2) + "，但内容不是这种文件");
        }
        assertThatThrownBy(() -> read("乱码.txt", noise)).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("这不是文本文件");
    }

    @Test
    void aBinaryFile() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[0] = 'x';
        binary[1] = '\n';
        binary[2] = 0;

        assertThatThrownBy(() -> read("picture.txt", binary))
                .isInstanceOf(PlanParseException.class)
                .hasMessageContaining("不是文本文件")
                .hasMessageContaining("第 2 行")
                .asInstanceOf(InstanceOfAssertFactories.type(PlanParseException.class))
                .extracting(PlanParseException::line).isEqualTo(2);
    }

    @Test
    void textWithNoPlanInIt() {
        byte[] letter = "各位同事：\n\n下周一上午九点开会，请准时参加。\n\n办公室\n2024年5月6日\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read("letter.txt", letter))
                .isInstanceOf(PlanParseException.class)
                .hasMessageContaining("没有找到实施方案的结构");
    }

    @Test
    void aDocumentCutOffInTheMiddleOfASentence_isReadAsFarAsItGoes_andSaysWhereItStops() {
        String text = new String(sample(), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("深化中小学科学课程教育改革") + 8);
        int lastLine = (int) cut.lines().count();

        ParseReport report = read("cut.txt", cut.getBytes(StandardCharsets.UTF_8));

        assertThat(report.cutOff()).hasValueSatisfying(warning -> {
            assertThat(warning.line()).isEqualTo(lastLine);
            assertThat(warning.message().text()).contains("不完整").contains("句子没有结束");
        });
        assertThat(report.warnings()).contains(report.cutOff().get());
        // what it holds: the first action, its first task, and the second task as far as it goes
        assertThat(report.document().items()).hasSize(1);
        assertThat(report.document().items().get(0).children()).hasSize(2);
        assertThat(report.document().items().get(0).children().get(1).text()).endsWith("深化中小学科学课程教育改革".substring(0, 8));
    }

    @Test
    void aDocumentCutOffInsideAUnitList_keepsTheNamesItHas_butNotTheOneThatMayBeCut() {
        String text = new String(sample(), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("市委宣传部、市教育局、团市委") + 9);

        ParseReport report = read("cut.txt", cut.getBytes(StandardCharsets.UTF_8));

        assertThat(report.cutOff()).hasValueSatisfying(warning ->
                assertThat(warning.message().text()).contains("单位列表缺少结尾的括号"));
        assertThat(report.document().items().get(0).children().get(0).carriedOutBy())
                .extracting(org.kesudesk.model.Unit::name).containsExactly("市委宣传部");
    }

    @Test
    void aWholeDocumentIsNotCutOff() {
        assertThat(read("sample.txt", sample()).cutOff()).isEmpty();
    }

    @Test
    void textInAnEncodingThatIsNeitherUtf8NorGb18030_whenForced() {
        byte[] latin = "一、".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PlanDocumentReader().read("plan.txt", latin,
                java.util.Optional.of(StandardCharsets.US_ASCII), java.util.List.of()))
                .isInstanceOf(PlanParseException.class)
                .hasMessageContaining("无法按 US-ASCII 编码读取文件（第 1 行）");
    }

    /**
     * A Word or Excel file locked with a password to open it (用密码进行加密): a .docx or .xlsx encrypted in a compound
     * file, a .doc or .xls by its own encryption — said so by name, with what to do, not called damaged.
     */
    @Test
    void aWordOrExcelFileLockedWithAPassword_isSaidToBeOne() throws Exception {
        byte[] docx;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = new java.io.ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("关于印发某市全民科学素质行动实施方案的通知");
            document.write(out);
            docx = out.toByteArray();
        }
        byte[] lockedDocx = encrypted(docx);
        byte[] xls;
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("分工表").createRow(0).createCell(0).setCellValue("重点任务");
            withPassword(() -> workbook.write(out));
            xls = out.toByteArray();
        }

        byte[] doc;
        try (var document = new org.apache.poi.hwpf.HWPFDocument(new java.io.ByteArrayInputStream(
                SampleDocumentTest.bytes("styles/division-table.doc"))); var out = new java.io.ByteArrayOutputStream()) {
            withPassword(() -> document.write(out));
            doc = out.toByteArray();
        }

        for (var locked : java.util.Map.of("方案.docx", lockedDocx, "分工表.xlsx", lockedDocx, "加密的方案", lockedDocx,
                "分工表.xls", xls, "方案.doc", doc).entrySet()) {
            assertThatThrownBy(() -> read(locked.getKey(), locked.getValue())).as(locked.getKey())
                    .isInstanceOf(PlanParseException.class)
                    .hasMessageContaining(locked.getKey() + " 设有打开密码").hasMessageContaining("删除密码");
        }
    }

    /** What writes a file. */
    private interface Writing {
        void write() throws java.io.IOException;
    }

    /** Writes a Word 97 or Excel 97 file encrypted with a password to open it, as those programs do. */
    private static void withPassword(Writing writing) throws java.io.IOException {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("123456");
        try {
            writing.write();
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** An Office file encrypted with a password to open it, as Word and Excel write one. */
    private static byte[] encrypted(byte[] office) throws Exception {
        try (var fileSystem = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             var out = new java.io.ByteArrayOutputStream()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (java.io.OutputStream data = encryptor.getDataStream(fileSystem)) {
                data.write(office);
            }
            fileSystem.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBrokenWordDocument() {
        byte[] notReallyDocx = "PK\u0003\u0004 this is not a zip".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read("plan.docx", notReallyDocx))
                .isInstanceOf(PlanParseException.class)
                .hasMessageContaining("无法读取这个 Word 文档");
    }

    /**
     * LibreOffice's formats told by their content whatever their name: a spreadsheet without its sheets is damaged
     * (its texts and sheets are read: {@link OpenDocumentTextTest}, {@link OpenDocumentSpreadsheetTest}); a
     * presentation is no plan, and the message says what to import instead.
     */
    @Test
    void anOpenDocumentFile_isNamedSo_withWhatToSaveItAs() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("odf");
        try {
            java.nio.file.Path ods = folder.resolve("分工表.ods");
            org.kesudesk.testsupport.Workbooks.openDocument(ods, "application/vnd.oasis.opendocument.spreadsheet",
                    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
            byte[] sheet = java.nio.file.Files.readAllBytes(ods);
            // a spreadsheet is read (OpenDocumentSpreadsheetTest); one with no sheets is said to be damaged
            for (String name : java.util.List.of("分工表.ods", "分工表.xlsx")) {
                assertThatThrownBy(() -> read(name, sheet)).isInstanceOf(PlanParseException.class)
                        .hasMessageContaining(name + " 不是完好的 OpenDocument 文件");
            }
            java.nio.file.Path odp = folder.resolve("汇报.odp");
            org.kesudesk.testsupport.Workbooks.openDocument(odp, "application/vnd.oasis.opendocument.presentation",
                    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
            assertThatThrownBy(() -> read("汇报.odp", java.nio.file.Files.readAllBytes(odp)))
                    .isInstanceOf(PlanParseException.class).hasMessageContaining("不是方案文件");
        } finally {
            org.apache.commons.io.FileUtils.deleteDirectory(folder.toFile());
        }
    }
}
