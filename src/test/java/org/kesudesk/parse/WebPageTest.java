package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;

/**
 * A notice saved from the web page a government site publishes it on: the page's own lines around it (its name,
 * menus, path, index of fields, buttons, footer), scripts, a declared or undeclared Chinese encoding, a 分工表 as an
 * HTML table with merged cells. Read as the same plan as the text.
 */
class WebPageTest {

    @Test
    void aNoticesPage_inGbkWithThePagesOwnLinesAroundIt_readsAsTheNotice_itsNumberFromThePagesFieldIndex() {
        // written by hand as such sites write their pages (charset gb2312 declared, the body's paragraphs indented
        // by styles and no-break spaces, a line break inside a unit list); the notice is styles/labelled.txt
        ParseReport report = read("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知.html",
                bytes("web/yishi-notice.html"));

        assertThat(report.encoding()).isEqualTo("HTML");
        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("styles/expected.txt")
                .replace("docNumber: \n", "docNumber: 乙政办发〔2026〕3号\n"));
        // nothing of the page's own is in the plan: no menu, no script, no footer
        String everything = PlanOutline.of(report.document()) + report.document().plan().goalText()
                + report.document().plan().noticeBody();
        assertThat(everything).doesNotContain("首页", "政务公开", "统计", "_hmt", "版权", "ICP", "打印本页", "人事信息");
        report.document().forEachNode(node -> assertThat(node.text()).doesNotContain("主办", "分享到", "document"));
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.noDocNumber", "parse.warning.noDate");

