package org.kesudesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.ui.MainViewModel;
import org.kesudesk.ui.MainWindow;
import org.kesudesk.ui.NoDialogs;
import org.kesudesk.ui.task.FxTaskExecutor;

/**
 * Prints how the window opens a city database holding 17 plans (the city's and its 16 counties', 2,000 tasks and
 * 60 units each, every county's units in its own catalogue), against one holding the city's plan alone, and how
 * long switching to another plan takes in the plan navigator, cold and warm: from the choice until the other plan
 * is in the window, laid out. Target: a warm switch under 0.3 s; opening the database does not grow with the
 * plans it holds beyond reading the one shown. Not a test: run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.kesudesk.bench.PlanSwitchBenchmark
 * -Dexec.classpathScope=test}. Headless (Monocle, software rendering) unless {@code -Dbench.onScreen=true}.
 */
public final class PlanSwitchBenchmark {

    private static final int TASKS_PER_ITEM = 100;

    private PlanSwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchDisplay.choose();
        Path folder = BenchFolders.temporary("kesudesk-bench");
        Path one = folder.resolve("one").resolve("kesudesk");
        Path seventeen = folder.resolve("seventeen").resolve("kesudesk");
        long start = System.nanoTime();
        fill(one, 1);
        fill(seventeen, 17);
        print("store 1 + 17 plans of 2,000 tasks", start);
        searchEveryPlan(seventeen);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // windows are opened and closed in turn: the toolkit stays up between them
        Platform.setImplicitExit(false);

        // each twice, in turns (the first opening also loads and compiles the app's code), each time a copy of the
        // database as it was stored: no file is opened twice in one process
        for (int round = 1; round <= 2; round++) {
            Window small = open(copy(one, "one-" + round));
            small.close();
            Window large = open(copy(seventeen, "seventeen-" + round));
            large.close();
            System.out.printf("open the window (round %d): database of 1 plan %d ms, of 17 plans %d ms, to the plan "
                    + "shown%n", round, small.openMillis, large.openMillis);
        }
        Window large = open(copy(seventeen, "seventeen-switch"));
        List<UUID> others = large.viewModel.officeProperty().get().plans().stream().map(PlanSummary::id)
                .filter(id -> !id.equals(large.viewModel.shownPlanProperty().get().id())).toList();
        UUID own = large.viewModel.shownPlanProperty().get().id();
        List<Long> cold = new ArrayList<>();
        for (UUID plan : others) {
            cold.add(large.switchTo(plan));
        }
        List<Long> warm = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (UUID plan : others) {
                warm.add(large.switchTo(plan));
                warm.add(large.switchTo(own));
            }
        }
        System.out.printf("switch plans, first time each (16): median %d ms, slowest %d ms%n", median(cold),
                max(cold));
        System.out.printf("switch plans, warm (%d): median %d ms, slowest %d ms (target: under 300 ms)%n",
                warm.size(), median(warm), max(warm));
        large.close();
        Platform.exit();
        System.exit(0);
    }

    /**
     * 在所有方案中查找 through the 17 plans (read in the background in the window): a text in one task of each plan,
     * and one in every task (the list cut at its most), first and warm.
     */
    private static void searchEveryPlan(Path db) {
        try (Database database = Database.open(db)) {
            PlanRepository plans = new PlanRepository(database);
            for (String query : List.of("第1999项任务", "任务正文", "第1999项任务")) {
                long start = System.nanoTime();
                org.kesudesk.logic.EveryPlanSearch.Found found = org.kesudesk.logic.EveryPlanSearch.find(plans, query);
                System.out.printf("search every plan (17 of 2,000 tasks) for “%s”: %d places in %d plans, %d listed, "
                        + "%d ms%n", query, found.total(), found.plansWithHits(), found.hits().size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static Path copy(Path db, String name) throws java.io.IOException {
        Path copy = db.getParent().resolveSibling(name).resolve("kesudesk");
        Files.createDirectories(copy.getParent());
        Files.copy(db.resolveSibling("kesudesk.mv.db"), copy.resolveSibling("kesudesk.mv.db"));
        return copy;
    }

    /** A database with the city's plan and (for 17) each county's, every plan in its region. */
    private static void fill(Path db, int plans) {
        try (Database database = Database.open(db)) {
            List<Region> regions = new RegionRepository(database).all();
            PlanRepository repository = new PlanRepository(database);
            for (int i = 0; i < plans; i++) {
                Region region = regions.get(i);
                repository.add(SyntheticPlans.plan(region.name() + "实施方案（2021-2025年）", Optional.of(region.id()),
                        2, 10, TASKS_PER_ITEM, 60, region.name().substring(0, 2) + "单位"));
            }
        }
    }

    private static final class Window {
        private final MainViewModel viewModel;
        private final Stage stage;
        private final long openMillis;

        private Window(MainViewModel viewModel, Stage stage, long openMillis) {
            this.viewModel = viewModel;
            this.stage = stage;
            this.openMillis = openMillis;
        }

        /** Chooses a plan as the navigator does; the time until it is shown and laid out. */
        long switchTo(UUID plan) throws InterruptedException {
            CountDownLatch shown = new CountDownLatch(1);
            AtomicLong took = new AtomicLong();
            Platform.runLater(() -> {
                long t = System.nanoTime();
                viewModel.shownPlanProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends PlanSummary> observable,
                                        PlanSummary before, PlanSummary now) {
                        observable.removeListener(this);
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        took.set((System.nanoTime() - t) / 1_000_000);
                        shown.countDown();
                    }
                });
                viewModel.showPlan(plan);
            });
            if (!shown.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the plan was not shown");
            }
            return took.get();
        }

        void close() throws InterruptedException {
            CountDownLatch closed = new CountDownLatch(1);
            Platform.runLater(() -> {
                stage.close();
                viewModel.close();
                closed.countDown();
            });
            closed.await();
        }
    }

    private static Window open(Path db) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        Window[] window = new Window[1];
        Platform.runLater(() -> {
            MainViewModel viewModel = new MainViewModel(db, new FxTaskExecutor(), new NoDialogs());
            Stage stage = new Stage();
            stage.setScene(new Scene(new MainWindow(viewModel, stage::close), 1200, 780));
            stage.show();
            long t = System.nanoTime();
            viewModel.stateProperty().addListener((observable, before, state) -> {
                if (state == MainViewModel.State.FAILED) {
                    System.out.println("the window could not open " + db + ": "
                            + viewModel.failureMessageProperty().get());
                }
                if (state == MainViewModel.State.READY) {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    window[0] = new Window(viewModel, stage, (System.nanoTime() - t) / 1_000_000);
                    ready.countDown();
                }
            });
            viewModel.start();
        });
        if (!ready.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not show a plan");
        }
        return window[0];
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static void print(String what, long start) {
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
