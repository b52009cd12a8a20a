package org.kesudesk.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanChecks;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.WorkspaceFixture;

class PlanEditViewModelTest {

    @TempDir
    Path folder;
    private WorkspaceFixture fixture;
    private PlanEditViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new WorkspaceFixture(folder, TestPlans.countyPlan());
        viewModel = new PlanEditViewModel(fixture.workspace);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PlanNode item(int index) {
        return fixture.plan().items().get(index);
    }

    private void select(PlanNode node) {
        viewModel.selectedIdProperty().set(node.id());
    }

    /** The action a section is itself (a work plan's 一、… then 1. 2.) is headed by the section, as documents name it. */
    @Test
    void theActionASectionIsItself_isHeadedAsTheSection() {
        org.kesudesk.testsupport.PlanBuilder b = new org.kesudesk.testsupport.PlanBuilder();
        try (WorkspaceFixture workPlan = new WorkspaceFixture(folder.resolve("work-plan"), b.section("一",
                "突出科学精神引领", b.item(org.kesudesk.model.NodeKind.ACTION, "一", "突出科学精神引领", "",
                        java.util.List.of(), b.task("1", "弘扬科学家精神", "弘扬科学家精神。",
                                java.util.List.of("市科协")))).build())) {
            PlanEditViewModel model = new PlanEditViewModel(workPlan.workspace);
            model.selectedIdProperty().set(workPlan.plan().items().get(0).id());

            assertThat(model.headingProperty().get()).isEqualTo("一、突出科学精神引领");
            // and so is it in the undo menu, for its deadline and for its text
            model.setDeadline(java.util.Optional.of(new org.kesudesk.model.Deadline.Ongoing()));
            assertThat(workPlan.workspace.undoTextProperty().get()).isEqualTo("修改“一、突出科学精神引领”的完成时限");
            model.textProperty().set("本部分的目标。");
            model.saveText();
            assertThat(workPlan.workspace.undoTextProperty().get()).isEqualTo("修改“一、突出科学精神引领”");
        }
    }

    @Test
    void selectingATask_showsItsTextAndResponsibleUnits() {
        PlanNode task = item(0).children().get(1);
        select(task);

        assertThat(viewModel.headingProperty().get()).isEqualTo("2.培训科技辅导员");
        assertThat(viewModel.unitsHeadingProperty().get()).isEqualTo("责任单位");
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县科协", "县教育局", "县融媒体中心");
        assertThat(viewModel.indicators()).containsExactly("每年培训30名科技辅导员");
        assertThat(viewModel.taskSelectedProperty().get()).isTrue();
    }

    @Test
    void typeAheadOffersUnitsNotYetInTheList_andAddsByUniqueMatch() {
        select(item(0).children().get(0));

        assertThat(viewModel.unitSuggestions("县科")).extracting(Unit::name).containsExactly("县科协");
        assertThat(viewModel.unitSuggestions("教育")).isEmpty();
        assertThat(viewModel.addUnitNamed("县")).isFalse();
        assertThat(viewModel.addUnitNamed("融媒体")).isTrue();

        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县教育局", "团县委", "县融媒体中心");
    }

    /**
     * A list pasted into the unit box (a document's clause): the names found added as one edit, one undo taking them
     * all off; a name the catalogue lacks said and left in the box; one several units contain, too.
     */
    @Test
    void aPastedList_addsTheUnitsFoundAsOneEdit_andLeavesTheOthersInTheBox() {
        PlanNode task = item(0).children().get(0);
        select(task);

        String left = viewModel.addUnitsTyped("（责任单位：县科协、融媒体、县气象局、县）");

        assertThat(viewModel.units()).extracting(Unit::name)
                .containsExactly("县教育局", "团县委", "县科协", "县融媒体中心");
        assertThat(left).isEqualTo("县气象局、县");
        assertThat(fixture.dialogs.information).singleElement().asString().contains("已加入 2 个单位")
                .contains("“县气象局”：单位目录中没有").contains("“县”：有").contains("请写出全称");
        assertThat(fixture.workspace.undoTextProperty().get()).contains("县科协、县融媒体中心");

        fixture.workspace.undo();
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县教育局", "团县委");

        // the names already there: nothing added, said so, the box emptied
        assertThat(viewModel.addUnitsTyped("县教育局、团县委")).isEmpty();
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县教育局", "团县委");
        assertThat(fixture.dialogs.information).last().asString().contains("已在列表中");
    }

