package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.CountyPlans;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.MainViewModel.State;
import org.kesudesk.ui.task.CurrentThreadTaskExecutor;

/**
 * The 数据交换 menu as the offices use it, through the main view model with the user's answers scripted: the city
 * derives 富裕县's plan with its unit names reviewed and exports it; 富裕县's empty database imports it after
 * accepting the city's key and seeing the preview.
 */
class ExchangeMenuTest {

    @TempDir
    Path folder;
    private final ScriptedDialogs cityDialogs = new ScriptedDialogs();
    private final ScriptedDialogs countyDialogs = new ScriptedDialogs();
    private MainViewModel city;
    private MainViewModel county;

    @AfterEach
    void close() {
        if (city != null) {
            city.close();
        }
        if (county != null) {
            county.close();
        }
    }

    /**
     * A county with its plan for 2021–2025 and, since, the one for 2026–2030: with the earlier shown, 导出交换文件…
     * sends that one (its report on those years), with none chosen, this year's.
     */
    @Test
    void theFileExported_carriesThePlanOfTheYearsShown() throws IOException {
        Path countyDb = folder.resolve("county").resolve("kesudesk");
        java.util.UUID earlier;
        try (Database database = Database.open(countyDb)) {
            new RegionRepository(database).setOwn("230227", org.kesudesk.logic.RegionWording::ownRegion);
            PlanRepository plans = new PlanRepository(database);
            earlier = plans.add(TestPlans.countyPlanOfYears("（2021-2025年）")).plan().id();
            plans.add(TestPlans.countyPlanOfYears("（2026-2030年）"));
        }
        county = new MainViewModel(countyDb, new CurrentThreadTaskExecutor(), countyDialogs);
        county.start();
        countyDialogs.regionCode = Optional.of("230200");

        county.showPlan(earlier);
        countyDialogs.saveTo = Optional.of(folder.resolve("earlier.kesu"));
        county.exchange().orElseThrow().exportFile();

        assertThat(countyDialogs.errors).isEmpty();
        assertThat(countyDialogs.information).last().asString().contains("（2021-2025年）");
    }


    @Test
    void theCityDerivesAndExports_theCountyImportsAfterAcceptingTheKeyAndSeeingThePreview() {
        PlanDocument cityPlan = TestPlans.countyPlan();
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        try (Database database = Database.open(cityDb)) {
            new PlanRepository(database).add(cityPlan);
        }
        city = new MainViewModel(cityDb, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        org.kesudesk.ui.audit.AuditViewModel log = new org.kesudesk.ui.audit.AuditViewModel(
                city.workspaceProperty().get());
        cityDialogs.regionCode = Optional.of("230227");
        city.exchange().orElseThrow().deriveCountyPlan();
        assertThat(cityDialogs.errors).isEmpty();
        // the log in view has the derivation at once, named by the derived plan's title (it has no 文号 yet)
        assertThat(log.entries()).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("plan.derive");
            assertThat(entry.summary()).isNotBlank().isEqualTo(entry.summary().strip()).endsWith("通知");
        });
        org.kesudesk.model.PlanSummary derived = city.officeProperty().get().plans().stream()
                .filter(p -> p.region().code().equals("230227")).findFirst().orElseThrow();
        assertThat(derived.id()).isNotEqualTo(cityPlan.plan().id());
        // the city's own plan stays shown: deriving the next county starts from it too
        assertThat(city.shownPlanProperty().get().id()).isEqualTo(cityPlan.plan().id());
        assertThat(city.officeProperty().get().plans()).hasSize(2);
        // said by a note that goes away by itself: nothing to click after a step that simply went well
        assertThat(cityDialogs.notes).anyMatch(text -> text.contains("富裕县"));

        // deriving again for a county that has a plan asks first: update it or replace it; cancelled, it stays
        cityDialogs.choiceIndex = 2;
        city.exchange().orElseThrow().deriveCountyPlan();
        assertThat(cityDialogs.choicesShown).singleElement().asString().contains("按市级方案更新")
                .contains("重新生成并替换");
        assertThat(city.officeProperty().get().plans()).extracting(org.kesudesk.model.PlanSummary::id)
                .contains(derived.id()).hasSize(2);
        cityDialogs.choiceIndex = 0;

        Path file = folder.resolve("to-fuyu.kesu");
        cityDialogs.saveTo = Optional.of(file);
        city.exchange().orElseThrow().exportFile();
        assertThat(cityDialogs.errors).isEmpty();
        assertThat(file).exists();
        assertThat(city.officeProperty().get().status(derived.id()).lastSent()).isPresent();

