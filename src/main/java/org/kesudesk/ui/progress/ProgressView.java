package org.kesudesk.ui.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.StatusLight;

/**
 * The 进展 tab: the round chosen, its lights counted (a count, or a bar of the chart, narrows the list to its
 * rows), and every task once per responsible unit; Enter or a double click on a row enters that unit's report.
 */
public final class ProgressView extends BorderPane {

    private static final DateTimeFormatter REPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.systemDefault());

    private final ProgressViewModel viewModel;
    private final TableView<ProgressTracking.Row> table = new TableView<>();

    public ProgressView(ProgressViewModel viewModel) {
        this.viewModel = viewModel;
        setId("progressView");
        setPadding(new Insets(8));

        ComboBox<ReportingRound> rounds = new ComboBox<>(viewModel.rounds());
        rounds.setId("progressRound");
        rounds.valueProperty().bindBidirectional(viewModel.roundProperty());
        rounds.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportingRound round) {
                return round == null ? "" : Messages.get(round.isOpen() ? "progress.round.item"
                        : "progress.round.itemClosed", round.name(), round.due().toString());
            }

            @Override
            public ReportingRound fromString(String text) {
                return null;
            }
        });
        rounds.setPromptText(Messages.get("progress.noRound"));
        Button open = new Button(Messages.get("progress.round.open.button"));
        open.setId("progressOpenRound");
        open.setOnAction(event -> askForRound());
        open.disableProperty().bind(viewModel.loadingProperty());
        javafx.beans.binding.BooleanBinding noOpenRound = Bindings.createBooleanBinding(
                () -> viewModel.roundProperty().get() == null || !viewModel.roundProperty().get().isOpen(),
                viewModel.roundProperty());
        // 结束本轮, or for a round ended (by mistake, or to take a late report) 重新开启本轮
        Button close = new Button(Messages.get("progress.round.close"));
        close.setId("progressCloseRound");
        close.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(viewModel.roundProperty().get()
                != null && !viewModel.roundProperty().get().isOpen() ? "progress.round.reopen"
                : "progress.round.close"), viewModel.roundProperty()));
        close.setOnAction(event -> {
            if (noOpenRound.get()) {
                viewModel.reopenRound();
            } else {
                viewModel.closeRound();
            }
        });
        close.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.loadingProperty()));
        // 报送延期 (or an earlier date)
        Button due = new Button(Messages.get("progress.round.due.button"));
        due.setId("progressChangeDue");
        due.setTooltip(new javafx.scene.control.Tooltip(Messages.get("progress.round.due.tooltip")));
        due.setOnAction(event -> askForDue());
        due.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.loadingProperty()));
        Button enter = new Button(Messages.get("progress.report.button"));
        enter.setId("progressReport");
        enter.setOnAction(event -> reportSelected());
        // a report is for one row: not offered for several chosen to be copied
        enter.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel()
                .getSelectedIndices()).isNotEqualTo(1));
        Button exportSheets = new Button(Messages.get("progress.sheets.export.button"));
        exportSheets.setId("progressExportSheets");
        exportSheets.setOnAction(event -> viewModel.exportSheets());
        exportSheets.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.loadingProperty()));
        Button importSheets = new Button(Messages.get("progress.sheets.import.button"));
        importSheets.setId("progressImportSheets");
        importSheets.setOnAction(event -> viewModel.importSheets());
        importSheets.disableProperty().bind(noOpenRound.or(viewModel.loadingProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        Label roundLabel = new Label(Messages.get("progress.round.label"));
        roundLabel.setLabelFor(rounds);
        roundLabel.setMinWidth(Region.USE_PREF_SIZE);
        // 提前提醒: the office's warning days, kept when the field is left or Enter is pressed
        Spinner<Integer> warning = new Spinner<>(0, org.kesudesk.logic.progress.ProgressTracking.MAX_WARNING_DAYS,
                viewModel.warningDaysProperty().get());
        warning.setId("progressWarningDays");
        warning.setEditable(true);
        warning.setPrefWidth(80);
        viewModel.warningDaysProperty().addListener((observable, old, days) ->
                warning.getValueFactory().setValue(days.intValue()));
        warning.valueProperty().addListener((observable, old, days) -> {
            if (days != null) {
                viewModel.setWarningDays(days);
            }
        });
        warning.getEditor().setOnAction(event -> warning.getValueFactory().setValue(percentOf(warning)));
        Label warningLabel = new Label(Messages.get("progress.warningDays.label"));
        warningLabel.setLabelFor(warning);
        warningLabel.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton supervise = new MenuButton(Messages.get("progress.supervision.button"));
        supervise.setId("progressSupervise");
        javafx.scene.control.CheckMenuItem perUnit = new javafx.scene.control.CheckMenuItem(
                Messages.get("progress.supervision.perUnit"));
        perUnit.setId("progressSupervisePerUnit");
        // the letters saved noted as a chase of each unit written to (催办记录), once a day
        javafx.scene.control.CheckMenuItem noteChases = new javafx.scene.control.CheckMenuItem(
                Messages.get("progress.supervision.noteChases"));
        noteChases.setId("progressSuperviseNoteChases");
        // beside a city's plan with its counties' plans here: the letters go to the counties' offices instead
        javafx.scene.control.CheckMenuItem toCounties = new javafx.scene.control.CheckMenuItem(
                Messages.get("progress.supervision.toCounties"));
        toCounties.setId("progressSuperviseCounties");
        toCounties.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.counties()));
        toCounties.visibleProperty().addListener((seen, was, is) -> {
            if (!is) {
                toCounties.setSelected(false);
            }
        });
        supervise.getItems().addAll(perUnit, noteChases, toCounties, new javafx.scene.control.SeparatorMenuItem());
        // the letters' 紧急程度 (GB/T 9704 7.2.3; a 督办单's own row), none unless chosen
        javafx.scene.control.ToggleGroup urgencies = new javafx.scene.control.ToggleGroup();
        for (org.kesudesk.model.Urgency urgency : org.kesudesk.model.Urgency.values()) {
            javafx.scene.control.RadioMenuItem choice = new javafx.scene.control.RadioMenuItem(
                    Messages.get("progress.supervision.urgency",
                            org.kesudesk.ui.documents.DocumentsViewModel.urgencyName(urgency)));
            choice.setId("progressSuperviseUrgency-" + urgency.name());
            choice.setUserData(urgency);
            choice.setToggleGroup(urgencies);
            choice.setSelected(urgency == org.kesudesk.model.Urgency.NONE);
            supervise.getItems().add(choice);
        }
        supervise.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        for (boolean form : new boolean[] {false, true}) {
            if (form) {
                supervise.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            }
            for (org.kesudesk.documents.OutputFormat format : org.kesudesk.documents.OutputFormat.values()) {
                // the letter in the notice's format, or the one-page 督办单 form
                MenuItem item = new MenuItem(Messages.get(form ? "progress.supervision.form" : "progress.supervision.letter",
                        Messages.get("documents.save." + format.extension())));
                item.setId("progressSupervise-" + (form ? "form-" : "") + format.extension());
                item.setOnAction(event -> viewModel.supervise(format, form, perUnit.isSelected(),
                        (org.kesudesk.model.Urgency) urgencies.getSelectedToggle().getUserData(),
                        noteChases.isSelected(), toCounties.isSelected()));
                supervise.getItems().add(item);
            }
        }
        // in whose name the letters (and the 通报) go out: the plan's issuer unless the office names its own
        MenuItem issuer = new MenuItem(Messages.get("progress.supervision.issuer.item"));
        issuer.setId("progressSuperviseIssuer");
        issuer.setOnAction(event -> viewModel.supervisionIssuer(this::askForIssuer));
        // the units to chase with whom to call there, to phone down before (or instead of) writing
        MenuItem chaseList = new MenuItem(Messages.get("progress.chaseList.item"));
        chaseList.setId("progressChaseList");
        chaseList.setOnAction(event -> viewModel.chaseList());
        // the answers noted on that list, read back as chases
        MenuItem chaseImport = new MenuItem(Messages.get("progress.chaseImport.item"));
        chaseImport.setId("progressChaseImport");
        chaseImport.setOnAction(event -> viewModel.importChases());
        supervise.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), chaseList, chaseImport, issuer);
        supervise.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.loadingProperty()));
        Button summaryDraft = new Button(Messages.get("progress.summary.button"));
        summaryDraft.setId("progressSummaryDraft");
        summaryDraft.setOnAction(event -> viewModel.summaryDraft());
        summaryDraft.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.loadingProperty()));
        Button bulletin = new Button(Messages.get("progress.bulletin.button"));
        bulletin.setId("progressBulletin");
        bulletin.setOnAction(event -> viewModel.bulletinFrame(this::askForBulletin));
        bulletin.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.loadingProperty()));
        // the round's tools wrap onto a second line in a narrow window rather than cut their names short
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 6, roundLabel, rounds, open, due,
                close, enter, exportSheets, importSheets, supervise, bulletin, summaryDraft, warningLabel, warning,
                busy);
        top.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node tool : top.getChildren()) {
            if (tool instanceof Region region && !(tool instanceof ComboBox)) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        Label summary = new Label();
        summary.setId("progressSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);
        Label previous = new Label();
        previous.setId("progressPrevious");
        previous.textProperty().bind(viewModel.previousSummaryProperty());
        previous.visibleProperty().bind(viewModel.previousSummaryProperty().isNotEmpty());
        previous.managedProperty().bind(previous.visibleProperty());
        HBox filters = lightFilters();

        StackedBarChart<String, Number> chart = chart();
        // an axis draws its tick labels in a font of its own, not the window's: the parts' names take the window's
        // (its CJK font) from a label beside them
        summary.fontProperty().addListener((observable, old, font) -> {
            javafx.scene.text.Font tickFont = javafx.scene.text.Font.font(font.getFamily(), font.getSize() * 0.9);
            chart.getXAxis().setTickLabelFont(tickFont);
            chart.getYAxis().setTickLabelFont(tickFont);
        });
        VBox header = new VBox(8, top, summary, previous, filters, unitLine());
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);

        columns();
        org.kesudesk.ui.TextSizedColumns.follow(table);
        table.setItems(viewModel.rows());
        table.setId("progressTable");
        // several rows chosen (Shift, Ctrl, Ctrl+A) to be copied at once, such as the late ones to a spreadsheet
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        Label empty = new Label();
        empty.textProperty().bind(viewModel.emptyTextProperty());
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        table.setPlaceholder(empty);
        table.setRowFactory(view -> {
            TableRow<ProgressTracking.Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    report(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                reportSelected();
                event.consume();
            }
        });
        TableView<ProgressTracking.CountySummary> counties = countyTable();
        TableView<org.kesudesk.logic.progress.IndicatorTracking.Row> indicators = indicatorTable();
        // below the chart, one list at a time: a 1366×768 or 1600×1000 screen had each squeezed to its header
        javafx.scene.control.Tab unitsTab = new javafx.scene.control.Tab(Messages.get("progress.side.units"),
                unitTable());
        unitsTab.setId("progressUnitsTab");
        // the counties' totals, and under them the task chosen in the rows as each county carries it
        Label countyTaskHeading = new Label();
        countyTaskHeading.setId("progressCountyTaskHeading");
        countyTaskHeading.textProperty().bind(viewModel.countyTaskHeadingProperty());
        countyTaskHeading.setWrapText(true);
        countyTaskHeading.setMaxWidth(Double.MAX_VALUE);
        countyTaskHeading.setMinHeight(Region.USE_PREF_SIZE);
        TableView<org.kesudesk.logic.progress.CountyTasks.Standing> countyTasks = countyTaskTable();
        // the two lists one above the other, the divider the clerk's to move: on a laptop's 768 lines each had room
        // for two rows only
        Button exportCounties = new Button(Messages.get("progress.countyTask.export"));
        exportCounties.setId("progressCountyTableExport");
        exportCounties.setOnAction(event -> viewModel.exportCountyTable());
        exportCounties.disableProperty().bind(viewModel.loadingProperty());
        VBox chosenTask = new VBox(4, countyTaskHeading, countyTasks, exportCounties);
        VBox.setVgrow(countyTasks, Priority.ALWAYS);
        counties.setMinHeight(60);
        countyTasks.setMinHeight(60);
        // the county chosen: its office chased, noted as a unit's chase is
        Button chaseCounty = new Button(Messages.get("progress.chase.countyItem"));
        chaseCounty.setId("progressCountyChaseButton");
        chaseCounty.disableProperty().bind(counties.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.loadingProperty()));
        chaseCounty.setOnAction(event -> askForCountyChase(Optional.ofNullable(counties.getSelectionModel()
                .getSelectedItem()).map(ProgressTracking.CountySummary::county).orElse(null)));
        VBox countyFigures = new VBox(4, counties, chaseCounty);
        VBox.setVgrow(counties, Priority.ALWAYS);
        javafx.scene.control.SplitPane countiesBox = new javafx.scene.control.SplitPane(countyFigures, chosenTask);
        countiesBox.setId("progressCountiesSplit");
        countiesBox.setOrientation(javafx.geometry.Orientation.VERTICAL);
        countiesBox.setDividerPositions(0.4);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) ->
                viewModel.countyTaskProperty().set(row == null ? null : row.task()));
        // a county's task asked for from the city's plan: its first row chosen, shown and ready for Enter
        viewModel.taskToShowProperty().addListener((observable, old, taskId) -> {
            if (taskId == null) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).task().id().equals(taskId)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 2));
                    table.requestFocus();
                    return;
                }
            }
        });
        javafx.scene.control.Tab countiesTab = new javafx.scene.control.Tab(Messages.get("progress.side.counties"),
                countiesBox);
        countiesTab.setId("progressCountiesTab");
        VBox indicatorBox = new VBox(8, indicators, indicatorChart(indicators));
        VBox.setVgrow(indicators, Priority.ALWAYS);
        javafx.scene.control.Tab indicatorsTab = new javafx.scene.control.Tab(
                Messages.get("progress.side.indicators"), indicatorBox);
        indicatorsTab.setId("progressIndicatorsTab");
        javafx.scene.control.TabPane lists = new javafx.scene.control.TabPane(unitsTab, indicatorsTab);
        lists.setId("progressSideTabs");
        lists.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        // the counties' tab beside a city's plan only, when its counties' plans have come
        Runnable countiesShown = () -> {
            boolean any = !viewModel.counties().isEmpty();
            if (any && !lists.getTabs().contains(countiesTab)) {
                lists.getTabs().add(1, countiesTab);
            } else if (!any) {
                lists.getTabs().remove(countiesTab);
            }
        };
        viewModel.counties().addListener((ListChangeListener<ProgressTracking.CountySummary>) change ->
                countiesShown.run());
        countiesShown.run();
        VBox side = new VBox(8, chart, lists);
        VBox.setVgrow(lists, Priority.ALWAYS);
        side.setPadding(new Insets(0, 0, 0, 8));
        side.setMinWidth(300);
        // the rows and the figures side by side, the divider the clerk's to move: on a narrow window the rows showed
        // their light, place and task only, not the unit each row is for; a wider window widens the rows
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(table, side);
        split.setId("progressSplit");
        split.setDividerPositions(0.62);
        javafx.scene.control.SplitPane.setResizableWithParent(side, false);
        setCenter(split);
    }

    private HBox lightFilters() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = new ToggleButton(Messages.get("progress.filter.all"));
        all.setId("progressFilterAll");
        all.setToggleGroup(group);
        all.setSelected(true);
        HBox filters = new HBox(6, new Label(Messages.get("progress.filter.label")), all);
        filters.setAlignment(Pos.CENTER_LEFT);
        for (StatusLight light : ProgressViewModel.lights()) {
            ToggleButton button = new ToggleButton(ProgressTracking.lightName(light));
            button.setId("progressFilter" + light.name());
            button.getStyleClass().add("light-" + ProgressTracking.lightCode(light));
            button.setUserData(light);
            button.setToggleGroup(group);
            filters.getChildren().add(button);
        }
        // the rows the day's 督办通知单 hold: red and yellow, and those due that no one reported on (grey)
        ToggleButton toChase = new ToggleButton(Messages.get("progress.filter.toChase"));
        toChase.setId("progressFilterToChase");
        toChase.setTooltip(new javafx.scene.control.Tooltip(Messages.get("progress.filter.toChaseTip")));
        toChase.setToggleGroup(group);
        filters.getChildren().add(toChase);
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle == null) {
                // one of them is always chosen: a second click on the chosen one keeps it
                old.setSelected(true);
                return;
            }
            if (toggle == toChase) {
                viewModel.toChaseFilterProperty().set(true);
                return;
            }
            viewModel.toChaseFilterProperty().set(false);
            viewModel.lightFilterProperty().set((StatusLight) toggle.getUserData());
            if (toggle == all) {
                viewModel.unitFilterProperty().set(null);
            }
        });
        // 全部 chosen again (after a unit narrowed the list) shows every unit
        all.setOnAction(event -> viewModel.unitFilterProperty().set(null));
        viewModel.lightFilterProperty().addListener((observable, old, light) -> {
            if (light != null || !viewModel.toChaseFilterProperty().get()) {
                group.getToggles().stream().filter(toggle -> toggle != toChase && toggle.getUserData() == light)
                        .findFirst().ifPresent(group::selectToggle);
            }
        });
        viewModel.toChaseFilterProperty().addListener((observable, old, on) -> {
            if (on) {
                group.selectToggle(toChase);
            }
        });
        return filters;
    }

    /**
     * The line under the filters once the list is narrowed to a unit: whom to call there (its 联络员 and telephone, or
     * that none is known), 催办记录… to note a chase, and how often the office chased it this round.
     */
    private HBox unitLine() {
        // the list narrowed to a unit says whom to call there: its 联络员 and telephone, or that none is known
        Label liaison = new Label();
        liaison.setId("progressUnitLiaison");
        liaison.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            org.kesudesk.model.Unit unit = viewModel.unitFilterProperty().get();
            if (unit == null) {
                return "";
            }
            String whom = viewModel.liaisonOf(unit);
            return whom.isEmpty() ? Messages.get("progress.unitLiaison.none", unit.name())
                    : Messages.get("progress.units.liaisonTip", unit.name(), whom);
        }, viewModel.unitFilterProperty(), viewModel.liaisons()));
        // and how often the office chased it this round, with the button to note another chase
        Label chased = new Label();
        chased.setId("progressUnitChases");
        chased.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            org.kesudesk.model.Unit unit = viewModel.unitFilterProperty().get();
            return unit == null ? "" : viewModel.chasesLine(unit);
        }, viewModel.unitFilterProperty(), viewModel.chases()));
        chased.setMinWidth(0);
        Button chase = new Button(Messages.get("progress.chase.item"));
        chase.setId("progressChaseButton");
        chase.setOnAction(event -> askForChase(viewModel.unitFilterProperty().get()));
        chase.visibleProperty().bind(viewModel.unitFilterProperty().isNotNull()
                .and(viewModel.roundProperty().isNotNull()));
        chase.managedProperty().bind(chase.visibleProperty());
        chase.setMinWidth(Region.USE_PREF_SIZE);
        liaison.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, liaison, chase, chased);
        line.setId("progressUnitLine");
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(viewModel.unitFilterProperty().isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** Each section's rows by light; a click on a bar shows that light's rows. */
    private StackedBarChart<String, Number> chart() {
        CategoryAxis sections = new CategoryAxis();
        NumberAxis count = new NumberAxis();
        count.setLabel(Messages.get("progress.chart.count"));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(sections, count);
        chart.setId("progressChart");
        chart.setTitle(Messages.get("progress.chart.title"));
        chart.setAnimated(false);
        chart.setPrefWidth(360);
        chart.setLegendVisible(true);
        // one series a light, made once, so that each keeps its colour (default-color0…3 in the style sheet)
        java.util.Map<StatusLight, XYChart.Series<String, Number>> series = new java.util.EnumMap<>(StatusLight.class);
        for (StatusLight light : ProgressViewModel.lights()) {
            XYChart.Series<String, Number> one = new XYChart.Series<>();
            one.setName(ProgressTracking.lightName(light));
            series.put(light, one);
            chart.getData().add(one);
        }
        Runnable fill = () -> {
            for (StatusLight light : ProgressViewModel.lights()) {
                java.util.List<XYChart.Data<String, Number>> bars = new java.util.ArrayList<>();
                for (ProgressViewModel.SectionCount section : viewModel.sections()) {
                    XYChart.Data<String, Number> bar = new XYChart.Data<>(section.section(),
                            section.lights().getOrDefault(light, 0));
                    // a click on a bar shows that light's rows
                    bar.nodeProperty().addListener((observable, old, node) -> {
                        if (node != null) {
                            node.setOnMouseClicked(event -> viewModel.lightFilterProperty().set(light));
                        }
                    });
                    bars.add(bar);
                }
                series.get(light).getData().setAll(bars);
            }
        };
        viewModel.sections().addListener((ListChangeListener<ProgressViewModel.SectionCount>) change -> fill.run());
        fill.run();
        // before a round there is nothing to count: no empty axes
        chart.visibleProperty().bind(Bindings.isNotEmpty(viewModel.sections()));
        chart.managedProperty().bind(chart.visibleProperty());
        return chart;
    }

    /** 各县（市）区, beside a city's plan: each county's round, reported share, red rows and files attached. */
    private TableView<ProgressTracking.CountySummary> countyTable() {
        TableView<ProgressTracking.CountySummary> counties = new TableView<>(viewModel.counties());
        counties.setId("progressCounties");
        counties.setPrefHeight(200);
        counties.setPrefWidth(430);
        TableColumn<ProgressTracking.CountySummary, String> name = new TableColumn<>(
                Messages.get("progress.counties.county"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().county().name()));
        name.setPrefWidth(100);
        TableColumn<ProgressTracking.CountySummary, String> round = new TableColumn<>(
                Messages.get("progress.counties.round"));
        round.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().round()
                .map(ReportingRound::name).orElse(Messages.get("progress.counties.noRound"))));
        round.setPrefWidth(110);
        TableColumn<ProgressTracking.CountySummary, String> reported = new TableColumn<>(
                Messages.get("progress.counties.reported"));
        reported.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reported() + "/"
                + cell.getValue().rows() + "（" + cell.getValue().reportedRate() + "%）"));
        reported.setPrefWidth(90);
        TableColumn<ProgressTracking.CountySummary, String> red = new TableColumn<>(Messages.get("progress.units.red"));
        red.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().red())));
        red.setPrefWidth(50);
        TableColumn<ProgressTracking.CountySummary, String> files = new TableColumn<>(
                Messages.get("progress.counties.files"));
        files.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().files())));
        files.setPrefWidth(70);
        TableColumn<ProgressTracking.CountySummary, String> chased = new TableColumn<>(
                Messages.get("progress.units.chases"));
        chased.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.countyChaseCount(
                cell.getValue().county())));
        chased.setComparator(ProgressViewModel.FIGURE_ORDER);
        chased.setPrefWidth(50);
        // the counts follow the records as they are noted or removed; the last in full on the row
        viewModel.countyChases().addListener(observable -> counties.refresh());
        counties.setRowFactory(view -> {
            TableRow<ProgressTracking.CountySummary> row = new TableRow<>();
            row.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> {
                String line = row.getItem() == null ? "" : viewModel.countyChasesLine(row.getItem());
                return line.isEmpty() ? null : new javafx.scene.control.Tooltip(line);
            }, row.itemProperty(), viewModel.countyChases()));
            return row;
        });
        counties.getColumns().setAll(java.util.List.of(name, round, reported, red, files, chased));
        // a county double-clicked (or Enter): its plan
        onChosen(counties, viewModel::openCounty);
        org.kesudesk.ui.TextSizedColumns.follow(counties);
        return counties;
    }

    /**
     * The task chosen in the rows, in each county: the county's worst light on it and how its units reported (where
     * the county's plan has it and each unit's report in the row's tooltip).
     */
    private TableView<org.kesudesk.logic.progress.CountyTasks.Standing> countyTaskTable() {
        TableView<org.kesudesk.logic.progress.CountyTasks.Standing> standings =
                new TableView<>(viewModel.countyStandings());
        standings.setId("progressCountyTasks");
        standings.setPrefHeight(200);
        standings.setPrefWidth(430);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.countyTaskProperty().isNull())
                .then("").otherwise(Messages.get("progress.countyTask.noCounties")));
        standings.setPlaceholder(placeholder);
        TableColumn<org.kesudesk.logic.progress.CountyTasks.Standing, StatusLight> light = new TableColumn<>(
                Messages.get("progress.column.light"));
        light.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().light()));
        light.setCellFactory(column -> lightCell());
        light.setPrefWidth(60);
        TableColumn<org.kesudesk.logic.progress.CountyTasks.Standing, String> county = new TableColumn<>(
                Messages.get("progress.counties.county"));
        county.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().county().name()));
        county.setPrefWidth(90);
        TableColumn<org.kesudesk.logic.progress.CountyTasks.Standing, String> standing = new TableColumn<>(
                Messages.get("progress.countyTask.column.standing"));
        standing.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().line()));
        standing.setPrefWidth(220);
        standings.getColumns().setAll(java.util.List.of(light, county, standing));
        standings.setRowFactory(view -> {
            TableRow<org.kesudesk.logic.progress.CountyTasks.Standing> row = new TableRow<>();
            row.itemProperty().addListener((observable, old, item) -> row.setTooltip(item == null ? null
                    : new javafx.scene.control.Tooltip(ProgressViewModel.countyStandingDetail(item))));
            return row;
        });
        // a county double-clicked (or Enter): its plan, at its task
        onChosen(standings, viewModel::openCountyTask);
        org.kesudesk.ui.TextSizedColumns.follow(standings);
        return standings;
    }

    /**
     * 指标完成情况: each indicator of the plan with its target and the latest value recorded; double-click or Enter
     * records a year's value.
     */
    private TableView<org.kesudesk.logic.progress.IndicatorTracking.Row> indicatorTable() {
        TableView<org.kesudesk.logic.progress.IndicatorTracking.Row> indicators =
                new TableView<>(viewModel.indicators());
        indicators.setId("progressIndicators");
        indicators.setPrefHeight(180);
        indicators.setMinHeight(120);
        indicators.setPrefWidth(360);
        indicators.setPlaceholder(new Label(Messages.get("progress.indicators.empty")));
        TableColumn<org.kesudesk.logic.progress.IndicatorTracking.Row, String> wording = new TableColumn<>(
                Messages.get("progress.indicators.wording"));
        wording.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reference() + ". "
                + cell.getValue().indicator().wording()));
        wording.setPrefWidth(190);
        TableColumn<org.kesudesk.logic.progress.IndicatorTracking.Row, String> target = new TableColumn<>(
                Messages.get("progress.indicators.target"));
        target.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().indicator().targetValue()
                .map(v -> v.toPlainString() + cell.getValue().indicator().measure()).orElse("")));
        target.setPrefWidth(70);
        TableColumn<org.kesudesk.logic.progress.IndicatorTracking.Row, String> latest = new TableColumn<>(
                Messages.get("progress.indicators.latest"));
        latest.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().values().isEmpty() ? ""
                : Messages.get("progress.indicators.value",
                String.valueOf(cell.getValue().values().get(cell.getValue().values().size() - 1).year()),
                cell.getValue().values().get(cell.getValue().values().size() - 1).amount().stripTrailingZeros()
                        .toPlainString())));
        latest.setPrefWidth(90);
        indicators.getColumns().setAll(java.util.List.of(wording, target, latest));
        indicators.setRowFactory(view -> {
            TableRow<org.kesudesk.logic.progress.IndicatorTracking.Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    recordIndicator(row.getItem());
                }
            });
            return row;
        });
        indicators.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && indicators.getSelectionModel().getSelectedItem() != null) {
                recordIndicator(indicators.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        org.kesudesk.ui.TextSizedColumns.follow(indicators);
        return indicators;
    }

    /** The chosen indicator year by year against its target (shown while one is chosen). */
    private BarChart<String, Number> indicatorChart(
            TableView<org.kesudesk.logic.progress.IndicatorTracking.Row> indicators) {
        CategoryAxis years = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(years, values);
        chart.setId("progressIndicatorChart");
        chart.setAnimated(false);
        chart.setPrefHeight(170);
        chart.setMinHeight(150);
        chart.setLegendVisible(true);
        Runnable draw = () -> {
            org.kesudesk.logic.progress.IndicatorTracking.Row row = indicators.getSelectionModel().getSelectedItem();
            chart.getData().clear();
            if (row == null) {
                return;
            }
            XYChart.Series<String, Number> reached = new XYChart.Series<>();
            reached.setName(Messages.get("progress.indicators.chart.reached"));
            XYChart.Series<String, Number> target = new XYChart.Series<>();
            target.setName(Messages.get("progress.indicators.chart.target"));
            for (ProgressViewModel.IndicatorYear year : viewModel.indicatorChart(row)) {
                String name = String.valueOf(year.year());
                reached.getData().add(new XYChart.Data<>(name, year.reached().orElse(java.math.BigDecimal.ZERO)));
                target.getData().add(new XYChart.Data<>(name, year.target().orElse(java.math.BigDecimal.ZERO)));
            }
            chart.getData().setAll(java.util.List.of(reached, target));
            chart.setTitle(row.reference() + ". " + row.indicator().measure());
        };
        indicators.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> draw.run());
        viewModel.indicators().addListener((ListChangeListener<org.kesudesk.logic.progress.IndicatorTracking.Row>)
                change -> draw.run());
        chart.visibleProperty().bind(indicators.getSelectionModel().selectedItemProperty().isNotNull());
        chart.managedProperty().bind(chart.visibleProperty());
        return chart;
    }

    /** 记录完成值: the year (the plan's), the value and where it comes from. */
    private void recordIndicator(org.kesudesk.logic.progress.IndicatorTracking.Row row) {
        java.util.List<Integer> years = viewModel.indicatorYears();
        if (years.isEmpty()) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("progress.indicators.record.title"));
        dialog.setHeaderText(row.reference() + ". " + row.indicator().wording());
        if (getScene() != null) {
            org.kesudesk.ui.DialogService.likeOwner(dialog, getScene().getWindow());
        }
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(years));
        year.setId("indicatorYear");
        int thisYear = java.time.LocalDate.now().getYear();
        year.setValue(years.contains(thisYear) ? thisYear : years.get(years.size() - 1));
        javafx.scene.control.TextField value = new javafx.scene.control.TextField();
        value.setId("indicatorValue");
        value.setPromptText(row.indicator().measure());
        javafx.scene.control.TextField source = new javafx.scene.control.TextField();
        source.setId("indicatorSource");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("progress.indicators.record.year")), year);
        grid.addRow(1, new Label(Messages.get("progress.indicators.record.value")), value);
        grid.addRow(2, new Label(Messages.get("progress.indicators.record.source")), source);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.application.Platform.runLater(value::requestFocus);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok ->
                viewModel.recordIndicator(row, year.getValue(), value.getText(), source.getText()));
    }

    /**
     * 按单位: each unit's tasks, reported, on time, red, to chase; choosing a unit narrows the list to its rows.
     */
    private TableView<ProgressTracking.UnitSummary> unitTable() {
        TableView<ProgressTracking.UnitSummary> units = new TableView<>(viewModel.units());
        units.setId("progressUnits");
        units.setPrefWidth(360);
        Label noUnits = new Label();
        noUnits.textProperty().bind(viewModel.unitsEmptyTextProperty());
        noUnits.setWrapText(true);
        noUnits.setPadding(new Insets(12));
        units.setPlaceholder(noUnits);
        TableColumn<ProgressTracking.UnitSummary, String> name = new TableColumn<>(Messages.get("progress.column.unit"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().unit().name()));
        name.setPrefWidth(130);
        TableColumn<ProgressTracking.UnitSummary, String> reported = new TableColumn<>(
                Messages.get("progress.units.reported"));
        reported.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reported() + "/"
                + cell.getValue().tasks()));
        reported.setPrefWidth(60);
        TableColumn<ProgressTracking.UnitSummary, String> onTime = new TableColumn<>(
                Messages.get("progress.units.onTimeRate"));
        onTime.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().onTimeRate() + "%"));
        onTime.setPrefWidth(80);
        TableColumn<ProgressTracking.UnitSummary, String> late = new TableColumn<>(Messages.get("progress.units.red"));
        late.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().red())));
        late.setPrefWidth(50);
        // the tasks its 督办通知单 would hold: red, yellow, or due and not reported
        TableColumn<ProgressTracking.UnitSummary, String> toChase = new TableColumn<>(
                Messages.get("progress.units.toChase"));
        toChase.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().toChase())));
        toChase.setPrefWidth(60);
        TableColumn<ProgressTracking.UnitSummary, String> liaison = new TableColumn<>(
                Messages.get("progress.units.liaison"));
        liaison.setCellValueFactory(cell -> javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.liaisonOf(cell.getValue().unit()), viewModel.liaisons()));
        liaison.setPrefWidth(160);
        // how often the office chased the unit in the round (催办记录)
        TableColumn<ProgressTracking.UnitSummary, String> chased = new TableColumn<>(
                Messages.get("progress.units.chases"));
        chased.setCellValueFactory(cell -> javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.chaseCount(cell.getValue().unit()), viewModel.chases()));
        chased.setPrefWidth(50);
        for (TableColumn<ProgressTracking.UnitSummary, String> figures
                : java.util.List.of(reported, onTime, late, toChase, chased)) {
            figures.setComparator(ProgressViewModel.FIGURE_ORDER);
        }
        units.getColumns().setAll(java.util.List.of(name, reported, onTime, late, toChase, chased, liaison));
        // a click (or Enter) on a unit narrows the list to it; 全部 shows every unit again
        units.setRowFactory(view -> {
            TableRow<ProgressTracking.UnitSummary> row = new TableRow<>();
            // whom to call, on the row itself: its column is the last, past the table's width beside the rows
            // and how often it was chased, the last time in full
            row.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> {
                if (row.getItem() == null) {
                    return null;
                }
                String whom = viewModel.liaisonOf(row.getItem().unit());
                String chasedLine = viewModel.chasesLine(row.getItem().unit());
                String tip = String.join("\n", java.util.stream.Stream.of(whom.isEmpty() ? "" : Messages.get(
                        "progress.units.liaisonTip", row.getItem().unit().name(), whom), chasedLine)
                        .filter(line -> !line.isEmpty()).toList());
                return tip.isEmpty() ? null : new javafx.scene.control.Tooltip(tip);
            }, row.itemProperty(), viewModel.liaisons(), viewModel.chases()));
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty()) {
                    viewModel.unitFilterProperty().set(row.getItem().unit());
                }
            });
            return row;
        });
        // 催办记录… for the unit selected: a right click on its row, or the menu key (Shift+F10) on the table
        MenuItem chaseItem = new MenuItem(Messages.get("progress.chase.item"));
        chaseItem.setId("progressUnitsChase");
        chaseItem.setOnAction(event -> askForChase(units.getSelectionModel().getSelectedItem().unit()));
        chaseItem.disableProperty().bind(units.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.roundProperty().isNull()));
        units.setContextMenu(new javafx.scene.control.ContextMenu(chaseItem));
        units.setOnKeyPressed(event -> {
            ProgressTracking.UnitSummary chosen = units.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                viewModel.unitFilterProperty().set(chosen.unit());
                event.consume();
            }
        });
        // the figures are read again after each report: the unit chosen stays marked
        viewModel.units().addListener((ListChangeListener<ProgressTracking.UnitSummary>) change -> reselect(units));
        viewModel.unitFilterProperty().addListener((observable, old, unit) -> reselect(units));
        org.kesudesk.ui.TextSizedColumns.follow(units);
        return units;
    }

    private void reselect(TableView<ProgressTracking.UnitSummary> units) {
        org.kesudesk.model.Unit chosen = viewModel.unitFilterProperty().get();
        if (chosen == null) {
            units.getSelectionModel().clearSelection();
            return;
        }
        units.getItems().stream().filter(summary -> summary.unit().id().equals(chosen.id())).findFirst()
                .ifPresent(summary -> units.getSelectionModel().select(summary));
    }

    /** A row double-clicked, or Enter on the row chosen: the action on that row's item. */
    private static <T> void onChosen(TableView<T> table, java.util.function.Consumer<T> action) {
        table.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getClickCount() != 2 || event.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
                return;
            }
            for (javafx.scene.Node node = event.getPickResult().getIntersectedNode(); node != null;
                 node = node.getParent()) {
                if (node instanceof TableRow<?> row) {
                    if (!row.isEmpty() && row.getIndex() < table.getItems().size()) {
                        action.accept(table.getItems().get(row.getIndex()));
                    }
                    return;
                }
            }
        });
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            T chosen = table.getSelectionModel().getSelectedItem();
            // one row at a time: Enter does nothing to several chosen to be copied
            if (event.getCode() == KeyCode.ENTER && chosen != null
                    && table.getSelectionModel().getSelectedIndices().size() == 1) {
                action.accept(chosen);
                event.consume();
            }
        });
    }

    /** A light as a coloured dot and its name (● 红). */
    private static <S> TableCell<S, StatusLight> lightCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(StatusLight item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(style -> style.startsWith("light-"));
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText("● " + ProgressTracking.lightName(item));
                    getStyleClass().add("light-" + ProgressTracking.lightCode(item));
                }
            }
        };
    }

    private void columns() {
        TableColumn<ProgressTracking.Row, StatusLight> light = new TableColumn<>(Messages.get("progress.column.light"));
        light.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().light()));
        light.setCellFactory(column -> lightCell());
        light.setPrefWidth(70);
        TableColumn<ProgressTracking.Row, String> reference = text("progress.column.ref", row -> row.place(), 110);
        TableColumn<ProgressTracking.Row, String> task = text("progress.column.task", row -> row.task().title(), 220);
        TableColumn<ProgressTracking.Row, String> unit = text("progress.column.unit", row -> row.unit().name(), 140);
        TableColumn<ProgressTracking.Row, String> deadline = text("progress.column.deadline",
                row -> row.deadline().map(ProgressTracking::deadlineName).orElse(""), 130);
        TableColumn<ProgressTracking.Row, String> status = text("progress.column.status",
                ProgressTracking.Row::statusText, 100);
        TableColumn<ProgressTracking.Row, String> percent = text("progress.column.percent",
                row -> row.report().map(r -> r.percent() + "%").orElse(""), 60);
        TableColumn<ProgressTracking.Row, String> progress = text("progress.column.progress",
                ProgressTracking.Row::progressText, 240);
        // a report of several paragraphs (一是…, 二是…) on one line, as every row is; the whole in its tooltip
        progress.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isBlank();
                setText(blank ? null : oneLine(text));
                if (blank) {
                    setTooltip(null);
                } else {
                    javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip(text.strip());
                    whole.setWrapText(true);
                    whole.setMaxWidth(480);
                    setTooltip(whole);
                }
            }
        });
        TableColumn<ProgressTracking.Row, String> reported = text("progress.column.reportedAt",
                row -> row.report().map(r -> REPORTED_AT.format(r.reportedAt())).orElse(""), 130);
        table.getColumns().setAll(java.util.List.of(light, reference, task, unit, deadline, status, percent, progress,
                reported));
    }

    /** A text of several lines as one: its lines joined by a space. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static TableColumn<ProgressTracking.Row, String> text(
            String key, java.util.function.Function<ProgressTracking.Row, String> value, double width) {
        TableColumn<ProgressTracking.Row, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void reportSelected() {
        ProgressTracking.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            report(row);
        }
    }

    /** The report of one unit on one task: status, percent, 进展情况, problems, next steps. */
    private void report(ProgressTracking.Row row) {
        if (!viewModel.canReport()) {
            return;
        }
        Dialog<ProgressTracking.Entry> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("progress.report.title"));
        dialog.setHeaderText(Messages.get("progress.report.header", row.place(), row.task().title(),
                row.unit().name()));
        org.kesudesk.ui.DialogService.likeOwner(dialog, getScene().getWindow());
        ComboBox<ProgressStatus> status = new ComboBox<>();
        status.setId("reportStatus");
        status.getItems().setAll(ProgressStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProgressStatus value) {
                return value == null ? "" : ProgressTracking.statusName(value);
            }

            @Override
            public ProgressStatus fromString(String text) {
                return null;
            }
        });
        status.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ProgressStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ProgressTracking.statusName(item));
            }
        });
        Optional<ProgressReport> before = row.report();
        status.setValue(before.map(ProgressReport::status).orElse(ProgressStatus.IN_PROGRESS));
        Spinner<Integer> percent = new Spinner<>(0, 100, before.map(ProgressReport::percent)
                .orElse(status.getValue().defaultPercent()), 5);
        percent.setId("reportPercent");
        percent.setEditable(true);
        status.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                percent.getValueFactory().setValue(chosen.defaultPercent());
            }
        });
        TextArea progress = area("reportProgress", before.map(ProgressReport::progress).orElse(""));
        TextArea problems = area("reportProblems", before.map(ProgressReport::problems).orElse(""));
        TextArea next = area("reportNextSteps", before.map(ProgressReport::nextSteps).orElse(""));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("progress.column.status")), status);
        form.addRow(1, new Label(Messages.get("progress.column.percent")), percent);
        form.addRow(2, new Label(Messages.get("progress.field.progress")), progress);
        form.addRow(3, new Label(Messages.get("progress.field.problems")), problems);
        form.addRow(4, new Label(Messages.get("progress.field.nextSteps")), next);
        GridPane.setHgrow(progress, Priority.ALWAYS);
        // 佐证材料: those attached before (openable) and those added now (stored with the report)
        java.util.List<java.nio.file.Path> added = new java.util.ArrayList<>();
        javafx.scene.control.ListView<Object> files = new javafx.scene.control.ListView<>();
        files.setId("reportEvidence");
        files.setPrefHeight(90);
        files.getItems().addAll(row.evidence());
        files.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof org.kesudesk.model.Evidence evidence) {
                    setText(Messages.get(viewModel.atCity(evidence) ? "progress.evidence.itemAtCity"
                            : "progress.evidence.item", evidence.name(), Messages.fileSize(evidence.size())));
                } else {
                    java.nio.file.Path path = (java.nio.file.Path) item;
                    setText(Messages.get("progress.evidence.new", path.getFileName()));
                }
            }
        });
        files.setPlaceholder(new Label(Messages.get("progress.evidence.none")));
        Button attach = new Button(Messages.get("progress.evidence.add"));
        attach.setId("reportAttach");
        attach.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Messages.get("progress.evidence.add"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    Messages.get("progress.evidence.kinds"), java.util.Arrays.stream(
                    org.kesudesk.model.Evidence.kinds().split("、")).map(kind -> "*." + kind).toList()));
            java.util.List<java.io.File> chosen = chooser.showOpenMultipleDialog(dialog.getDialogPane().getScene()
                    .getWindow());
            if (chosen != null) {
                chosen.forEach(file -> {
                    added.add(file.toPath());
                    files.getItems().add(file.toPath());
                });
            }
        });
        Button openFile = new Button(Messages.get("progress.evidence.open"));
        openFile.setId("reportOpenEvidence");
        openFile.disableProperty().bind(Bindings.createBooleanBinding(() -> !(files.getSelectionModel()
                .getSelectedItem() instanceof org.kesudesk.model.Evidence), files.getSelectionModel()
                .selectedItemProperty()));
        openFile.setOnAction(event -> {
            if (files.getSelectionModel().getSelectedItem() instanceof org.kesudesk.model.Evidence evidence) {
                viewModel.openEvidence(evidence);
            }
        });
        form.addRow(5, new Label(Messages.get("progress.evidence.label")), files);
        form.add(new HBox(6, attach, openFile), 1, 6);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ProgressTracking.Entry(status.getValue(), OptionalInt.of(percentOf(percent)), progress.getText(),
                problems.getText(), next.getText()) : null);
        dialog.setOnShown(event -> status.requestFocus());
        dialog.showAndWait().ifPresent(entry -> viewModel.report(row, entry, added));
    }


    /** The percent as typed into the spinner, even if Enter was not pressed in it. */
    private static int percentOf(Spinner<Integer> percent) {
        try {
            return Integer.parseInt(percent.getEditor().getText().strip());
        } catch (NumberFormatException e) {
            return percent.getValue();
        }
    }

    private static TextArea area(String id, String text) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(36);
        return area;
    }

    /** 发文机关…: the office named for the letters and bulletins, edited; empty goes back to the plan's issuer. */
    private void askForIssuer(ProgressViewModel.Sender named, String plansIssuer) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(Messages.get("progress.supervision.issuer.title"));
        dialog.setHeaderText(Messages.get("progress.supervision.issuer.header", plansIssuer));
        org.kesudesk.ui.DialogService.likeOwner(dialog, getScene().getWindow());
        TextField issuer = new TextField(named.issuer());
        issuer.setId("supervisionIssuer");
        issuer.setPrefColumnCount(28);
        // whom the units are to call, printed under the letters' date (附注)
        TextField person = new TextField(named.contact().person());
        person.setId("supervisionContactPerson");
        person.setPromptText(Messages.get("units.liaison.person.prompt"));
        TextField phone = new TextField(named.contact().phone());
        phone.setId("supervisionContactPhone");
        phone.setPromptText(Messages.get("units.liaison.phone.prompt"));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("progress.supervision.issuer.name")), issuer);
        grid.addRow(1, new Label(Messages.get("progress.supervision.contact.person")), person);
        grid.addRow(2, new Label(Messages.get("progress.supervision.contact.phone")), phone);
        Label hint = new Label(Messages.get("progress.supervision.contact.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("placeholder-text");
        grid.add(hint, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.application.Platform.runLater(issuer::requestFocus);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok ->
                viewModel.setSupervisionIssuer(issuer.getText(), person.getText(), phone.getText()));
    }

    /**
     * 进展情况通报: the frame of its text to edit (the placeholders it may use listed under it), whether to keep it as
     * the office's, and the format; then where to save it.
     */
    private void askForBulletin(String frame) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("progress.bulletin.dialog.title"));
        dialog.setHeaderText(Messages.get("progress.bulletin.dialog.header"));
        org.kesudesk.ui.DialogService.likeOwner(dialog, getScene().getWindow());
        TextArea text = new TextArea(frame);
        text.setId("bulletinFrame");
        text.setWrapText(true);
        text.setPrefRowCount(14);
        text.setPrefColumnCount(48);
        // each placeholder whole on its line, put where the caret is when chosen (a click, or Ctrl+Tab to it, Space)
        javafx.scene.layout.FlowPane placeholders = new javafx.scene.layout.FlowPane(4, 2,
                new Label(Messages.get("progress.bulletin.dialog.placeholders")));
        placeholders.setId("bulletinPlaceholders");
        placeholders.prefWrapLengthProperty().bind(text.widthProperty());
        for (String placeholder : ProgressViewModel.bulletinPlaceholders()) {
            javafx.scene.control.Hyperlink insert = new javafx.scene.control.Hyperlink(placeholder);
            insert.setTooltip(new javafx.scene.control.Tooltip(
                    Messages.get("progress.bulletin.dialog.insert", placeholder)));
            insert.setOnAction(event -> {
                text.replaceSelection(placeholder);
                insert.setVisited(false);
                text.requestFocus();
            });
            placeholders.getChildren().add(insert);
        }
        Button reset = new Button(Messages.get("progress.bulletin.dialog.reset"));
        reset.setId("bulletinFrameReset");
        reset.setOnAction(event -> text.setText(viewModel.defaultBulletinFrame()));
        javafx.scene.control.CheckBox keep = new javafx.scene.control.CheckBox(
                Messages.get("progress.bulletin.dialog.keep"));
        keep.setId("bulletinKeepFrame");
        ComboBox<org.kesudesk.documents.OutputFormat> format = new ComboBox<>(FXCollections.observableArrayList(
                org.kesudesk.documents.OutputFormat.values()));
        format.setId("bulletinFormat");
        format.setValue(org.kesudesk.documents.OutputFormat.PDF);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.kesudesk.documents.OutputFormat value) {
                return value == null ? "" : Messages.get("documents.save." + value.extension());
            }

            @Override
            public org.kesudesk.documents.OutputFormat fromString(String string) {
                return null;
            }
        });
        Label formatLabel = new Label(Messages.get("progress.bulletin.dialog.format"));
        formatLabel.setLabelFor(format);
        javafx.scene.layout.HBox choices = new javafx.scene.layout.HBox(8, formatLabel, format, keep, reset);
        choices.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox form = new javafx.scene.layout.VBox(8, text, placeholders, choices);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(event -> text.requestFocus());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok ->
                viewModel.bulletin(text.getText(), keep.isSelected(), format.getValue()));
    }

    /**
     * 催办记录…: the unit's chases in the round shown (one noted by mistake removed with 删除所选记录), and a form to
     * note another — the day (today), how (电话), whom it reached (the unit's 联络员), what they answered and the day they
     * promised to report by; the days checked as they are typed.
     */
    private void askForChase(org.kesudesk.model.Unit unit) {
        if (unit == null || viewModel.roundProperty().get() == null) {
            return;
        }
        askForChase(unit.name(), () -> viewModel.chasesOf(unit), viewModel.chases(), viewModel.liaisonPerson(unit),
                entry -> viewModel.recordChase(unit, entry), chase -> viewModel.removeChase(unit, chase));
    }

    /** 催办记录… of a county's office (a city's): as a unit's, whom it reached typed (the county has no 联络员 here). */
    private void askForCountyChase(org.kesudesk.model.Region county) {
        if (county == null || viewModel.roundProperty().get() == null) {
            return;
        }
        askForChase(org.kesudesk.logic.progress.Chases.countyOffice(county), () -> viewModel.countyChasesOf(county),
                viewModel.countyChases(), "", entry -> viewModel.recordCountyChase(county, entry),
                chase -> viewModel.removeCountyChase(county, chase));
    }

    /**
     * The 催办记录 dialog of whoever is chased: its records in the round shown (read again when they change), one
     * removed, another noted.
     */
    private void askForChase(String chased, java.util.function.Supplier<java.util.List<org.kesudesk.model.ChaseRecord>>
            records, javafx.beans.Observable changes, String person0,
                             java.util.function.Consumer<org.kesudesk.logic.progress.Chases.Entry> record,
                             java.util.function.Consumer<org.kesudesk.model.ChaseRecord> removeOne) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("progress.chase.title", chased, viewModel.roundProperty().get().name()));
        org.kesudesk.ui.DialogService.likeOwner(dialog, getScene().getWindow());
        javafx.scene.control.ListView<org.kesudesk.model.ChaseRecord> earlier = new javafx.scene.control.ListView<>();
        earlier.setId("chaseRecords");
        earlier.setPrefHeight(140);
        earlier.setPrefWidth(520);
        earlier.setPlaceholder(new Label(Messages.get("progress.chase.none")));
        earlier.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                // a long answer wraps within the list rather than scrolling it sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(org.kesudesk.model.ChaseRecord chase, boolean empty) {
                super.updateItem(chase, empty);
                setText(empty || chase == null ? null : Messages.get("progress.chase.recordLine",
                        org.kesudesk.logic.progress.Chases.line(chase), chase.recordedBy()));
            }
        });
        Runnable read = () -> earlier.getItems().setAll(records.get());
        read.run();
        javafx.beans.InvalidationListener reread = observable -> read.run();
        changes.addListener(reread);
        dialog.setOnHidden(event -> changes.removeListener(reread));
        Button remove = new Button(Messages.get("progress.chase.remove"));
        remove.setId("chaseRemove");
        remove.disableProperty().bind(earlier.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> removeOne.accept(earlier.getSelectionModel().getSelectedItem()));

        DatePicker day = new DatePicker(LocalDate.now());
        day.setId("chaseDate");
        javafx.scene.control.ComboBox<org.kesudesk.model.ChaseMeans> means = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(org.kesudesk.model.ChaseMeans.values()));
        means.setId("chaseMeans");
        means.setValue(org.kesudesk.model.ChaseMeans.PHONE);
        means.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.kesudesk.model.ChaseMeans value) {
                return value == null ? "" : org.kesudesk.logic.progress.Chases.meansName(value);
            }

            @Override
            public org.kesudesk.model.ChaseMeans fromString(String text) {
                return null;
            }
        });
        TextField person = new TextField(person0);
        person.setId("chasePerson");
        TextField answer = new TextField();
        answer.setId("chaseAnswer");
        answer.setPromptText(Messages.get("progress.chase.answer.prompt"));
        answer.setPrefColumnCount(30);
        DatePicker promised = new DatePicker();
        promised.setId("chasePromised");
        promised.setPromptText(Messages.get("progress.chase.promised.prompt"));
        javafx.beans.property.SimpleBooleanProperty always = new javafx.beans.property.SimpleBooleanProperty(true);
        javafx.beans.binding.StringBinding badDay = org.kesudesk.ui.TypedDates.checkAsTyped(day, always, false);
        javafx.beans.binding.StringBinding badPromise = org.kesudesk.ui.TypedDates.checkAsTyped(promised, always,
                true);
        Label problem = formMessage("chaseProblem", 520);
        javafx.beans.binding.StringBinding wrong = Bindings.createStringBinding(() -> {
            if (!badDay.get().isEmpty() || !badPromise.get().isEmpty()) {
                return badDay.get().isEmpty() ? badPromise.get() : badDay.get();
            }
            return chaseEntry(day, means, person, answer, promised)
                    .flatMap(entry -> org.kesudesk.logic.progress.Chases.datesProblem(entry.chasedOn(),
                            entry.promised(), LocalDate.now()))
                    .map(Throwable::getMessage).orElse("");
        }, badDay, badPromise, day.getEditor().textProperty(), promised.getEditor().textProperty());
        problem.textProperty().bind(wrong);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int line = 0;
        for (Object[] field : new Object[][] {{"progress.chase.field.date", day}, {"progress.chase.field.means", means},
                {"progress.chase.field.person", person}, {"progress.chase.field.answer", answer},
                {"progress.chase.field.promised", promised}}) {
            Label label = new Label(Messages.get((String) field[0]));
            label.setLabelFor((javafx.scene.Node) field[1]);
            form.addRow(line++, label, (javafx.scene.Node) field[1]);
        }
        form.add(problem, 0, line, 2, 1);
        Label earlierLabel = new Label(Messages.get("progress.chase.earlier"));
        earlierLabel.setLabelFor(earlier);
        Label newLabel = new Label(Messages.get("progress.chase.new"));
        VBox content = new VBox(8, earlierLabel, earlier, remove, new javafx.scene.control.Separator(), newLabel,
                form);
        dialog.getDialogPane().setContent(content);
        ButtonType note = new ButtonType(Messages.get("progress.chase.note"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("progress.chase.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(note, close);
        dialog.getDialogPane().lookupButton(note).disableProperty().bind(wrong.isNotEmpty());
        dialog.setOnShown(event -> answer.requestFocus());
        dialog.showAndWait().filter(note::equals)
                .flatMap(ok -> chaseEntry(day, means, person, answer, promised))
                .ifPresent(record);
    }

    /** The chase the dialog's fields say, if its day is a date (a promised day that is no date is none). */
    private static Optional<org.kesudesk.logic.progress.Chases.Entry> chaseEntry(DatePicker day,
            javafx.scene.control.ComboBox<org.kesudesk.model.ChaseMeans> means, TextField person, TextField answer,
            DatePicker promised) {
        return org.kesudesk.model.DocumentDate.typed(day.getEditor().getText()).map(on ->
                new org.kesudesk.logic.progress.Chases.Entry(on, means.getValue(), person.getText(), answer.getText(),
                        org.kesudesk.model.DocumentDate.typed(promised.getEditor().getText())));
    }

    /**
     * The line under a dialog's form that says what is wrong with what is typed: wrapped within the width given, as tall
     * as its lines.
     */
    private static Label formMessage(String id, double width) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMaxWidth(width);
        message.setMinHeight(Region.USE_PREF_SIZE);
        return message;
    }

    /** 截止日期…: the round shown given another due date, the one it has offered. */
    private void askForDue() {
        ReportingRound shown = viewModel.roundProperty().get();
        if (shown == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("progress.round.due.title"));
        org.kesudesk.ui.DialogService.likeOwner(dialog, getScene().getWindow());
        DatePicker due = new DatePicker(shown.due());
        due.setId("roundNewDue");
        javafx.beans.binding.StringBinding badDate = org.kesudesk.ui.TypedDates.checkAsTyped(due,
                new javafx.beans.property.SimpleBooleanProperty(true), false);
        Label problem = formMessage("roundDueProblem", 360);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Label now = new Label(Messages.get("progress.round.due.text", shown.name(), shown.due().toString()));
        now.setWrapText(true);
        now.setMaxWidth(360);
        // wrapped, as tall as its lines (the form's row would otherwise cut it short with …)
        now.setMinHeight(Region.USE_PREF_SIZE);
        form.add(now, 0, 0, 2, 1);
        form.addRow(1, new Label(Messages.get("progress.round.due.label")), due);
        form.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.beans.binding.StringBinding wrong = Bindings.createStringBinding(() -> {
            if (!badDate.get().isEmpty()) {
                return badDate.get();
            }
            return org.kesudesk.model.DocumentDate.typed(due.getEditor().getText()).filter(shown.due()::equals)
                    .map(same -> Messages.get("progress.round.due.same")).orElse("");
        }, badDate, due.getEditor().textProperty());
        problem.textProperty().bind(wrong);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(wrong.isNotEmpty());
        // the date to type over at once (the focus on the picker, which hands it to its field)
        dialog.setOnShown(event -> {
            due.requestFocus();
            javafx.application.Platform.runLater(due.getEditor()::selectAll);
        });
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> org.kesudesk.model.DocumentDate
                .typed(due.getEditor().getText()).ifPresent(day -> {
                    // back to the rows, not to whatever control the focus would fall to
                    table.requestFocus();
                    viewModel.changeDue(day);
                }));
    }

    private void askForRound() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("progress.round.open.title"));
        org.kesudesk.ui.DialogService.likeOwner(dialog, getScene().getWindow());
        TextField name = new TextField(ProgressViewModel.suggestedRoundName(LocalDate.now()));
        name.setId("roundName");
        DatePicker due = new DatePicker(LocalDate.now().plusDays(14));
        due.setId("roundDue");
        // written as the app writes dates (2026-12-20); a date typed 2026/12/20 or 2026年12月20日 is read too, and one
        // that is no date is said so under the form rather than dropped for the date shown before
        javafx.beans.binding.StringBinding badDate = org.kesudesk.ui.TypedDates.checkAsTyped(due,
                new javafx.beans.property.SimpleBooleanProperty(true), false);
        Label problem = formMessage("roundProblem", 360);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("progress.round.open.name")), name);
        form.addRow(1, new Label(Messages.get("progress.round.open.due")), due);
        form.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // checked as it is typed: a name this plan's rounds have, or a date that is none, is not offered to 确定
        java.util.Set<String> taken = new java.util.HashSet<>();
        viewModel.rounds().forEach(round -> taken.add(round.name()));
        javafx.beans.binding.StringBinding wrong = Bindings.createStringBinding(() -> {
            String typed = name.getText().strip();
            if (typed.isEmpty()) {
                return Messages.get("progress.round.open.noName");
            }
            if (taken.contains(typed)) {
                return Messages.get("progress.error.roundExists", typed);
            }
            return badDate.get();
        }, name.textProperty(), badDate);
        problem.textProperty().bind(wrong);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(wrong.isNotEmpty());
        dialog.setOnShown(event -> name.requestFocus());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            org.kesudesk.model.DocumentDate.typed(due.getEditor().getText()).ifPresent(day -> {
                // the round's rows are what comes next; the focus left where it was would fall to 结束本轮
                table.requestFocus();
                viewModel.openRound(name.getText(), day);
            });
        });
    }
}