    /**
     * Task paragraphs copied from another office's notice, pasted on a task: shown first as the notice will print
     * them (numbered where they will stand) with the unit the catalogue lacks, then added after it as one edit, the
     * first selected; one undo takes them and that unit away.
     */
    @Test
    void pastedTaskParagraphs_areShownThenAddedAfterTheTask_asOneEdit() {
        select(item(0).children().get(0));

        viewModel.pasteTasks("""
                3、开展科普讲座进校园活动。（牵头单位：县科协；责任单位：县教育局、县气象局）
                4、建设校园科普长廊。（责任单位：县教育局）
                """);

        assertThat(fixture.dialogs.questions).singleElement().asString()
                .contains("在“（一）实施青少年科学素质提升行动”中添加以下 2 项任务")
                .contains("2.开展科普讲座进校园活动。（牵头单位：县科协；责任单位：县教育局、县气象局）")
                .contains("3.建设校园科普长廊。（责任单位：县教育局）")
                .contains("单位名录中没有的 1 个单位将一并添加到名录：县气象局");
        assertThat(item(0).children()).extracting(PlanNode::heading).containsExactly("1.推进校内科学教育",
                "2.开展科普讲座进校园活动", "3.建设校园科普长廊", "4.培训科技辅导员");
        assertThat(viewModel.headingProperty().get()).isEqualTo("2.开展科普讲座进校园活动");
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县科协", "县教育局", "县气象局");
        assertThat(fixture.workspace.undoTextProperty().get()).isEqualTo("粘贴 2 项任务（“开展科普讲座进校园活动”等）");

        fixture.workspace.undo();
        assertThat(item(0).children()).extracting(PlanNode::title).containsExactly("推进校内科学教育", "培训科技辅导员");
        assertThat(fixture.workspace.catalogue()).extracting(Unit::name).doesNotContain("县气象局");
    }

    /** Declined, nothing is added; a heading among them, a sub-task chosen: said, and nothing is added either. */
    @Test
    void pastedTasks_declinedOrNotTasksOrNowhereToGo_addNothing() {
        String before = org.kesudesk.testsupport.PlanOutline.of(fixture.plan());
        select(item(1));
        fixture.dialogs.confirmAnswer = false;
        viewModel.pasteTasks("开展科技下乡活动。（责任单位：县科协）");
        assertThat(fixture.dialogs.questions).singleElement().asString()
                .contains("在“（二）实施农民科学素质提升行动”中添加以下 1 项任务", "2.开展科技下乡活动。（责任单位：县科协）");

        viewModel.pasteTasks("1.开展科技下乡活动。\n（三）实施老年人科学素质提升行动");
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("第 2 行", "只能粘贴任务");

        select(item(1).children().get(0).children().get(0));
        viewModel.pasteTasks("1.开展科技下乡活动。");
        assertThat(fixture.dialogs.information).singleElement().asString().contains("请先在方案树中选中");

        assertThat(fixture.dialogs.questions).hasSize(1);
        assertThat(org.kesudesk.testsupport.PlanOutline.of(fixture.plan())).isEqualTo(before);
    }

