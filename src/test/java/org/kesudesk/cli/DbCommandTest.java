package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

    @TempDir
    Path folder;

    private String db;

    @BeforeEach
    void aDatabaseWithTheSample() throws IOException {
        db = folder.resolve("data").resolve("kesudesk").toString();
        CliRun.importSample(folder, db);
    }

    @Test
    void aBackup_restoredLater_bringsTheDatabaseBack_andTheReplacedOneIsKept() {
        Path copy = folder.resolve("usb").resolve("科素通备份.zip");
        CliRun.Result backup = CliRun.run(folder, "--db", db, "db", "backup", "--out", copy.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("已把数据库").contains(copy.toString());
        assertThat(copy).isRegularFile();
        assertThat(CliRun.run(folder, "--db", db, "unit", "add", "县应急管理局").exitCode()).isZero();
        assertThat(units()).contains("县应急管理局");

        CliRun.Result restore = CliRun.run(folder, "--db", db, "db", "restore", copy.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("已从备份").contains("恢复前的数据库已另存为备份");
        assertThat(units()).doesNotContain("县应急管理局").contains("市科协");
        CliRun.Result listed = CliRun.run(folder, "--db", db, "db", "backups");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("恢复前").contains("before-restore.zip");
        assertThat(CliRun.run(folder, "--db", db, "db", "check").exitCode()).isZero();
    }

    /**
     * {@code db check} looks at a database without changing it — the one a county sent for support, a copy on a
     * stick — byte for byte (H2 opened it for writing and rewrote parts of it on closing); and a change through such
     * a read-only database is refused saying so, not as a failure of reading and writing.
     */
    @Test
    void theCheck_leavesTheFileAsItWas_andAReadOnlyDatabaseRefusesAChangeSayingSo() throws IOException {
        Path file = Path.of(db + ".mv.db");
        byte[] before = Files.readAllBytes(file);

        CliRun.Result check = CliRun.run(folder, "--db", db, "db", "check");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (org.kesudesk.store.Database readOnly = org.kesudesk.store.Database.openExisting(Path.of(db))) {
            assertThat(readOnly.isReadOnly()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new org.kesudesk.store.UnitRepository(readOnly).add("县应急管理局"))
                    .isInstanceOf(org.kesudesk.l10n.UserFacingException.class)
                    .hasMessageContaining("是只读的").hasMessageContaining("没有改动任何数据");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (org.kesudesk.store.Database writable = org.kesudesk.store.Database.open(Path.of(db))) {
            assertThat(writable.isReadOnly()).isFalse();
        }
    }

    @Test
    void aFileThatIsNotABackup_isRefused_andTheDatabaseKept() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.zip"), "这不是备份");
        String before = CliRun.run(folder, "--db", db, "plan", "show", "--json").out();

        CliRun.Result restore = CliRun.run(folder, "--db", db, "db", "restore", notes.toString());

        assertThat(restore.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(restore.err()).contains("不是科素通的数据库备份").doesNotContain("Exception");
        assertThat(CliRun.run(folder, "--db", db, "plan", "show", "--json").out()).isEqualTo(before);
        assertThat(CliRun.run(folder, "--db", db, "db", "backups").out()).contains("还没有自动备份");
    }

    private String units() {
        CliRun.Result listed = CliRun.run(folder, "--db", db, "unit", "list");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        return listed.out();
    }
}
