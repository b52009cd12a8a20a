package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void theNewestMigrationTheAppKnows_isTheHighestScriptInTheMigrationsFolder() throws IOException {
        int highest;
        try (Stream<Path> scripts = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            highest = scripts.map(script -> script.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Migrations.LATEST).isEqualTo(highest);
    }

    @Test
    void onlyAHistoryOfAppliedMigrationsUpToTheNewest_needsNothingFromFlyway() {
        List<Map.Entry<String, Boolean>> full = new java.util.ArrayList<>();
        for (int v = 1; v <= Migrations.LATEST; v++) {
            full.add(Map.entry(String.valueOf(v), true));
        }
        assertThat(Migrations.upToDate(full)).isTrue();
        assertThat(Migrations.upToDate(full.subList(0, full.size() - 1))).as("one pending").isFalse();
        List<Map.Entry<String, Boolean>> failed = new java.util.ArrayList<>(full);
        failed.set(3, Map.entry("4", false));
        assertThat(Migrations.upToDate(failed)).as("a failed migration").isFalse();
        List<Map.Entry<String, Boolean>> newer = new java.util.ArrayList<>(full);
        newer.add(Map.entry(String.valueOf(Migrations.LATEST + 1), true));
        assertThat(Migrations.upToDate(newer)).as("made by a newer version").isFalse();
        assertThat(Migrations.upToDate(List.of())).as("no history").isFalse();
    }

    @Test
    void aDatabaseMadeByTheApp_opensAgainWithNothingPending() {
        Path base = folder.resolve("kesudesk");
        Database.open(base).close();
        try (Database database = Database.openExisting(base)) {
            assertThat(database.pendingMigrations()).isZero();
        }
    }
}