    /**
     * A text saved twice before the plan is shown anew — the text box losing the focus to 保存文字, then the button's
     * own click — is one edit, not a second one refused as someone else's change (seen in the window).
     */
    @Test
    void aTextSavedTwiceBeforeTheFirstIsShown_isOneEdit() {
        org.kesudesk.ui.task.DeferredTaskExecutor deferred = new org.kesudesk.ui.task.DeferredTaskExecutor();
        try (WorkspaceFixture slow = new WorkspaceFixture(folder.resolve("slow"), TestPlans.countyPlan(), deferred)) {
            PlanEditViewModel model = new PlanEditViewModel(slow.workspace);
            model.selectedIdProperty().set(slow.plan().items().get(0).children().get(0).id());
            model.textProperty().set("推进校内科学教育。开设科学课，每周一节。");

            model.saveText();
            model.saveText();
            deferred.deliver();

            assertThat(slow.errors).isEmpty();
            assertThat(slow.plan().items().get(0).children().get(0).text()).isEqualTo("推进校内科学教育。开设科学课，每周一节。");
            slow.workspace.undo();
            deferred.deliver();
            assertThat(slow.plan().items().get(0).children().get(0).text()).isEqualTo("推进校内科学教育。开设科学课。");
            assertThat(slow.workspace.undoTextProperty().get()).isEmpty();

            // saved again once shown anew, the same text is an edit again
            model.textProperty().set("推进校内科学教育。开设科学课，每周一节。");
            model.saveText();
            deferred.deliver();
            assertThat(slow.plan().items().get(0).children().get(0).text()).isEqualTo("推进校内科学教育。开设科学课，每周一节。");
        }
    }

    /**
     * A task added (新任务) whose text is then written or pasted is titled by its first sentence, as a document's task
     * is; a task with a title of its own keeps it.
     */
    @Test
    void aTaskAddedThenWritten_isTitledByItsFirstSentence_otherTasksKeepTheirTitles() {
        select(item(1));
        viewModel.addTask();
        PlanNode added = item(1).children().get(item(1).children().size() - 1);
        assertThat(added.title()).isEqualTo("新任务");
        select(added);

        viewModel.textProperty().set("加强农村科普阵地建设：每个乡镇建成一个科普e站。（2025年底前）");
        viewModel.saveText();

        assertThat(item(1).children().get(item(1).children().size() - 1).title()).isEqualTo("加强农村科普阵地建设");
        assertThat(viewModel.titleProperty().get()).isEqualTo("加强农村科普阵地建设");

        PlanNode own = item(0).children().get(0);
        select(own);
        viewModel.textProperty().set("开设科学课。每周一节。");
        viewModel.saveText();
        assertThat(item(0).children().get(0).title()).isEqualTo(own.title());
    }

    /** 在所有方案中查找: nothing found is said; a place chosen in this plan is shown in its tree. */
    @Test
    void searchingEveryPlan_saysWhenNothingIsFound_andShowsThePlaceChosen() {
        viewModel.searchProperty().set("月球基地");
        viewModel.searchEveryPlan();
        assertThat(fixture.dialogs.foundPlacesShown).isEmpty();
        assertThat(fixture.dialogs.information).singleElement().asString().contains("所有方案中都没有")
                .contains("月球基地");

        PlanNode task = item(0).children().get(1);
        fixture.dialogs.foundPlaceAnswer = found -> found.hits().stream().filter(hit -> hit.nodeId().equals(task.id()))
                .findFirst();
        viewModel.searchProperty().set("培训科技辅导员");
        viewModel.searchEveryPlan();
        assertThat(fixture.dialogs.foundPlacesShown).singleElement().satisfies(found ->
                assertThat(found.hits()).extracting(org.kesudesk.logic.EveryPlanSearch.Hit::placeAndTitle)
                        .containsExactly("二、（一）2.培训科技辅导员"));
        assertThat(fixture.workspace.planSubjectProperty().get()).isEqualTo(task.id());
    }

