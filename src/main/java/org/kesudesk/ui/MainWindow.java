package org.kesudesk.ui;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.AppVersion;
import org.kesudesk.ui.MainViewModel.State;
import org.kesudesk.ui.audit.AuditView;
import org.kesudesk.ui.audit.AuditViewModel;
import org.kesudesk.ui.documents.DocumentsView;
import org.kesudesk.ui.documents.DocumentsViewModel;
import org.kesudesk.ui.exchange.ExchangeViewModel;
import org.kesudesk.ui.matrix.MatrixView;
import org.kesudesk.ui.matrix.MatrixViewModel;
import org.kesudesk.ui.plan.PlanEditView;
import org.kesudesk.ui.plan.PlanEditViewModel;
import org.kesudesk.ui.units.UnitCatalogueView;
import org.kesudesk.ui.units.UnitCatalogueViewModel;

/** The main window's content: menu, the plan tree (or what to do when there is none), and a status line. */
public final class MainWindow extends BorderPane {

    private final MainViewModel viewModel;
    private final Runnable exit;
    private DocumentRenderer renderer;
    private Stage documentsWindow;
    /** The plan screen and its tab, once the database is open (编辑 ▸ 查找… goes to its search). */
    private Tab planTab;
    /** The 生成公文 window's size where the screen has room for it. */
    static final double DOCUMENTS_WIDTH = 1100;
    static final double DOCUMENTS_HEIGHT = 800;
    private PlanEditView planView;

