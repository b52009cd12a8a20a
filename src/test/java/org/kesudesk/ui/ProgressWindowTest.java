package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.StatusLight;
import org.kesudesk.store.Database;
import org.kesudesk.testsupport.SamplePlan;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The 进展 tab, driven as a clerk would: a report entered, its light changing, the counts and the chart clicked. */
class ProgressWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot();
    private Path db;

    @BeforeEach
    void startOnTheSampleWithARound() throws TimeoutException {
        db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            PlanDocument plan = SamplePlan.store(database);
            new ProgressTracking(database).openRound(plan, "2026年上半年", LocalDate.now().plusMonths(1),
                    Optional.empty(), Optional.empty());
        }
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));
    }

    @Test
    void aReportEntered_turnsItsLightGreen_isUndone_andTheDashboardNarrowsTheList() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        int total = table.getItems().size();
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.light()).isEqualTo(StatusLight.GREY));
        assertThat(summary()).contains("已报 0/" + total);

        // the second row: a task's second responsible unit, chosen and reported with Enter
        ProgressTracking.Row chosen = table.getItems().get(1);
        reportWithEnter(table, 1);
        waitUntil(() -> VisibleNodes.shown(robot, "#reportProgress"));
        // the dialog and the list name the task as the notice numbers it (section, action, task)
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .startsWith("二、（一）1." + chosen.task().title());
        // styled as the window is: its header in the bundled font (not a system font's half-width brackets)
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(javafx.scene.control.Label.class)
                .getFont().getFamily()).isEqualTo("FandolHei");
        // JavaFX's own buttons in Chinese too, whatever this machine's locale
        assertThat(((javafx.scene.control.Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(ButtonType.OK)).getText()).isEqualTo("确定");
        assertThat(robot.from(table).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && "二、（一）1.".equals(labeled.getText())).tryQuery()).isPresent();
        robot.clickOn("#reportProgress").write("已在12所学校开展");
        assertThat(robot.lookup("#reportStatus").queryComboBox().getValue()).isEqualTo(ProgressStatus.IN_PROGRESS);
        // confirmed from the text area itself: Ctrl+Enter (Enter there starts a new line)
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        waitUntil(() -> row(table, chosen).map(r -> r.light() == StatusLight.GREEN).orElse(false));
        ProgressTracking.Row reported = row(table, chosen).orElseThrow();
        assertThat(reported.report().orElseThrow().progress()).isEqualTo("已在12所学校开展");
        assertThat(reported.report().orElseThrow().percent()).isEqualTo(50);
        assertThat(summary()).contains("绿 1").contains("已报 1/" + total);

        // the tree marks the task with its worst light (the other units have not reported: grey), the matrix the
        // unit's own cell with its light
        robot.clickOn("方案");
        VisibleNodes.clickCell(robot, "（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        String taskCell = chosen.task().label() + "." + chosen.task().title();
        waitUntil(() -> robot.lookup(".tree-cell").match(node -> node instanceof Labeled labeled
                && taskCell.equals(labeled.getText()) && labeled.getGraphic() != null
                && labeled.getGraphic().getStyleClass().contains("light-dot-grey")).tryQuery().isPresent());
        robot.clickOn("责任矩阵");
        waitUntil(() -> robot.lookup(".table-cell").match(node -> node.getStyleClass().contains("matrix-responsible")
                && node.getStyleClass().contains("light-green")).tryQuery().isPresent());
        robot.clickOn("进展");
        waitUntil(() -> VisibleNodes.shown(robot, "#progressTable"));

        org.kesudesk.testsupport.Screenshots.save(robot,
                FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot(), "progress.png");

        // the counts narrow the list: green shows the one report, a grey bar of the chart the others
        robot.clickOn("#progressFilterGREEN");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).unit()).isEqualTo(chosen.unit());
        List<Node> greyBars = robot.lookup("#progressChart .default-color3.chart-bar").queryAll().stream().toList();
        assertThat(greyBars).isNotEmpty();
        robot.clickOn(greyBars.get(0));
        waitUntil(() -> table.getItems().size() == total - 1);
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.light()).isEqualTo(StatusLight.GREY));

        // a unit of the 按单位 table narrows the list to that unit's tasks; 全部 shows all again
        robot.clickOn("#progressFilterAll");
        waitUntil(() -> table.getItems().size() == total);
        TableView<ProgressTracking.UnitSummary> units = robot.lookup("#progressUnits").queryTableView();
        ProgressTracking.UnitSummary reportingUnit = units.getItems().stream()
                .filter(summary -> summary.unit().id().equals(chosen.unit().id())).findFirst().orElseThrow();
        assertThat(reportingUnit.reported()).isEqualTo(1);
        assertThat(reportingUnit.onTime()).isEqualTo(1);
        String unitName = chosen.unit().name();
        waitUntil(() -> robot.from(units).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && unitName.equals(labeled.getText())).tryQuery().isPresent());
        robot.clickOn(robot.from(units).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && unitName.equals(labeled.getText())).<Node>query());
        waitUntil(() -> table.getItems().size() == reportingUnit.tasks());
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.unit()).isEqualTo(chosen.unit()));
        robot.clickOn("#progressFilterAll");
        waitUntil(() -> table.getItems().size() == total);

        // 撤销 takes the report back, as any edit
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> row(table, chosen).map(r -> r.light() == StatusLight.GREY).orElse(false));
        assertThat(summary()).contains("已报 0/" + total);
        // the report and its undo are both in the audit log, as the window stored them
        window.stop();
        try (Database database = Database.open(db)) {
            assertThat(new org.kesudesk.store.AuditLog(database).recent(5))
                    .filteredOn(entry -> entry.action().equals("progress.report")).hasSize(2)
                    .anySatisfy(entry -> assertThat(entry.summary()).startsWith("【撤销】"));
        }
    }

    /** 进展情况 of several paragraphs (一是…, 二是…): on one line in the list, as tall as every row; whole on hover. */
    @Test
    void aReportOfSeveralParagraphs_isOneLineInTheList_andWholeInItsTooltip() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        ProgressTracking.Row chosen = table.getItems().get(0);
        reportWithEnter(table, 0);
        waitUntil(() -> VisibleNodes.shown(robot, "#reportProgress"));
        String text = "一是召开全市部署会。\n二是印发年度工作方案。\n\n三是开展科普讲座12场。";
        robot.interact(() -> robot.lookup("#reportProgress").queryAs(TextArea.class).setText(text));
        robot.clickOn("#reportProgress");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> row(table, chosen).flatMap(ProgressTracking.Row::report).isPresent());
        robot.interact(() -> table.scrollToColumnIndex(table.getColumns().size() - 2));

        String shown = "一是召开全市部署会。 二是印发年度工作方案。 三是开展科普讲座12场。";
        waitUntil(() -> robot.from(table).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && shown.equals(labeled.getText())).tryQuery().isPresent());
        Labeled cell = robot.from(table).lookup(".table-cell").match(node -> node instanceof Labeled labeled
                && shown.equals(labeled.getText())).query();
        assertThat(cell.getTooltip()).as("the cell's tooltip").isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(text);
        List<Double> heights = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(Node::isVisible).map(node -> node.getBoundsInLocal().getHeight()).distinct().toList();
        assertThat(heights).as("the rows' heights").hasSize(1);
    }

    @Test
    void onALaptopsScreen_eachListBesideTheRowsHasRoom_andANewRoundLeavesTheFocusOnItsRows() throws Exception {
        javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            // the headless screen's 1280 × 800, a laptop's height less its task bar
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        // the sample is a city's plan with no county's plan: no counties' list
        javafx.scene.control.TabPane lists = robot.lookup("#progressSideTabs").queryAs(javafx.scene.control.TabPane.class);
        assertThat(lists.getTabs()).extracting(javafx.scene.control.Tab::getText).containsExactly("各责任单位", "量化指标");
        TableView<?> units = robot.lookup("#progressUnits").queryTableView();
        // room for several rows (a row is some 25 px), not the header alone
        assertThat(units.getHeight()).isGreaterThan(150);
        // the rows show whom each is for (a task's rows, one per unit, alike up to it), and the figures give way
        // to more of them when their divider is moved
        double beforeUnit = 0;
        for (javafx.scene.control.TableColumn<ProgressTracking.Row, ?> column : table.getColumns()) {
            if (column.getText().equals("责任单位")) {
                break;
            }
            beforeUnit += column.getWidth();
        }
        assertThat(beforeUnit + 60).isLessThan(table.getWidth());
        double narrow = table.getWidth();
        javafx.scene.control.SplitPane split = robot.lookup("#progressSplit").queryAs(
                javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.8));
        waitUntil(() -> table.getWidth() > narrow + 50);
        robot.clickOn("量化指标");
        TableView<?> indicators = robot.lookup("#progressIndicators").queryTableView();
        waitUntil(() -> VisibleNodes.shown(robot, "#progressIndicators"));
        assertThat(indicators.getHeight()).isGreaterThan(150);

        // a second round opened from the window: the focus goes to its rows, not to 结束本轮 beside the button
        robot.clickOn("#progressOpenRound");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        javafx.scene.Node ok = dialog.lookupButton(ButtonType.OK);
        Label problem = robot.lookup("#roundProblem").queryAs(Label.class);
        // checked as typed, the dialog kept open: a name the plan's rounds have, a date that is none
        robot.clickOn("#roundName").push(KeyCode.CONTROL, KeyCode.A).write("2026年上半年");
        waitUntil(() -> ok.isDisabled() && problem.getText().contains("已有名为“2026年上半年”"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2026年第四季度");
        javafx.scene.control.DatePicker due = robot.lookup("#roundDue").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(due.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2026/13/45");
        waitUntil(() -> ok.isDisabled() && problem.getText().contains("“2026/13/45”不是日期"));
        // a date as clerks type it
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2026年12月31日");
        waitUntil(() -> !ok.isDisabled() && problem.getText().isEmpty());
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup("#progressRound").queryComboBox().getValue() instanceof
                org.kesudesk.model.ReportingRound round && round.name().equals("2026年第四季度")
                && round.due().equals(LocalDate.of(2026, 12, 31)));
        assertThat(table.isFocused()).isTrue();
        assertThat(robot.lookup("#progressCloseRound").query().isFocused()).isFalse();
    }

    /** 报送延期 from the window, and a round ended by mistake opened again with the same button. */
    @Test
    void theRoundsDueDate_isPutOff_andARoundEnded_isOpenedAgain() throws Exception {
        robot.clickOn("进展");
        javafx.scene.control.ComboBox<org.kesudesk.model.ReportingRound> rounds =
                robot.lookup("#progressRound").queryComboBox();
        waitUntil(() -> rounds.getValue() != null);
        LocalDate later = rounds.getValue().due().plusDays(10);
        robot.clickOn("#progressChangeDue");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        javafx.scene.Node ok = dialog.lookupButton(ButtonType.OK);
        Label problem = robot.lookup("#roundDueProblem").queryAs(Label.class);
        // offered the date it has: nothing to change yet
        waitUntil(() -> ok.isDisabled() && problem.getText().contains("相同"));
        javafx.scene.control.DatePicker due = robot.lookup("#roundNewDue")
                .queryAs(javafx.scene.control.DatePicker.class);
        // the date ready to be typed over
        waitUntil(() -> due.getEditor().isFocused() && !due.getEditor().getText().isEmpty()
                && due.getEditor().getSelectedText().equals(due.getEditor().getText()));
        robot.clickOn(due.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("下周");
        waitUntil(() -> ok.isDisabled() && problem.getText().contains("不是日期"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write(later.getYear() + "年" + later.getMonthValue() + "月"
                + later.getDayOfMonth() + "日");
        waitUntil(() -> !ok.isDisabled() && problem.getText().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> rounds.getValue() != null && rounds.getValue().due().equals(later));
        assertThat(rounds.getValue().name()).isEqualTo("2026年上半年");
        assertThat(robot.lookup("#progressTable").query().isFocused()).isTrue();

        javafx.scene.control.Button close = robot.lookup("#progressCloseRound").queryButton();
        javafx.scene.control.Button importSheets = robot.lookup("#progressImportSheets").queryButton();
        assertThat(close.getText()).isEqualTo("结束本轮");
        robot.clickOn(close);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> rounds.getValue() != null && !rounds.getValue().isOpen());
        waitUntil(() -> close.getText().equals("重新开启本轮") && importSheets.isDisabled() && !close.isDisabled());
        robot.clickOn(close);
        waitUntil(() -> rounds.getValue() != null && rounds.getValue().isOpen());
        waitUntil(() -> close.getText().equals("结束本轮") && !importSheets.isDisabled());
        // the due date put off stays
        assertThat(rounds.getValue().due()).isEqualTo(later);
    }

    @Test
    void aDeadlineSetInTheEditor_isStored_shownInTheProgressTab_andUndone() throws Exception {
        javafx.scene.control.ComboBox<String> kind = aTasksDeadline();
        assertThat(kind.getValue()).isEqualTo("无时限");

        LocalDate due = LocalDate.now().plusDays(3);
        setDeadline(kind, due);

        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(row -> row.task().title().equals("实施科技创新后备人才培养计划")
                && row.deadline().isPresent()));
        assertThat(table.getItems()).filteredOn(row -> row.task().title().equals("实施科技创新后备人才培养计划"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.deadline().orElseThrow())
                        .isEqualTo(new org.kesudesk.model.Deadline.OnDate(due)));
        // due in three days and no one has reported: grey, yet every one of its units is to chase — 待催办 shows
        // those rows and any other due within the warning days (the sample's 每年12月底 tasks late in December),
        // counted in the line above the rows
        List<ProgressTracking.Row> toChase = dueSoon(table.getItems());
        assertThat(toChase).filteredOn(row -> row.task().title().equals("实施科技创新后备人才培养计划"))
                .hasSize((int) table.getItems().stream()
                        .filter(row -> row.task().title().equals("实施科技创新后备人才培养计划")).count());
        waitUntil(() -> summary().contains("待催办 " + toChase.size()));
        // each unit's figure in 各责任单位 counts its own such rows, in a column of that name
        TableView<ProgressTracking.UnitSummary> units = robot.lookup("#progressUnits").queryTableView();
        assertThat(units.getColumns()).extracting(TableColumn::getText).contains("待催办");
        java.util.Map<String, Long> perUnit = toChase.stream().collect(java.util.stream.Collectors.groupingBy(
                row -> row.unit().name(), java.util.stream.Collectors.counting()));
        waitUntil(() -> units.getItems().stream().allMatch(unit -> unit.toChase()
                == perUnit.getOrDefault(unit.unit().name(), 0L)));
        robot.clickOn("#progressFilterToChase");
        waitUntil(() -> table.getItems().size() == toChase.size());
        assertThat(table.getItems()).containsExactlyElementsOf(toChase)
                .allSatisfy(row -> assertThat(row.light()).isEqualTo(StatusLight.GREY));
        // a light chosen takes its place; 全部 shows every row again
        robot.clickOn("#progressFilterGREY");
        waitUntil(() -> table.getItems().size() > toChase.size());
        assertThat(robot.lookup("#progressFilterToChase").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()).isFalse();
        robot.clickOn("#progressFilterToChase");
        waitUntil(() -> table.getItems().size() == toChase.size());
        robot.clickOn("#progressFilterAll");
        waitUntil(() -> table.getItems().size() > toChase.size());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> table.getItems().stream().filter(row -> row.task().title().equals("实施科技创新后备人才培养计划"))
                .allMatch(row -> row.deadline().isEmpty()));
        waitUntil(() -> summary().contains("待催办 " + dueSoon(table.getItems()).size()));
        robot.clickOn("方案");
        waitUntil(() -> "无时限".equals(kind.getValue()));
    }

    @Test
    void aDeadlineTypedAsNoDate_isSaidSo_keptInTheField_andTheDeadlineStays() throws Exception {
        javafx.scene.control.ComboBox<String> kind = aTasksDeadline();
        javafx.scene.control.DatePicker date = robot.lookup("#deadlineDate").queryAs(
                javafx.scene.control.DatePicker.class);
        LocalDate first = LocalDate.now().plusDays(30);
        setDeadline(kind, first);
        Label problem = robot.lookup("#deadlineProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isFalse();

        // no such day: said beside the field, the text left to be corrected, the deadline as it was
        robot.clickOn(date.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2026/13/45").type(KeyCode.ENTER);
        waitUntil(() -> problem.isVisible() && problem.getText().contains("“2026/13/45”不是日期")
                && problem.getText().contains("完成时限未改") && date.getEditor().getText().equals("2026/13/45"));
        assertThat(date.getValue()).isEqualTo(first);
        // nor does the text go when the focus leaves the field (Tab to the next one): still there, still said
        robot.type(KeyCode.TAB);
        waitUntil(() -> !date.getEditor().isFocused());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getEditor().getText()).isEqualTo("2026/13/45");
        assertThat(problem.isVisible()).isTrue();
        assertThat(date.getValue()).isEqualTo(first);

        // as a document writes a date, in an input method's full-width digits
        robot.clickOn(date.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.interact(() -> date.getEditor().replaceSelection("２０２７年３月１日"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2027, 3, 1).equals(date.getValue()) && !problem.isVisible());
        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        waitUntil(() -> table.getItems().stream().filter(row -> row.task().title().equals("实施科技创新后备人才培养计划"))
                .allMatch(row -> row.deadline().equals(java.util.Optional.of(
                        new org.kesudesk.model.Deadline.OnDate(LocalDate.of(2027, 3, 1))))));
    }

    /** The 完成时限 kind of （一）3. in the editor, the task chosen in the tree. */
    private javafx.scene.control.ComboBox<String> aTasksDeadline() throws TimeoutException {
        VisibleNodes.clickCell(robot, "（一）实施青少年科学素质提升行动");
        robot.type(KeyCode.RIGHT);
        VisibleNodes.clickCell(robot, "3.实施科技创新后备人才培养计划");
        waitUntil(() -> VisibleNodes.shown(robot, "#deadlineKind"));
        return robot.lookup("#deadlineKind").queryComboBox();
    }

    /** The task's deadline set to the day as the editor's date and kind do it, and stored. */
    private void setDeadline(javafx.scene.control.ComboBox<String> kind, LocalDate due) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#deadlineDate").queryAs(javafx.scene.control.DatePicker.class).setValue(due);
            kind.getSelectionModel().select("按日期");
            kind.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> robot.lookup("#savedText").queryLabeled().getText().startsWith("已保存"));
    }

    @Test
    void theReportDialog_listsTheFilesAttachedBefore_withTheirSize_andThoseTheCityHas() throws Exception {
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        Path photo = java.nio.file.Files.write(folder.resolve("现场照片.png"), png);
        Path summary = java.nio.file.Files.writeString(folder.resolve("总结.pdf"), "%PDF-1.4\n%%EOF\n");
        // the window holds the database: closed, the report is made as another office machine would, reopened
        window.stop();
        try (Database database = Database.open(db)) {
            ProgressTracking tracking = new ProgressTracking(database);
            PlanDocument plan = new org.kesudesk.store.PlanRepository(database).ownPlan().orElseThrow();
            org.kesudesk.model.ReportingRound round = tracking.rounds(plan).get(0);
            org.kesudesk.model.PlanNode task = org.kesudesk.logic.PlanReferences.resolve(plan, "action.1.1");
            tracking.report(plan, round, task, task.responsibleUnits().get(0),
                    new ProgressTracking.Entry(ProgressStatus.IN_PROGRESS, java.util.OptionalInt.empty(), "见附件", "",
                            ""), "张三", List.of(photo, summary));
            // the city's last file back said it has the photograph (its receipt, as an import stores it)
            String photoHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(png));
            var received = org.kesudesk.store.jooq.Tables.EVIDENCE_RECEIVED;
            org.kesudesk.store.Tampering.change(database, tx -> tx.insertInto(received, received.PLAN_ID,
                    received.HASH).values(plan.plan().id(), photoHash).execute());
        }
        window.start(() -> new KesuDeskApp(db));
        VisibleNodes.waitUntil(() -> VisibleNodes.shown(robot, "#planTree"));

        robot.clickOn("进展");
        TableView<ProgressTracking.Row> table = robot.lookup("#progressTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0).report().isPresent());
        reportWithEnter(table, 0);
        waitUntil(() -> VisibleNodes.shown(robot, "#reportEvidence"));
        javafx.scene.control.ListView<?> files = robot.lookup("#reportEvidence").queryListView();
        assertThat(files.getItems()).hasSize(2);
        waitUntil(() -> robot.lookup(".list-cell").match(node -> node instanceof Labeled labeled
                && "现场照片.png（1 KB，市里已收到）".equals(labeled.getText())).tryQuery().isPresent());
        assertThat(robot.lookup(".list-cell").match(node -> node instanceof Labeled labeled
                && "总结.pdf（1 KB）".equals(labeled.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup("#reportProgress").queryAs(TextArea.class).getText()).isEqualTo("见附件");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theBulletinDialog_showsTheFrameWithItsPlaceholders_andGoesBackToTheAppsFrame() throws Exception {
        robot.clickOn("进展");
        waitUntil(() -> VisibleNodes.shown(robot, "#progressTable"));
        robot.clickOn("#progressBulletin");
        waitUntil(() -> VisibleNodes.shown(robot, "#bulletinFrame"));
        TextArea frame = robot.lookup("#bulletinFrame").queryAs(TextArea.class);
        assertThat(frame.getText()).contains("{已完成}").contains("{按时报送率}");
        // every placeholder the app fills is offered, each whole; one chosen goes where the caret is
        List<String> offered = robot.lookup("#bulletinPlaceholders .hyperlink").queryAllAs(
                javafx.scene.control.Hyperlink.class).stream().map(javafx.scene.control.Hyperlink::getText).toList();
        assertThat(offered).hasSize(org.kesudesk.logic.progress.Bulletins.Figure.values().length)
                .contains("{未按时报送单位}", "{超期和临期未报送}");
        String shown = frame.getText();
        robot.interact(() -> frame.positionCaret(shown.indexOf('\n')));
        robot.clickOn(robot.lookup("#bulletinPlaceholders .hyperlink").match(node -> node instanceof Labeled link
                && "{超期和临期未报送}".equals(link.getText())).<Node>query());
        assertThat(frame.getText()).isEqualTo(shown.substring(0, shown.indexOf('\n')) + "{超期和临期未报送}"
                + shown.substring(shown.indexOf('\n')));
        assertThat(frame.isFocused()).as("the caret back in the frame, to type on").isTrue();
        // from the keyboard: Ctrl+Tab leaves the text for the first placeholder, Space puts it at the caret
        String withOne = frame.getText();
        robot.interact(() -> frame.positionCaret(0));
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil(() -> frame.getScene().getFocusOwner() instanceof javafx.scene.control.Hyperlink);
        String first = ((javafx.scene.control.Hyperlink) frame.getScene().getFocusOwner()).getText();
        robot.type(KeyCode.SPACE);
        waitUntil(() -> frame.getText().equals(first + withOne));

        robot.interact(() -> frame.setText("改过的模板"));
        robot.clickOn("#bulletinFrameReset");
        assertThat(frame.getText()).isEqualTo(shown);
        assertThat(robot.lookup("#bulletinFormat").queryComboBox().getItems()).hasSize(3);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !VisibleNodes.shown(robot, "#bulletinFrame"));
    }

    @Test
    void theLettersIssuer_isNamedInItsDialog_kept_andShownTheNextTime() throws Exception {
        robot.clickOn("进展");
        waitUntil(() -> VisibleNodes.shown(robot, "#progressTable"));
        robot.clickOn("#progressSupervise").clickOn("发文机关…");
        waitUntil(() -> VisibleNodes.shown(robot, "#supervisionIssuer"));
        TextField name = robot.lookup("#supervisionIssuer").queryAs(TextField.class);
        assertThat(name.getText()).as("none named yet").isEmpty();
        assertThat(robot.lookup(".label").match(node -> node instanceof Label label && label.getText() != null
                && label.getText().contains("留空则用方案的发文机关（齐齐哈尔市人民政府办公室）")).tryQuery()).isPresent();

        robot.interact(() -> name.setText("齐齐哈尔市全民科学素质工作领导小组办公室"));
        // whom the units are to call about the letters
        robot.clickOn("#supervisionContactPerson").write("李四");
        robot.clickOn("#supervisionContactPhone").write("0452-2412345");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !VisibleNodes.shown(robot, "#supervisionIssuer"));
        robot.clickOn("#progressSupervise").clickOn("发文机关…");
        waitUntil(() -> VisibleNodes.shown(robot, "#supervisionIssuer"));

        assertThat(robot.lookup("#supervisionIssuer").queryAs(TextField.class).getText())
                .isEqualTo("齐齐哈尔市全民科学素质工作领导小组办公室");
        assertThat(robot.lookup("#supervisionContactPerson").queryAs(TextField.class).getText()).isEqualTo("李四");
        assertThat(robot.lookup("#supervisionContactPhone").queryAs(TextField.class).getText())
                .isEqualTo("0452-2412345");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !VisibleNodes.shown(robot, "#supervisionIssuer"));
    }

    /**
     * The rows no one reported on whose deadline is past or within the default warning days, in the list's order:
     * what 待催办 is to show while nothing is reported.
     */
    private static List<ProgressTracking.Row> dueSoon(List<ProgressTracking.Row> rows) {
        LocalDate today = LocalDate.now();
        return rows.stream().filter(row -> row.report().isEmpty() && !row.unit().isCollective()
                && row.deadline().flatMap(d -> d.dueIn(today.getYear()))
                .filter(day -> !day.isAfter(today.plusDays(StatusLight.DEFAULT_WARNING_DAYS))).isPresent()).toList();
    }

    private String summary() {
        return robot.lookup("#progressSummary").queryAs(Label.class).getText();
    }

    private static Optional<ProgressTracking.Row> row(TableView<ProgressTracking.Row> table,
                                                      ProgressTracking.Row like) {
        return table.getItems().stream().filter(r -> r.task().id().equals(like.task().id())
                && r.unit().id().equals(like.unit().id())).findFirst();
    }

    /** 各责任单位 sorted by 已报 with a click on its header: by the numbers, 0/9 before 0/12, not as text. */
    @Test
    void theUnitsFigures_sortByTheirNumbers_whenTheirHeaderIsClicked() throws Exception {
        robot.clickOn("进展");
        TableView<ProgressTracking.UnitSummary> units = robot.lookup("#progressUnits").queryTableView();
        waitUntil(() -> units.getItems().size() > 2);
        javafx.scene.Node header = robot.lookup("#progressUnits .column-header").match(node -> node.lookup(".label")
                instanceof Label label && "已报".equals(label.getText())).query();

        robot.clickOn(header);

        waitUntil(() -> units.getSortOrder().size() == 1);
        // none reported yet: 0/n throughout, in the order of n (as text, 0/12 came before 0/9)
        assertThat(units.getItems()).allSatisfy(summary -> assertThat(summary.reported()).isZero());
        assertThat(units.getItems().stream().map(ProgressTracking.UnitSummary::tasks).toList()).isSorted();
    }

    /**
     * A unit's 联络员 typed in 单位管理 (Enter stores it) stands beside its figures in the 进展 tab, whom to call
     * when its reports are late; 撤销 takes it back there too.
     */
    @Test
    void aUnitsLiaisonTypedInTheCatalogue_standsBesideItsFigures_andIsUndone() throws Exception {
        org.kesudesk.model.Unit first = liaisonTypedForTheFirstUnit("张三", "0452-2412345");

        robot.clickOn("进展");
        TableView<ProgressTracking.UnitSummary> units = robot.lookup("#progressUnits").queryTableView();
        javafx.scene.control.TableColumn<ProgressTracking.UnitSummary, ?> liaison = units.getColumns().stream()
                .filter(column -> column.getText().equals("联络员")).findFirst().orElseThrow();
        BooleanSupplier shown = () -> units.getItems().stream().anyMatch(summary -> summary.unit().equals(first)
                && "张三\u30000452-2412345".equals(liaison.getCellData(summary)));
        waitUntil(shown);
        // and on its row, the column being past the table's width beside the rows
        waitUntil(() -> robot.lookup("#progressUnits .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().anyMatch(row -> row.getItem() instanceof ProgressTracking.UnitSummary summary
                        && summary.unit().equals(first) && row.getTooltip() != null
                        && row.getTooltip().getText().equals(first.name() + "的联络员：张三\u30000452-2412345")));
        // only that unit's
        assertThat(units.getItems()).filteredOn(summary -> !summary.unit().equals(first))
                .allSatisfy(summary -> assertThat(liaison.getCellData(summary)).isEqualTo(""));
        // the list narrowed to the unit says whom to call there, in sight above the rows
        int index = units.getItems().stream().map(ProgressTracking.UnitSummary::unit).toList().indexOf(first);
        robot.interact(() -> {
            units.requestFocus();
            units.getSelectionModel().select(index);
        });
        robot.type(KeyCode.ENTER);
        Label whom = robot.lookup("#progressUnitLiaison").queryAs(Label.class);
        waitUntil(() -> whom.getText().equals(first.name() + "的联络员：张三\u30000452-2412345"));
        assertThat(VisibleNodes.shown(robot, "#progressUnitLiaison")).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> units.getItems().stream().filter(summary -> summary.unit().equals(first))
                .allMatch(summary -> "".equals(liaison.getCellData(summary))));
        waitUntil(() -> whom.getText().equals(first.name() + "没有登记联络员（可在“单位管理”页登记）"));
        robot.clickOn("单位管理");
        assertThat(robot.lookup("#liaisonPersonField").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aChaseNoted_forTheUnitShown_reachesItsLiaison_isCounted_removed_andBothAreUndone() throws Exception {
        org.kesudesk.model.Unit first = liaisonTypedForTheFirstUnit("张三", "2412345");

        robot.clickOn("进展");
        TableView<ProgressTracking.UnitSummary> units = robot.lookup("#progressUnits").queryTableView();
        waitUntil(() -> units.getItems().stream().anyMatch(summary -> summary.unit().equals(first)));
        int index = units.getItems().stream().map(ProgressTracking.UnitSummary::unit).toList().indexOf(first);
        robot.interact(() -> {
            units.requestFocus();
            units.getSelectionModel().select(index);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> VisibleNodes.shown(robot, "#progressChaseButton"));
        Label chased = robot.lookup("#progressUnitChases").queryAs(Label.class);
        assertThat(chased.getText()).isEmpty();
        robot.clickOn("#progressChaseButton");

        // whom it reaches is the unit's liaison unless the clerk says otherwise
        waitUntil(() -> VisibleNodes.shown(robot, "#chaseAnswer"));
        assertThat(robot.lookup("#chasePerson").queryAs(TextField.class).getText()).isEqualTo("张三");
        assertThat(robot.lookup("#chaseRecords").queryListView().getItems()).isEmpty();
        robot.clickOn("#chaseAnswer").write("分管领导出差，下周一前报送");
        javafx.scene.control.DatePicker promised = robot.lookup("#chasePromised")
                .queryAs(javafx.scene.control.DatePicker.class);
        Node note = robot.lookup(".dialog-pane .button").match(node -> node instanceof Labeled labeled
                && labeled.getText().equals("记录")).query();
        // a promise before the chase is said so, and 记录 waits
        robot.clickOn(promised.getEditor()).write(LocalDate.now().minusDays(1).toString());
        waitUntil(() -> robot.lookup("#chaseProblem").queryAs(Label.class).getText().startsWith("承诺报送日期"));
        assertThat(note.isDisabled()).isTrue();
        LocalDate promise = LocalDate.now().plusDays(3);
        robot.interact(() -> promised.getEditor().setText(promise.toString()));
        waitUntil(() -> !note.isDisabled());
        robot.clickOn(note);

        String day = LocalDate.now().getMonthValue() + "月" + LocalDate.now().getDayOfMonth() + "日";
        String line = "已催办1次，最近一次：" + day + "电话催办（张三）：分管领导出差，下周一前报送；承诺"
                + promise.getMonthValue() + "月" + promise.getDayOfMonth() + "日前报送";
        waitUntil(() -> chased.getText().equals(line));
        javafx.scene.control.TableColumn<ProgressTracking.UnitSummary, ?> count = units.getColumns().stream()
                .filter(column -> column.getText().equals("催办")).findFirst().orElseThrow();
        waitUntil(() -> units.getItems().stream().anyMatch(summary -> summary.unit().equals(first)
                && "1".equals(count.getCellData(summary))));
        assertThat(units.getItems()).filteredOn(summary -> !summary.unit().equals(first))
                .allSatisfy(summary -> assertThat(count.getCellData(summary)).isEqualTo(""));

        // noted by mistake: removed from the dialog (opened this time from the units' table's menu, for the unit
        // selected), its list following; headless, Monocle sends no context-menu request for a right click
        // (TestFX/TestFX#645), so the menu's item is fired as the menu would
        javafx.scene.control.MenuItem chaseItem = units.getContextMenu().getItems().stream()
                .filter(item -> "催办记录…".equals(item.getText())).findFirst().orElseThrow();
        assertThat(chaseItem.isDisable()).isFalse();
        javafx.application.Platform.runLater(chaseItem::fire); // it opens a dialog that waits: not awaited here
        waitUntil(() -> VisibleNodes.shown(robot, "#chaseRecords"));
        javafx.scene.control.ListView<?> records = robot.lookup("#chaseRecords").queryListView();
        assertThat(records.getItems()).hasSize(1);
        robot.interact(() -> records.getSelectionModel().select(0));
        robot.clickOn("#chaseRemove");
        waitUntil(() -> records.getItems().isEmpty());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> node instanceof Labeled labeled
                && labeled.getText().equals("关闭")).queryAs(Node.class));
        waitUntil(() -> chased.getText().isEmpty());

        // 撤销 puts it back, and 撤销 again takes back the chase itself
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> chased.getText().equals(line));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> chased.getText().isEmpty());
        assertThat(units.getItems()).allSatisfy(summary -> assertThat(count.getCellData(summary)).isEqualTo(""));
    }

    /** In 单位管理, the first unit of the catalogue given a liaison as a clerk types it (Enter stores it). */
    private org.kesudesk.model.Unit liaisonTypedForTheFirstUnit(String person, String phone) throws TimeoutException {
        robot.clickOn("单位管理");
        waitUntil(() -> VisibleNodes.shown(robot, "#catalogueList"));
        javafx.scene.control.ListView<org.kesudesk.model.Unit> catalogue = robot.lookup("#catalogueList")
                .queryListView();
        org.kesudesk.model.Unit first = catalogue.getItems().get(0);
        VisibleNodes.clickCell(robot, "1. " + first.name());
        robot.clickOn("#liaisonPersonField").write(person);
        robot.clickOn("#liaisonPhoneField").write(phone).type(KeyCode.ENTER);
        return first;
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        VisibleNodes.waitUntil(condition);
    }

    /** The row chosen in the table as a user does, and Enter pressed to report on it. */
    private void reportWithEnter(TableView<ProgressTracking.Row> table, int row) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER);
    }
}
