package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.logic.PlanImportService;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Database;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.DatabaseHolder;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.MainViewModel.State;
import org.kesudesk.ui.task.CurrentThreadTaskExecutor;

class MainViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void aNewDatabase_isCreatedAndShownEmpty() {
        Path db = folder.resolve("data").resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);

        viewModel.start();

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(folder.resolve("data").resolve("kesudesk.mv.db")).exists();
        assertThat(viewModel.statusTextProperty().get()).contains("尚无方案");
        viewModel.close();
    }

    @Test
    void aDatabaseWithAPlan_showsTheCurrentPlan() {
        PlanDocument plan;
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            plan = new PlanRepository(database).add(TestPlans.countyPlan());
        }
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);

        viewModel.start();

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.READY);
        assertThat(viewModel.workspaceProperty().get().planProperty().get()).isEqualTo(plan);
        assertThat(viewModel.statusTextProperty().get()).contains(plan.plan().docNumber());
        viewModel.close();
    }

    /**
     * A clock reading a month before the data's newest change is said once the database is open; put away, it stays
     * away while the plans are read again, and comes back when the database is opened again.
     */
    @Test
    void theClockWarning_isShownForAClockBehindTheData_andStaysAwayOncePutAway() {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            org.kesudesk.store.Tampering.change(database, tx -> tx.update(org.kesudesk.store.jooq.Tables.AUDIT_LOG)
                    .set(org.kesudesk.store.jooq.Tables.AUDIT_LOG.AT, java.time.OffsetDateTime.now().plusDays(30))
                    .execute());
        }
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        assertThat(viewModel.clockWarningProperty().get()).contains("校正电脑的日期和时间");

        viewModel.dismissClockWarning();
        viewModel.reload();

        assertThat(viewModel.clockWarningProperty().get()).isEmpty();
        viewModel.close();

        MainViewModel again = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        again.start();
        assertThat(again.clockWarningProperty().get()).as("opened again").isNotEmpty();
        again.close();
    }

    /**
     * A deleted task's files are kept while the window can undo the deletion, and dropped when it closes — but not
     * a file another report still names.
     */
    @Test
    void theFilesOfADeletedTask_stayForItsUndo_andGoWhenTheWindowCloses() throws IOException {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        PlanWorkspace workspace = viewModel.workspaceProperty().get();
        PlanDocument plan = workspace.planProperty().get();
        org.kesudesk.model.PlanNode item = plan.items().get(0);
        org.kesudesk.model.PlanNode deleted = item.children().get(0);
        org.kesudesk.model.PlanNode kept = item.children().get(1);
        org.kesudesk.model.ReportingRound round = workspace.progress().openRound(plan, "2026年上半年",
                java.time.LocalDate.now().plusDays(30), java.util.Optional.empty(), java.util.Optional.empty());
        Path photo = java.nio.file.Files.write(folder.resolve("现场.png"), new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47,
                0x0D, 0x0A, 0x1A, 0x0A, 7});
        Path shared = java.nio.file.Files.write(folder.resolve("通知.png"), new byte[] {(byte) 0x89, 0x50, 0x4E,
                0x47, 0x0D, 0x0A, 0x1A, 0x0A, 8});
        org.kesudesk.logic.progress.ProgressTracking.Entry entry = new org.kesudesk.logic.progress.ProgressTracking
                .Entry(org.kesudesk.model.ProgressStatus.IN_PROGRESS, java.util.OptionalInt.empty(), "进行中", "", "");
        workspace.progress().report(plan, round, deleted, deleted.responsibleUnits().get(0), entry, "张三",
                List.of(photo, shared));
        workspace.progress().report(plan, round, kept, kept.responsibleUnits().get(0), entry, "张三",
                List.of(shared));
        workspace.apply(workspace.editor().deleteTask(deleted, item.id()));

        viewModel.close();

        try (Database database = Database.open(db)) {
            org.kesudesk.store.ProgressRepository progress = new org.kesudesk.store.ProgressRepository(database);
            assertThat(progress.evidence(round.id())).singleElement().satisfies(file -> {
                assertThat(file.name()).isEqualTo("通知.png");
                assertThat(progress.evidenceContent(file.hash())).isPresent();
            });
            // the deleted task's own file went when the window closed: nothing is left to drop
            assertThat(progress.dropUnreferencedEvidence()).isZero();
        }
    }

    @Test
    void aDatabaseOpenElsewhere_failsWithTheReasonInChinese() throws IOException {
        Path db = folder.resolve("kesudesk");
        Database.open(db).close();
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);

        try (DatabaseHolder other = DatabaseHolder.hold(db)) {
            viewModel.start();
        }

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(viewModel.failureTitleProperty().get()).isEqualTo("数据库已在使用中");
        assertThat(viewModel.failureMessageProperty().get()).contains(db.toString());
    }

    @Test
    void theSample_isShownForReview_andStoredWithTheAcceptedAliases() {
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        dialogs.reviewAnswer = report -> Optional.of(report.aliasSuggestions());
        viewModel.start();

        viewModel.loadSample();

        assertThat(dialogs.reviewed).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.READY);
        PlanDocument shown = viewModel.workspaceProperty().get().planProperty().get();
        assertThat(shown.plan().docNumber()).isEqualTo("齐政办发〔2022〕16号");
        assertThat(shown.items().get(9).children().get(1).responsibleUnits()).extracting(Unit::name)
                .contains("市生态环境局").doesNotContain("市生态局");
        assertThat(viewModel.busyProperty().get()).isFalse();
        viewModel.close();
    }

    @Test
    void exportingAnExchangeFile_offersOnlyCountiesWithAPlan_andSaysWhatToDoWhenThereIsNone() {
        Path db = folder.resolve("kesudesk");
        try (Database database = Database.open(db)) {
            new PlanImportService(new PlanRepository(database), new UnitRepository(database))
                    .save(PlanImportService.withoutDatabase().readSample(), List.of());
        }
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();

        viewModel.exchange().orElseThrow().exportFile();

        assertThat(dialogs.regionQuestions).isEmpty();
        assertThat(dialogs.information).singleElement().asString().startsWith("还没有可以导出的方案")
                .contains("生成县区方案").doesNotContain("plan derive");
        viewModel.close();

        try (Database database = Database.open(db)) {
            org.kesudesk.testsupport.CountyPlans.derived(database, new PlanRepository(database).ownPlan()
                    .orElseThrow(), "230227");
            // the log names a derived plan as derived, not as one imported
            assertThat(new org.kesudesk.store.AuditLog(database).recent(1)).singleElement()
                    .extracting(org.kesudesk.model.AuditEntry::action).isEqualTo("plan.derive");
        }
        List<Region> offered = new ArrayList<>();
        ScriptedDialogs choosing = new ScriptedDialogs() {
            @Override
            public Optional<Region> chooseRegion(String title, String text, List<Region> regions,
                                                 Optional<Region> preselected) {
                offered.addAll(regions);
                return Optional.empty();
            }
        };
        MainViewModel again = new MainViewModel(db, new CurrentThreadTaskExecutor(), choosing);
        again.start();

        again.exchange().orElseThrow().exportFile();

        assertThat(offered).extracting(Region::code).containsExactly("230227");
        again.close();
    }

    @Test
    void theOfficesKey_isShownWithItsFingerprint_andExportedFromTheWindow() throws IOException {
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        viewModel.start();
        Path keyFile = folder.resolve("齐齐哈尔市公钥.key");
        dialogs.saveTo = Optional.of(keyFile);

        viewModel.exchange().orElseThrow().showOwnKey();

        assertThat(dialogs.errors).isEmpty();
        String fingerprint = dialogs.questions.get(0).lines().filter(line -> line.matches("[0-9A-F]{4}( [0-9A-F]{4})+"))
                .findFirst().orElseThrow();
        assertThat(keyFile).exists();
        assertThat(Files.readString(keyFile)).contains("齐齐哈尔市");
        assertThat(dialogs.information).singleElement().asString().contains(fingerprint)
                .contains(keyFile.toString());
        // saying where it went, with 打开文件 / 打开所在文件夹
        assertThat(dialogs.saved).containsExactly(keyFile);
        viewModel.close();
    }

    @Test
    void onlyFilesThatCouldBeRead_areListedAsRecent() throws IOException {
        Path broken = Files.writeString(folder.resolve("不是方案.txt"), "会议通知\n请各单位准时参加。\n");
        Path badExchange = Files.write(folder.resolve("坏文件.kesu"), new byte[] {1, 2, 3, 4});
        Path document = folder.resolve("方案.txt");
        try (var in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            Files.write(document, in.readAllBytes());
        }
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        viewModel.usePreferences(org.kesudesk.logic.Preferences.load(folder.resolve("settings.properties")));
        dialogs.reviewAnswer = report -> Optional.empty();
        viewModel.start();

        dialogs.fileToChoose = Optional.of(broken);
        viewModel.importFile();
        viewModel.exchange().orElseThrow().importFiles(List.of(badExchange));
        dialogs.fileToChoose = Optional.of(document);
        viewModel.importFile();

        assertThat(dialogs.errors).hasSize(2);
        assertThat(viewModel.recentFiles()).containsExactly(document);
        viewModel.close();
    }

    @Test
    void aPlanInATableWithUnusualHeaders_asksWhatItsColumnsHold_thenIsReviewedAndStored() throws IOException {
        Path document = Files.write(folder.resolve("分工表.docx"), org.kesudesk.testsupport.UnusualTable.docx());
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        viewModel.start();
        dialogs.fileToChoose = Optional.of(document);

        // cancelled: nothing read, nothing said to be wrong
        viewModel.importFile();
        assertThat(dialogs.tablesAsked).singleElement().satisfies(table -> assertThat(table.header())
                .isEqualTo(org.kesudesk.testsupport.UnusualTable.HEADER));
        assertThat(dialogs.reviewed).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();

        dialogs.columnsAnswer = Optional.of(new org.kesudesk.parse.ColumnMapping(java.util.List.of(
                org.kesudesk.parse.ColumnRole.TASK, org.kesudesk.parse.ColumnRole.LEAD,
                org.kesudesk.parse.ColumnRole.RESPONSIBLE, org.kesudesk.parse.ColumnRole.OTHER)));
        // a made-up city's document: the user says it is this office's
        dialogs.regionCode = Optional.of("230200");
        viewModel.importFile();

        assertThat(dialogs.regionQuestions).singleElement().asString().contains("乙市").endsWith("[230200]");
        assertThat(dialogs.tablesAsked).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.reviewed).hasSize(1);
        PlanDocument shown = viewModel.workspaceProperty().get().planProperty().get();
        assertThat(shown.items()).hasSize(3);
        assertThat(shown.items().get(0).children()).hasSize(2);
        assertThat(shown.items().get(0).children().get(1).responsibleUnits()).extracting(Unit::name)
                .containsExactly("市科协", "市科技局", "市妇联");
        viewModel.close();
    }

    @Test
    void aRecentPlanDocument_isReadAgainForReview_andAMissingOneSaysSo() throws IOException {
        Path settings = folder.resolve("settings.properties");
        Path document = folder.resolve("方案.txt");
        try (var in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            Files.write(document, in.readAllBytes());
        }
        org.kesudesk.logic.Preferences preferences = org.kesudesk.logic.Preferences.load(settings);
        preferences.addRecentFile(document);
        preferences.addRecentFile(folder.resolve("已删除.kesu"));
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        viewModel.usePreferences(org.kesudesk.logic.Preferences.load(settings));
        dialogs.reviewAnswer = report -> Optional.empty();
        viewModel.start();
        assertThat(viewModel.recentFiles()).containsExactly(folder.resolve("已删除.kesu"), document);

        viewModel.openRecent(folder.resolve("已删除.kesu"));
        viewModel.openRecent(document);

        assertThat(dialogs.errors).singleElement().asString().contains("找不到文件").contains("已删除.kesu");
        String docNumber = new org.kesudesk.parse.PlanDocumentReader()
                .read(document, Optional.empty(), java.util.List.of()).document().plan().docNumber();
        assertThat(dialogs.reviewed).singleElement().satisfies(report -> {
            assertThat(report.source()).isEqualTo(document.getFileName().toString());
            assertThat(report.document().plan().docNumber()).isNotBlank().isEqualTo(docNumber);
        });
        assertThat(org.kesudesk.logic.Preferences.load(settings).recentFiles()).first().isEqualTo(document);
        viewModel.close();
    }

    @Test
    void filesDroppedOnTheWindow_aPlanDocumentGoesToItsReview_exchangeFilesToTheExchange_andOthersAreSaidSo()
            throws IOException {
        Path document = folder.resolve("方案.txt");
        try (var in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            Files.write(document, in.readAllBytes());
        }
        Path notExchange = Files.writeString(folder.resolve("县里的.kesu"), "不是压缩包");
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        dialogs.reviewAnswer = report -> Optional.empty();
        viewModel.start();

        viewModel.openDropped(List.of(folder));
        viewModel.openDropped(List.of(document, notExchange));
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).asString().contains("是文件夹");
        assertThat(dialogs.errors.get(1)).asString().contains("2 个文件");
        assertThat(dialogs.reviewed).isEmpty();

        viewModel.openDropped(List.of(document));
        assertThat(dialogs.reviewed).singleElement()
                .satisfies(report -> assertThat(report.source()).isEqualTo("方案.txt"));

        // an exchange file goes to the exchange, which says it is none
        viewModel.openDropped(List.of(notExchange));
        assertThat(dialogs.errors).hasSize(3);
        assertThat(dialogs.errors.get(2)).asString().contains("县里的.kesu");
        assertThat(dialogs.reviewed).hasSize(1);
        viewModel.close();
    }

    /** The app started with a plan document (opened with it from the desktop): once the database is open, its review. */
    @Test
    void aPlanDocumentTheAppWasStartedWith_goesToItsReview_onceTheDatabaseIsOpen() throws IOException {
        Path document = folder.resolve("关于印发实施方案的通知.txt");
        try (var in = getClass().getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            Files.write(document, in.readAllBytes());
        }
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        dialogs.reviewAnswer = report -> Optional.empty();
        viewModel.openWhenReady(document);

        viewModel.start();

        assertThat(dialogs.reviewed).singleElement()
                .satisfies(report -> assertThat(report.source()).isEqualTo("关于印发实施方案的通知.txt"));
        assertThat(dialogs.errors).isEmpty();
        viewModel.close();
    }

    @Test
    void theAppsOwnWorkbooksBroughtBack_goWhereTheyAreRead_notToThePlanReader() throws IOException {
        Path db = folder.resolve("kesudesk");
        Path ledger = folder.resolve("任务分工台账.xlsx");
        List<Path> sheets;
        try (Database database = Database.open(db)) {
            PlanDocument plan = new PlanRepository(database).add(TestPlans.countyPlan());
            new org.kesudesk.exchange.Ledgers(database).export(plan, ledger);
            org.kesudesk.model.ReportingRound round = new org.kesudesk.logic.progress.ProgressTracking(database)
                    .openRound(plan, "2026年上半年", java.time.LocalDate.now().plusDays(30), Optional.empty(),
                            Optional.empty());
            sheets = new org.kesudesk.exchange.ProgressLedgers(database).exportAll(plan, round, folder.resolve("表"))
                    .stream().map(org.kesudesk.exchange.ProgressLedgers.Exported::file).toList();
        }
        assertThat(sheets).hasSizeGreaterThan(1);
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();

        // the 进展 tab is not made yet: the sheets are refused, saying what they are
        viewModel.openDropped(sheets);
        assertThat(dialogs.errors).singleElement().asString().contains("进展填报表");
        List<Path> toProgress = new java.util.ArrayList<>();
        viewModel.onProgressSheets(toProgress::addAll);
        viewModel.openDropped(sheets);
        assertThat(toProgress).containsExactlyElementsOf(sheets);
        // one a unit saved back as Excel 97-2003: the same way
        Path old = org.kesudesk.testsupport.Workbooks.asXls(sheets.get(0), folder.resolve("97-2003.xls"));
        toProgress.clear();
        viewModel.openDropped(List.of(old));
        assertThat(toProgress).containsExactly(old);

        // the 任务分工台账, dropped or opened as a plan document: the ledger's preview, no plan review
        dialogs.changeAnswer = review -> Optional.empty();
        viewModel.openDropped(List.of(ledger));
        dialogs.fileToChoose = Optional.of(ledger);
        viewModel.importFile();
        assertThat(dialogs.changeReviews).hasSize(2).allSatisfy(review -> assertThat(review.header())
                .contains("任务分工台账.xlsx"));
        assertThat(dialogs.reviewed).isEmpty();
        assertThat(dialogs.tablesAsked).isEmpty();

        // a ledger with a sheet beside it is still one file at a time
        viewModel.openDropped(List.of(ledger, sheets.get(0)));
        assertThat(dialogs.errors).hasSize(2).last().asString().contains("2 个文件");
        viewModel.close();
    }

    @Test
    void theTextSize_changesInSteps_withinItsRange_andIsKept() {
        Path settings = folder.resolve("settings.properties");
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        viewModel.usePreferences(org.kesudesk.logic.Preferences.load(settings));

        viewModel.zoomBy(1);
        viewModel.zoomBy(1);
        assertThat(viewModel.zoomProperty().get()).isEqualTo(120);
        assertThat(org.kesudesk.logic.Preferences.load(settings).zoomPercent()).isEqualTo(120);
        for (int i = 0; i < 20; i++) {
            viewModel.zoomBy(-1);
        }
        assertThat(viewModel.zoomProperty().get()).isEqualTo(org.kesudesk.logic.Preferences.ZOOM_MIN);
        viewModel.zoomBy(0);
        assertThat(viewModel.zoomProperty().get()).isEqualTo(100);
    }

    @Test
    void cancellingTheReview_storesNothing() {
        Path db = folder.resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        dialogs.reviewAnswer = report -> Optional.empty();
        viewModel.start();

        viewModel.loadSample();

        assertThat(dialogs.reviewed).hasSize(1);
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);
        viewModel.close();
        try (Database database = Database.open(db)) {
            assertThat(new PlanRepository(database).list()).isEmpty();
        }
    }

    @Test
    void theSameDocumentAgain_isStoredAsASecondPlanOnlyIfTheUserSays() {
        Path db = folder.resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        viewModel.loadSample();
        assertThat(dialogs.questions).as("a first import asks nothing").isEmpty();

        dialogs.confirmAnswer = false;
        viewModel.loadSample();
        assertThat(dialogs.questions).singleElement().asString().contains("已有这份方案").contains("齐政办发〔2022〕16号");
        assertThat(viewModel.officeProperty().get().plans()).hasSize(1);

        dialogs.confirmAnswer = true;
        viewModel.loadSample();
        assertThat(viewModel.officeProperty().get().plans()).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
        viewModel.close();
    }

    /**
     * A document of the stored plan's name but another 文号 is offered as its revision (decision 0027): updating
     * shows every change first and keeps one plan; the user may store it as another plan instead, or cancel.
     */
    @Test
    void aRevisedDocument_updatesThePlanShown_afterItsChangesAreReviewed_orIsStoredBesideIt() throws IOException {
        Path db = folder.resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        viewModel.loadSample();
        Path revised = revisedSample("正式稿.txt", text -> text.replace("齐政办发〔2022〕16号", "齐政办发〔2023〕3号")
                .replace("将弘扬科学精神贯穿于育人全链条。", "将弘扬科学精神和科学家精神贯穿于育人全过程。"));
        dialogs.fileToChoose = Optional.of(revised);

        dialogs.choiceIndex = 2;
        viewModel.importFile();
        assertThat(dialogs.choicesShown).singleElement().isEqualTo(List.of("用这份修订稿更新原方案", "另存为一份新方案"));
        assertThat(dialogs.changeReviews).as("cancelled: nothing reviewed").isEmpty();

        dialogs.choiceIndex = 0;
        viewModel.importFile();
        assertThat(dialogs.changeReviews).singleElement().satisfies(review -> {
            assertThat(review.header()).contains("正式稿.txt");
            assertThat(review.merge().changes()).extracting(change -> change.after().orElse(""))
                    .anyMatch(after -> after.contains("齐政办发〔2023〕3号"))
                    .anyMatch(after -> after.startsWith("将弘扬科学精神和科学家精神贯穿于育人全过程"));
        });
        assertThat(viewModel.officeProperty().get().plans()).singleElement()
                .satisfies(plan -> assertThat(plan.docNumber()).isEqualTo("齐政办发〔2023〕3号"));
        assertThat(viewModel.workspaceProperty().get().planProperty().get().items().get(0).children().get(0).title())
                .isEqualTo("将弘扬科学精神和科学家精神贯穿于育人全过程");
        assertThat(dialogs.notes).anyMatch(note -> note.contains("已用修订稿更新"));

        Files.writeString(revised, Files.readString(revised).replace("齐政办发〔2023〕3号", "齐政办发〔2023〕9号"));
        dialogs.choiceIndex = 1;
        viewModel.importFile();
        assertThat(viewModel.officeProperty().get().plans()).as("stored beside it, as the user chose").hasSize(2);
        assertThat(dialogs.errors).isEmpty();
        viewModel.close();
    }

    /**
     * An office of another city whose first document is its own plan (a city's notice in another style, 大庆市 as its
     * issuer): asked whether it is that city's office, it says yes, and the region list becomes 大庆市's, the plan
     * its own. Said no, the plan is asked about as before, and the list stays.
     */
    @Test
    void anotherCitysFirstPlan_offersToSetUpThatCitysRegions_andIsStoredAsItsOwn() throws IOException {
        Path plan = otherCityPlan();
        Path db = folder.resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        dialogs.fileToChoose = Optional.of(plan);

        dialogs.confirmAnswer = false;
        viewModel.importFile();
        assertThat(dialogs.questions).singleElement().asString().contains("大庆市人民政府办公室")
                .contains("齐齐哈尔市").contains("9 个县级区划");
        assertThat(dialogs.regionQuestions).as("then asked which region's it is, as before").hasSize(1);
        assertThat(dialogs.reviewed).isEmpty();

        dialogs.confirmAnswer = true;
        viewModel.importFile();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.regionQuestions).as("nothing more to ask").hasSize(1);
        assertThat(viewModel.officeProperty().get().plans()).singleElement()
                .satisfies(stored -> assertThat(stored.region().name()).isEqualTo("大庆市"));
        viewModel.close();
        try (Database database = Database.openExisting(db)) {
            RegionRepository regions = new RegionRepository(database);
            assertThat(regions.own().orElseThrow().code()).isEqualTo("230600");
            assertThat(regions.all()).hasSize(10);
        }
    }

    /** A city's plan in a style of its own (the 戊市 fixture), issued by a real city the app's list knows: 大庆市. */
    private Path otherCityPlan() throws IOException {
        try (java.io.InputStream in = MainViewModelTest.class.getResourceAsStream("/plans/unseen/wushi-city.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("戊市", "大庆市").replace("戊政", "庆政");
            Path file = folder.resolve("大庆市方案.txt");
            Files.writeString(file, text);
            return file;
        }
    }

    /** 文件 ▸ 用修订稿更新本方案…: a revision under another name updates the plan shown, asking nothing of names. */
    @Test
    void aRevisionUnderAnotherName_updatesThePlanShown_fromTheFileMenu() throws IOException {
        Path db = folder.resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        viewModel.loadSample();
        Path revised = revisedSample("修订.txt", text -> text.replace("齐政办发〔2022〕16号", "齐政办发〔2024〕8号")
                .replace("规划纲要实施方案（2021-2025年）", "规划纲要实施方案（2021-2025年）修订版"));
        dialogs.fileToChoose = Optional.of(revised);

        viewModel.reviseShownPlan();

        assertThat(dialogs.choicesShown).as("the plan is the one shown: nothing to ask").isEmpty();
        assertThat(dialogs.reviewed).hasSize(2);
        assertThat(dialogs.changeReviews).singleElement().satisfies(review ->
                assertThat(review.merge().count(org.kesudesk.exchange.PlanMerge.RowKind.NODE,
                        org.kesudesk.exchange.PlanMerge.ChangeType.ADDED)).isZero());
        assertThat(viewModel.officeProperty().get().plans()).singleElement().satisfies(plan -> {
            assertThat(plan.docNumber()).isEqualTo("齐政办发〔2024〕8号");
            assertThat(plan.name()).endsWith("修订版");
        });
        assertThat(dialogs.errors).isEmpty();
        viewModel.close();
    }

    /** A revision dropping a task units reported on: the window asks, and the task goes only if the user agrees. */
    @Test
    void aRevisionDroppingAReportedTask_asksFirst() throws IOException {
        Path db = folder.resolve("kesudesk");
        MainViewModel first = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        first.start();
        first.loadSample();
        first.close();
        try (Database database = Database.open(db)) {
            PlanRepository plans = new PlanRepository(database);
            PlanDocument plan = plans.find(plans.list().get(0).id()).orElseThrow();
            org.kesudesk.model.PlanNode task = plan.items().get(2).children().get(1);
            org.kesudesk.store.ProgressRepository progress = new org.kesudesk.store.ProgressRepository(database);
            org.kesudesk.model.ReportingRound round = progress.openRound(plan.plan().id(), "2026年上半年",
                    java.time.LocalDate.of(2026, 7, 15), Optional.empty(), Optional.empty());
            progress.report(new org.kesudesk.model.ProgressReport(java.util.UUID.randomUUID(), round.id(), task.id(),
                    task.assignments().get(0).unit().id(), org.kesudesk.model.ProgressStatus.IN_PROGRESS, 50, "推进中",
                    "", "", "测试", java.time.Instant.now()), "测试");
        }
        Path revised = revisedSample("修订稿.txt", text -> text.replace("齐政办发〔2022〕16号", "齐政办发〔2023〕3号")
                .lines().filter(line -> !line.startsWith("2.实施技能中国创新行动")).reduce("", (a, b) -> a + b + "\n"));
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        dialogs.fileToChoose = Optional.of(revised);

        dialogs.confirmAnswer = false;
        viewModel.reviseShownPlan();
        assertThat(dialogs.questions).singleElement().asString().contains("实施技能中国创新行动");
        assertThat(viewModel.officeProperty().get().plans().get(0).docNumber()).isEqualTo("齐政办发〔2022〕16号");

        dialogs.confirmAnswer = true;
        viewModel.reviseShownPlan();
        assertThat(viewModel.officeProperty().get().plans().get(0).docNumber()).isEqualTo("齐政办发〔2023〕3号");
        assertThat(viewModel.workspaceProperty().get().planProperty().get().items().get(2).children())
                .extracting(org.kesudesk.model.PlanNode::title).doesNotContain("实施技能中国创新行动");
        assertThat(dialogs.errors).isEmpty();
        viewModel.close();
    }

    /** The bundled sample, changed as a revision of it would be, written to a file of the test's folder. */
    private Path revisedSample(String name, java.util.function.UnaryOperator<String> change) throws IOException {
        try (java.io.InputStream in = MainViewModelTest.class.getResourceAsStream(
                "/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String revised = change.apply(text);
            assertThat(revised).as("the revision changes the document").isNotEqualTo(text);
            return Files.writeString(folder.resolve(name), revised);
        }
    }

    @Test
    void aCountysDocument_isStoredForTheCounty_afterAsking_andShown() {
        Path db = folder.resolve("kesudesk");
        MainViewModel viewModel = new MainViewModel(db, new CurrentThreadTaskExecutor(), dialogs);
        dialogs.fileToChoose = Optional.of(Path.of("src", "test", "resources", "plans", "gannan-county-2023.txt"));
        viewModel.start();
        viewModel.loadSample();
        assertThat(dialogs.regionQuestions).as("the city's own document: nothing to ask").isEmpty();

        // the city's office declines: nothing is stored
        viewModel.importFile();
        assertThat(dialogs.regionQuestions).singleElement().asString().contains("甘南县人民政府办公室")
                .endsWith("[230225]");
        assertThat(viewModel.officeProperty().get().plans()).hasSize(1);

        dialogs.regionCode = Optional.of("230225");
        viewModel.importFile();
        assertThat(viewModel.workspaceProperty().get().planProperty().get().plan().docNumber())
                .isEqualTo("甘南政办规〔2023〕5号");
        assertThat(viewModel.statusTextProperty().get()).contains("甘南县").contains("甘南政办规〔2023〕5号");
        assertThat(viewModel.officeProperty().get().plans()).filteredOn(p -> p.region().code().equals("230225"))
                .singleElement().satisfies(p -> assertThat(p.docNumber()).isEqualTo("甘南政办规〔2023〕5号"));
        viewModel.close();
        try (Database database = Database.open(db)) {
            assertThat(new UnitRepository(database).all()).extracting(Unit::name).noneMatch(n -> n.startsWith("县"));
        }
    }

    @Test
    void aFileThatIsNotAPlan_isRefusedWithTheReason() throws IOException {
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "会议通知\n\n周一开会。\n");
        MainViewModel viewModel = new MainViewModel(folder.resolve("kesudesk"), new CurrentThreadTaskExecutor(),
                dialogs);
        dialogs.fileToChoose = Optional.of(notes);
        viewModel.start();

        viewModel.importFile();

        assertThat(dialogs.reviewed).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("无法读取方案文件").contains("没有找到实施方案的结构");
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(viewModel.canImportProperty().get()).isTrue();
        viewModel.close();
    }
}
