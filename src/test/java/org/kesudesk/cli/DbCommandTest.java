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
