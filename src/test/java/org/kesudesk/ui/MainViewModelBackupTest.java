package org.kesudesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Unit;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.MainViewModel.State;
import org.kesudesk.ui.task.CurrentThreadTaskExecutor;

/** Backups the window makes on its own, and restoring one from the window (also when the database is damaged). */
class MainViewModelBackupTest {

    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private Path db() {
        return folder.resolve("data").resolve("kesudesk");
    }

    @Test
    void closingAfterAChange_makesABackup_closingWithoutOne_doesNot() {
        dialogs.reviewAnswer = report -> Optional.of(report.aliasSuggestions());
        MainViewModel first = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);
        first.start();
        first.close();
        assertThat(Backups.of(db()).list()).as("nothing changed").isEmpty();

        MainViewModel second = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);
        second.start();
        second.loadSample();
        assertThat(second.stateProperty().get()).isEqualTo(State.READY);
        second.close();

        assertThat(Backups.of(db()).list()).singleElement()
                .satisfies(backup -> assertThat(backup.kind()).isEqualTo(Backups.Kind.ON_EXIT));
        MainViewModel third = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);
        third.start();
        third.close();
        assertThat(Backups.of(db()).list()).hasSize(1);
    }

    @Test
    void aBackupChosenInTheWindow_replacesTheDatabase_whichIsKept() {
        PlanDocument plan;
        try (Database database = Database.open(db())) {
            plan = new PlanRepository(database).add(TestPlans.countyPlan());
            Backups.of(database).make(database, Backups.Kind.BEFORE_IMPORT);
            new UnitRepository(database).add("县应急管理局");
        }
        MainViewModel viewModel = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        assertThat(viewModel.workspaceProperty().get().catalogue()).extracting(Unit::name)
                .contains("县应急管理局");
        PlanWorkspace before = viewModel.workspaceProperty().get();

        viewModel.restoreFromBackup();

        assertThat(dialogs.choicesShown).singleElement().satisfies(shown -> {
            assertThat(shown).hasSize(2);
            assertThat(shown.get(0)).contains("导入前").contains("MB");
            assertThat(shown.get(1)).contains("其他备份文件");
        });
        assertThat(dialogs.questions).anySatisfy(q -> assertThat(q).contains("替换当前数据库"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.information).anySatisfy(text -> assertThat(text).contains("已从备份").contains("恢复前"));
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.READY);
        assertThat(viewModel.workspaceProperty().get()).as("a workspace on the restored database")
                .isNotSameAs(before);
        assertThat(viewModel.workspaceProperty().get().catalogue()).extracting(Unit::name)
                .doesNotContain("县应急管理局");
        viewModel.close();
        assertThat(Backups.of(db()).list()).extracting(Backups.Backup::kind)
                .contains(Backups.Kind.BEFORE_RESTORE, Backups.Kind.BEFORE_IMPORT);
    }

    @Test
    void aBackupMadeFromTheWindow_toAChosenFile_isOneTheWindowRestoresFrom() {
        try (Database database = Database.open(db())) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        MainViewModel viewModel = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        Path copy = folder.resolve("U盘").resolve("科素通备份.zip");
        dialogs.saveTo = Optional.of(copy);

        viewModel.backUpTo();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.information).anySatisfy(text -> assertThat(text).contains(copy.toString()));
        assertThat(copy).isRegularFile();
        assertThat(Backups.of(db()).list()).as("a copy elsewhere, not one of the kept backups").isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();

        // a unit added after the copy is gone once the copy is restored
        new org.kesudesk.ui.units.UnitCatalogueViewModel(viewModel.workspaceProperty().get()).add("县应急管理局");
        assertThat(viewModel.workspaceProperty().get().catalogue()).extracting(Unit::name).contains("县应急管理局");
        dialogs.choiceIndex = 0; // 选择其他备份文件…, the only choice: no backups are kept yet
        dialogs.fileToOpen = Optional.of(copy);
        viewModel.restoreFromBackup();

        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.READY);
        assertThat(viewModel.workspaceProperty().get().catalogue()).extracting(Unit::name)
                .doesNotContain("县应急管理局").contains("县科协");
        viewModel.close();
    }

    @Test
    void cancellingTheChoice_changesNothing() {
        try (Database database = Database.open(db())) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            Backups.of(database).make(database, Backups.Kind.BEFORE_IMPORT);
        }
        MainViewModel viewModel = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.start();
        dialogs.choiceIndex = 99;

        viewModel.restoreFromBackup();

        assertThat(dialogs.questions).isEmpty();
        assertThat(Backups.of(db()).list()).hasSize(1);
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.READY);
        viewModel.close();
    }

    @Test
    void aDamagedDatabase_isNoticedOnStart_andTheNewestSoundBackupOffered() throws IOException {
        PlanDocument plan;
        try (Database database = Database.open(db())) {
            plan = new PlanRepository(database).add(TestPlans.countyPlan());
            Backups.of(database).make(database, Backups.Kind.ON_EXIT);
        }
        damage();
        MainViewModel viewModel = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);

        viewModel.start();

        assertThat(dialogs.questions).singleElement().asString().contains("数据库文件已损坏").contains("退出时");
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.READY);
        assertThat(viewModel.workspaceProperty().get().planProperty().get()).isEqualTo(plan);
        viewModel.close();
        assertThat(Backups.of(db()).list()).extracting(Backups.Backup::kind).contains(Backups.Kind.BEFORE_RESTORE);
    }

    @Test
    void aDamagedDatabaseWithoutBackups_saysSo() throws IOException {
        try (Database database = Database.open(db())) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        damage();
        MainViewModel viewModel = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);

        viewModel.start();

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(viewModel.failureMessageProperty().get()).contains("已损坏").contains("没有找到可用的自动备份");
        assertThat(viewModel.canRestoreProperty().get()).isTrue();
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void diagnostics_holdVersionsTheDatabaseCheckAndTheLogs_butNoPlan() throws IOException {
        try (Database database = Database.open(db())) {
            new PlanRepository(database).add(TestPlans.countyPlan());
        }
        Path logs = Files.createDirectories(folder.resolve("logs"));
        Files.writeString(logs.resolve("kesudesk.log"), "2026-11-30 10:00:00 INFO KesuDesk starting\n");
        Files.writeString(logs.resolve("kesudesk.1.log"), "older\n");
        Path zip = folder.resolve("out").resolve("诊断.zip");
        dialogs.saveTo = Optional.of(zip);
        MainViewModel viewModel = new MainViewModel(db(), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.useLogFolder(logs);
        viewModel.start();

        viewModel.exportDiagnostics();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.information).anySatisfy(text -> assertThat(text).contains(zip.toString()));
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(file.stream().map(java.util.zip.ZipEntry::getName))
                    .containsExactlyInAnyOrder("versions.txt", "logs/kesudesk.log", "logs/kesudesk.1.log");
            String summary = new String(file.getInputStream(file.getEntry("versions.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(summary).contains("KesuDesk").contains("Java " + System.getProperty("java.version"))
                    .contains("H2 2.").contains("Database check: sound").contains(db().toAbsolutePath().toString())
                    .doesNotContain(TestPlans.countyPlan().plan().title());
            assertThat(new String(file.getInputStream(file.getEntry("logs/kesudesk.log")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("KesuDesk starting");
        }
        viewModel.close();
    }

    /** Overwrites the database file's header, as a failing disk or a half-copied file would. */
    private void damage() throws IOException {
        try (OutputStream out = Files.newOutputStream(db().resolveSibling("kesudesk.mv.db"),
                StandardOpenOption.WRITE)) {
            out.write(new byte[8192]);
        }
    }
}
