package org.kesudesk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.kesudesk.logic.editing.EditCommand;
import org.kesudesk.logic.editing.EditEffect;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanDocuments;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.ui.AppFonts;
import org.kesudesk.ui.KesuDeskApp;
import org.kesudesk.ui.NoDialogs;
import org.kesudesk.ui.PlanWorkspace;
import org.kesudesk.ui.matrix.MatrixView;
import org.kesudesk.ui.matrix.MatrixViewModel;
import org.kesudesk.ui.plan.PlanEditView;
import org.kesudesk.ui.plan.PlanEditViewModel;
import org.kesudesk.ui.task.FxTaskExecutor;

/**
 * Prints how a plan of 20,000 tasks and 200 units behaves: storing it, reading it, opening the tree and the matrix
 * (built, laid out and drawn once), and one edit from the call until every view shows it. Not a test: run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.kesudesk.bench.EditingBenchmark
 * -Dexec.classpathScope=test}. Runs headless (Monocle, software rendering) unless {@code -Dbench.onScreen=true}
 * is given, which opens the window on the desktop with its usual graphics pipeline. It also opens the matrix as
 * ControlsFX's SpreadsheetView, as a trial of that control against the table view the app uses.
 */
public final class EditingBenchmark {

    private static final int SECTIONS = 2;
    private static final int ITEMS_PER_SECTION = 50;
    private static final int TASKS_PER_ITEM = 200;
    private static final int UNITS = 200;

    private EditingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchDisplay.choose();

