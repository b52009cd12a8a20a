package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document whose headings are numbered by Word (一、 （一） 1. drawn from numbering.xml, not in the text)
 * reads as the same plan with the numbers in its text.
 */
class DocxNumberingTest {

    private static final Pattern NUMBERED = Pattern.compile("^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\\d+)\\.)(.*)$");

    @Test
    void headingsNumberedByWord_readAsIfTheNumbersWereTyped() throws IOException {
        // the numbers of the plan's body are Word's; the notice above it has none
        byte[] docx = labelledNotice(line -> line.startsWith("一、"), false, (paragraph, list, level) -> {
            paragraph.setNumID(list);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        });

        ParseReport report = read("numbered.docx", docx);

        // the first section 一、 is typed (it is the plan's goals, before the list starts): the list starts at 二、
        assertThat(outline(PlanOutline.of(report.document())))
                .isEqualTo(outline(expectedOutline("styles/expected.txt")).stream()
                        .map(line -> line.replace("section 二", "section 一").replace("section 三", "section 二"))
                        .toList());
    }

    /**
     * A list whose sections and tasks Word draws as their bare values (w:lvlText "%1", "%3": 一 and 1 with Word's tab
     * after them, no 、 or .): numbered all the same, read as the plan typed with 一、 and 1. — its tasks were body
     * text of their items, their units lost.
     */
    @Test
    void aListDrawingBareNumbers_readsAsTheNoticeWithItsNumbersTyped() throws IOException {
        byte[] docx = labelledNotice(line -> false, false, (paragraph, list, level) -> {
            paragraph.setNumID(list);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }, List.of("%1", "（%2）", "%3"));

        ParseReport report = read("无标点编号.docx", docx);

        assertThat(outline(PlanOutline.of(report.document()))).isEqualTo(outline(expectedOutline("styles/expected.txt")));
    }

    /**
     * Headings numbered the way most clerks number them in Word: 标题 1 and 标题 2 linked to a 多级列表 — the styles
     * name the list and the list's levels name the styles (no number and no list on the paragraphs themselves) — and
     * the tasks by a style based on one that names the list's third level.
     */
    @Test
    void headingsNumberedByTheirStyles_asWordLinksAMultilevelListToThem() throws IOException {
        byte[] docx = labelledNotice(line -> false, true, (paragraph, list, level) ->
                paragraph.setStyle(level == 0 ? "Heading1" : level == 1 ? "Heading2" : "Task"));

        ParseReport report = read("标题样式.docx", docx);

        assertThat(outline(PlanOutline.of(report.document()))).isEqualTo(outline(expectedOutline("styles/expected.txt")));
    }

    /**
     * The same notice written in LibreOffice Writer with its headings numbered by the outline (章节编号) and saved as
     * Word: LibreOffice links 标题 1 and 2 to a list of taiwaneseCountingThousand levels (一 二 三), and numbers the
     * tasks by lists of their own, one going on after a paragraph between its tasks.
     */
    @Test
    void aNoticeNumberedByLibreOfficeSavedAsWord_readsWithItsNumbers() {
        ParseReport report = read("章节编号.docx", bytes("styles/libreoffice-outline-numbered.docx"));

        assertThat(outline(PlanOutline.of(report.document()))).isEqualTo(outline(expectedOutline("styles/expected.txt")));
        assertThat(report.warnings()).noneMatch(warning -> warning.toString().contains("序号"));
    }

    /**
     * A list restarted at 5 by its instance (w:startOverride), a level showing the one above it in its own format
     * (一.1) and one in legal numbering (1.1), a level of no number, a start beyond Chinese numerals; lists of one
     * definition not started anew numbered on from the one count they share, as Word does (ECMA-376 17.9).
     */
    @Test
    void overridesLevelsShownAndLegalNumbering_drawnAsWordDrawsThem() throws IOException {
        List<String> lines = lines(document -> {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum definition = definition(1);
            level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(definition, 1, STNumberFormat.DECIMAL, "%1.%2");
            level(definition, 2, STNumberFormat.DECIMAL, "%1.%2.%3").addNewIsLgl();
            level(definition, 3, STNumberFormat.NONE, "");
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
            BigInteger list = numbering.addNum(abstractId);
            BigInteger restarted = numbering.addNum(abstractId);
            CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(5));
            BigInteger huge = numbering.addNum(abstractId);
            CTNumLvl hugeStart = numbering.getNum(huge).getCTNum().addNewLvlOverride();
            hugeStart.setIlvl(BigInteger.ZERO);
            hugeStart.addNewStartOverride().setVal(BigInteger.valueOf(5_000));
            numbered(document, list, 0, "甲");
            numbered(document, list, 1, "甲一");
            numbered(document, list, 2, "甲一一");
            numbered(document, list, 3, "无号");
            numbered(document, restarted, 0, "戊");
            // another list of the same definition, not started anew: one count for them all, on from 五
            BigInteger again = numbering.addNum(abstractId);
            numbered(document, again, 0, "己");
            numbered(document, list, 0, "庚");
            numbered(document, huge, 0, "大");
        });

