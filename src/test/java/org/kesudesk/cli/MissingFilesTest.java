package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A path mistyped or a folder chosen, on every channel a file comes in by: said as such, with the path, and the
 * database unchanged — not as a file that is damaged or is not a ledger, a key or a backup.
 */
class MissingFilesTest {

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void sample() throws IOException {
        db = folder.resolve("db").resolve("kesudesk").toString();
        CliRun.importSample(folder, db);
        CliRun.Result round = CliRun.run(folder, "--db", db, "round", "open", "2026年上半年", "--due", "2026-07-10");
        assertThat(round.exitCode()).as(round.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan import", "exchange import", "exchange ledger-import", "progress ledger-import",
            "key import", "db restore"})
    void aFileThatIsNotThere_orIsAFolder_isSaidSo_andNothingChanges(String command) throws IOException {
        String before = state();
        Path missing = folder.resolve("不存在的文件.dat");
        Path aFolder = Files.createDirectories(folder.resolve("一个文件夹"));

        CliRun.Result notThere = run(command, missing);
        CliRun.Result folderChosen = run(command, aFolder);

        assertThat(notThere.exitCode()).isEqualTo(1);
        assertThat(notThere.err()).startsWith("找不到文件 " + missing + "。");
        assertThat(folderChosen.exitCode()).isEqualTo(1);
        assertThat(folderChosen.err()).startsWith(aFolder + " 是文件夹，不是文件。");
        assertThat(state()).isEqualTo(before);
    }

    private CliRun.Result run(String command, Path file) {
        List<String> args = new ArrayList<>(List.of("--db", db));
        args.addAll(List.of(command.split(" ")));
        args.add(file.toString());
        return CliRun.run(folder, args.toArray(String[]::new));
    }

    private String state() {
        return CliRun.run(folder, "--db", db, "plan", "show", "--json").out()
                + CliRun.run(folder, "--db", db, "unit", "list", "--json").out()
                + CliRun.run(folder, "--db", db, "audit", "list", "--json").out();
    }
}