        Path folder = BenchFolders.temporary("kesudesk-bench");
        try (Database database = Database.open(folder.resolve("bench"))) {
            PlanDocument synthetic = synthetic();
            long start = System.nanoTime();
            new PlanRepository(database).add(synthetic);
            print("store the plan (one transaction)", start);

            start = System.nanoTime();
            PlanDocument loaded = new PlanRepository(database).ownPlan().orElseThrow();
            print("read the plan (first time)", start);
            start = System.nanoTime();
            loaded = new PlanRepository(database).ownPlan().orElseThrow();
            print("read the plan (again)", start);
            List<Unit> catalogue = new UnitRepository(database).all();

            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            PlanDocument plan = loaded;
            FxTaskExecutor executor = new FxTaskExecutor();
            CountDownLatch finished = new CountDownLatch(1);
            Platform.runLater(() -> {
                // as in the app: the window, with its style sheet and font, is up (showing 正在加载) before the
                // plan's views are made; what that first window costs is start-up, not opening the views
                long t = System.nanoTime();
                Optional<String> font = AppFonts.loadUiFont();
                StackPane window = new StackPane(new ProgressIndicator());
                font.ifPresent(family -> window.setStyle("-fx-font-family: \"" + family + "\";"));
                Scene scene = new Scene(window, 1200, 780);
                scene.getStylesheets().add(KesuDeskApp.class.getResource("kesudesk.css").toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                window.applyCss();
                window.layout();
                print("first window (toolkit, styles, font)", t);

                PlanWorkspace workspace = new PlanWorkspace(database, executor, new NoDialogs());
                workspace.show(plan, catalogue);

                // the views are tabs of one window, and only the tab shown is kept up to date
                t = System.nanoTime();
                PlanEditViewModel treeModel = new PlanEditViewModel(workspace);
                PlanEditView tree = new PlanEditView(treeModel);
                Tab treeTab = new Tab("方案", tree);
                TabPane tabs = new TabPane(treeTab);
                window.getChildren().setAll(tabs);
                tabs.applyCss();
                tabs.layout();
                print("open the tree (build, lay out, show)", t);

                t = System.nanoTime();
                MatrixViewModel matrixModel = new MatrixViewModel(workspace);
                Tab matrixTab = new Tab("责任矩阵", new MatrixView(matrixModel));
                matrixModel.activeProperty().bind(matrixTab.selectedProperty());
                tabs.getTabs().add(matrixTab);
                tabs.getSelectionModel().select(matrixTab);
                tabs.applyCss();
                tabs.layout();
                print("open the matrix (build, lay out, show)", t);

                // the same again, with the code warmed up: what each later opening costs
                t = System.nanoTime();
                Tab treeAgain = new Tab("方案", new PlanEditView(new PlanEditViewModel(workspace)));
                tabs.getTabs().add(treeAgain);
                tabs.getSelectionModel().select(treeAgain);
                tabs.applyCss();
                tabs.layout();
                print("open the tree again (warm)", t);
                t = System.nanoTime();
                MatrixViewModel matrixAgainModel = new MatrixViewModel(workspace);
                Tab matrixAgain = new Tab("责任矩阵", new MatrixView(matrixAgainModel));
                matrixAgainModel.activeProperty().bind(matrixAgain.selectedProperty());
                tabs.getTabs().add(matrixAgain);
                tabs.getSelectionModel().select(matrixAgain);
                tabs.applyCss();
                tabs.layout();
                print("open the matrix again (warm)", t);
                tabs.getTabs().removeAll(treeAgain, matrixAgain);

                // ControlsFX's SpreadsheetView tried for the matrix: it needs every cell as an object up front
                // (rows × units), where the table view makes cells only for what is on the screen. The whole plan's
                // grid (4 million cells) does not fit in 2 GB, so a tenth of its rows is tried
                int trialRows = matrixAgainModel.rows().size() / 10;
                Runtime runtime = Runtime.getRuntime();
                System.gc();
                long heapBefore = runtime.totalMemory() - runtime.freeMemory();
                t = System.nanoTime();
                SpreadsheetView spreadsheet = spreadsheet(matrixAgainModel, trialRows);
                Tab spreadsheetTab = new Tab("责任矩阵（SpreadsheetView）", spreadsheet);
                tabs.getTabs().add(spreadsheetTab);
                tabs.getSelectionModel().select(spreadsheetTab);
                tabs.applyCss();
                tabs.layout();
                print(String.format(Locale.ROOT, "SpreadsheetView trial, %,d of %,d rows", trialRows,
                        matrixAgainModel.rows().size()), t);
                System.gc();
                System.out.printf(Locale.ROOT, "  %-43s %9.1f MB%n", "its cells' heap",
                        (runtime.totalMemory() - runtime.freeMemory() - heapBefore) / 1e6);
                t = System.nanoTime();
                Tab spreadsheetAgain = new Tab("责任矩阵（SpreadsheetView）", spreadsheet(matrixAgainModel, trialRows));
                tabs.getTabs().add(spreadsheetAgain);
                tabs.getSelectionModel().select(spreadsheetAgain);
                tabs.applyCss();
                tabs.layout();
                print("  the same again (warm)", t);
                tabs.getTabs().removeAll(spreadsheetTab, spreadsheetAgain);

                // the task edited is selected in the tree, so that its editor (title, text, units) shows each edit too
                tabs.getSelectionModel().select(treeTab);
                treeModel.selectedIdProperty().set(editedTask(plan));
                tabs.applyCss();
                tabs.layout();
                benchEdits(workspace, scene, plan, catalogue, "one edit, tree tab shown", () -> {
                    tabs.getSelectionModel().select(matrixTab);
                    benchEdits(workspace, scene, plan, catalogue, "one edit, matrix tab shown", finished::countDown);
                });
            });
            finished.await(10, TimeUnit.MINUTES);
            executor.close();
        } finally {
            Platform.exit();
        }
    }

