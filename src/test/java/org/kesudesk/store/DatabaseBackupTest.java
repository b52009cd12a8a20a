package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.testsupport.TestPlans;

class DatabaseBackupTest {

    @TempDir
    Path folder;

    @Test
    void aBackup_opensAsTheDatabaseWasWhenItWasMade() throws IOException {
        Path zip = folder.resolve("backup.zip");
        String before;
        String after;
        try (Database database = Database.open(folder.resolve("db").resolve("kesudesk"))) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            before = DatabaseSnapshot.contentOf(database);
            try (java.io.OutputStream out = Files.newOutputStream(zip)) {
                database.backupTo(out);
            }
            database.inTransaction(tx -> tx.execute("UPDATE UNIT SET NAME = NAME || '（改）'"));
            after = DatabaseSnapshot.contentOf(database);
        }

        try (Database restored = Database.openExisting(restore(zip))) {
            assertThat(after).isNotEqualTo(before);
            assertThat(DatabaseSnapshot.contentOf(restored)).isEqualTo(before);
        }
    }

    @Test
    void workNotYetCommittedWhenTheBackupIsMade_isNotInIt() throws Exception {
        Path zip = folder.resolve("backup.zip");
        try (Database database = Database.open(folder.resolve("db").resolve("kesudesk"))) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            String before = DatabaseSnapshot.contentOf(database);
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch backedUp = new CountDownLatch(1);
            CompletableFuture<Integer> edit = CompletableFuture.supplyAsync(() -> database.inTransaction(tx -> {
                int changed = tx.execute("UPDATE UNIT SET NAME = NAME || '（改）'");
                written.countDown();
                await(backedUp);
                return changed;
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).as("the edit has written its rows").isTrue();

            try (java.io.OutputStream out = Files.newOutputStream(zip)) {
                database.backupTo(out);
            }
            backedUp.countDown();

            assertThat(edit.get(30, TimeUnit.SECONDS)).as("units renamed, then committed").isPositive();
            assertThat(DatabaseSnapshot.contentOf(database)).isNotEqualTo(before);
            try (Database restored = Database.openExisting(restore(zip))) {
                assertThat(DatabaseSnapshot.contentOf(restored)).isEqualTo(before);
            }
        }
    }

    @Test
    void aBackup_isAZipHoldingTheDatabaseFile() throws IOException {
        Path zip = folder.resolve("backup.zip");
        try (Database database = Database.open(folder.resolve("db").resolve("kesudesk"))) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            try (java.io.OutputStream out = Files.newOutputStream(zip)) {
                database.backupTo(out);
            }
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(ZipEntry::getName)).containsExactly("kesudesk.mv.db");
        }
    }

    private Path restore(Path zip) throws IOException {
        Path restored = folder.resolve("restored");
        Files.createDirectories(restored);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry("kesudesk.mv.db");
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, restored.resolve("kesudesk.mv.db"));
            }
        }
        return restored.resolve("kesudesk");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the backup did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