    public MainWindow(MainViewModel viewModel, Runnable exit) {
        this.viewModel = viewModel;
        this.exit = exit;
        getStyleClass().add("main-window");

        setTop(new VBox(menuBar(), readOnlyBar(), clockBar()));
        StackPane center = new StackPane(
                whenState(State.LOADING, loadingPane()),
                whenState(State.EMPTY, emptyPane()),
                whenState(State.FAILED, failurePane()),
                whenState(State.READY, workspacePane()));
        setCenter(center);
        setBottom(statusBar());
        // a right-click on a table or a list offers 复制 (编辑 ▸ 复制 for the keyboard)
        Copying.offerMenu(this);
        // a plan document or exchange files dragged from the desktop or a USB stick's folder
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && viewModel.canImportProperty().get()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                viewModel.openDropped(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    private MenuBar menuBar() {
        MenuItem importItem = new MenuItem(Messages.get("menu.file.import"));
        importItem.setId("importMenuItem");
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importItem.setOnAction(event -> viewModel.importFile());
        importItem.disableProperty().bind(viewModel.canImportProperty().not());
        MenuItem reviseItem = new MenuItem(Messages.get("menu.file.revise"));
        reviseItem.setId("reviseMenuItem");
        reviseItem.setOnAction(event -> viewModel.reviseShownPlan());
        reviseItem.disableProperty().bind(viewModel.canImportProperty().not()
                .or(viewModel.stateProperty().isNotEqualTo(State.READY)));
        MenuItem documentsItem = new MenuItem(Messages.get("menu.file.documents"));
        documentsItem.setId("documentsMenuItem");
        documentsItem.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        documentsItem.setOnAction(event -> openDocuments());
        documentsItem.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(State.READY));
        // every edit is stored as it is made; 保存 says so, for those who look for it
        MenuItem saveItem = new MenuItem(Messages.get("menu.file.save"));
        saveItem.setId("saveMenuItem");
        saveItem.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveItem.setOnAction(event -> {
            PlanWorkspace workspace = viewModel.workspaceProperty().get();
            if (workspace != null) {
                workspace.confirmSaved();
            }
        });
        saveItem.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(State.READY));
        MenuItem workPlanItem = new MenuItem(Messages.get("menu.file.workplan"));
        workPlanItem.setId("workPlanMenuItem");
        workPlanItem.setOnAction(event -> viewModel.askForWorkPlan(choices ->
                org.kesudesk.ui.plan.WorkPlanDialog.show(getScene() == null ? null : getScene().getWindow(), choices)
                        .ifPresent(choice -> viewModel.makeWorkPlan(choices.plan(), choice.year(), choice.tasks()))));
        workPlanItem.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(State.READY)
                .or(viewModel.busyProperty()));
        MenuItem restoreItem = new MenuItem(Messages.get("menu.file.restore"));
        restoreItem.setId("restoreMenuItem");
        restoreItem.setOnAction(event -> viewModel.restoreFromBackup());
        restoreItem.disableProperty().bind(viewModel.canRestoreProperty().not());
        MenuItem backupItem = new MenuItem(Messages.get("menu.file.backup"));
        backupItem.setId("backupMenuItem");
        backupItem.setOnAction(event -> viewModel.backUpTo());
        backupItem.disableProperty().bind(viewModel.canRestoreProperty().not());
        MenuItem connectionItem = new MenuItem(Messages.get("menu.file.connection"));
        connectionItem.setId("connectionMenuItem");
        connectionItem.setOnAction(event -> openConnectionDialog());
        connectionItem.disableProperty().bind(viewModel.canConnectProperty().not());
        MenuItem exitItem = new MenuItem(Messages.get("menu.file.exit"));
        exitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exitItem.setOnAction(event -> exit.run());
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("recentMenu");
        fillRecent(recent);
        viewModel.recentFiles().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) change ->
                fillRecent(recent));
        recent.disableProperty().bind(viewModel.canImportProperty().not());
        Menu file = new Menu(Messages.get("menu.file"), null, importItem, reviseItem, recent, saveItem, documentsItem,
                workPlanItem, new SeparatorMenuItem(), connectionItem, backupItem, restoreItem, new SeparatorMenuItem(),
                exitItem);

        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setOnAction(event -> new DialogService(getScene().getWindow()).showInformation(
                Messages.get("about.title"), Messages.get("app.title"),
                Messages.get("about.text", AppVersion.current())));
        MenuItem diagnostics = new MenuItem(Messages.get("menu.help.diagnostics"));
        diagnostics.setId("diagnosticsMenuItem");
        diagnostics.setOnAction(event -> viewModel.exportDiagnostics());
        diagnostics.disableProperty().bind(viewModel.busyProperty());
        MenuItem keys = new MenuItem(Messages.get("menu.help.keys"));
        keys.setId("keysMenuItem");
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        keys.setOnAction(event -> KeysDialog.show(getScene().getWindow()));
        MenuItem guide = new MenuItem(Messages.get("menu.help.guide"));
        guide.setId("guideMenuItem");
        guide.setOnAction(event -> GuideDialog.show(getScene().getWindow()));
        Menu help = new Menu(Messages.get("menu.help"), null, guide, keys, diagnostics, new SeparatorMenuItem(),
                about);
        return new MenuBar(file, editMenu(), viewMenu(), exchangeMenu(), help);
    }

    /** 文件 ▸ 最近打开: the files opened last, numbered for the keyboard (1–8). */
    private void fillRecent(Menu recent) {
        List<java.nio.file.Path> files = viewModel.recentFiles();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().setAll(none);
            return;
        }
        List<MenuItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            java.nio.file.Path path = files.get(i);
            // the number is the mnemonic; an underscore in the file name is not one
            MenuItem item = new MenuItem("_" + (i + 1) + "  " + path.getFileName().toString().replace("_", "__")
                    + "　（" + path.getParent() + "）");
            item.setOnAction(event -> viewModel.openRecent(path));
            items.add(item);
        }
        recent.getItems().setAll(items);
    }

    /** 视图: the text size (for high-resolution screens), kept for next time. */
    private Menu viewMenu() {
        MenuItem zoomIn = new MenuItem(Messages.get("menu.view.zoomIn"));
        zoomIn.setId("zoomInMenuItem");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+="));
        zoomIn.setOnAction(event -> viewModel.zoomBy(1));
        MenuItem zoomOut = new MenuItem(Messages.get("menu.view.zoomOut"));
        zoomOut.setId("zoomOutMenuItem");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+-"));
        zoomOut.setOnAction(event -> viewModel.zoomBy(-1));
        MenuItem actualSize = new MenuItem(Messages.get("menu.view.actualSize"));
        actualSize.setId("actualSizeMenuItem");
        actualSize.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        actualSize.setOnAction(event -> viewModel.zoomBy(0));
        return new Menu(Messages.get("menu.view"), null, zoomIn, zoomOut, actualSize);
    }

    /** 数据交换: this office's region, a county's plan, exchange files out and in. */
    private Menu exchangeMenu() {
        MenuItem importItem = exchangeItem("exchangeImportMenuItem", "menu.exchange.import", ExchangeViewModel::importFile);
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        MenuItem exportItem = exchangeItem("exchangeExportMenuItem", "menu.exchange.export", ExchangeViewModel::exportFile);
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        MenuItem exportAllItem = exchangeItem("exchangeExportAllMenuItem", "menu.exchange.exportAll",
                ExchangeViewModel::exportToAll);
        MenuItem deriveItem = exchangeItem("deriveMenuItem", "menu.exchange.derive", ExchangeViewModel::deriveCountyPlan);
        MenuItem deriveAllItem = exchangeItem("deriveAllMenuItem", "menu.exchange.deriveAll",
                ExchangeViewModel::deriveAllCountyPlans);
        MenuItem regionItem = exchangeItem("ownRegionMenuItem", "menu.exchange.ownRegion",
                ExchangeViewModel::chooseOwnRegion);
        MenuItem exportLedger = exchangeItem("exportLedgerMenuItem", "menu.exchange.exportLedger",
                ExchangeViewModel::exportLedger);
        MenuItem importLedger = exchangeItem("importLedgerMenuItem", "menu.exchange.importLedger",
                ExchangeViewModel::importLedger);
        MenuItem setUpItem = exchangeItem("setUpRegionMenuItem", "menu.exchange.setUpRegion",
                ExchangeViewModel::setUpRegion);
        MenuItem keyItem = exchangeItem("ownKeyMenuItem", "menu.exchange.ownKey", ExchangeViewModel::showOwnKey);
        // the city's list of its counties, edited as the command line's region add / rename / remove do
        Menu regionsMenu = new Menu(Messages.get("menu.exchange.regions"), null,
                exchangeItem("addRegionMenuItem", "menu.exchange.regions.add", ExchangeViewModel::addRegion),
                exchangeItem("renameRegionMenuItem", "menu.exchange.regions.rename", ExchangeViewModel::renameRegion),
                exchangeItem("removeRegionMenuItem", "menu.exchange.regions.remove", ExchangeViewModel::removeRegion));
        regionsMenu.setId("regionsMenu");
        for (MenuItem needsPlan : List.of(deriveItem, deriveAllItem, exportLedger, importLedger)) {
            needsPlan.disableProperty().unbind();
            needsPlan.disableProperty().bind(viewModel.canImportProperty().not()
                    .or(viewModel.stateProperty().isNotEqualTo(State.READY)));
        }
        return new Menu(Messages.get("menu.exchange"), null, importItem, exportItem, exportAllItem,
                new SeparatorMenuItem(),
                exportLedger, importLedger, new SeparatorMenuItem(), deriveItem, deriveAllItem, regionItem, setUpItem,
                regionsMenu, keyItem);
    }

    private MenuItem exchangeItem(String id, String key, java.util.function.Consumer<ExchangeViewModel> action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(event -> viewModel.exchange().ifPresent(action));
        item.disableProperty().bind(viewModel.canImportProperty().not());
        return item;
    }

    /** 生成公文, in a window of its own beside the main one (it keeps its choices while open). */
    private void openDocuments() {
        PlanWorkspace workspace = viewModel.workspaceProperty().get();
        if (workspace == null || workspace.planProperty().get() == null) {
            return;
        }
        if (documentsWindow != null && documentsWindow.isShowing()) {
            documentsWindow.toFront();
            return;
        }
        if (renderer == null) {
            // JasperReports is loaded with the first document, not at start-up
            renderer = new DocumentRenderer();
        }
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle(Messages.get("documents.window.title"));
        Scene scene = new Scene(new DocumentsView(new DocumentsViewModel(workspace, renderer, viewModel.preferences())));
        // 1100 × 800 (frame included) where the screen has room; on a laptop, its usable area: the save buttons are
        // at the foot
        javafx.stage.Window owner = getScene().getWindow();
        javafx.geometry.Rectangle2D area = KesuDeskApp.usableArea(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight());
        org.kesudesk.logic.Preferences.WindowPlace place = org.kesudesk.logic.Preferences.WindowPlace.centred(
                DOCUMENTS_WIDTH, DOCUMENTS_HEIGHT, area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        scene.getStylesheets().setAll(getScene().getStylesheets());
        scene.getRoot().setStyle(getStyle());
        // Escape closes it, as it closes a dialog
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                event.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        documentsWindow = stage;
        stage.show();
    }

    /** 编辑: 撤销 and 重做, naming the edit they would undo or redo. */
    private Menu editMenu() {
        MenuItem undo = new MenuItem();
        undo.setId("undoMenuItem");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        MenuItem redo = new MenuItem();
        redo.setId("redoMenuItem");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        // their texts name units and titles, whose "_" is no mnemonic
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        undo.setText(Messages.get("menu.edit.undo.none"));
        redo.setText(Messages.get("menu.edit.redo.none"));
        undo.setDisable(true);
        redo.setDisable(true);
        viewModel.workspaceProperty().addListener((observable, old, workspace) -> {
            undo.textProperty().bind(Bindings.createStringBinding(() -> workspace.undoTextProperty().get().isEmpty()
                    ? Messages.get("menu.edit.undo.none")
                    : Messages.get("menu.edit.undo", workspace.undoTextProperty().get()), workspace.undoTextProperty()));
            redo.textProperty().bind(Bindings.createStringBinding(() -> workspace.redoTextProperty().get().isEmpty()
                    ? Messages.get("menu.edit.redo.none")
                    : Messages.get("menu.edit.redo", workspace.redoTextProperty().get()), workspace.redoTextProperty()));
            undo.disableProperty().bind(workspace.undoTextProperty().isEmpty().or(workspace.savingProperty()));
            redo.disableProperty().bind(workspace.redoTextProperty().isEmpty().or(workspace.savingProperty()));
            undo.setOnAction(event -> workspace.undo());
            redo.setOnAction(event -> workspace.redo());
        });
        // what a row or a task says, to paste into a message, a draft or a spreadsheet (a text box copies its own)
        MenuItem copy = new MenuItem(Messages.get("menu.edit.copy"));
        copy.setId("copyMenuItem");
        copy.setAccelerator(Copying.KEY);
        copy.setOnAction(event -> {
            if (getScene() != null) {
                Copying.copy(getScene().getFocusOwner());
            }
        });
        // a text box pastes its own; in the plan's tree, task paragraphs copied from a document become tasks
        MenuItem paste = new MenuItem(Messages.get("menu.edit.paste"));
        paste.setId("pasteMenuItem");
        paste.setAccelerator(KeyCombination.keyCombination("Shortcut+V"));
        paste.setOnAction(event -> {
            javafx.scene.Node focused = getScene() == null ? null : getScene().getFocusOwner();
            if (focused instanceof javafx.scene.control.TextInputControl input) {
                if (input.isEditable()) {
                    input.paste();
                }
            } else if (planView != null) {
                planView.pasteInto(focused);
            }
        });
        MenuItem find = new MenuItem(Messages.get("menu.edit.find"));
        find.setId("findMenuItem");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.disableProperty().bind(viewModel.workspaceProperty().isNull());
        find.setOnAction(event -> {
            if (planTab != null && planView != null) {
                planTab.getTabPane().getSelectionModel().select(planTab);
                planView.focusSearch();
            }
        });
        return new Menu(Messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), copy, paste,
                new SeparatorMenuItem(), find);
    }

    /**
     * The plan navigator beside the plan's views, made once the database is open: the tree, the matrix, the units
     * and the audit log.
     */
    private Node workspacePane() {
        StackPane pane = new StackPane();
        viewModel.workspaceProperty().addListener((observable, old, workspace) -> {
            planView = new PlanEditView(new PlanEditViewModel(workspace));
            Tab plan = new Tab(Messages.get("tab.plan"), planView);
            plan.setId("planTab");
            planTab = plan;
            MatrixViewModel matrixModel = new MatrixViewModel(workspace);
            Tab matrix = new Tab(Messages.get("tab.matrix"), new MatrixView(matrixModel));
            matrix.setId("matrixTab");
            matrixModel.activeProperty().bind(matrix.selectedProperty());
            Tab units = new Tab(Messages.get("tab.units"),
                    new UnitCatalogueView(new UnitCatalogueViewModel(workspace)));
            units.setId("unitsTab");
            AuditViewModel auditModel = new AuditViewModel(workspace);
            Tab audit = new Tab(Messages.get("tab.audit"), new AuditView(auditModel));
            audit.setId("auditTab");
            auditModel.activeProperty().bind(audit.selectedProperty());
            org.kesudesk.ui.progress.ProgressViewModel progressModel =
                    new org.kesudesk.ui.progress.ProgressViewModel(workspace);
            Tab progress = new Tab(Messages.get("tab.progress"), new org.kesudesk.ui.progress.ProgressView(progressModel));
            progress.setId("progressTab");
            progressModel.activeProperty().bind(progress.selectedProperty());
            TabPane tabs = new TabPane(plan, matrix, units, progress, audit);
            viewModel.onProgressSheets(files -> {
                tabs.getSelectionModel().select(progress);
                progressModel.importSheets(files);
            });
            PlanEditView shownPlan = planView;
            workspace.planSubjectProperty().addListener((subject, before, id) -> {
                if (id != null) {
                    tabs.getSelectionModel().select(plan);
                    shownPlan.reveal(id);
                }
            });
            workspace.auditSubjectProperty().addListener((subject, before, node) -> {
                if (node != null) {
                    tabs.getSelectionModel().select(audit);
                }
            });
            tabs.setId("workspaceTabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            pane.getChildren().setAll(tabs);
        });
        PlanNavigator navigator = new PlanNavigator(viewModel);
        Label heading = new Label(Messages.get("navigator.title"));
        heading.getStyleClass().add("navigator-heading");
        heading.setLabelFor(navigator);
        VBox side = new VBox(4, heading, navigator);
        VBox.setVgrow(navigator, Priority.ALWAYS);
        side.getStyleClass().add("navigator-pane");
        side.setMinWidth(160);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(side, pane);
        split.setId("workspaceSplit");
        split.setDividerPositions(0.2);
        javafx.scene.control.SplitPane.setResizableWithParent(side, false);
        return split;
    }

    private Node loadingPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label label = new Label(Messages.get("main.loading"));
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node emptyPane() {
        Label title = new Label(Messages.get("main.empty.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(Messages.get("main.empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("empty-text");
        Button sample = importButton("loadSampleButton", "main.empty.loadSample", viewModel::loadSample);
        sample.setDefaultButton(true);
        Button importFile = importButton("importButton", "main.empty.import", viewModel::importFile);
        Button exchangeFile = importButton("importExchangeButton", "main.empty.importExchange",
                () -> viewModel.exchange().ifPresent(ExchangeViewModel::importFile));
        Label region = new Label();
        region.setId("ownRegionText");
        region.setWrapText(true);
        region.textProperty().bind(viewModel.ownRegionProperty());
        Button chooseRegion = importButton("chooseRegionButton", "main.empty.chooseRegion",
                viewModel::chooseOwnRegion);
        chooseRegion.setMinWidth(Region.USE_PREF_SIZE);
        Button setUpRegion = importButton("setUpRegionButton", "main.empty.setUpRegion",
                () -> viewModel.exchange().ifPresent(ExchangeViewModel::setUpRegion));
        setUpRegion.setMinWidth(Region.USE_PREF_SIZE);
        return statePane("emptyState", title, text, new HBox(12, sample, importFile, exchangeFile),
                new HBox(12, region, chooseRegion, setUpRegion));
    }

    private Button importButton(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(viewModel.canImportProperty().not());
        return button;
    }

    /** A message filling the window in place of the plan: a title, text and what to do. */
    private static Node statePane(String id, Node... children) {
        VBox box = new VBox(16, children);
        box.setId(id);
        box.getStyleClass().add("state-pane");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(640);
        return box;
    }

    /** 文件 ▸ 数据库连接…: the dialog, then the database chosen opened. */
    private void openConnectionDialog() {
        org.kesudesk.ui.connection.ConnectionDialog.show(getScene() == null ? null : getScene().getWindow(), viewModel)
                .ifPresent(viewModel::useConnection);
    }

    private Node failurePane() {
        Label title = new Label();
        title.setId("failureTitle");
        title.getStyleClass().add("failure-title");
        title.textProperty().bind(viewModel.failureTitleProperty());
        Label message = new Label();
        message.setId("failureMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.failureMessageProperty());
        Button restore = new Button(Messages.get("main.failure.restore"));
        restore.setId("failureRestoreButton");
        restore.setOnAction(event -> viewModel.restoreFromBackup());
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        // the other window's database cannot be restored over (and Enter on a focused button would start it)
        restore.visibleProperty().bind(viewModel.failedInUseProperty().not());
        restore.managedProperty().bind(restore.visibleProperty());
        // a server that cannot be reached (or a password changed): another connection, or this computer's database
        Button connection = new Button(Messages.get("main.failure.connection"));
        connection.setId("failureConnectionButton");
        connection.setOnAction(event -> openConnectionDialog());
        connection.disableProperty().bind(viewModel.canConnectProperty().not());
        Button close = new Button(Messages.get("main.failure.exit"));
        close.setId("failureExitButton");
        close.setDefaultButton(true);
        close.setOnAction(event -> exit.run());
        // the failure shown, the key pressed next (Enter or Space) closes, as the highlighted button says
        viewModel.stateProperty().addListener((observable, old, now) -> {
            if (now == State.FAILED) {
                Platform.runLater(close::requestFocus);
            }
        });
        return statePane("failureState", title, message, new HBox(12, restore, connection, close));
    }

    /**
     * A strip under the menus while this computer's clock reads earlier than the data's newest change: said where it
     * is seen, with a button to put it away (it comes back when the database is opened again).
     */
    private Node clockBar() {
        Button dismiss = new Button(Messages.get("main.clockWarning.dismiss"));
        dismiss.setId("clockWarningDismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(event -> viewModel.dismissClockWarning());
        return warningBar("clockWarning", viewModel.clockWarningProperty(), dismiss);
    }

    /** A strip under the menus while the database can only be read: a state of the file, not put away. */
    private Node readOnlyBar() {
        return warningBar("readOnlyWarning", viewModel.readOnlyWarningProperty());
    }

    /** A strip under the menus saying what the text says, shown while there is any, with the buttons after it. */
    private static Node warningBar(String id, javafx.beans.value.ObservableStringValue text, Node... after) {
        Label warning = new Label();
        warning.setId(id);
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(text);
        HBox bar = new HBox(12, warning);
        bar.getChildren().addAll(after);
        HBox.setHgrow(warning, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("warning-bar");
        BooleanBinding shown = javafx.beans.binding.Bindings.isNotEmpty(text);
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);
        return bar;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(viewModel.statusTextProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        Label busy = new Label();
        busy.setId("busyText");
        busy.textProperty().bind(viewModel.busyTextProperty());
        HBox busyBox = new HBox(6, progress, busy);
        busyBox.setAlignment(Pos.CENTER_LEFT);
        busyBox.visibleProperty().bind(viewModel.busyProperty());
        busyBox.managedProperty().bind(viewModel.busyProperty());
        Label saved = new Label();
        saved.setId("savedText");
        // what other clerks changed last, on a shared database
        Label others = new Label();
        others.setId("othersText");
        viewModel.workspaceProperty().addListener((observable, old, workspace) -> {
            saved.textProperty().bind(workspace.savedTextProperty());
            others.textProperty().bind(workspace.othersTextProperty());
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, others, busyBox, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Node whenState(State state, Node node) {
        BooleanBinding shown = viewModel.stateProperty().isEqualTo(state);
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }
}