    /**
     * Times edits from the call until the views show the result: stored and handed back to the UI thread, the
     * views updated, and the next layout pass done (what the user then sees). Runs {@code then} afterwards.
     */
    private static void benchEdits(PlanWorkspace workspace, Scene scene, PlanDocument plan, List<Unit> catalogue,
                                   String name, Runnable then) {
        UUID taskId = editedTask(plan);
        long[] started = new long[1];
        long[] stored = new long[1];
        List<Double> storedMillis = new ArrayList<>();
        List<Double> updatedMillis = new ArrayList<>();
        List<Double> shownMillis = new ArrayList<>();
        int[] remaining = {Integer.getInteger("bench.edits", 20)};
        ChangeListener<Boolean> saving = (observable, was, is) -> {
            if (!is) {
                stored[0] = System.nanoTime();
            }
        };
        List<Double> databaseMillis = new ArrayList<>();
        Runnable edit = () -> {
            started[0] = System.nanoTime();
            EditCommand toggle = workspace.editor().toggleUnit(find(workspace, taskId),
                    catalogue.get(remaining[0] % UNITS));
            workspace.apply(new EditCommand() {
                @Override
                public String description() {
                    return toggle.description();
                }

                @Override
                public EditEffect execute() {
                    long t = System.nanoTime();
                    EditEffect effect = toggle.execute();
                    databaseMillis.add((System.nanoTime() - t) / 1e6);
                    return effect;
                }

                @Override
                public EditEffect undo() {
                    return toggle.undo();
                }
            });
        };
        ChangeListener<PlanDocument> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends PlanDocument> observable,
                                PlanDocument old, PlanDocument updated) {
                long viewsUpdated = System.nanoTime();
                ChangeListener<PlanDocument> self = this;
                Runnable laidOut = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        long now = System.nanoTime();
                        storedMillis.add((stored[0] - started[0]) / 1e6);
                        updatedMillis.add((viewsUpdated - stored[0]) / 1e6);
                        shownMillis.add((now - started[0]) / 1e6);
                        if (--remaining[0] > 0) {
                            // the next edit once this one is shown, as a user clicks after seeing the result
                            Platform.runLater(edit);
                        } else {
                            workspace.planProperty().removeListener(self);
                            workspace.savingProperty().removeListener(saving);
                            System.out.printf(Locale.ROOT, "%-45s median %6.1f ms, worst %7.1f ms (%d edits)%n",
                                    name, median(shownMillis), worst(shownMillis), shownMillis.size());
                            System.out.printf(Locale.ROOT, "  %-43s median %6.1f ms%n",
                                    "stored and handed back", median(storedMillis));
                            System.out.printf(Locale.ROOT, "    %-41s median %6.1f ms%n",
                                    "of which the database transaction", median(databaseMillis));
                            System.out.printf(Locale.ROOT, "  %-43s median %6.1f ms%n",
                                    "views updated", median(updatedMillis));
                            Platform.runLater(then);
                        }
                    }
                };
                scene.addPostLayoutPulseListener(laidOut);
                Platform.requestNextPulse();
            }
        };
        workspace.savingProperty().addListener(saving);
        workspace.planProperty().addListener(listener);
        edit.run();
    }

    /** The matrix's first rows and its unit columns as a SpreadsheetView grid, each cell its 牵头/负责 mark. */
    private static SpreadsheetView spreadsheet(MatrixViewModel matrix, int rowCount) {
        List<MatrixViewModel.Row> rows = matrix.rows().subList(0, rowCount);
        List<Unit> units = matrix.units();
        GridBase grid = new GridBase(rows.size(), units.size() + 1);
        ObservableList<ObservableList<SpreadsheetCell>> cells = FXCollections.observableArrayList();
        for (int r = 0; r < rows.size(); r++) {
            MatrixViewModel.Row row = rows.get(r);
            ObservableList<SpreadsheetCell> line = FXCollections.observableArrayList();
            line.add(SpreadsheetCellType.STRING.createCell(r, 0, 1, 1, row.node().title()));
            for (int u = 0; u < units.size(); u++) {
                line.add(SpreadsheetCellType.STRING.createCell(r, u + 1, 1, 1,
                        MatrixViewModel.cellText(row, units.get(u))));
            }
            cells.add(line);
        }
        grid.setRows(cells);
        grid.getColumnHeaders().setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of("事项"),
                units.stream().map(Unit::name)).toList());
        return new SpreadsheetView(grid);
    }

    /** A task in the middle of the plan. */
    private static UUID editedTask(PlanDocument plan) {
        return plan.items().get(ITEMS_PER_SECTION).children().get(TASKS_PER_ITEM / 2).id();
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double worst(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static PlanNode find(PlanWorkspace workspace, UUID id) {
        return PlanDocuments.find(workspace.planProperty().get(), id).orElseThrow();
    }

    private static void print(String what, long startNanos) {
        System.out.printf(Locale.ROOT, "%-45s %9.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }

    private static PlanDocument synthetic() {
        return SyntheticPlans.plan("基准方案", Optional.empty(), SECTIONS, ITEMS_PER_SECTION, TASKS_PER_ITEM, UNITS,
                "单位");
    }
}
