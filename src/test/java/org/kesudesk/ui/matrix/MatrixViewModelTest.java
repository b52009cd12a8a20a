package org.kesudesk.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.PlanWorkspace;
import org.kesudesk.ui.WorkspaceFixture;

class MatrixViewModelTest {

    @TempDir
    Path folder;
    private WorkspaceFixture fixture;
    private PlanWorkspace workspace;
    private MatrixViewModel matrix;

    @BeforeEach
    void open() {
        fixture = new WorkspaceFixture(folder, TestPlans.countyPlan());
        workspace = fixture.workspace;
        matrix = new MatrixViewModel(workspace);
    }

    @AfterEach
    void close() {
        assertThat(fixture.errors).isEmpty();
        fixture.close();
    }

    private Unit unit(String name) {
        return fixture.unit(name);
    }

    private int countByHand(String name) {
        int[] count = {0};
        workspace.planProperty().get().forEachNode(node -> node.assignments().forEach(a -> {
            if (a.unit().name().equals(name)) {
                count[0]++;
            }
        }));
        return count[0];
    }

    /**
     * Copied for Excel: a header naming every unit of the catalogue, then a line a row — its title, its count, and
     * 牵头 / 责任 under the units that have it, read from the plan, not from the copy's own code.
     */
    @Test
    void rowsCopied_haveEveryUnitsColumn_underAHeaderNamingThem() {
        java.util.List<MatrixViewModel.Row> rows = matrix.rows().stream().filter(row -> !row.isSection()).toList();
        java.util.List<String> lines = matrix.copiedText(rows).lines().toList();

        java.util.List<String> header = java.util.List.of(lines.get(0).split("\t", -1));
        assertThat(header.subList(2, header.size())).containsExactlyElementsOf(
                workspace.catalogue().stream().map(Unit::name).toList());
        assertThat(lines).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            PlanNode node = rows.get(i).node();
            java.util.List<String> cells = java.util.List.of(lines.get(i + 1).split("\t", -1));
            assertThat(cells).hasSize(header.size());
            assertThat(cells.get(0)).endsWith(node.title());
            for (int u = 2; u < header.size(); u++) {
                String name = header.get(u);
                java.util.Optional<org.kesudesk.model.Assignment> assigned = node.assignments().stream()
                        .filter(a -> a.unit().name().equals(name)).findFirst();
                assertThat(cells.get(u)).as(node.title() + " / " + name).isEqualTo(assigned
                        .map(a -> a.role() == org.kesudesk.model.Role.LEAD ? "牵头" : "责任").orElse(""));
            }
        }
    }

    @Test
    void longUnitNames_areHeadedInWholeLines_notCut() {
        assertThat(MatrixViewModel.headerLines("市科协")).isEqualTo("市科协");
        assertThat(MatrixViewModel.headerLines("市委宣传部")).isEqualTo("市委宣传部");
        assertThat(MatrixViewModel.headerLines("市发展改革委")).isEqualTo("市发展\n改革委");
        assertThat(MatrixViewModel.headerLines("市新闻传媒中心")).isEqualTo("市新闻传\n媒中心");
        String longest = "市人力资源和社会保障局职业技能鉴定中心";
        assertThat(MatrixViewModel.headerLines(longest).replace("\n", "")).isEqualTo(longest);
        assertThat(MatrixViewModel.headerLines(longest).lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(MatrixViewModel.HEADER_LINE));
    }

    @Test
    void rowsAreSectionsItemsAndTasks_andCellsShowTheRole() {
        // each section heads its items: the actions' （一） and the projects' （一） are told apart
        assertThat(matrix.rows().get(0).isSection()).isTrue();
        assertThat(matrix.rows()).filteredOn(MatrixViewModel.Row::isSection).hasSize(matrix.sections().size());
        assertThat(matrix.rows()).extracting(row -> row.node().title()).element(0)
                .isEqualTo(matrix.sections().get(0).title());
        assertThat(matrix.rows().subList(1, matrix.rows().size())).extracting(row -> row.node().title()).startsWith(
                "实施青少年科学素质提升行动", "推进校内科学教育", "培训科技辅导员", "实施农民科学素质提升行动");
        assertThat(MatrixViewModel.cellText(matrix.rows().get(1), unit("县教育局"))).isEqualTo("牵头");
        assertThat(MatrixViewModel.cellText(matrix.rows().get(2), unit("县教育局"))).isEqualTo("责任");
        assertThat(MatrixViewModel.cellText(matrix.rows().get(2), unit("县科协"))).isEmpty();
        assertThat(matrix.count(unit("县科协"))).isEqualTo(countByHand("县科协"));
    }

    @Test
    void togglingACell_changesThePlanAndTheCounts_butASectionRowHasNoCells() {
        int before = matrix.count(unit("县科协"));

        matrix.toggle(matrix.rows().get(2), unit("县科协"));

        assertThat(MatrixViewModel.cellText(matrix.rows().get(2), unit("县科协"))).isEqualTo("责任");
        assertThat(matrix.count(unit("县科协"))).isEqualTo(before + 1).isEqualTo(countByHand("县科协"));

        matrix.toggle(matrix.rows().get(2), unit("县科协"));
        assertThat(matrix.count(unit("县科协"))).isEqualTo(before);

        matrix.toggle(matrix.rows().get(0), unit("县科协"));
        assertThat(MatrixViewModel.cellText(matrix.rows().get(0), unit("县科协"))).isEmpty();
        assertThat(matrix.count(unit("县科协"))).isEqualTo(before);
    }

    @Test
    void aTasksOwnLead_showsAsLeading_andItsCellTakesItOffTheTask() {
        PlanNode task = matrix.rows().get(2).node();
        workspace.apply(workspace.editor().toggleLead(task, unit("县教育局")));
        int before = matrix.count(unit("县教育局"));

        assertThat(MatrixViewModel.cellText(matrix.rows().get(2), unit("县教育局"))).isEqualTo("牵头");
        assertThat(MatrixViewModel.cellText(matrix.rows().get(2), unit("团县委"))).isEqualTo("责任");

        matrix.toggle(matrix.rows().get(2), unit("县教育局"));
        assertThat(MatrixViewModel.cellText(matrix.rows().get(2), unit("县教育局"))).isEmpty();
        assertThat(matrix.rows().get(2).node().leadUnits()).isEmpty();
        assertThat(matrix.count(unit("县教育局"))).isEqualTo(before - 1).isEqualTo(countByHand("县教育局"));
    }

    @Test
    void aHiddenMatrixCatchesUpWhenShown() {
        matrix.activeProperty().set(false);
        matrix.toggle(matrix.rows().get(2), unit("县科协"));
        matrix.toggle(matrix.rows().get(3), unit("团县委"));

        matrix.activeProperty().set(true);

        assertThat(MatrixViewModel.cellText(matrix.rows().get(2), unit("县科协"))).isEqualTo("责任");
        assertThat(matrix.count(unit("县科协"))).isEqualTo(countByHand("县科协"));
        assertThat(matrix.count(unit("团县委"))).isEqualTo(countByHand("团县委"));
    }

    @Test
    void aSectionFilterShowsOnlyItsRows_andSurvivesAnEdit() {
        matrix.sectionFilter().setAll(matrix.sections().get(1));
        assertThat(matrix.rows()).extracting(row -> row.node().title())
                .containsExactly(matrix.sections().get(1).title(), "科普基础设施工程", "建设县科技馆");

        matrix.toggle(matrix.rows().get(2), unit("县科协"));

        assertThat(matrix.sectionFilter()).extracting(PlanNode::id).containsExactly(matrix.sections().get(1).id());
        assertThat(matrix.rows()).hasSize(3);

        // several sections at once: the first two, each headed by its row
        matrix.sectionFilter().setAll(matrix.sections().subList(0, 2));
        assertThat(matrix.rows()).filteredOn(MatrixViewModel.Row::isSection).extracting(row -> row.node().id())
                .containsExactly(matrix.sections().get(0).id(), matrix.sections().get(1).id());
        matrix.sectionFilter().clear();
        assertThat(matrix.rows()).filteredOn(MatrixViewModel.Row::isSection).hasSize(matrix.sections().size());
    }

    @Test
    void aCollectiveIsShownAsOne_inItsColumnsHeader() {
        Unit department = unit("县教育局");

        assertThat(matrix.header(department)).isEqualTo("县教育局\n" + countByHand("县教育局"));
        Unit members = new Unit(department.id(), "各成员单位", "", 99, 1);
        assertThat(matrix.header(members)).startsWith("各成员单位\n（统称，含多个单位）\n");
    }
}