    @Test
    void removingMovingAndSortingUnits() {
        select(item(0).children().get(1));

        viewModel.moveUnit(fixture.unit("县融媒体中心"), 0);
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县融媒体中心", "县科协", "县教育局");
        viewModel.sortUnitsByPrecedence();
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县教育局", "县科协", "县融媒体中心");
        viewModel.removeUnit(fixture.unit("县科协"));
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县教育局", "县融媒体中心");
    }

    @Test
    void addingAfterTheSelectedTask_deletingAndMoving_keepTheNumberingInOrder() {
        select(item(0).children().get(0));

        viewModel.addTask();
        assertThat(item(0).children()).extracting(t -> t.label() + t.title())
                .containsExactly("1推进校内科学教育", "2新任务", "3培训科技辅导员");

        select(item(0).children().get(1));
        viewModel.moveSelected(1);
        assertThat(item(0).children()).extracting(t -> t.label() + t.title())
                .containsExactly("1推进校内科学教育", "2培训科技辅导员", "3新任务");

        select(item(0).children().get(2));
        viewModel.deleteSelected();
        assertThat(item(0).children()).hasSize(2);
        assertThat(viewModel.selectedNodeProperty().get().id()).isEqualTo(item(0).id());
    }

    @Test
    void deletingAsksFirst_andNothingIsDeletedWhenTheUserSaysNo() throws Exception {
        PlanNode withSubtasks = item(1).children().get(0);
        select(withSubtasks);
        fixture.dialogs.confirmAnswer = false;

        viewModel.deleteSelected();

        assertThat(fixture.dialogs.questions).singleElement().asString()
                .contains("1.开展农民培训").contains("2 项子任务").contains("撤销");
        assertThat(item(1).children()).containsExactly(withSubtasks);
        assertThat(new PlanRepository(fixture.database).ownPlan().orElseThrow().items().get(1).children())
                .hasSize(1);
        assertThat(fixture.workspace.undoTextProperty().get()).isEmpty();

        fixture.dialogs.confirmAnswer = true;
        viewModel.deleteSelected();
        assertThat(item(1).children()).isEmpty();
    }

    @Test
    void deletingATaskUnitsReportedOn_saysHowManyReportsGoWithIt_andUndoBringsThemBack() {
        PlanNode task = item(0).children().get(0);
        org.kesudesk.logic.progress.ProgressTracking tracking = fixture.workspace.progress();
        org.kesudesk.model.ReportingRound round = tracking.openRound(fixture.plan(), "2026年上半年",
                java.time.LocalDate.now().plusDays(30), java.util.Optional.empty(), java.util.Optional.empty());
        tracking.report(fixture.plan(), round, task, task.responsibleUnits().get(0),
                new org.kesudesk.logic.progress.ProgressTracking.Entry(org.kesudesk.model.ProgressStatus.DONE,
                        java.util.OptionalInt.empty(), "已完成", "", ""), "张三");
        select(task);

        viewModel.deleteSelected();

        assertThat(fixture.dialogs.questions).singleElement().asString().contains("已有 1 条进展报送")
                .contains("撤销删除时一并恢复");
        assertThat(new org.kesudesk.store.ProgressRepository(fixture.database).reports(round.id())).isEmpty();
        fixture.workspace.undo();
        assertThat(new org.kesudesk.store.ProgressRepository(fixture.database).reports(round.id()))
                .singleElement().extracting(org.kesudesk.model.ProgressReport::progress).isEqualTo("已完成");
    }

