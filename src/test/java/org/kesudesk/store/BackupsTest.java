package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Unit;
import org.kesudesk.testsupport.TestPlans;

class BackupsTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("data").resolve("kesudesk");
    }

    @Test
    void theNewestTenOfEachKind_areKept() {
        try (Database database = Database.open(db())) {
            Backups backups = Backups.of(database);
            Path importBackup = backups.make(database, Backups.Kind.BEFORE_IMPORT);
            for (int i = 0; i < Backups.KEPT + 2; i++) {
                backups.make(database, Backups.Kind.ON_EXIT);
            }

            List<Backups.Backup> kept = backups.list();
            assertThat(kept).filteredOn(b -> b.kind() == Backups.Kind.ON_EXIT).hasSize(Backups.KEPT);
            assertThat(kept).extracting(Backups.Backup::file).contains(importBackup);
            assertThat(kept).extracting(Backups.Backup::madeAt)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(backups.folder()).isEqualTo(db().resolveSibling("backups").toAbsolutePath());
        }
    }

    /**
     * Two clerks' imports at once (a shared database, one process in a test): the second backup begun neither takes
     * the first's name nor deletes the first's file as stale; both are kept. A backup's file left half made by a
     * process that died is still deleted.
     */
    @Test
    void twoBackupsBeingMadeAtOnce_areTwo_andNeitherIsTakenForStale() throws Exception {
        try (Database database = Database.open(db())) {
            Backups first = Backups.of(database);
            Backups second = Backups.of(database);
            java.nio.file.Files.createDirectories(first.folder());
            Path stale = java.nio.file.Files.createFile(first.folder().resolve("kesudesk-20200101-000000-000"
                    + "-before-import.zip.part"));
            Path one = first.prepare(database, Backups.Kind.BEFORE_IMPORT);
            Path two = second.prepare(database, Backups.Kind.BEFORE_IMPORT);

            assertThat(two).isNotEqualTo(one);
            assertThat(one).exists();
            assertThat(stale).doesNotExist();
            Path keptOne = first.keep(one);
            Path keptTwo = second.keep(two);
            assertThat(first.list()).extracting(Backups.Backup::file).contains(keptOne, keptTwo);
        }
    }

    @Test
    void twoDatabasesInOneFolder_eachSeeOnlyTheirOwnBackups() {
        Path county = db().resolveSibling("county");
        try (Database city = Database.open(db()); Database other = Database.open(county)) {
            Path cityBackup = Backups.of(city).make(city, Backups.Kind.ON_EXIT);
            Path countyBackup = Backups.of(other).make(other, Backups.Kind.ON_EXIT);

            assertThat(Backups.of(city).folder()).isEqualTo(Backups.of(other).folder());
            assertThat(Backups.of(city).list()).extracting(Backups.Backup::file).containsExactly(cityBackup);
            assertThat(Backups.of(other).list()).extracting(Backups.Backup::file).containsExactly(countyBackup);
            assertThat(countyBackup.getFileName().toString()).startsWith("county-").endsWith("-on-exit.zip");
        }
    }

    @Test
    void restoring_bringsBackTheDatabaseAsItWas_andKeepsTheOneItReplaces() {
        String before;
        String after;
        Path backup;
        try (Database database = Database.open(db())) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            before = DatabaseSnapshot.contentOf(database);
            backup = Backups.of(database).make(database, Backups.Kind.BEFORE_IMPORT);
            new UnitRepository(database).add("县应急管理局");
            after = DatabaseSnapshot.contentOf(database);
        }

        Backups.Restored restored = Backups.of(db()).restore(backup);

        try (Database database = Database.open(db())) {
            assertThat(DatabaseSnapshot.contentOf(database)).isEqualTo(before).isNotEqualTo(after);
        }
        assertThat(restored.previous()).isPresent();
        assertThat(Backups.of(db()).list()).filteredOn(b -> b.kind() == Backups.Kind.BEFORE_RESTORE)
                .extracting(Backups.Backup::file).containsExactly(restored.previous().get());

        // and the database replaced can be put back the same way
        Backups.of(db()).restore(restored.previous().get());
        try (Database database = Database.open(db())) {
            assertThat(new UnitRepository(database).all()).extracting(Unit::name).contains("县应急管理局");
        }
    }

    @Test
    void aDatabaseThatIsOpen_isNotReplaced() {
        try (Database database = Database.open(db())) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            Path backup = Backups.of(database).make(database, Backups.Kind.BEFORE_IMPORT);
            new UnitRepository(database).add("县应急管理局");
            String now = DatabaseSnapshot.of(database);

            assertThatThrownBy(() -> Backups.of(db()).restore(backup)).isInstanceOf(DatabaseInUseException.class);

            assertThat(DatabaseSnapshot.of(database)).isEqualTo(now);
            assertThat(Backups.of(db()).list()).noneMatch(b -> b.kind() == Backups.Kind.BEFORE_RESTORE);
        }
    }

    @Test
    void aFileThatIsNotABackup_isRefusedWithTheReason_andNothingChanges() throws IOException {
        String now = withAPlan();
        Path text = Files.writeString(folder.resolve("notes.zip"), "这不是备份");
        Path otherZip = folder.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        for (Path file : List.of(text, otherZip)) {
            assertRefused(file, file + "");
            assertRefused(file, "不是科素通的数据库备份");
        }
        assertUnchanged(now);
    }

    /** An empty file, and a real backup cut short in the copying (half of it): each said so, nothing changed. */
    @Test
    void anEmptyOrCutShortBackup_isSaidToBeSo_andNothingChanges() throws IOException {
        String now = withAPlan();
        Path backup = backup(Backups.Kind.ON_EXIT);
        byte[] whole = Files.readAllBytes(backup);
        Path half = Files.write(folder.resolve("半.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path empty = Files.write(folder.resolve("空.zip"), new byte[0]);

        assertRefused(half, half + " 不完整（备份在复制中被截断），不能用来恢复");
        assertRefused(empty, empty + " 是空文件，不是可以恢复的备份");
        assertUnchanged(now);
    }

    /** A backup of the database as it is, of this kind, made with the database closed after. */
    private Path backup(Backups.Kind kind) {
        try (Database database = Database.open(db())) {
            return Backups.of(database).make(database, kind);
        }
    }

    /** Restoring the file is refused, the message saying this. */
    private void assertRefused(Path file, String saying) {
        assertThatThrownBy(() -> Backups.of(db()).restore(file)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).userMessage()).contains(saying));
    }

    @Test
    void aDamagedBackup_isRefused_andTheNewestSoundOneIsOffered() throws IOException {
        String now = withAPlan();
        Path sound = backup(Backups.Kind.BEFORE_IMPORT);
        Path damaged = sound.resolveSibling("kesudesk-29991231-235959-999-on-exit.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            out.putNextEntry(new ZipEntry("kesudesk.mv.db"));
            byte[] garbage = new byte[64 * 1024];
            new Random(7).nextBytes(garbage);
            out.write(garbage);
        }
        assertThat(Backups.of(db()).list().get(0).file()).as("the damaged one is the newest").isEqualTo(damaged);

        assertThatThrownBy(() -> Backups.of(db()).restore(damaged))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).userMessage())
                        .isEqualTo("备份 " + damaged + " 已损坏，不能用来恢复：其中的数据库文件无法打开。"));
        assertUnchanged(now);

        assertThat(Backups.of(db()).newestSound()).map(Backups.Backup::file).contains(sound);
        assertThat(Files.list(Backups.of(db()).folder()).map(p -> p.getFileName().toString()))
                .as("no checking copies left behind").allMatch(name -> name.endsWith(".zip"));
    }

    @Test
    void aBackupFromANewerVersionOfTheApp_isRefusedSayingSo() throws Exception {
        String now = withAPlan();
        Path newer = folder.resolve("newer").resolve("kesudesk");
        Database.open(newer).close();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + newer, "sa", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\","
                    + " \"success\") VALUES (99, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'sa',"
                    + " CURRENT_TIMESTAMP, 1, TRUE)");
        }
        Path backup = folder.resolve("newer.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(backup))) {
            out.putNextEntry(new ZipEntry("kesudesk.mv.db"));
            Files.copy(Database.fileOf(newer), out);
        }

        assertThatThrownBy(() -> Backups.of(db()).restore(backup))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).userMessage()).startsWith("备份 " + backup
                        + " 由更新版本的科素通制作（数据库结构迁移 999），这个版本不能用它恢复"));
        assertUnchanged(now);
    }

    @Test
    void aBackupWhoseHistoryNamesAScriptThisVersionDoesNotHave_inItsOwnRange_isRefusedAsAlteredNotAsNewer()
            throws Exception {
        String now = withAPlan();
        Path altered = folder.resolve("altered").resolve("kesudesk");
        Database.open(altered).close();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + altered, "sa",
                "");
             java.sql.Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"script\" ="
                    + " 'V4__exchange_renamed.sql' WHERE \"version\" = '4'")).isEqualTo(1);
        }
        Path backup = folder.resolve("altered.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(backup))) {
            out.putNextEntry(new ZipEntry("kesudesk.mv.db"));
            Files.copy(Database.fileOf(altered), out);
        }

        assertThatThrownBy(() -> Backups.of(db()).restore(backup))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).userMessage())
                        .startsWith(backup + " 的表结构与科素通（结构版本 " + Migrations.LATEST + "）建立的不一致")
                        .doesNotContain("更新版本"));
        assertUnchanged(now);
    }

    @Test
    void aDatabaseThatNoLongerOpens_canBeRestored_andIsKeptAsItWas() throws IOException {
        String before = withAPlan();
        Path backup = backup(Backups.Kind.ON_EXIT);
        Path file = db().resolveSibling("kesudesk.mv.db");
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            out.write(new byte[8192]); // the file's header gone
        }
        byte[] damaged = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(db()))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("store.error.corrupted"));

        Backups.Restored restored = Backups.of(db()).restore(backup);

        try (Database database = Database.open(db())) {
            assertThat(DatabaseSnapshot.contentOf(database)).isEqualTo(before);
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(restored.previous().orElseThrow().toFile())) {
            assertThat(zip.getInputStream(zip.getEntry("kesudesk.mv.db")).readAllBytes()).isEqualTo(damaged);
        }
    }

    private String withAPlan() {
        try (Database database = Database.open(db())) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            return DatabaseSnapshot.contentOf(database);
        }
    }

    private void assertUnchanged(String snapshot) {
        try (Database database = Database.open(db())) {
            assertThat(DatabaseSnapshot.contentOf(database)).isEqualTo(snapshot);
        }
    }
}
