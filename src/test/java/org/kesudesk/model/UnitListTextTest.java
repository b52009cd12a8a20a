package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unit names a clerk's text lists: typed, pasted from a document's clause, or a ledger's cell. */
class UnitListTextTest {

    @Test
    void aDocumentsWholeClause_isItsNames_withoutBracketsAndLabels() {
        assertThat(UnitListText.names("（牵头单位：市教育局；责任单位：市科协、团市委）"))
                .containsExactly("市教育局", "市科协", "团市委");
        assertThat(UnitListText.names("(责任单位:市教育局,市科技局)。")).containsExactly("市教育局", "市科技局");
        assertThat(UnitListText.names("责任单位：市妇联")).containsExactly("市妇联");
    }

    @Test
    void namesAreApartAtListMarksSpacesAndLines_eachOnce() {
        assertThat(UnitListText.names("市教育局 市科协\n团市委\t市妇联、市教育局")).containsExactly("市教育局", "市科协",
                "团市委", "市妇联");
        assertThat(UnitListText.names("  市教育局  ")).containsExactly("市教育局");
        assertThat(UnitListText.names("、 ；")).isEmpty();
    }

    /** A numbered list of units (the editor's, copied) is its names; a name starting with digits stays whole. */
    @Test
    void aNumberedList_isItsNames() {
        assertThat(UnitListText.names("1. 市教育局\n2. 市科协（牵头）\n3.团市委")).containsExactly("市教育局", "市科协", "团市委");
        assertThat(UnitListText.names("(1)市教育局、（2）市科协")).containsExactly("市教育局", "市科协");
        assertThat(UnitListText.names("12345政务服务便民热线")).containsExactly("12345政务服务便民热线");
    }

    /** Only a list's label is taken off: a formula with a colon in it stays as written, to be refused as a name. */
    @Test
    void aColonThatIsNoListsLabel_isKept() {
        assertThat(UnitListText.names("=HYPERLINK(\"http://x.cn\")")).containsExactly("=HYPERLINK(\"http://x.cn\")");
        assertThat(UnitListText.names("[1]Sheet1!A1:B2")).containsExactly("[1]Sheet1!A1:B2");
    }

    @Test
    void aNameWithAListInsideIt_staysOneName() {
        assertThat(UnitListText.names("各县（市、区）人民政府、市科协")).containsExactly("各县（市、区）人民政府", "市科协");
        assertThat(UnitListText.names("各区、县（市）人民政府，市科协")).containsExactly("各区、县（市）人民政府", "市科协");
    }
}
