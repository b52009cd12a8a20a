package org.kesudesk.logic.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;
import org.kesudesk.store.DatabaseCheck;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.PlanOutline;
import org.kesudesk.testsupport.TestPlans;

/** Every edit, undone and redone, on a real database that is reopened to see what was stored. */
class PlanEditorTest {

    @TempDir
    Path folder;

    private Path path;
    private Database database;
    private PlanEditor editor;
    private final UndoStack stack = new UndoStack();

    @BeforeEach
    void openWithAPlan() {
        path = folder.resolve("kesudesk");
        database = org.kesudesk.testsupport.TestDatabases.open(path);
        new PlanRepository(database).add(TestPlans.countyPlan());
        editor = editorOn(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PlanEditor editorOn(Database database) {
        return new PlanEditor(new NodeRepository(database), new AssignmentRepository(database),
                new UnitRepository(database), new org.kesudesk.store.PlanRepository(database));
    }

    private PlanDocument plan() {
        return new PlanRepository(database).ownPlan().orElseThrow();
    }

    private PlanNode firstTask() {
        return plan().items().get(0).children().get(0);
    }

    private List<PlanNode> nodes() {
        List<PlanNode> nodes = new java.util.ArrayList<>();
        plan().forEachNode(nodes::add);
        return nodes;
    }

    private Unit unit(String name) {
        return new UnitRepository(database).findByName(name).orElseThrow();
    }

    private List<String> names(PlanNode node) {
        return node.unitsIn(PlanEditor.roleOf(node)).stream().map(Unit::name).toList();
    }

    /** Runs the edit, then undo, then redo, checking the outline after each and after reopening the database. */
    private void roundTrip(EditCommand command, Function<PlanDocument, Object> observed, Object before,
                           Object after) {
        assertThat(observed.apply(plan())).isEqualTo(before);
        int auditBefore = new AuditLog(database).recent(1000).size();

        stack.execute(command);
        assertThat(observed.apply(plan())).isEqualTo(after);
        assertThat(new AuditLog(database).recent(1000).size()).isGreaterThan(auditBefore);
        assertThat(stack.undoDescription()).contains(command.description());

        stack.undo();
        assertThat(observed.apply(plan())).isEqualTo(before);
        assertThat(stack.redoDescription()).contains(command.description());

        stack.redo();
        database.close();
        database = org.kesudesk.testsupport.TestDatabases.open(path);
        editor = editorOn(database);
        stack.clear();
        assertThat(observed.apply(plan())).isEqualTo(after);
        assertThat(new DatabaseCheck(database).run()).isEmpty();
    }

    @Test
    void addingAResponsibleUnit() {
        PlanNode task = firstTask();
        roundTrip(editor.addUnit(task, unit("县科协"), 1),
                doc -> names(doc.items().get(0).children().get(0)),
                List.of("县教育局", "团县委"), List.of("县教育局", "县科协", "团县委"));
    }

    @Test
    void removingALeadUnit() {
        PlanNode item = plan().items().get(0);
        roundTrip(editor.removeUnit(item, unit("县教育局")),
                doc -> names(doc.items().get(0)), List.of("县教育局", "县科协"), List.of("县科协"));
    }

    @Test
    void reorderingAndSortingByPrecedence() {
        PlanNode task = plan().items().get(0).children().get(1);
        roundTrip(editor.moveUnit(task, unit("县融媒体中心"), 0),
                doc -> names(doc.items().get(0).children().get(1)),
                List.of("县科协", "县教育局", "县融媒体中心"), List.of("县融媒体中心", "县科协", "县教育局"));

        PlanNode moved = plan().items().get(0).children().get(1);
        List<Unit> catalogue = new UnitRepository(database).all();
        stack.execute(editor.sortByPrecedence(moved, catalogue));
        List<String> byPrecedence = catalogue.stream().map(Unit::name)
                .filter(List.of("县科协", "县教育局", "县融媒体中心")::contains).toList();
        assertThat(names(plan().items().get(0).children().get(1))).isEqualTo(byPrecedence);
    }

    /** A task's two lists as stored: its own lead units, marked, then its responsible units. */
    private static List<String> carriers(PlanNode task) {
        return java.util.stream.Stream.concat(task.leadUnits().stream().map(unit -> unit.name() + "（牵头）"),
                task.responsibleUnits().stream().map(Unit::name)).toList();
    }

    @Test
    void aUnitOfATask_madeItsLead_andThenNotAgain_eachAsOneEditUndoneWhole() {
        PlanNode task = plan().items().get(0).children().get(1);
        roundTrip(editor.toggleLead(task, unit("县教育局")), doc -> carriers(doc.items().get(0).children().get(1)),
                List.of("县科协", "县教育局", "县融媒体中心"), List.of("县教育局（牵头）", "县科协", "县融媒体中心"));
        // it reports on the task as before, and a second lead goes after the first
        assertThat(plan().items().get(0).children().get(1).carriedOutBy()).extracting(Unit::name)
                .containsExactlyInAnyOrder("县科协", "县教育局", "县融媒体中心");
        PlanNode led = plan().items().get(0).children().get(1);
        stack.execute(editor.toggleLead(led, unit("县融媒体中心")));
        assertThat(carriers(plan().items().get(0).children().get(1)))
                .containsExactly("县教育局（牵头）", "县融媒体中心（牵头）", "县科协");

        // no longer leading, it is the first of the others; removed, it leaves whichever list holds it
        PlanNode twice = plan().items().get(0).children().get(1);
        roundTrip(editor.toggleLead(twice, unit("县教育局")), doc -> carriers(doc.items().get(0).children().get(1)),
                List.of("县教育局（牵头）", "县融媒体中心（牵头）", "县科协"),
                List.of("县融媒体中心（牵头）", "县教育局", "县科协"));
        PlanNode again = plan().items().get(0).children().get(1);
        roundTrip(editor.removeUnit(again, unit("县融媒体中心")), doc -> carriers(doc.items().get(0).children().get(1)),
                List.of("县融媒体中心（牵头）", "县教育局", "县科协"), List.of("县教育局", "县科协"));
        // an item has no lead units of its own apart from its leads
        assertThatThrownBy(() -> editor.toggleLead(plan().items().get(0), unit("县教育局")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingATask_numbersFollowTheOrder() {
        PlanNode item = plan().items().get(0);
        roundTrip(editor.addTask(item, 1, "新任务"),
                doc -> doc.items().get(0).children().stream().map(t -> t.label() + t.title()).toList(),
                List.of("1推进校内科学教育", "2培训科技辅导员"),
                List.of("1推进校内科学教育", "2新任务", "3培训科技辅导员"));
    }

    /**
     * Tasks pasted from another office's notice: read by the parser, put after the task chosen and numbered in the
     * plan's order, their units the catalogue's (one named by an alias too) and a name it lacks added to it; their
     * deadline as the text states it. One undo takes the tasks and that unit away, a redo puts both back with their ids.
     */
    @Test
    void pastedTasks_goInAsOneEdit_withTheUnitsTheCatalogueLacked() {
        // renamed, the old name stays its alias: a notice that still writes it names the same unit
        new UnitRepository(database).rename(unit("县教育局").id(), "县教育和体育局");
        PlanNode item = plan().items().get(0);
        List<PlanNode> pasted = org.kesudesk.parse.PastedTasks.read("""
                5.开展科普讲座进校园活动。2025年底前完成。（牵头单位：县科协；责任单位：县教育局、县气象局）
                6.建设校园科普长廊。（责任单位：县教育和体育局）
                """, List.of()).tasks();
        Function<PlanDocument, Object> observed = doc -> List.of(doc.items().get(0).children().stream()
                .map(t -> t.label() + t.title() + t.leadUnits().stream().map(Unit::name).toList()
                        + t.responsibleUnits().stream().map(Unit::name).toList()).toList(),
                new UnitRepository(database).findByName("县气象局").isPresent());

        roundTrip(editor.addTasks(item, 1, pasted), observed,
                List.of(List.of("1推进校内科学教育[][县教育和体育局, 团县委]",
                        "2培训科技辅导员[][县科协, 县教育和体育局, 县融媒体中心]"), false),
                List.of(List.of("1推进校内科学教育[][县教育和体育局, 团县委]",
                        "2开展科普讲座进校园活动[县科协][县教育和体育局, 县气象局]", "3建设校园科普长廊[][县教育和体育局]",
                        "4培训科技辅导员[][县科协, 县教育和体育局, 县融媒体中心]"), true));

        PlanDocument after = plan();
        PlanNode lecture = after.items().get(0).children().get(1);
        assertThat(lecture.id()).isEqualTo(pasted.get(0).id());
        assertThat(new org.kesudesk.store.ProgressRepository(database).deadlines(after.plan().id()))
                .containsEntry(lecture.id(), new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2025, 12, 31)));
        assertThat(new AuditLog(database).recent(20)).extracting(AuditEntry::action)
                .contains("node.add", "unit.add");
    }

    /** A unit added with pasted tasks that someone has given another task since stays when the paste is undone. */
    @Test
    void undoingAPaste_keepsAUnitGivenToAnotherTaskSince() {
        PlanNode item = plan().items().get(0);
        stack.execute(editor.addTasks(item, 2, org.kesudesk.parse.PastedTasks.read(
                "开展气象科普进校园活动。（责任单位：县气象局）", List.of()).tasks()));
        Unit added = unit("县气象局");
        PlanNode other = plan().items().get(1).children().get(0);
        // another clerk's edit, not on this stack
        editorOn(database).addUnit(other, added, 0).execute();

        stack.undo();
        assertThat(plan().items().get(0).children()).hasSize(2);
        assertThat(names(plan().items().get(1).children().get(0))).contains("县气象局");
        stack.redo();
        assertThat(plan().items().get(0).children()).extracting(PlanNode::title).last()
                .isEqualTo("开展气象科普进校园活动");
        assertThat(new UnitRepository(database).all()).filteredOn(unit -> unit.name().equals("县气象局")).hasSize(1);
        assertThat(new DatabaseCheck(database).run()).isEmpty();
    }

    @Test
    void pastedTasks_breakingARule_areRefusedBeforeAnythingIsStored() {
        PlanNode item = plan().items().get(0);
        List<PlanNode> pasted = org.kesudesk.parse.PastedTasks.read("1.开展科普活动。（责任单位：县科协）\n2."
                + "长".repeat(org.kesudesk.model.ContentLimits.TEXT + 1) + "。", List.of()).tasks();
        String before = PlanOutline.of(plan());

        assertThatThrownBy(() -> stack.execute(editor.addTasks(item, 0, pasted)))
                .isInstanceOf(org.kesudesk.logic.InvalidContentException.class)
                .hasMessageContaining("内容");
        assertThat(PlanOutline.of(plan())).isEqualTo(before);
        assertThat(stack.undoDescription()).isEmpty();
    }

    @Test
    void deletingATask_andPuttingItBackWithItsUnitsAndIndicators() {
        PlanNode item = plan().items().get(0);
        String whole = PlanOutline.of(plan());
        stack.execute(editor.deleteTask(item.children().get(1), item.id()));
        stack.undo();
        assertThat(PlanOutline.of(plan())).isEqualTo(whole);

        roundTrip(editor.deleteTask(item.children().get(0), item.id()),
                doc -> doc.items().get(0).children().stream().map(PlanNode::title).toList(),
                List.of("推进校内科学教育", "培训科技辅导员"), List.of("培训科技辅导员"));
    }

    /**
     * What was recorded on a task — its deadline, the units' reports with their files, its indicator's values —
     * goes with it when it is deleted, and comes back with it when the deletion is undone.
     */
    @Test
    void deletingATaskWithReports_andUndoingIt_bringsBackItsReportsFilesDeadlineAndIndicatorValues()
            throws Exception {
        PlanDocument plan = plan();
        PlanNode item = plan.items().get(0);
        PlanNode task = item.children().get(1);
        Unit unit = task.responsibleUnits().isEmpty() ? item.leadUnits().get(0) : task.responsibleUnits().get(0);
        org.kesudesk.logic.progress.ProgressTracking tracking = new org.kesudesk.logic.progress.ProgressTracking(
                database);
        tracking.setDeadline(plan, task, java.util.Optional.of(new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2025, 12, 31))));
        org.kesudesk.model.ReportingRound round = tracking.openRound(plan, "2026年上半年",
                java.time.LocalDate.now().plusDays(30), java.util.Optional.empty(), java.util.Optional.empty());
        java.nio.file.Path photo = java.nio.file.Files.write(folder.resolve("现场照片.png"), new byte[] {(byte) 0x89,
                0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        tracking.report(plan, round, task, unit, new org.kesudesk.logic.progress.ProgressTracking.Entry(
                org.kesudesk.model.ProgressStatus.IN_PROGRESS, java.util.OptionalInt.of(40), "已培训12名", "", ""),
                "张三", List.of(photo));
        org.kesudesk.model.Indicator indicator = task.indicators().get(0);
        new org.kesudesk.store.IndicatorRepository(database).record(plan.plan().id(),
                new org.kesudesk.model.IndicatorValue(indicator.id(), 2025, new java.math.BigDecimal("12"), "县科协",
                        "张三", java.time.Instant.now()), "记录");
        org.kesudesk.store.ProgressRepository progress = new org.kesudesk.store.ProgressRepository(database);

        stack.execute(editor.deleteTask(task, item.id()));
        assertThat(progress.reports(round.id())).isEmpty();

        stack.undo();
        assertThat(progress.reports(round.id())).singleElement().satisfies(report -> {
            assertThat(report.nodeId()).isEqualTo(task.id());
            assertThat(report.progress()).isEqualTo("已培训12名");
            assertThat(report.percent()).isEqualTo(40);
        });
        assertThat(progress.evidence(round.id())).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("现场照片.png");
            assertThat(file.nodeId()).isEqualTo(task.id());
        });
        assertThat(progress.deadlines(plan.plan().id())).containsEntry(task.id(),
                new org.kesudesk.model.Deadline.OnDate(java.time.LocalDate.of(2025, 12, 31)));
        assertThat(new org.kesudesk.store.IndicatorRepository(database).values(plan.plan().id()))
                .containsKey(indicator.id());
        // and redone, gone again
        stack.redo();
        assertThat(progress.reports(round.id())).isEmpty();
    }

    @Test
    void movingATask() {
        PlanNode item = plan().items().get(0);
        roundTrip(editor.moveTask(item.children().get(1), item, 1, 0),
                doc -> doc.items().get(0).children().stream().map(t -> t.label() + t.title()).toList(),
                List.of("1推进校内科学教育", "2培训科技辅导员"), List.of("1培训科技辅导员", "2推进校内科学教育"));
    }

    @Test
    void editingATasksTitleAndText() {
        PlanNode task = firstTask();
        roundTrip(editor.updateNode(task, "新标题", "新标题。新的正文。"),
                doc -> doc.items().get(0).children().get(0).title() + "|" + doc.items().get(0).children().get(0).text(),
                "推进校内科学教育|推进校内科学教育。开设科学课。", "新标题|新标题。新的正文。");
    }

    /** An edit on what another edit changed meanwhile is refused, naming the task; nothing is overwritten. */
    @Test
    void keepingTheNoticesNumberAndDate() {
        org.kesudesk.model.Plan read = plan().plan();
        org.kesudesk.model.Plan issued = read.withNotice(read.notice().withNumberAndDate("甘南政办发〔2023〕12号",
                java.util.Optional.of(java.time.LocalDate.of(2023, 4, 1))));

        roundTrip(editor.updateNotice(read, issued),
                p -> p.plan().docNumber() + " " + p.plan().issueDate().orElseThrow(),
                "甘南政办发〔2023〕7号 2023-03-09", "甘南政办发〔2023〕12号 2023-04-01");
    }

    /**
     * The notice's fields changed by someone else since they were read (another clerk, an exchange file): the edit
     * is refused, theirs kept; a field over its limit is refused as any plan's is, nothing stored.
     */
    @Test
    void theNoticeChangedSinceItWasRead_orOverItsLimits_isNotOverwritten() {
        org.kesudesk.model.Plan read = plan().plan();
        org.kesudesk.model.Plan theirs = read.withNotice(read.notice().withNumberAndDate("甘南政办发〔2023〕9号",
                read.issueDate()));
        editorOn(database).updateNotice(read, theirs).execute();
        org.kesudesk.model.Plan mine = read.withNotice(read.notice().withNumberAndDate("甘南政办发〔2023〕12号",
                read.issueDate()));

        assertThatThrownBy(() -> editor.updateNotice(read, mine).execute())
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class);
        org.kesudesk.model.Plan now = plan().plan();
        org.kesudesk.model.Plan tooLong = now.withNotice(now.notice().withNumberAndDate("甘".repeat(101),
                now.issueDate()));
        assertThatThrownBy(() -> editor.updateNotice(now, tooLong).execute())
                .isInstanceOf(org.kesudesk.logic.InvalidContentException.class).hasMessageContaining("发文字号");
        assertThat(plan().plan().docNumber()).isEqualTo("甘南政办发〔2023〕9号");
    }