        assertThat(lines)
                .containsExactly("一、甲", "一.1甲一", "1.1.1甲一一", "无号", "五、戊", "六、己", "七、庚", "5000、大");
    }

    /** How a line's number is left to Word: the list and level it has. */
    private interface Numberer {
        void number(XWPFParagraph paragraph, BigInteger list, int level);
    }

    /**
     * The notice of styles/labelled.txt as a Word file with one list of three levels (一、 （一） 1.): each numbered
     * line but those {@code typed} written without its number, given to {@code numberer} with its level. Where
     * {@code headingsLinked}, the list's first two levels name the styles 标题 1 and 2 (Heading1, Heading2), whose
     * definitions name the list without a level, and the style Task is based on one naming its third level.
     */
    private static byte[] labelledNotice(java.util.function.Predicate<String> typed, boolean headingsLinked,
                                         Numberer numberer) throws IOException {
        return labelledNotice(typed, headingsLinked, numberer, List.of("%1、", "（%2）", "%3."));
    }

    /** The same with the list's three levels drawn by these texts (Word's w:lvlText). */
    private static byte[] labelledNotice(java.util.function.Predicate<String> typed, boolean headingsLinked,
                                         Numberer numberer, List<String> levelTexts) throws IOException {
        String plain = new String(bytes("styles/labelled.txt"), StandardCharsets.UTF_8);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum definition = definition(7);
            CTLvl sections = level(definition, 0, STNumberFormat.CHINESE_COUNTING, levelTexts.get(0));
            CTLvl items = level(definition, 1, STNumberFormat.CHINESE_COUNTING, levelTexts.get(1));
            level(definition, 2, STNumberFormat.DECIMAL, levelTexts.get(2));
            if (headingsLinked) {
                sections.addNewPStyle().setVal("Heading1");
                items.addNewPStyle().setVal("Heading2");
            }
            // the definition is copied into the document as it stands
            BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
            if (headingsLinked) {
                XWPFStyles styles = document.createStyles();
                styles.addStyle(new XWPFStyle(style("Heading1", null, list, null)));
                styles.addStyle(new XWPFStyle(style("Heading2", null, list, null)));
                styles.addStyle(new XWPFStyle(style("Numbered", null, list, 2)));
                styles.addStyle(new XWPFStyle(style("Task", "Numbered", null, null)));
            }
            for (String line : plain.split("\n", -1)) {
                XWPFParagraph paragraph = document.createParagraph();
                Matcher numbered = NUMBERED.matcher(line);
                if (numbered.matches() && !typed.test(line)) {
                    numberer.number(paragraph, list, numbered.group(1) != null ? 0 : numbered.group(2) != null ? 1 : 2);
                    paragraph.createRun().setText(numbered.group(4));
                } else {
                    paragraph.createRun().setText(line);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A list of a list style (定义新的列表样式): its definition only names the style (w:numStyleLink), whose own
     * definition (w:styleLink) holds the levels Word numbers it by.
     */
    @Test
    void aListOfAListStyle_isNumberedByTheStylesLevels() throws IOException {
        List<String> lines = lines(document -> {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum style = definition(10);
            style.addNewStyleLink().setVal("任务列表");
            level(style, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            numbering.addAbstractNum(new XWPFAbstractNum(style));
            CTAbstractNum ofTheStyle = definition(11);
            ofTheStyle.addNewNumStyleLink().setVal("任务列表");
            BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(ofTheStyle)));
            numbered(document, list, 0, "总体要求");
            numbered(document, list, 0, "重点任务");
        });

        assertThat(lines)
                .containsExactly("一、总体要求", "二、重点任务");
    }

    /** Tasks numbered on through the sections (一、1. 2. 二、3.), their level never restarting (w:lvlRestart 0). */
    @Test
    void aLevelThatNeverRestarts_isNumberedOnThroughTheLevelsAbove() throws IOException {
        List<String> lines = lines(document -> {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum definition = definition(3);
            level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(definition, 1, STNumberFormat.DECIMAL, "%2.").addNewLvlRestart().setVal(BigInteger.ZERO);
            BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
            numbered(document, list, 0, "甲");
            numbered(document, list, 1, "子");
            numbered(document, list, 1, "丑");
            numbered(document, list, 0, "乙");
            numbered(document, list, 1, "寅");
        });

        assertThat(lines)
                .containsExactly("一、甲", "1.子", "2.丑", "二、乙", "3.寅");
    }

    /** What may fail while a Word file is built. */
    private interface Building {
        void build(XWPFDocument document) throws IOException;
    }

    /** The lines read from a Word file built so. */
    private static List<String> lines(Building building) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            building.build(document);
            document.write(out);
            return DocxText.lines(out.toByteArray()).stream().map(SourceLine::text).toList();
        }
    }

    private static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    /** A paragraph style, based on another or not, naming a list (and a level of it) or not. */
    private static CTStyle style(String id, String basedOn, BigInteger list, Integer level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (list != null) {
            CTNumPr numbered = style.addNewPPr().addNewNumPr();
            numbered.addNewNumId().setVal(list);
            if (level != null) {
                numbered.addNewIlvl().setVal(BigInteger.valueOf(level));
            }
        }
        return style;
    }

    /** An empty list definition of this id, its levels to be added. */
    private static CTAbstractNum definition(int id) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        return definition;
    }

    private static CTLvl level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        return lvl;
    }

    private static List<String> outline(String outline) {
        return outline.lines().filter(line -> line.startsWith("section") || line.startsWith(" ")).toList();
    }
}
