package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.expectedOutline;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kesudesk.testsupport.PlanOutline;

/**
 * Plans numbered otherwise than 一、 → （一） → 1. → （1）: without the 一、 level, with tasks numbered （1） and
 * sub-tasks ①, with parts 第一部分 … for sections, and a section that lists its tasks 1、 2、 with no （一） items.
 * Nothing is lost, every task is a task, and the reader is told what was made up (a section, an item) to hold them.
 */
class NumberingVariantsTest {

    @Test
    void aPlanWithoutTheFirstLevel_tasksInBrackets_andCircledSubtasks() {
        ParseReport report = read("no-sections.txt", bytes("numbering/no-sections.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/no-sections.expected.txt"));
        assertThat(report.warnings()).extracting(w -> w.message().text()).anyMatch(t -> t.contains("没有“一、”这一级"));
    }

    @Test
    void sectionsNumberedAsParts_areTheSections_andTextSayingAPartOfIsText() {
        ParseReport report = read("parts.txt", bytes("numbering/parts.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/parts.expected.txt"));
        assertThat(report.document().plan().goalText()).contains("一部分县区科普资源不足");
        assertThat(report.warnings()).extracting(w -> w.message().key())
                .doesNotContain("parse.warning.numbering", "parse.warning.implicitSection");
        java.util.regex.Matcher chapter = Headings.SECTION.matcher("第十二章 组织实施");
        assertThat(chapter.matches()).isTrue();
        assertThat(List.of(Headings.sectionNumber(chapter), chapter.group(3))).containsExactly("十二", "组织实施");
        assertThat(Headings.SECTION.matcher("一部分地区还比较薄弱。").matches()).isFalse();
    }

    @Test
    void aSectionThatListsItsTasksWithoutItems_andAProseSectionWhoseNumberedParagraphsStayText() {
        ParseReport report = read("flat.txt", bytes("numbering/flat.txt"));

        assertThat(PlanOutline.of(report.document())).isEqualTo(expectedOutline("numbering/flat.expected.txt"));
        assertThat(report.document().plan().goalText()).contains("1、到2026年").contains("2、建成一批科普阵地");
        assertThat(report.warnings()).extracting(w -> w.message().text())
                .anyMatch(t -> t.contains("没有“（一）……”这一级"));
    }
}
