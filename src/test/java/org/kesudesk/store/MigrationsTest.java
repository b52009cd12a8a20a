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

    /**
     * PostgreSQL starts from the schema of version 16 in one script; every later migration is there too, the same
     * script as H2's — or one that says in its first line why PostgreSQL needs other SQL.
     */
    @Test
    void everyMigrationAfterThePostgresqlBaseline_isThereForPostgresqlToo() throws IOException {
        Path h2 = Path.of("src", "main", "resources", "db", "migration");
        Path postgresql = Path.of("src", "main", "resources", "db", "postgresql");
        List<String> later;
        try (Stream<Path> scripts = Files.list(h2)) {
            later = scripts.map(script -> script.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .filter(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))) > 16).sorted().toList();
        }
        assertThat(later).isNotEmpty();
        for (String name : later) {
            assertThat(postgresql.resolve(name)).as(name).exists();
            String forPostgresql = Files.readString(postgresql.resolve(name));
            if (!forPostgresql.startsWith("-- PostgreSQL:")) {
                assertThat(forPostgresql).as(name).isEqualTo(Files.readString(h2.resolve(name)));
            }
        }
        try (Stream<Path> scripts = Files.list(postgresql)) {
            assertThat(scripts.map(script -> script.getFileName().toString()).sorted().toList())
                    .as("PostgreSQL's scripts: the baseline, then H2's later ones")
                    .containsExactlyElementsOf(java.util.stream.Stream.concat(Stream.of("V16__schema.sql"),
                            later.stream()).toList());
        }
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