    @Test
    void editedTitleAndTextAreStored_andABlankTitleIsRefused() {
        select(item(0).children().get(0));

        viewModel.titleProperty().set("推进校内科学教育（修订）");
        viewModel.textProperty().set("新的正文。");
        viewModel.saveText();
        assertThat(item(0).children().get(0).title()).isEqualTo("推进校内科学教育（修订）");
        assertThat(item(0).children().get(0).text()).isEqualTo("新的正文。");

        assertThat(viewModel.titleMessageProperty().get()).isEmpty();

        viewModel.titleProperty().set("  ");
        viewModel.saveText();
        assertThat(item(0).children().get(0).title()).isEqualTo("推进校内科学教育（修订）");
        assertThat(viewModel.titleProperty().get()).isEqualTo("推进校内科学教育（修订）");
        // not silently: the user is told the empty title was not stored
        assertThat(viewModel.titleMessageProperty().get()).contains("标题不能为空").contains("恢复");

        viewModel.titleProperty().set("推进校内科学教育");
        viewModel.saveText();
        assertThat(viewModel.titleMessageProperty().get()).isEmpty();
    }

    /**
     * What the clerk is typing survives the plan being shown anew (after an edit elsewhere, or a colleague's on a
     * shared database); if a colleague changed this very text meanwhile, the save is refused, their text is shown and
     * what was typed is quoted, not lost.
     */
    @Test
    void typingSurvivesThePlanShownAnew_andAColleaguesChangeToTheSameText_isShownWithTheTypingQuoted() {
        PlanNode first = item(0).children().get(0);
        PlanNode second = item(0).children().get(1);
        select(first);
        viewModel.textProperty().set("正在输入的正文。");
        // an edit elsewhere shows the plan anew
        fixture.workspace.apply(fixture.workspace.editor().updateNode(second, second.title(), "别处的修改。"));
        assertThat(viewModel.textProperty().get()).isEqualTo("正在输入的正文。");
        assertThat(viewModel.titleMessageProperty().get()).isEmpty();

        // a colleague rewords this task before the clerk saves
        NodeRepository theirs = new NodeRepository(fixture.database);
        theirs.update(first.id(), theirs.load(first.id()).rowVersion(), first.title(), "同事改的正文。");
        viewModel.saveText();

        assertThat(fixture.dialogs.errors).singleElement().asString().contains("已被他人修改");
        assertThat(item(0).children().get(0).text()).isEqualTo("同事改的正文。");
        assertThat(viewModel.textProperty().get()).isEqualTo("同事改的正文。");
        assertThat(viewModel.titleMessageProperty().get()).contains("其他人修改").contains("正在输入的正文。");
    }

    @Test
    void undoAndRedo_throughTheWorkspace() {
        select(item(0).children().get(0));
        viewModel.removeUnit(fixture.unit("团县委"));
        assertThat(fixture.workspace.undoTextProperty().get()).isEqualTo("移除责任单位“团县委”");

        fixture.workspace.undo();
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县教育局", "团县委");
        assertThat(fixture.workspace.redoTextProperty().get()).isEqualTo("移除责任单位“团县委”");

        fixture.workspace.redo();
        assertThat(viewModel.units()).extracting(Unit::name).containsExactly("县教育局");
    }

    @Test
    void checksFindTasksWithoutUnitsAndItemsWithoutLeads() {
        select(item(0).children().get(0));
        viewModel.removeUnit(fixture.unit("县教育局"));
        viewModel.removeUnit(fixture.unit("团县委"));

        assertThat(viewModel.findings()).extracting(PlanChecks.Finding::kind)
                .containsExactly(PlanChecks.Kind.NO_RESPONSIBLE);
        assertThat(viewModel.flaggedProperty().get()).containsExactly(item(0).children().get(0).id());
        assertThat(viewModel.findings().get(0).path()).isEqualTo("（一）实施青少年科学素质提升行动 › 1.推进校内科学教育");
    }

    @Test
    void searchMatchesTitlesTextsAndUnitNames() {
        PlanNode task = item(0).children().get(1);
        assertThat(PlanEditViewModel.matches(task, "辅导员")).isTrue();
        assertThat(PlanEditViewModel.matches(task, "融媒体")).isTrue();
        assertThat(PlanEditViewModel.matches(task, "气象")).isFalse();
        assertThat(PlanEditViewModel.matches(task, "")).isTrue();
    }
}