        // the title set over two lines, as a site does a long one: both are the title, none of the page's lines
        String twoLines = new String(bytes("web/yishi-notice.html"), Charset.forName("GB18030"))
                .replace("乙市全民科学素质行动实施方案的通知</h1>", "乙市全民<br />科学素质行动实施方案的通知</h1>");
        assertThat(read("notice.html", twoLines.getBytes(Charset.forName("GB18030"))).document().plan().title())
                .isEqualTo("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知");
    }

    @Test
    void aNoticeCopiedFromAnArticle_itsHeadingsAndLabelsDecorated_readsAsTheNotice_withoutTheArticlesLines() {
        // a 公众号's repost, copied out of the article: 原创 line, ▍/■/● before headings and labels, a blank line
        // between paragraphs, 阅读原文/微信扫一扫/滑动看下一个 after; the notice is styles/labelled.txt
        ParseReport report = read("公众号文章.txt", bytes("web/yishi-wechat.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("styles/expected.txt"));
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .containsExactly("parse.warning.noDocNumber");
        String everything = PlanOutline.of(report.document()) + report.document().plan().noticeBody()
                + report.document().plan().goalText();
        StringBuilder texts = new StringBuilder(everything);
        report.document().forEachNode(node -> texts.append(node.title()).append(node.text()));
        assertThat(texts.toString()).doesNotContain("原创", "发表于", "阅读原文", "微信", "公众号", "滑动", "▍", "■", "●");

        // the article's page saved from a browser: its content hidden until its script runs, its name, date,
        // 阅读原文 and QR code's lines around it
        ParseReport page = read("公众号文章.html", bytes("web/yishi-wechat.html"));
        assertThat(PlanOutline.of(page.document())).isEqualTo(expectedOutline("styles/expected.txt"));
        assertThat(page.warnings()).extracting(w -> w.message().key()).containsExactly("parse.warning.noDocNumber");
    }

    @Test
    void aMarkBeforeALineThatIsNoHeadingOrLabel_isTheOfficesWording_andStays() {
        assertThat(TextCleaner.clean("▍（一）青少年科学素质提升行动")).isEqualTo("（一）青少年科学素质提升行动");
        assertThat(TextCleaner.clean("| 二、实施提升行动")).isEqualTo("二、实施提升行动");
        assertThat(TextCleaner.clean("◆⑴组织田间学校")).isEqualTo("（1）组织田间学校");
        assertThat(TextCleaner.clean("● 责任单位：市科协")).isEqualTo("责任单位：市科协");
        assertThat(TextCleaner.clean("★ 全民科学素质，你我共参与！")).isEqualTo("★ 全民科学素质，你我共参与！");
        assertThat(TextCleaner.clean("● 开展科普讲座。")).isEqualTo("● 开展科普讲座。");
        assertThat(TextCleaner.clean("○二一年")).isEqualTo("○二一年");
        // an article's lines: short ones only; a plan's sentence that names a 公众号 is the plan's
        assertThat(TextCleaner.isPageChrome("原创 乙市科协 乙市科协 2026-04-03 09:30 发表于黑龙江")).isTrue();
        assertThat(TextCleaner.isPageChrome("点击“阅读原文”查看更多")).isTrue();
        assertThat(TextCleaner.isPageChrome("原创科普作品创作大赛")).isFalse();
        assertThat(TextCleaner.isPageChrome("建好用好“科普乙市”微信公众号，开设科学辟谣、应急科普等栏目，每年推送科普文章"
                + "不少于200篇，关注人数达到10万人。")).isFalse();
    }

    @Test
    void aWordDocumentSavedAsAWebPage_keepsTheNumbersWordWritesForItsLists() {
        // as Word writes 另存为网页 (*.htm): the numbers 一、 1. of its lists inside <![if !supportLists]>, spans of
        // no-break spaces after them, <o:p>, a WordSection div; the first part of styles/labelled.txt
        ParseReport report = read("方案.htm", bytes("web/word-saved.htm"));

        assertThat(nodes(PlanOutline.of(report.document())))
                .isEqualTo(nodes(expectedOutline("styles/expected.txt")).subList(0, 4));
        assertThat(report.document().plan().title()).isEqualTo("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知");
        assertThat(report.document().plan().issueDate()).contains(java.time.LocalDate.of(2026, 4, 1));
    }

    /**
     * The same page of a Word file whose list levels draw their bare values (一 and 1, Word's tab written as spaces
     * after them): numbered all the same, read as typed with 一、 and 1. — the tasks were the section's text.
     */
    @Test
    void aWordPageOfListsDrawingBareNumbers_readsAsTheNumbersTyped() {
        String page = new String(bytes("web/word-saved.htm"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(mso-list:Ignore'>[一二]|mso-list:Ignore'>\\d)[、.]", "$1");
        assertThat(page).contains("mso-list:Ignore'>一<").contains("mso-list:Ignore'>2<");

        ParseReport report = read("方案.htm", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(nodes(PlanOutline.of(report.document())))
                .isEqualTo(nodes(expectedOutline("styles/expected.txt")).subList(0, 4));
    }

    /**
     * LibreOffice Writer 7.4's web page of a notice whose tasks are numbered lists: the numbers are the browser's to
     * draw (an ordered list, one going on at 2 after a paragraph between its tasks); its headings' are in the text.
     */
    @Test
    void orderedListsSavedByLibreOffice_readWithTheNumbersABrowserDraws() {
        ParseReport report = read("方案.html", bytes("web/libreoffice-ordered-lists.html"));

        assertThat(nodes(PlanOutline.of(report.document()))).isEqualTo(nodes(expectedOutline("styles/expected.txt")));
        assertThat(report.warnings()).noneMatch(warning -> warning.toString().contains("没有序号，已作为任务"));
    }

    /**
     * Each list numbered as a browser shows it: a start, an item's value numbering on from it, letters, Chinese
     * numerals for the Chinese list styles (一、), no number for none or bullets, and none drawn before an item that
     * has its number typed in it.
     */
    @Test
    void orderedListsOfEveryKind_numberedAsABrowserShowsThem() {
        String page = "<html><body><ol style=\"list-style-type: cjk-ideographic\"><li>总体要求</li><li>行动</li></ol>"
                + "<ol start=\"3\"><li>甲</li><li value=\"7\"><b>乙</b></li><li>丙</li></ol>"
                + "<ol type=\"a\"><li>子</li></ol><ol style=\"list-style: inside upper-roman\"><li>罗马</li></ol>"
                + "<ol style=\"list-style-type:none\"><li>无号</li></ol><ul><li>圆点</li></ul>"
                + "<ol><li>1.已有序号</li><li><span>（二）已有序号</span></li></ol></body></html>";

        assertThat(HtmlText.content("列表.html", page.getBytes(StandardCharsets.UTF_8), java.util.Optional.empty(),
                java.util.Optional.empty()).lines().stream().map(SourceLine::text).toList())
                .containsExactly("一、总体要求", "二、行动", "3.甲", "7.乙", "8.丙", "a.子", "I.罗马", "无号", "圆点",
                        "1.已有序号", "（二）已有序号");
    }

    @Test
    void aPageServedAsADotDoc_isReadAsThePageItIs_andRtfSoNamedIsRefusedSayingWhatToDo() {
        // sites serve pages named .doc, and Word saves a page or RTF under that name too
        ParseReport page = read("通知.html", bytes("web/yishi-notice.html"));
        ParseReport doc = read("通知.doc", bytes("web/yishi-notice.html"));
        assertThat(doc.encoding()).isEqualTo("HTML");
        assertThat(PlanOutline.of(doc.document())).isEqualTo(PlanOutline.of(page.document()));

        byte[] rtf = "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}}\\f0 \\'d2\\'d2}"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> read("附件.doc", rtf)).isInstanceOf(PlanParseException.class)
                .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).contains("RTF", "另存为 .docx"));
    }

    @Test
    void aPageThatDeclaresNoEncoding_isReadInTheOneItIsIn() {
        String page = new String(bytes("web/yishi-notice.html"), Charset.forName("GB18030"))
                .replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />", "");
        assertThat(page).doesNotContain("charset");
        ParseReport declared = read("notice.html", bytes("web/yishi-notice.html"));

        for (Charset charset : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_8)) {
            // named without .html too: a page is told by how it starts
            ParseReport undeclared = read("通知", page.getBytes(charset));
            assertThat(PlanOutline.of(undeclared.document())).as(charset.name())
                    .isEqualTo(PlanOutline.of(declared.document()));
        }
    }

    @Test
    void aDivisionTableOnAPage_withItsItemsMergedDownAColumn_readsByItsRows() {
        // rowspan for the items, colspan for the sections, cells of paragraphs and line breaks, a header in thead
        ParseReport report = read("分工表.html", bytes("web/yishi-division.html"));

        // its rows name each task's own 牵头单位 (not the same on every row of an item): the tasks' leads
        assertThat(nodes(PlanOutline.of(report.document())))
                .isEqualTo(nodes(expectedOutline("styles/expected-task-leads.txt")));
        assertThat(report.sources()).isNotEmpty().extracting(UnitSource::rule).containsOnly(UnitRule.TABLE_ROW);
        // the page's path and footer (主办：…) are no part of the plan: neither its title's first line, nor its last
        // task's last sentence, which had made the page look cut off
        assertThat(report.document().plan().planTitle()).isEqualTo("乙市全民科学素质行动实施方案任务分工表");
        assertThat(report.cutOff()).isEmpty();
        report.document().forEachNode(node -> assertThat(node.text()).doesNotContain("主办"));
        List<org.kesudesk.model.PlanNode> youth = report.document().items().get(0).children();
        assertThat(youth.get(0).text()).contains("完成时限：2024年12月");
        assertThat(youth.get(1).text()).contains("完成时限：长期坚持");

        // a task's text longer than a page's layout cell would be: still a row of the table
        String page = new String(bytes("web/yishi-division.html"), StandardCharsets.UTF_8).replace(
                "<p>加强学校科学教育</p>", "<p>加强学校科学教育。" + "推进科学课程改革，".repeat(150) + "每年开展活动。</p>");
        ParseReport longTask = read("分工表.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(nodes(PlanOutline.of(longTask.document()))).isEqualTo(nodes(PlanOutline.of(report.document())));

        // a 完成时限 spanning two task rows (rowspan): both tasks have it
        String spanned = new String(bytes("web/yishi-division.html"), StandardCharsets.UTF_8)
                .replace("<td><p>市发展改革委、市住建局、市财政局</p></td><td></td></tr>",
                        "<td><p>市发展改革委、市住建局、市财政局</p></td><td rowspan=\"2\"><p>2025年6月</p></td></tr>")
                .replace("<td><p>市科协、各县（市）区政府</p></td><td></td></tr>", "<td><p>市科协、各县（市）区政府</p></td></tr>");
        List<org.kesudesk.model.PlanNode> facilities = read("分工表.html", spanned.getBytes(StandardCharsets.UTF_8))
                .document().items().get(2).children();
        assertThat(facilities).extracting(org.kesudesk.model.PlanNode::text)
                .allSatisfy(text -> assertThat(text).contains("完成时限：2025年6月"));
    }

    @Test
    void aPageLaidOutInATable_isReadAsItsText_andADivisionTableInsideItByItsRows() {
        String notice = new String(bytes("web/yishi-notice.html"), Charset.forName("GB18030"));
        String body = notice.substring(notice.indexOf("<h1"), notice.indexOf("<div class=\"share\""));
        String division = new String(bytes("web/yishi-division.html"), StandardCharsets.UTF_8);
        String table = division.substring(division.indexOf("<table"), division.indexOf("</table>") + 8);
        // an older site's page: a table of a menu column and a content column, the notice and its attached 分工表
        // (units named only there) in the content's cell
        String unitless = body.replaceAll("（(牵头|责任)单位：(?:[^（）]|（[^（）]*）)*）", "")
                .replace("<p>抄送：", "<p>附件</p><p>任务分工表</p>" + table + "<p>抄送：");
        String page = "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td><a href=\"/\">首页</a><br>"
                + "<a href=\"/zwgk\">政务公开</a></td><td>" + unitless + "</td></tr></table></body></html>";

        ParseReport report = read("page.html", page.getBytes(StandardCharsets.UTF_8));

        // its rows name each task's own 牵头单位 (not the same on every row of an item): the tasks' leads
        assertThat(report.document().plan().title()).isEqualTo("乙市人民政府办公室关于印发乙市全民科学素质行动实施方案的通知");
        assertThat(nodes(PlanOutline.of(report.document())))
                .isEqualTo(nodes(expectedOutline("styles/expected-task-leads.txt")));
    }

    @Test
    void hostilePages_areReadOrRefusedInChinese_withinLimits() {
        // nested a hundred thousand deep: walked without recursion, no stack overflow; no plan in it, said so
        String deep = "<html><body>" + "<div>".repeat(100_000) + "文字" + "</div>".repeat(100_000) + "</body></html>";
        assertThatThrownBy(() -> read("deep.html", deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanParseException.class)
                .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).doesNotContain("Exception"));
        // larger than any notice's page: refused before it is parsed
        byte[] large = ("<html><body>" + "科".repeat(HtmlText.MAX_BYTES / 3 + 1) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read("large.html", large)).isInstanceOf(PlanParseException.class)
                .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).contains("太大"));
        // a table that says its cells span more rows and columns than there are: bounded, read as any other
        String spans = "<html><body><p>一、总体要求</p><table><tr><td rowspan=\"2147483647\" colspan=\"99999\">甲</td>"
                + "<td>乙</td></tr><tr><td>丙</td></tr></table><p>二、实施提升行动</p>"
                + "<p>（一）青少年科学素质提升行动。（牵头单位：市教育局）</p><p>1.加强学校科学教育。（责任单位：市教育局）</p>"
                + "</body></html>";
        ParseReport report = read("spans.html", spans.getBytes(StandardCharsets.UTF_8));
        assertThat(report.document().items()).hasSize(1);
    }

    @Test
    void aPageSavedAsOneFile_quotedPrintableOrBase64_readsAsThePageItHolds() {
        byte[] html = bytes("web/yishi-notice.html");
        ParseReport page = read("notice.html", html);
        String utf8 = new String(html, Charset.forName("GB18030")).replace("charset=gb2312", "charset=utf-8");

        // as Chrome saves one (网页，单个文件): the page quoted-printable in UTF-8, a picture after it
        String chrome = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.gov.cn/1.html\r\n"
                + "Subject: =?utf-8?Q?notice?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                + "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n"
                + "------MultipartBoundary--abc----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(utf8.getBytes(
                StandardCharsets.UTF_8)) + "\r\n------MultipartBoundary--abc----\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc------\r\n";
        // as Internet Explorer saves one (.mht): the page base64 in the charset its part names
        String explorer = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_000\";"
                + " type=\"text/html\"\r\n\r\n------=_NextPart_000\r\nContent-Type: text/html; charset=\"gb2312\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + java.util.Base64.getMimeEncoder().encodeToString(html)
                + "\r\n\r\n------=_NextPart_000--\r\n";

        for (String saved : List.of(chrome, explorer)) {
            ParseReport report = read("通知.mhtml", saved.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(report.encoding()).isEqualTo("MHTML");
            assertThat(PlanOutline.of(report.document())).isEqualTo(PlanOutline.of(page.document()));
        }
        // one with no page in it, or that names no boundary between its parts: refused in Chinese
        for (String broken : List.of(chrome.replace("Content-Type: text/html", "Content-Type: text/plain"),
                explorer.replace(" boundary=\"----=_NextPart_000\";", ""))) {
            assertThatThrownBy(() -> read("通知.mht", broken.getBytes(StandardCharsets.ISO_8859_1)))
                    .isInstanceOf(PlanParseException.class)
                    .satisfies(e -> assertThat(((PlanParseException) e).userMessage()).contains("网页")
                            .doesNotContain("Exception"));
        }
    }

    /** Bytes as quoted-printable writes them: = and what is not printable ASCII as =XX, lines of at most 76. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String written = c == '\n' ? "\r\n" : c == '\r' ? "" : c >= 32 && c < 127 && c != '='
                    ? String.valueOf((char) c) : String.format("=%02X", c);
            if (column + written.length() > 75 && !written.equals("\r\n")) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(written);
            column = written.equals("\r\n") ? 0 : column + written.length();
        }
        return out.toString();
    }

    /** The outline's sections, items and tasks with their units. */
    private static List<String> nodes(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