        county = new MainViewModel(folder.resolve("county").resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                countyDialogs);
        county.start();
        assertThat(county.stateProperty().get()).isEqualTo(State.EMPTY);
        countyDialogs.filesToOpen = List.of(file);

        // the user declines the unknown key first, then cancels the preview: nothing is stored
        countyDialogs.confirmAnswer = false;
        county.exchange().orElseThrow().importFile();
        assertThat(countyDialogs.questions).singleElement().asString().contains("齐齐哈尔市").contains("指纹");
        assertThat(countyDialogs.changeReviews).isEmpty();
        countyDialogs.confirmAnswer = true;
        countyDialogs.changeAnswer = review -> Optional.empty();
        county.exchange().orElseThrow().importFile();
        assertThat(countyDialogs.changeReviews).singleElement().satisfies(review -> {
            assertThat(review.header()).contains("齐齐哈尔市").contains("签名指纹");
            assertThat(review.summary()).contains("导入后将设为：富裕县").contains("条目：新增");
        });
        assertThat(county.stateProperty().get()).isEqualTo(State.EMPTY);

        countyDialogs.changeAnswer = review -> Optional.of(Map.of());
        county.exchange().orElseThrow().importFile();
        assertThat(countyDialogs.errors).isEmpty();
        assertThat(county.stateProperty().get()).isEqualTo(State.READY);
        assertThat(county.workspaceProperty().get().planProperty().get().plan().id())
                .isEqualTo(derived.id());
        assertThat(countyDialogs.information).anyMatch(text -> text.contains("已导入"));
        assertThat(county.busyTextProperty().get()).isEmpty();
    }

    /**
     * Another city: 大庆市 derives 肇州县's plan and exports it; 肇州县's new database (the default region list) is
     * asked whether it is 肇州县's office, says yes, and the list becomes 大庆市's and the file goes in — one step
     * for a county clerk whose first file is the city's.
     */
    @Test
    void anotherCitysCountyFile_onANewDatabase_setsUpTheCountysRegionAndGoesIn() {
        Path cityDb = folder.resolve("daqing").resolve("kesudesk");
        org.kesudesk.logic.Divisions divisions = org.kesudesk.logic.Divisions.bundled();
        try (Database database = Database.open(cityDb)) {
            new RegionRepository(database).setUp(divisions.setupFor(divisions.byCode("230600").orElseThrow())
                    .orElseThrow(), org.kesudesk.logic.RegionWording::ownRegion);
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        Path file = cityFileFor(cityDb, "230621", folder.resolve("to-zhaozhou.kesu"));
        assertThat(cityDialogs.errors).isEmpty();

        Path countyDb = folder.resolve("zhaozhou").resolve("kesudesk");
        county = new MainViewModel(countyDb, new CurrentThreadTaskExecutor(), countyDialogs);
        county.start();
        countyDialogs.filesToOpen = List.of(file);
        countyDialogs.changeAnswer = review -> Optional.of(Map.of());

        // the city's key accepted, but not that this is 肇州县's office: the file is refused, saying how to set the
        // region up, and nothing changes
        countyDialogs.confirmWhen = question -> question.contains("公钥");
        county.exchange().orElseThrow().importFile();
        assertThat(countyDialogs.questions).hasSize(2).last().asString().contains("肇州县").contains("大庆市")
                .contains("9 个县级区划");
        assertThat(countyDialogs.errors).singleElement().asString().contains("按全国区划设定本单位");
        assertThat(county.stateProperty().get()).isEqualTo(State.EMPTY);

        countyDialogs.confirmWhen = null;
        countyDialogs.confirmAnswer = true;
        county.exchange().orElseThrow().importFile();
        assertThat(countyDialogs.errors).hasSize(1);
        assertThat(county.stateProperty().get()).isEqualTo(State.READY);
        county.close();
        county = null;
        try (Database database = Database.openExisting(countyDb)) {
            RegionRepository regions = new RegionRepository(database);
            assertThat(regions.own().orElseThrow().code()).isEqualTo("230621");
            assertThat(regions.all()).hasSize(10);
            assertThat(new PlanRepository(database).list()).singleElement()
                    .satisfies(plan -> assertThat(plan.region().code()).isEqualTo("230621"));
        }
    }

    @Test
    void derivingAgain_andReplacing_makesANewPlanAfterABackup() throws IOException {
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        java.util.UUID before;
        try (Database database = Database.open(cityDb)) {
            before = derivedForFuyu(database).fuyu().plan().id();
        }
        city = new MainViewModel(cityDb, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        cityDialogs.regionCode = Optional.of("230227");
        cityDialogs.choiceIndex = 1;

        city.exchange().orElseThrow().deriveCountyPlan();

        assertThat(cityDialogs.errors).isEmpty();
        assertThat(cityDialogs.choicesShown).singleElement().asString().contains("重新生成并替换");
        assertThat(city.officeProperty().get().plans()).extracting(org.kesudesk.model.PlanSummary::id)
                .hasSize(2).doesNotContain(before);
        try (java.util.stream.Stream<Path> backups = java.nio.file.Files.list(folder.resolve("city")
                .resolve("backups"))) {
            assertThat(backups.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.contains("before-import"));
        }
    }

    @Test
    void derivingAgain_updatesTheCountysPlanWithTheCitysChange_afterShowingIt() {
        PlanDocument cityPlan = TestPlans.countyPlan();
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        java.util.UUID countyPlanId;
        java.util.UUID countyTask;
        try (Database database = Database.open(cityDb)) {
            PlanDocument stored = new PlanRepository(database).add(cityPlan);
            PlanDocument countyPlan = CountyPlans.derived(database, stored, "230227");
            countyPlanId = countyPlan.plan().id();
            countyTask = countyPlan.items().get(0).children().get(0).id();
            // the city's plan changes after the county's was derived: its first task reworded
            org.kesudesk.model.PlanNode task = stored.items().get(0).children().get(0);
            new org.kesudesk.store.NodeRepository(database).update(task.id(), task.rowVersion(), task.title(),
                    "全市改过的任务内容。");
        }
        city = new MainViewModel(cityDb, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        cityDialogs.regionCode = Optional.of("230227");
        cityDialogs.changeAnswer = review -> Optional.of(Map.of());

        city.exchange().orElseThrow().deriveCountyPlan();

        assertThat(cityDialogs.errors).isEmpty();
        assertThat(cityDialogs.changeReviews).singleElement().satisfies(review -> {
            assertThat(review.header()).contains("富裕县").contains("更新");
            assertThat(review.summary()).contains("修改 1");
        });
        assertThat(cityDialogs.notes).anyMatch(text -> text.contains("已按市级方案更新"));
        city.close();
        city = null;
        try (Database database = Database.open(cityDb)) {
            PlanDocument county = new PlanRepository(database).find(countyPlanId).orElseThrow();
            assertThat(county.items().get(0).children().get(0).id()).isEqualTo(countyTask);
            assertThat(county.items().get(0).children().get(0).text()).isEqualTo("全县改过的任务内容。");
            assertThat(new PlanRepository(database).list()).hasSize(2);
        }
    }

    @Test
    void everyCountysPlan_derivedOrUpdatedAtOnce_afterTheListIsConfirmed_theCountysOwnUnitKept() throws Exception {
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        java.util.UUID fuyuTask;
        try (Database database = Database.open(cityDb)) {
            Derived derived = derivedForFuyu(database);
            PlanDocument stored = derived.city();
            PlanDocument fuyuPlan = derived.fuyu();
            // 富裕县's own unit on its first task
            org.kesudesk.model.PlanNode task = fuyuPlan.items().get(0).children().get(0);
            fuyuTask = task.id();
            org.kesudesk.model.Unit museum = UnitRepository.ofPlan(database, fuyuPlan.plan()).add("富裕县科技馆");
            List<java.util.UUID> units = new java.util.ArrayList<>(task.responsibleUnits().stream()
                    .map(org.kesudesk.model.Unit::id).toList());
            units.add(museum.id());
            new org.kesudesk.store.AssignmentRepository(database).replace(new org.kesudesk.model.AssignmentList(
                    task.id(), org.kesudesk.model.Role.RESPONSIBLE), units, name -> "测试");
            // then the city's plan changes: its first task reworded
            org.kesudesk.model.PlanNode cityTask = stored.items().get(0).children().get(0);
            new org.kesudesk.store.NodeRepository(database).update(cityTask.id(), cityTask.rowVersion(),
                    cityTask.title(), "全市改过的任务内容。");
        }
        city = new MainViewModel(cityDb, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();

        cityDialogs.confirmAnswer = false;
        city.exchange().orElseThrow().deriveAllCountyPlans();
        assertThat(cityDialogs.questions).singleElement().asString().contains("富裕县：按市级方案更新（")
                .contains("龙沙区：生成方案").contains("拜泉县：生成方案");
        assertThat(city.officeProperty().get().plans()).hasSize(2);

        cityDialogs.confirmAnswer = true;
        cityDialogs.questions.clear();
        cityDialogs.folderToChoose = Optional.of(java.nio.file.Files.createDirectories(folder.resolve("U盘")));
        city.exchange().orElseThrow().deriveAllCountyPlans();
        assertThat(cityDialogs.errors).isEmpty();
        // done, and the next step offered: every county's file, written at once
        assertThat(cityDialogs.questions).last().asString().contains("已生成或更新 16 个县区的方案")
                .contains("现在就给各县区导出交换文件吗");
        assertThat(cityDialogs.saved).singleElement().satisfies(written -> {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(written)) {
                assertThat(files.count()).isEqualTo(16);
            }
        });
        assertThat(city.officeProperty().get().plans()).hasSize(17);
        city.close();
        city = null;
        try (Database database = Database.open(cityDb)) {
            org.kesudesk.model.PlanNode task = new org.kesudesk.store.NodeRepository(database).load(fuyuTask);
            assertThat(task.text()).isEqualTo("全县改过的任务内容。");
            assertThat(task.responsibleUnits()).extracting(org.kesudesk.model.Unit::name).contains("富裕县科技馆");
        }
    }

    @Test
    void theCityExportsToEveryCountyAtOnce_intoAFolderOfTheDay_oneFileEach() throws Exception {
        PlanDocument cityPlan = TestPlans.countyPlan();
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        try (Database database = Database.open(cityDb)) {
            PlanDocument stored = new PlanRepository(database).add(cityPlan);
            for (String code : List.of("230227", "230202")) {
                CountyPlans.derived(database, stored, code);
            }
        }
        city = new MainViewModel(cityDb, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        Path usb = java.nio.file.Files.createDirectories(folder.resolve("U盘"));
        cityDialogs.folderToChoose = Optional.of(usb);

        java.util.function.Function<String, org.kesudesk.model.ExchangeStatus> status = code -> {
            org.kesudesk.logic.OfficePlans office = city.officeProperty().get();
            return office.status(office.plans().stream().filter(p -> p.region().code().equals(code))
                    .findFirst().orElseThrow().id());
        };
        assertThat(status.apply("230227").lastSent()).isEmpty();

        city.exchange().orElseThrow().exportToAll();

        assertThat(cityDialogs.errors).isEmpty();
        // the navigator's 未发送 is 已发送 at once, not after the next start
        assertThat(status.apply("230227").lastSent()).isPresent();
        assertThat(status.apply("230202").lastSent()).isPresent();
        Path written = usb.resolve("科素通-齐齐哈尔市交换文件-" + java.time.LocalDate.now());
        assertThat(cityDialogs.saved).containsExactly(written);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(written)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    "科素通-齐齐哈尔市至龙沙区-" + java.time.LocalDate.now() + ".kesu",
                    "科素通-齐齐哈尔市至富裕县-" + java.time.LocalDate.now() + ".kesu");
        }
        assertThat(cityDialogs.information).anyMatch(text -> text.contains("已导出 2 个") && text.contains("龙沙区、富裕县"));
        assertThat(city.busyTextProperty().get()).isEmpty();
    }

    @Test
    void aFileDroppingATaskTheCountyReportedOn_isImportedOnlyAfterTheCountySaysSo() {
        PlanDocument cityPlan = TestPlans.countyPlan();
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        Path countyDb = folder.resolve("county").resolve("kesudesk");
        Path first = folder.resolve("first.kesu");
        java.util.UUID task;
        try (Database database = Database.open(cityDb)) {
            PlanDocument stored = new PlanRepository(database).add(cityPlan);
            task = CountyPlans.derived(database, stored, "230227").items().get(0).children().get(0).id();
            new org.kesudesk.exchange.PlanExchange(database).export("230227", first);
        }
        county = new MainViewModel(countyDb, new CurrentThreadTaskExecutor(), countyDialogs);
        county.start();
        countyDialogs.filesToOpen = List.of(first);
        county.exchange().orElseThrow().importFile();
        county.close();
        county = null;
        // 富裕县 reports on the task; the city then drops it from 富裕县's plan and sends the plan again
        try (Database database = Database.open(countyDb)) {
            PlanDocument plan = new PlanRepository(database).ownPlan().orElseThrow();
            org.kesudesk.logic.progress.ProgressTracking tracking =
                    new org.kesudesk.logic.progress.ProgressTracking(database);
            org.kesudesk.model.ReportingRound round = tracking.openRound(plan, "2026年上半年",
                    java.time.LocalDate.now().plusDays(30), Optional.empty(), Optional.empty());
            org.kesudesk.model.PlanNode reported = plan.items().get(0).children().get(0);
            tracking.report(plan, round, reported, reported.responsibleUnits().get(0),
                    new org.kesudesk.logic.progress.ProgressTracking.Entry(
                            org.kesudesk.model.ProgressStatus.IN_PROGRESS, java.util.OptionalInt.empty(), "已开展",
                            "", ""), "李四");
        }
        Path second = folder.resolve("second.kesu");
        try (Database database = Database.open(cityDb)) {
            new org.kesudesk.store.NodeRepository(database).delete(task);
            new org.kesudesk.exchange.PlanExchange(database).export("230227", second);
        }
        county = new MainViewModel(countyDb, new CurrentThreadTaskExecutor(), countyDialogs);
        county.start();
        countyDialogs.filesToOpen = List.of(second);
        countyDialogs.questions.clear();

        countyDialogs.confirmAnswer = false;
        county.exchange().orElseThrow().importFile();
        assertThat(countyDialogs.questions).singleElement().asString().contains("齐齐哈尔市的文件删去了 1 项");
        assertThat(county.workspaceProperty().get().planProperty().get().items().get(0).children())
                .extracting(org.kesudesk.model.PlanNode::id).contains(task);

        countyDialogs.confirmAnswer = true;
        county.exchange().orElseThrow().importFile();
        assertThat(countyDialogs.errors).isEmpty();
        assertThat(county.workspaceProperty().get().planProperty().get().items().get(0).children())
                .extracting(org.kesudesk.model.PlanNode::id).doesNotContain(task);
    }

    /**
     * The plan edited while the user reads a file's preview (a second clerk on a shared database, say): the preview
     * was worked out without that edit, so the file is checked again and shown again, and the import keeps the
     * edit beside what the file changed.
     */
    @Test
    void anEditMadeWhileThePreviewIsRead_isKept_theFileCheckedAndShownAgain() {
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        Path first = folder.resolve("first.kesu");
        Path second = folder.resolve("second.kesu");
        try (Database database = Database.open(cityDb)) {
            PlanDocument fuyu = derivedForFuyu(database).fuyu();
            new PlanExchange(database).export("230227", first);
            org.kesudesk.model.PlanNode task = fuyu.items().get(0).children().get(1);
            new org.kesudesk.store.NodeRepository(database).update(task.id(), task.rowVersion(), task.title(),
                    "市里改过的第二项任务。");
            new PlanExchange(database).export("230227", second);
        }
        county = new MainViewModel(folder.resolve("county").resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                countyDialogs);
        county.start();
        countyDialogs.filesToOpen = List.of(first);
        county.exchange().orElseThrow().importFile();
        assertThat(county.stateProperty().get()).isEqualTo(State.READY);

        countyDialogs.changeReviews.clear();
        countyDialogs.changeAnswer = review -> {
            if (countyDialogs.changeReviews.size() == 1) {
                PlanWorkspace workspace = county.workspaceProperty().get();
                org.kesudesk.model.PlanNode own = workspace.planProperty().get().items().get(0).children().get(0);
                workspace.apply(workspace.editor().updateNode(own, own.title(), "县里刚改的第一项任务。"));
            }
            return Optional.of(Map.of());
        };
        countyDialogs.filesToOpen = List.of(second);
        county.exchange().orElseThrow().importFile();

        assertThat(countyDialogs.errors).isEmpty();
        assertThat(countyDialogs.changeReviews).hasSize(2);
        assertThat(countyDialogs.information).anyMatch(text -> text.contains("已导入"));
        List<org.kesudesk.model.PlanNode> tasks = county.workspaceProperty().get().planProperty().get().items()
                .get(0).children();
        assertThat(tasks.get(0).text()).isEqualTo("县里刚改的第一项任务。");
        assertThat(tasks.get(1).text()).isEqualTo("市里改过的第二项任务。");
    }

    @Test
    void aFileTheAppWasOpenedWith_isImportedOnceTheDatabaseIsOpen() {
        Path file = cityFileForFuyu();
        org.kesudesk.model.PlanSummary derived = city.officeProperty().get().plans().stream()
                .filter(p -> p.region().code().equals("230227")).findFirst().orElseThrow();

        county = new MainViewModel(folder.resolve("county").resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                countyDialogs);
        county.openWhenReady(file);
        county.start();

        assertThat(countyDialogs.questions).singleElement().asString().contains("指纹");
        assertThat(countyDialogs.changeReviews).hasSize(1);
        assertThat(countyDialogs.errors).isEmpty();
        assertThat(county.stateProperty().get()).isEqualTo(State.READY);
        assertThat(county.workspaceProperty().get().planProperty().get().plan().id())
                .isEqualTo(derived.id());
        assertThat(county.recentFiles()).as("offered again under 最近打开").containsExactly(file.toAbsolutePath());
    }

    /**
     * The city's file as a mail program renamed it (.kesu.zip), picked with 文件 ▸ 导入方案文件 or dropped on the
     * window: it goes to the exchange's key check and preview, not to the plan reader (which would call it an archive).
     */
    @Test
    void aFileAMailProgramRenamed_goesToTheExchange_fromTheFileMenuOrDropped() throws IOException {
        Path file = cityFileForFuyu();
        Path renamed = Files.move(file, folder.resolve("给富裕县.kesu.zip"));

        county = new MainViewModel(folder.resolve("county").resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                countyDialogs);
        county.start();
        countyDialogs.confirmAnswer = false;
        countyDialogs.fileToChoose = Optional.of(renamed);
        county.importFile();
        county.openDropped(List.of(renamed));

        // asked twice whether to trust the city's key (declined): the exchange's first step, not a plan's review
        assertThat(countyDialogs.questions).hasSize(2).allSatisfy(question -> assertThat(question).asString()
                .contains("齐齐哈尔市").contains("指纹"));
        assertThat(countyDialogs.reviewed).isEmpty();
        assertThat(countyDialogs.errors).isEmpty();
        assertThat(county.busyTextProperty().get()).isEmpty();

        countyDialogs.confirmAnswer = true;
        countyDialogs.changeAnswer = review -> Optional.of(Map.of());
        county.openDropped(List.of(renamed));
        assertThat(countyDialogs.errors).isEmpty();
        assertThat(county.stateProperty().get()).isEqualTo(State.READY);
        assertThat(countyDialogs.information).anyMatch(text -> text.contains("已导入"));
    }

    @Test
    void theLedgerIsExported_filledIn_previewed_andImported() throws Exception {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        city = new MainViewModel(db, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        Path file = folder.resolve("台账.xlsx");
        cityDialogs.saveTo = Optional.of(file);
        city.exchange().orElseThrow().exportLedger();
        assertThat(cityDialogs.errors).isEmpty();
        assertThat(file).exists();

        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        }
        workbook.getSheet("任务分工表").getRow(2).getCell(4).setCellValue("县审计局");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();

        cityDialogs.fileToOpen = Optional.of(file);
        city.exchange().orElseThrow().importLedger();
        assertThat(cityDialogs.errors).isEmpty();
        assertThat(cityDialogs.changeReviews).singleElement().satisfies(review ->
                assertThat(review.summary()).contains("单位分工：新增 1"));
        PlanDocument shown = city.workspaceProperty().get().planProperty().get();
        assertThat(shown.items().get(0).children().get(0).responsibleUnits()).extracting(u -> u.name())
                .containsExactly("县审计局");
    }

    @Test
    void aNewDatabase_saysItsOfficeIsTheCityUntilChosen_andTheChoiceIsKept() {
        Path db = folder.resolve("kesudesk");
        county = new MainViewModel(db, new CurrentThreadTaskExecutor(), countyDialogs);
        county.start();
        assertThat(county.ownRegionProperty().get()).contains("齐齐哈尔市").contains("尚未设定");

        countyDialogs.regionCode = Optional.of("230227");
        county.chooseOwnRegion();
        assertThat(countyDialogs.errors).isEmpty();
        assertThat(county.ownRegionProperty().get()).isEqualTo("本单位所在区划：富裕县");
        county.close();
        county = new MainViewModel(db, new CurrentThreadTaskExecutor(), countyDialogs);
        county.start();
        assertThat(county.ownRegionProperty().get()).isEqualTo("本单位所在区划：富裕县");
    }

    /**
     * 数据交换 ▸ 区划列表: a zone added with its code and name (it shows in the navigator's list), renamed, and removed
     * again; a county whose catalogue has a unit is not removed, the message saying why, the list as it was.
     */
    @Test
    void theRegionList_isEditedFromTheMenu_aRegionInUseKept() {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            RegionRepository regions = new RegionRepository(database);
            UnitRepository.ofRegion(database, regions.byCode("230227").orElseThrow().id()).add("县教育局");
        }
        city = new MainViewModel(db, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        org.kesudesk.ui.exchange.ExchangeViewModel exchange = city.exchange().orElseThrow();

        cityDialogs.typedRegion = Optional.of(new Dialogs.TypedRegion(" 230299 ", "高新区"));
        exchange.addRegion();
        assertThat(cityDialogs.errors).isEmpty();
        assertThat(city.officeProperty().get().regions()).extracting(Region::name).contains("高新区");
        assertThat(cityDialogs.information).last().asString().contains("高新区").contains("230299");

        cityDialogs.regionCode = Optional.of("230299");
        cityDialogs.typedRegion = Optional.of(new Dialogs.TypedRegion("230299", "高新技术产业开发区"));
        exchange.renameRegion();
        assertThat(cityDialogs.typeRegionQuestions).last().asString().contains("高新区（230299）").endsWith("[230299]");
        assertThat(city.officeProperty().get().regions()).extracting(Region::name)
                .contains("高新技术产业开发区").doesNotContain("高新区");

        // a code typed wrong: refused in Chinese, nothing added
        cityDialogs.typedRegion = Optional.of(new Dialogs.TypedRegion("2302", "短代码区"));
        exchange.addRegion();
        assertThat(cityDialogs.errors).singleElement().asString().contains("6 位数字");
        cityDialogs.errors.clear();

        // 富裕县 has a unit in its catalogue: kept, saying so
        cityDialogs.regionCode = Optional.of("230227");
        cityDialogs.confirmAnswer = true;
        exchange.removeRegion();
        assertThat(cityDialogs.errors).singleElement().asString().contains("富裕县已有 0 个方案、单位目录中有 1 个单位");
        assertThat(city.officeProperty().get().regions()).extracting(Region::code).contains("230227");

        // the zone added by mistake goes, after the user confirms
        cityDialogs.regionCode = Optional.of("230299");
        cityDialogs.confirmAnswer = false;
        exchange.removeRegion();
        assertThat(city.officeProperty().get().regions()).extracting(Region::code).contains("230299");
        cityDialogs.confirmAnswer = true;
        exchange.removeRegion();
        assertThat(city.officeProperty().get().regions()).extracting(Region::code).doesNotContain("230299");
    }

    @Test
    void theCityImportsSeveralCountiesFilesAtOnce_eachReported_aBadOneSkipped_oneBackup() throws Exception {
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        List<Path> fromCounties = new ArrayList<>();
        try (Database cityDatabase = Database.open(cityDb)) {
            PlanDocument cityPlan = new PlanRepository(cityDatabase).add(TestPlans.countyPlan());
            RegionRepository regions = new RegionRepository(cityDatabase);
            for (String code : List.of("230227", "230221")) {
                Region county = regions.byCode(code).orElseThrow();
                new PlanRepository(cityDatabase).add(PlanDerivation.derive(cityPlan, regions.own().orElseThrow(),
                        county, PlanDerivation.suggestedUnitNames(cityPlan, regions.own().orElseThrow(), county)));
                Path toCounty = new PlanExchange(cityDatabase).export(code, folder.resolve("to-" + code + ".kesu"))
                        .file();
                try (Database countyDatabase = Database.open(folder.resolve(code).resolve("kesudesk"))) {
                    PlanExchange countySide = new PlanExchange(countyDatabase);
                    countySide.apply(countySide.inspect(toCounty, true));
                    Unit museum = new UnitRepository(countyDatabase).add(county.name() + "科技馆");
                    PlanDocument countyPlan = new PlanRepository(countyDatabase).ownPlan().orElseThrow();
                    new AssignmentRepository(countyDatabase).replace(new AssignmentList(
                            countyPlan.items().get(0).children().get(0).id(), Role.RESPONSIBLE),
                            List.of(museum.id()), org.kesudesk.logic.editing.PlanEditor.unitsOf(Role.RESPONSIBLE));
                    // the museum reports with a scan attached: the file takes it to the city
                    countyPlan = new PlanRepository(countyDatabase).ownPlan().orElseThrow();
                    org.kesudesk.logic.progress.ProgressTracking tracking =
                            new org.kesudesk.logic.progress.ProgressTracking(countyDatabase);
                    Path scan = Files.writeString(folder.resolve(code + "-总结.pdf"), "%PDF-1.4\n%%EOF\n");
                    tracking.report(countyPlan, tracking.openRound(countyPlan, "2026年上半年",
                                    java.time.LocalDate.now().plusDays(10), Optional.empty(), Optional.empty()),
                            countyPlan.items().get(0).children().get(0), museum,
                            new org.kesudesk.logic.progress.ProgressTracking.Entry(
                                    org.kesudesk.model.ProgressStatus.IN_PROGRESS, java.util.OptionalInt.empty(),
                                    "已开展。", "", ""), "县纲要办", List.of(scan));
                    fromCounties.add(new PlanExchange(countyDatabase).export("230200",
                            folder.resolve("from-" + code + ".kesu")).file());
                }
            }
        }
        Path damaged = Files.write(folder.resolve("damaged.kesu"), new byte[] {'P', 'K', 3, 4, 0});
        city = new MainViewModel(cityDb, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        cityDialogs.filesToOpen = List.of(fromCounties.get(0), damaged, fromCounties.get(1));
        // first the user looks at the previews and cancels them: the backup made meanwhile is not kept
        cityDialogs.changeAnswer = review -> Optional.empty();
        city.exchange().orElseThrow().importFile();
        assertThat(cityDialogs.changeReviews).hasSize(2);
        assertThat(cityDialogs.information).singleElement().asString().contains("已取消，没有导入");
        Path backups = folder.resolve("city").resolve("backups");
        if (Files.exists(backups)) {
            try (var files = Files.list(backups)) {
                assertThat(files.toList()).as("no backup kept, none half made").isEmpty();
            }
        }
        cityDialogs.changeReviews.clear();
        cityDialogs.information.clear();
        cityDialogs.questions.clear();

        // both counties' keys are new to the city: the user accepts each after comparing it
        cityDialogs.changeAnswer = review -> Optional.of(Map.of());
        Path usb = Files.createDirectories(folder.resolve("U盘"));
        cityDialogs.folderToChoose = Optional.of(usb);
        city.exchange().orElseThrow().importFile();

        // two keys, then the offer to send the two counties their files back with the receipt
        assertThat(cityDialogs.questions).hasSize(3);
        assertThat(cityDialogs.questions.get(2)).contains("富裕县、龙江县的文件带来了佐证材料");
        assertThat(cityDialogs.changeReviews).hasSize(2);
        assertThat(cityDialogs.changeReviews).allSatisfy(review -> assertThat(review.summary())
                .contains("1 条进展").contains("佐证材料：1 个，随文件带来 1 个"));
        assertThat(cityDialogs.information).first().asString()
                .contains("导入了 3 个文件")
                .contains("from-230227.kesu：已导入，新增 1 处，修改 0 处，删除 ")
                .contains("已更新为富裕县发来的进展：1 个报送轮次，1 条进展。")
                .contains("damaged.kesu：没有导入").contains("不完整")
                .contains("from-230221.kesu：已导入");
        // the user said yes: a file for each of the two, in a folder of the day's files, each with the receipt
        assertThat(cityDialogs.information).hasSize(2);
        assertThat(cityDialogs.information.get(1)).contains("龙江县").contains("富裕县").contains("带有回执");
        Path written = cityDialogs.saved.get(cityDialogs.saved.size() - 1);
        assertThat(written).startsWith(usb);
        try (var files = Files.list(written)) {
            List<Path> kesu = files.toList();
            assertThat(kesu).hasSize(2);
            for (Path one : kesu) {
                try (var zip = new java.util.zip.ZipFile(one.toFile())) {
                    assertThat(zip.getEntry("received.json")).as(one.toString()).isNotNull();
                }
            }
        }
        assertThat(cityDialogs.errors).isEmpty();
        assertThat(city.busyTextProperty().get()).isEmpty();
        try (var files = Files.list(backups)) {
            assertThat(files.toList()).as("one backup for the whole import").singleElement().asString()
                    .endsWith("-before-import.zip");
        }
    }

    /** The city's window, a plan derived for 富裕县 and exported to it from the window: the file. */
    private Path cityFileForFuyu() {
        Path cityDb = folder.resolve("city").resolve("kesudesk");
        try (Database database = Database.open(cityDb)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        return cityFileFor(cityDb, "230227", folder.resolve("给富裕县.kesu"));
    }

    /** The city's window on its database: its plan derived for the county and exported to it: the file. */
    private Path cityFileFor(Path cityDb, String countyCode, Path file) {
        city = new MainViewModel(cityDb, new CurrentThreadTaskExecutor(), cityDialogs);
        city.start();
        cityDialogs.regionCode = Optional.of(countyCode);
        city.exchange().orElseThrow().deriveCountyPlan();
        cityDialogs.saveTo = Optional.of(file);
        city.exchange().orElseThrow().exportFile();
        return file;
    }

    private record Derived(PlanDocument city, PlanDocument fuyu) {
    }

    private static Derived derivedForFuyu(Database database) {
        PlanDocument stored = new PlanRepository(database).add(TestPlans.countyPlan());
        return new Derived(stored, CountyPlans.derived(database, stored, "230227"));
    }
}