    @Test
    void anEditOnATaskChangedSinceItWasRead_isRefused_andUndoSaysSoToo() {
        PlanNode read = firstTask();
        // someone else (another window, a file applied) rewords it first
        UndoStack theirs = new UndoStack();
        theirs.execute(editor.updateNode(read, read.title(), "别人先改的正文。"));

        assertThatThrownBy(() -> stack.execute(editor.updateNode(read, read.title(), "我的正文。")))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class)
                .hasMessageContaining("已被他人修改").hasMessageContaining(read.title());
        assertThat(firstTask().text()).isEqualTo("别人先改的正文。");
        assertThat(stack.undoDescription()).isEmpty();

        // read again, the edit goes through; someone then changes it again: undoing mine would undo theirs
        stack.execute(editor.updateNode(firstTask(), read.title(), "我的正文。"));
        theirs.execute(editor.updateNode(firstTask(), read.title(), "别人又改的正文。"));
        assertThatThrownBy(stack::undo).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("不能撤销").hasMessageContaining(read.title());
        assertThat(firstTask().text()).isEqualTo("别人又改的正文。");
        assertThat(stack.undoDescription()).as("an edit that cannot be undone is not offered again").isEmpty();
    }

    /**
     * Moves, deletes, the catalogue's names and order: each made on what someone else changed meanwhile is refused,
     * naming it, and theirs stays; what others' changes only renumbered is no reason to refuse.
     */
    @Test
    void movesDeletesAndTheCatalogue_changedSinceTheyWereRead_areNotOverwritten() {
        PlanNode item = plan().items().get(0);
        PlanNode first = item.children().get(0);
        PlanNode second = item.children().get(1);
        NodeRepository theirs = new NodeRepository(database);

        // someone adds a task at the top: the order read is gone, so a move by position is refused
        PlanNode added = theirs.addTask(item.id(), 0, "别人加的任务", "");
        assertThatThrownBy(() -> stack.execute(editor.moveTask(second, item, 1, 0)))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class)
                .hasMessageContaining(item.title());
        assertThat(plan().items().get(0).children()).extracting(PlanNode::id)
                .containsExactly(added.id(), first.id(), second.id());
        // read again, it goes through, and is undone from the order it left
        PlanNode itemNow = plan().items().get(0);
        stack.execute(editor.moveTask(itemNow.children().get(2), itemNow, 2, 0));
        assertThat(plan().items().get(0).children()).extracting(PlanNode::id)
                .containsExactly(second.id(), added.id(), first.id());
        stack.undo();
        assertThat(plan().items().get(0).children()).extracting(PlanNode::id)
                .containsExactly(added.id(), first.id(), second.id());

        // renumbered by their task, the second task is still the one read: it can be deleted
        stack.execute(editor.deleteTask(second, item.id()));
        assertThat(plan().items().get(0).children()).extracting(PlanNode::id).containsExactly(added.id(), first.id());
        // reworded by them, the first is not deleted unseen
        theirs.update(first.id(), theirs.load(first.id()).rowVersion(), first.title(), "别人改过的正文。");
        assertThatThrownBy(() -> stack.execute(editor.deleteTask(first, item.id())))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class)
                .hasMessageContaining(first.title());
        assertThat(theirs.load(first.id()).text()).isEqualTo("别人改过的正文。");
        // a task this clerk added, worked on by someone else since, is not taken away by undo
        stack.execute(editor.addTask(plan().items().get(0), 0, "我加的任务"));
        PlanNode mine = plan().items().get(0).children().get(0);
        theirs.update(mine.id(), mine.rowVersion(), mine.title(), "别人补充的正文。");
        assertThatThrownBy(stack::undo).isInstanceOf(UserFacingException.class).hasMessageContaining("不能撤销");
        assertThat(theirs.load(mine.id()).text()).isEqualTo("别人补充的正文。");

        // the catalogue: a unit renamed by them is not renamed over; an order changed by them is not overwritten
        UnitRepository catalogue = new UnitRepository(database);
        Unit read = unit("县科协");
        List<Unit> orderRead = catalogue.all();
        catalogue.rename(read.id(), "县科学技术协会");
        assertThatThrownBy(() -> stack.execute(editor.renameUnit(read, "县科协（新）")))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class).hasMessageContaining("县科协");
        assertThat(catalogue.findByName("县科学技术协会")).isPresent();
        List<UUID> theirOrder = new java.util.ArrayList<>(orderRead.stream().map(Unit::id).toList());
        java.util.Collections.reverse(theirOrder);
        catalogue.reorder(orderRead.stream().map(Unit::id).toList(), theirOrder, "别人调整的顺序");
        List<Unit> mineAfter = new java.util.ArrayList<>(orderRead);
        mineAfter.add(0, mineAfter.remove(mineAfter.size() - 1));
        assertThatThrownBy(() -> stack.execute(editor.reorderCatalogue(orderRead, mineAfter)))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class);
        assertThat(catalogue.all()).extracting(Unit::id).containsExactlyElementsOf(theirOrder);
        assertThat(new DatabaseCheck(database).run()).isEmpty();
    }

    /** A task's units changed since they were read are not overwritten: the edit is refused, naming the list. */
    @Test
    void unitsChangedSinceTheyWereRead_areNotOverwritten() {
        PlanNode read = firstTask();
        new UndoStack().execute(editor.addUnit(read, unit("县科协"), 0));

        assertThatThrownBy(() -> stack.execute(editor.removeUnit(read, unit("团县委"))))
                .isInstanceOf(org.kesudesk.store.ChangedByOthersException.class).hasMessageContaining("责任单位");
        assertThat(names(firstTask())).containsExactly("县科协", "县教育局", "团县委");

        // read again, the same edit goes through, and is undone to the list as it was then
        stack.execute(editor.removeUnit(firstTask(), unit("团县委")));
        assertThat(names(firstTask())).containsExactly("县科协", "县教育局");
        stack.undo();
        assertThat(names(firstTask())).containsExactly("县科协", "县教育局", "团县委");
    }

    /**
     * Two clerks at two computers on the office's database on a server, editing the same task: the one who saves
     * second is refused and told; the first one's text is kept. Run on a server only.
     */
    @Test
    @org.junit.jupiter.api.Tag("server")
    void twoClerks_editingOneTask_neitherLosesTheOthersText() {
        try (Database other = org.kesudesk.testsupport.TestDatabases.open(path)) {
            PlanEditor secondClerk = editorOn(other);
            PlanNode readByFirst = firstTask();
            PlanNode readBySecond = new PlanRepository(other).ownPlan().orElseThrow().items().get(0).children().get(0);

            stack.execute(editor.updateNode(readByFirst, readByFirst.title(), "第一位的正文。"));
            assertThatThrownBy(() -> new UndoStack().execute(secondClerk.updateNode(readBySecond,
                    readBySecond.title(), "第二位的正文。"))).isInstanceOf(org.kesudesk.store.ChangedByOthersException.class);

            assertThat(new PlanRepository(other).ownPlan().orElseThrow().items().get(0).children().get(0).text())
                    .isEqualTo("第一位的正文。");
            assertThat(new AuditLog(other).recent(10)).filteredOn(e -> e.action().equals("node.update"))
                    .singleElement().satisfies(e -> assertThat(e.databaseUser()).contains("postgres"));
        }
    }

    /**
     * Two clerks on the server rewording the same task over and over at the same time: every stored edit starts from
     * the text the one before it left (the audit log's chain unbroken), whatever was refused. Run on a server only.
     */
    @Test
    @org.junit.jupiter.api.Tag("server")
    void twoClerks_rewordingOneTaskAtOnce_loseNoUpdate() throws Exception {
        UUID task = firstTask().id();
        java.util.concurrent.atomic.AtomicInteger stored = new java.util.concurrent.atomic.AtomicInteger();
        twoClerksAtOnce((clerk, own) -> {
            NodeRepository nodes = new NodeRepository(own);
            PlanEditor clerksEditor = editorOn(own);
            // each clerk goes on until 20 of its own edits are stored (told, it reads again)
            int mine = 0;
            for (int i = 0; mine < 20 && i < 2_000; i++) {
                PlanNode read = nodes.load(task);
                try {
                    new UndoStack().execute(clerksEditor.updateNode(read, read.title(),
                            "第" + clerk + "位第" + i + "次。"));
                    stored.incrementAndGet();
                    mine++;
                } catch (org.kesudesk.store.ChangedByOthersException refused) {
                    // told: reads again
                }
            }
        });
        List<org.kesudesk.model.AuditEntry> updates = new java.util.ArrayList<>(new AuditLog(database).recent(1000)
                .stream().filter(e -> e.action().equals("node.update")).toList());
        java.util.Collections.reverse(updates);
        assertThat(updates).hasSize(stored.get()).hasSize(40);
        // both clerks' edits went in, at the same time: the chain below was tested under contention
        assertThat(updates).anySatisfy(e -> assertThat(e.after()).hasValueSatisfying(t -> assertThat(t)
                .contains("第0位"))).anySatisfy(e -> assertThat(e.after()).hasValueSatisfying(t -> assertThat(t)
                .contains("第1位")));
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i).before()).as("edit %d starts from what edit %d left", i, i - 1)
                    .isEqualTo(updates.get(i - 1).after());
        }
    }

    /**
     * Two clerks on the server reshaping one item's tasks at once — one moving them, one deleting and putting back —
     * each told when the other got there first, and never kept waiting on each other (a deadlock the server would
     * end by failing one of them). Run on a server only.
     */
    @Test
    @org.junit.jupiter.api.Tag("server")
    void twoClerks_movingAndDeletingUnderOneItem_areToldOrServed_neverDeadlocked() throws Exception {
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        twoClerksAtOnce((clerk, own) -> {
            boolean mover = clerk == 0;
            PlanEditor clerksEditor = editorOn(own);
            PlanRepository plans = new PlanRepository(own);
            for (int i = 0; i < 30; i++) {
                PlanNode item = plans.ownPlan().orElseThrow().items().get(0);
                UndoStack stack = new UndoStack();
                try {
                    if (mover) {
                        int last = item.children().size() - 1;
                        stack.execute(clerksEditor.moveTask(item.children().get(last), item, last, 0));
                    } else {
                        stack.execute(clerksEditor.deleteTask(item.children().get(0), item.id()));
                        stack.undo();
                    }
                    served.incrementAndGet();
                } catch (org.kesudesk.store.ChangedByOthersException told) {
                    // the other clerk got there first: read again
                } catch (UserFacingException told) {
                    assertThat(told.messageKey()).as(told.userMessage()).isEqualTo("edit.error.cannotUndo");
                }
            }
        });
        assertThat(served.get()).isPositive();
        PlanNode item = plan().items().get(0);
        assertThat(item.children()).extracting(PlanNode::label).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, item.children().size()).mapToObj(String::valueOf).toList());
        assertThat(new DatabaseCheck(database).run()).isEmpty();
    }

    /** What one clerk does, on a connection of its own to the test's database. */
    private interface ClerksWork {
        void run(int clerk, Database own) throws Exception;
    }

    /** Two clerks (0 and 1), each on its own connection, starting at the same moment; their failures fail the test. */
    private void twoClerksAtOnce(ClerksWork work) throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService clerks = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        try {
            for (int c = 0; c < 2; c++) {
                int clerk = c;
                running.add(clerks.submit(() -> {
                    try (Database own = org.kesudesk.testsupport.TestDatabases.open(path)) {
                        go.await();
                        work.run(clerk, own);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<?> clerk : running) {
                clerk.get();
            }
        } finally {
            clerks.shutdownNow();
        }
    }

    @Test
    void renamingAUnit_changesItEverywhere() {
        roundTrip(editor.renameUnit(unit("县科协"), "县科学技术协会"),
                doc -> PlanOutline.of(doc).contains("县科协") + "/" + PlanOutline.of(doc).contains("县科学技术协会"),
                "true/false", "false/true");
    }

    @Test
    void renamingKeepsTheOldNameAsAnAlias_andUndoingLeavesTheAliasesAsTheyWere() {
        UnitRepository units = new UnitRepository(database);
        List<String> aliasesBefore = units.aliases().stream().map(org.kesudesk.model.UnitAlias::alias).toList();
        stack.execute(editor.renameUnit(unit("县科协"), "县科学技术协会"));
        assertThat(units.findByName("县科协")).map(Unit::name).contains("县科学技术协会");
        stack.undo();
        assertThat(units.aliases()).extracting(org.kesudesk.model.UnitAlias::alias)
                .containsExactlyElementsOf(aliasesBefore);
        assertThat(units.findByName("县科学技术协会")).isEmpty();
    }

    @Test
    void mergingTwoUnits_combinesTheirAssignmentsWithoutDuplicates() {
        // 县融媒体中心 and 县教育局 both carry out task 2 of the first action; 县融媒体中心 nothing else
        roundTrip(editor.mergeUnits(unit("县融媒体中心"), unit("县教育局")),
                doc -> names(doc.items().get(0).children().get(1)),
                List.of("县科协", "县教育局", "县融媒体中心"), List.of("县科协", "县教育局"));
        assertThat(unit("县融媒体中心").name()).isEqualTo("县教育局");
    }

    /**
     * A unit merged into another brings its reports and their files to it (where both reported on one task in a
     * round, the one it merged into keeps its report and gains the files); undone, each unit has its own again.
     */
    @Test
    void mergingAUnitThatReported_movesItsReportsAndFiles_andUndoingGivesThemBack() throws Exception {
        PlanDocument plan = plan();
        PlanNode task = plan.items().get(0).children().get(1);
        Unit media = unit("县融媒体中心");
        Unit education = unit("县教育局");
        org.kesudesk.logic.progress.ProgressTracking tracking = new org.kesudesk.logic.progress.ProgressTracking(
                database);
        org.kesudesk.model.ReportingRound round = tracking.openRound(plan, "2026年上半年",
                java.time.LocalDate.now().plusDays(30), java.util.Optional.empty(), java.util.Optional.empty());
        java.nio.file.Path photo = java.nio.file.Files.write(folder.resolve("现场.png"), new byte[] {(byte) 0x89,
                0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2});
        tracking.report(plan, round, task, media, entry("融媒体的进展"), "张三", List.of(photo));
        tracking.report(plan, round, task, education, entry("教育局的进展"), "李四");
        org.kesudesk.store.ProgressRepository progress = new org.kesudesk.store.ProgressRepository(database);

        stack.execute(editor.mergeUnits(media, education));
        assertThat(progress.reports(round.id())).singleElement().satisfies(report -> {
            assertThat(report.unitId()).isEqualTo(education.id());
            assertThat(report.progress()).isEqualTo("教育局的进展");
        });
        assertThat(progress.evidence(round.id())).singleElement()
                .satisfies(file -> assertThat(file.unitId()).isEqualTo(education.id()));

        stack.undo();
        assertThat(progress.reports(round.id())).extracting(org.kesudesk.model.ProgressReport::unitId,
                        org.kesudesk.model.ProgressReport::progress)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(media.id(), "融媒体的进展"),
                        org.assertj.core.groups.Tuple.tuple(education.id(), "教育局的进展"));
        assertThat(progress.evidence(round.id())).singleElement()
                .satisfies(file -> assertThat(file.unitId()).isEqualTo(media.id()));
    }

    private static org.kesudesk.logic.progress.ProgressTracking.Entry entry(String text) {
        return new org.kesudesk.logic.progress.ProgressTracking.Entry(org.kesudesk.model.ProgressStatus.IN_PROGRESS,
                java.util.OptionalInt.empty(), text, "", "");
    }

    @Test
    void mergingAUnitIntoOneLeadingTheSameTask_leavesOneUnitLeadingIt_andUndoingPutsBothBack() {
        // task 2 of the first action: 县科协, 县教育局, 县融媒体中心; 县教育局 made its lead
        PlanNode task = plan().items().get(0).children().get(1);
        stack.execute(editor.toggleLead(task, unit("县教育局")));
        assertThat(carriers(plan().items().get(0).children().get(1)))
                .containsExactly("县教育局（牵头）", "县科协", "县融媒体中心");

        // merged into the lead, a responsible unit is the lead: named once
        roundTrip(editor.mergeUnits(unit("县融媒体中心"), unit("县教育局")),
                doc -> carriers(doc.items().get(0).children().get(1)),
                List.of("县教育局（牵头）", "县科协", "县融媒体中心"), List.of("县教育局（牵头）", "县科协"));
    }

    @Test
    void mergingATasksLeadIntoOneResponsibleForIt_leavesTheMergedUnitLeading_andUndoingPutsBothBack() {
        PlanNode task = plan().items().get(0).children().get(1);
        stack.execute(editor.toggleLead(task, unit("县教育局")));
        stack.clear();
        // the lead merged into a responsible unit: the merged unit leads, and is not also responsible
        roundTrip(editor.mergeUnits(unit("县教育局"), unit("县科协")),
                doc -> carriers(doc.items().get(0).children().get(1)),
                List.of("县教育局（牵头）", "县科协", "县融媒体中心"), List.of("县科协（牵头）", "县融媒体中心"));
    }

    @Test
    void addingAUnitToTheCatalogue_andUndoingIt() {
        roundTrip(editor.addUnitToCatalogue("县气象局"),
                doc -> new UnitRepository(database).all().stream().map(Unit::name).toList().contains("县气象局"),
                false, true);
    }

    @Test
    void aUnitNothingUses_isRemovedWithItsAliasAndLiaison_andUndoingItPutsItBackWhereItWas() {
        UnitRepository units = new UnitRepository(database);
        Unit added = units.add("县测试局");
        units.rename(added.id(), "县测绘局");
        units.setLiaison(added.id(), org.kesudesk.model.UnitLiaison.NONE,
                new org.kesudesk.model.UnitLiaison("张三", "0452-2412345"));
        Unit unit = unit("县测绘局");
        List<String> order = units.all().stream().map(Unit::name).toList();
        int entries = new AuditLog(database).recent(1000).size();

        stack.execute(editor.removeUnitFromCatalogue(unit));

        assertThat(units.all()).extracting(Unit::name).doesNotContain("县测绘局");
        assertThat(units.findByName("县测试局")).as("its alias gone with it").isEmpty();
        assertThat(units.liaisons()).doesNotContainKey(unit.id());
        assertThat(new AuditLog(database).recent(1000)).hasSize(entries + 1);
        assertThat(new AuditLog(database).recent(1).get(0).action()).isEqualTo("unit.remove");
        // what went with it is kept in the log
        assertThat(new AuditLog(database).recent(1).get(0).before())
                .contains("县测绘局（别名：县测试局；联络员：张三\u30000452-2412345）");
        assertThat(new DatabaseCheck(database).run()).isEmpty();

        // undone: the same unit, in its place, found by its alias, with its liaison
        stack.undo();
        assertThat(units.all().stream().map(Unit::name).toList()).isEqualTo(order);
        assertThat(units.findByName("县测试局")).map(Unit::id).contains(unit.id());
        assertThat(units.liaison(unit.id())).isEqualTo(new org.kesudesk.model.UnitLiaison("张三", "0452-2412345"));

        stack.redo();
        assertThat(units.findByName("县测绘局")).isEmpty();
        // its name given to another unit meanwhile: putting it back is refused, the other kept
        Unit other = units.add("县测试局");
        assertThatThrownBy(stack::undo).isInstanceOf(UserFacingException.class).hasMessageContaining("县测试局");
        assertThat(units.findByName("县测试局")).map(Unit::id).contains(other.id());
        assertThat(units.findByName("县测绘局")).isEmpty();
    }

    @Test
    void aUnitInTheDivision_orWithReports_isNotRemoved_andTheRefusalSaysWhy() {
        UnitRepository units = new UnitRepository(database);
        Unit used = unit("县科协");
        long places = nodes().stream().mapToLong(node -> java.util.stream.Stream.concat(node.leadUnits().stream(),
                node.responsibleUnits().stream()).filter(u -> u.id().equals(used.id())).count()).sum();
        assertThat(places).isPositive();

        assertThatThrownBy(() -> stack.execute(editor.removeUnitFromCatalogue(used)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("“县科协”在方案中还有 " + places + " 处分工").hasMessageContaining("合并到");
        assertThat(units.findByName("县科协")).isPresent();
        assertThat(stack.undoDescription()).isEmpty();

        // a unit that reported on a task, then taken off it: its report is kept, and the unit with it
        PlanNode task = firstTask();
        Unit reporter = task.responsibleUnits().get(0);
        org.kesudesk.logic.progress.ProgressTracking tracking =
                new org.kesudesk.logic.progress.ProgressTracking(database);
        org.kesudesk.model.ReportingRound round = tracking.openRound(plan(), "2026年上半年",
                java.time.LocalDate.of(2026, 7, 10), java.util.Optional.empty(), java.util.Optional.empty());
        tracking.report(plan(), round, task, reporter, new org.kesudesk.logic.progress.ProgressTracking.Entry(
                org.kesudesk.model.ProgressStatus.IN_PROGRESS, java.util.OptionalInt.empty(), "推进中。", "", ""),
                "测试");
        for (PlanNode node : nodes()) {
            if (java.util.stream.Stream.concat(node.leadUnits().stream(), node.responsibleUnits().stream())
                    .anyMatch(u -> u.id().equals(reporter.id()))) {
                stack.execute(editor.removeUnit(node, reporter));
            }
        }
        assertThat(nodes()).allSatisfy(node -> assertThat(node.carriedOutBy()).doesNotContain(reporter));
        assertThatThrownBy(() -> stack.execute(editor.removeUnitFromCatalogue(reporter)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("已报过进展");
        assertThat(units.findByName(reporter.name())).isPresent();
    }

    @Test
    void aUnitNameThatExists_isRefused_andNothingIsRecorded() {
        assertThatThrownBy(() -> stack.execute(editor.addUnitToCatalogue("县科协")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("已经存在");
        assertThat(stack.undoDescription()).isEmpty();
    }

    @Test
    void everyEditIsInTheAuditLog_withWhoAndWhat() {
        stack.execute(editor.addUnit(firstTask(), unit("县科协"), 0));

        AuditEntry entry = new AuditLog(database).recent(1).get(0);
        assertThat(entry.action()).isEqualTo("assignment.add");
        assertThat(entry.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.summary()).isEqualTo("（一）实施青少年科学素质提升行动 › 1.推进校内科学教育 的责任单位");
        assertThat(entry.before()).contains("县教育局、团县委");
        assertThat(entry.after()).contains("县科协、县教育局、团县委");
        assertThat(entry.unitId()).contains(unit("县科协").id());
        assertThat(new AuditLog(database).find(java.util.Optional.empty(),
                java.util.Optional.of(new AuditLog.UnitFilter(unit("县科协").id(), "县科协")), 10))
                .extracting(AuditEntry::action).contains("assignment.add");

        // an undo is the opposite edit, and the log says it was an undo; a redo likewise
        stack.undo();
        AuditEntry undone = new AuditLog(database).recent(1).get(0);
        assertThat(undone.action()).isEqualTo("assignment.remove");
        assertThat(undone.summary()).isEqualTo("【撤销】" + entry.summary());
        stack.redo();
        assertThat(new AuditLog(database).recent(1).get(0).summary()).isEqualTo("【重做】" + entry.summary());
    }
}
