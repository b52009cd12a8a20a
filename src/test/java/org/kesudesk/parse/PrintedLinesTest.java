package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Printed lines back into paragraphs where the text is set ragged (left-aligned, as LibreOffice and many county
 * offices' Word files set it): a line goes on in the next when the next line's first characters would not have fitted
 * after it, however short it ends.
 */
class PrintedLinesTest {

    /** Characters of 10 points, 20 to a line: the text's right edge at 300. */
    private static final float SIZE = 10;

    @Test
    void aLineBrokenBeforeCharactersThatGoTogether_goesOn_howeverShortItEnds() {
        TreeMap<Integer, List<PrintedLines.Glyph>> page = new TreeMap<>();
        line(page, 20, 100, "根据国务院关于印发纲要的通知精神结合实际");
        // 号） may not be broken apart: the line ends 15 points short of the edge, where 号 alone would have fitted
        line(page, 40, 100, "本实施方案依据文件精神（国发〔2021〕9");
        line(page, 60, 100, "号）全文如下。");
        line(page, 80, 100, "二、主要任务");
        float edge = 100 + 20 * SIZE;
        assertThat(right(page, 20)).isEqualTo(edge);
        assertThat(edge - right(page, 40)).isGreaterThan(SIZE * 1.2f);

        assertThat(paragraphs(page)).containsExactly(
                "根据国务院关于印发纲要的通知精神结合实际本实施方案依据文件精神（国发〔2021〕9号）全文如下。", "二、主要任务");
    }

    @Test
    void aLineBrokenBeforeANumber_goesOn_theNumberNotSplit() {
        TreeMap<Integer, List<PrintedLines.Glyph>> page = new TreeMap<>();
        line(page, 20, 100, "到二〇二五年全市公民具备科学素质的比例达");
        // the line stops two characters short: 2025 (four half-width digits) did not fit
        line(page, 40, 100, "十五以上科普设施布局不断优化力争到了");
        line(page, 60, 100, "2025年建成。");
        assertThat(300 - right(page, 40)).isGreaterThan(SIZE * 1.2f);

        assertThat(paragraphs(page)).singleElement().asString().contains("力争到了2025年建成。");
    }

    /** Puts the text on a baseline from x, a character every 10 points (a digit or Latin letter every 5). */
    private static void line(TreeMap<Integer, List<PrintedLines.Glyph>> page, int baseline, float x, String text) {
        List<PrintedLines.Glyph> glyphs = new ArrayList<>();
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            float width = text.charAt(i) < 0x80 ? SIZE / 2 : SIZE;
            glyphs.add(new PrintedLines.Glyph(text.substring(i, i + 1), at, width, SIZE));
            at += width;
        }
        page.put(baseline, glyphs);
    }

    private static float right(TreeMap<Integer, List<PrintedLines.Glyph>> page, int baseline) {
        return PrintedLines.line(new ArrayList<>(page.get(baseline))).right();
    }

    private static List<String> paragraphs(TreeMap<Integer, List<PrintedLines.Glyph>> page) {
        PrintedLines printed = new PrintedLines();
        printed.page(page, List.of());
        return printed.paragraphs().stream().map(SourceLine::text).filter(text -> !text.isBlank()).toList();
    }
}
