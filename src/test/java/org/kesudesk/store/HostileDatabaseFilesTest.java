package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.testsupport.TestPlans;

/**
 * Database files from outside are programs until proven otherwise: H2 runs the SQL a file keeps when it opens it,
 * and a file can keep views, triggers and Java functions. Each hostile file here is refused before any of it runs
 * (a witness file that the hostile code would write never appears), and the database it was to replace is as it
 * was; genuine files of this and older versions pass.
 */
class HostileDatabaseFilesTest {

    @TempDir
    Path folder;
    private Path witness;
    private Path ours;
    private String oursBefore;

    @BeforeEach
    void anOfficeDatabaseWithItsPlan() {
        witness = folder.resolve("written-by-the-file.txt");
        ours = folder.resolve("data").resolve("kesudesk");
        try (Database database = Database.open(ours)) {
            new PlanRepository(database).add(TestPlans.countyPlan());
            oursBefore = DatabaseSnapshot.contentOf(database);
        }
    }

    @Test
    void aBackupWhoseTableIsAViewCallingFileWrite_isRefusedBeforeItRuns() throws Exception {
        Path hostile = genuineCopy("view");
        sql(hostile, "DROP TABLE APP_SETTING",
                "CREATE VIEW APP_SETTING(SETTING_KEY, SETTING_VALUE) AS SELECT CAST(FILE_WRITE('x', '"
                        + witness + "') AS VARCHAR), 'y'");

        assertRestoreRefused(zip(hostile), "为安全起见已拒绝");
    }

    @Test
    void aBackupWithAJavaFunctionInSourceCode_behindAView_isRefusedBeforeItRuns() throws Exception {
        Path hostile = genuineCopy("alias");
        sql(hostile, "CREATE FORCE ALIAS PWN AS 'String pwn() throws Exception { java.nio.file.Files.writeString("
                        + "java.nio.file.Path.of(\"" + witness + "\"), \"pwned\"); return \"x\"; }'",
                "DROP TABLE APP_SETTING",
                "CREATE FORCE VIEW APP_SETTING(SETTING_KEY, SETTING_VALUE) AS SELECT PWN(), 'y'");

        assertRestoreRefused(zip(hostile), "为安全起见已拒绝");
    }

    @Test
    void aBackupWithAnotherUser_aConstant_aDomain_orAFunctionInADefault_isRefused() throws Exception {
        Path user = genuineCopy("user");
        sql(user, "CREATE USER INTRUDER PASSWORD 'x' ADMIN");
        assertRestoreRefused(zip(user), "为安全起见已拒绝");

        Path constant = genuineCopy("constant");
        sql(constant, "CREATE CONSTANT ANSWER VALUE 42", "CREATE DOMAIN NAME_TEXT AS VARCHAR(10)");
        assertRestoreRefused(zip(constant), "为安全起见已拒绝");

        Path functionInDefault = genuineCopy("default");
        sql(functionInDefault, "ALTER TABLE UNIT ALTER COLUMN KIND SET DEFAULT FILE_WRITE('x', '" + witness + "')");
        assertRestoreRefused(zip(functionInDefault), "表结构与科素通");
    }

    @Test
    void noJavaClass_mayBeNamedByADatabase_evenByItsAdministrator() throws Exception {
        Path other = folder.resolve("classes").resolve("kesudesk");
        assertThatThrownBy(() -> sql(other, "CREATE TRIGGER T BEFORE INSERT ON X FOR EACH ROW CALL 'java.lang.Object'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql(other, "CREATE ALIAS GET_ENV FOR 'java.lang.System.getenv(java.lang.String)'"))
                .hasMessageContaining("Access to the class");
    }

    @Test
    void anotherApplicationsDatabase_andAnEmptyOne_areRefused() throws Exception {
        Path other = folder.resolve("other").resolve("app");
        sql(other, "CREATE TABLE CUSTOMER(ID INT PRIMARY KEY, NAME VARCHAR(100))",
                "INSERT INTO CUSTOMER VALUES (1, 'x')");
        assertRestoreRefused(zip(other), "不是科素通的数据库");

        Path empty = folder.resolve("empty").resolve("app");
        sql(empty, "SELECT 1");
        assertRestoreRefused(zip(empty), "不是科素通的数据库");
    }

    @Test
    void aZipBomb_isRefused_withoutWritingMoreThanARealDatabaseCouldBe() throws IOException {
        Path bomb = folder.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("kesudesk.mv.db"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 3 * 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(4L << 20);

        assertRestoreRefused(bomb, "压缩炸弹");
        try (var left = Files.walk(Backups.of(ours).folder())) {
            assertThat(left.filter(f -> f.getFileName().toString().startsWith("restore-"))).isEmpty();
        }
    }

    @Test
    void anEmptyDatabaseFile_isDamaged_notANewDatabase() throws IOException {
        Path empty = folder.resolve("empty-file").resolve("kesudesk");
        Files.createDirectories(empty.getParent());
        Files.createFile(Database.fileOf(empty));

        assertThatThrownBy(() -> Database.open(empty)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("store.error.corrupted");
        assertThat(Files.size(Database.fileOf(empty))).isZero();
    }

    @Test
    void aHostileFileGivenAsTheDatabase_isRefusedBeforeH2RunsIt() throws Exception {
        Path hostile = genuineCopy("given");
        sql(hostile, "CREATE FORCE ALIAS PWN AS 'String pwn() throws Exception { java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + witness + "\"), \"pwned\"); return \"x\"; }'",
                "DROP TABLE APP_SETTING",
                "CREATE FORCE VIEW APP_SETTING(SETTING_KEY, SETTING_VALUE) AS SELECT PWN(), 'y'");

        assertThatThrownBy(() -> Database.open(hostile)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("不会建立的数据库对象").hasMessageContaining(hostile.getParent().toString());
        assertThatThrownBy(() -> Database.openExisting(hostile)).isInstanceOf(UserFacingException.class);
        assertThat(witness).doesNotExist();
    }

    @Test
    void aCatalogueEntryDisguisedAsAnIndex_thatWouldRunOnOpening_isRefusedBeforeH2OpensTheFile() throws Exception {
        // H2 runs every entry of a file's catalogue when it opens the file, whatever kind the entry claims to be:
        // a table made "AS SELECT" writes a file as it is opened, before any query of the app
        Path crafted = genuineCopy("crafted");
        addCatalogueEntry(crafted, org.h2.engine.DbObject.INDEX, "CREATE CACHED TABLE \"PUBLIC\".\"X\" AS SELECT "
                + "FILE_WRITE('pwned', '" + witness + "') AS A");

        assertThatThrownBy(() -> Database.open(crafted)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("不会建立的数据库对象");
        assertThatThrownBy(() -> Database.openExisting(crafted)).isInstanceOf(UserFacingException.class);
        assertRestoreRefused(zip(crafted), "为安全起见已拒绝");
        assertThat(witness).doesNotExist();
    }

    @Test
    void aDatabaseFileWithBytesFlipped_opensOrIsRefusedInChinese_andDbCheckSaysWhatIsWrong() throws IOException {
        byte[] genuine = Files.readAllBytes(Database.fileOf(ours));
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        for (int round = 0; round < 25; round++) {
            byte[] damaged = genuine.clone();
            for (int flip = 1 + random.nextInt(8); flip > 0; flip--) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Path db = folder.resolve("flipped" + round).resolve("kesudesk");
            Files.createDirectories(db.getParent());
            Files.write(Database.fileOf(db), damaged);
            String what = "seed " + seed + ", round " + round;
            try (Database database = Database.open(db)) {
                // what a damaged value does is reported, never thrown
                assertThat(new DatabaseCheck(database).run()).as(what).isNotNull();
            } catch (UserFacingException refused) {
                assertThat(refused.userMessage()).as(what).doesNotContain("Exception");
            }
        }
    }

    @Test
    void theAppsOwnQueries_mayNeitherWriteFiles_norLoadJavaClasses() {
        try (Database database = Database.open(ours)) {
            assertThatThrownBy(() -> database.read(tx -> tx.fetch("SELECT FILE_WRITE('x', ?)", witness.toString())))
                    .isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> database.asAdministrator(tx -> tx.execute(
                    "CREATE ALIAS GET_ENV FOR 'java.lang.System.getenv(java.lang.String)'")))
                    .hasStackTraceContaining("Access to the class");
        }
        assertThat(witness).doesNotExist();
    }

    @Test
    void genuineBackups_ofThisVersion_andOfThePreviousSchemaVersion_areRestored() throws Exception {
        Path backup;
        try (Database database = Database.open(ours)) {
            backup = Backups.of(database).make(database, Backups.Kind.ON_EXIT);
        }
        Backups.of(ours).restore(backup);

        // a database of the previous release (schema 8, a stored fixture made with it)
        Path older = folder.resolve("older").resolve("kesudesk");
        LegacyDatabase.write(LegacyDatabase.BEFORE_REGIONS, older);
        SchemaCheck.requireExactly(Database.fileOf(older));
        Backups.of(ours).restore(zip(older));
        try (Database restored = Database.open(ours)) {
            assertThat(new PlanRepository(restored).list()).hasSize(3);
            assertThat(new DatabaseCheck(restored).run()).isEmpty();
        }
    }

    private void assertRestoreRefused(Path backup, String reason) {
        assertThatThrownBy(() -> Backups.of(ours).restore(backup)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).userMessage()).asString().contains(reason)
                .contains(backup.getFileName().toString()).doesNotContain("restore-");
        assertThat(witness).doesNotExist();
        try (Database database = Database.open(ours)) {
            assertThat(DatabaseSnapshot.contentOf(database)).isEqualTo(oursBefore);
        }
        assertThat(witness).doesNotExist();
    }

    /** A copy of the office's database, as its own database file. */
    private Path genuineCopy(String name) throws IOException {
        Path copy = folder.resolve(name).resolve("kesudesk");
        Files.createDirectories(copy.getParent());
        Files.copy(Database.fileOf(ours), Database.fileOf(copy));
        return copy;
    }

    /** A backup zip holding the database file, as a user would make with any zip tool. */
    private Path zip(Path database) throws IOException {
        Path zip = database.resolveSibling(database.getFileName() + "-backup.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("kesudesk.mv.db"));
            Files.copy(Database.fileOf(database), entries);
            entries.closeEntry();
        }
        return zip;
    }

    /** Writes an entry into a file's catalogue (H2's table 0) directly, as an attacker with the file in hand can. */
    private static void addCatalogueEntry(Path database, int type, String sql) {
        try (org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder()
                .fileName(Database.fileOf(database).toString()).open()) {
            org.h2.mvstore.tx.TransactionStore transactions = new org.h2.mvstore.tx.TransactionStore(store,
                    new org.h2.mvstore.db.ValueDataType());
            transactions.init();
            org.h2.mvstore.tx.Transaction transaction = transactions.begin();
            org.h2.mvstore.tx.TransactionMap<Long, org.h2.result.Row> catalogue = transaction.openMap("table.0");
            long lastKey = 0;
            int lastId = 0;
            for (java.util.Iterator<Long> keys = catalogue.keyIterator(null); keys.hasNext(); ) {
                long key = keys.next();
                lastKey = Math.max(lastKey, key);
                lastId = Math.max(lastId, catalogue.get(key).getValue(0).getInt());
            }
            catalogue.put(lastKey + 1, org.h2.result.Row.get(new org.h2.value.Value[] {
                    org.h2.value.ValueInteger.get(lastId + 1), org.h2.value.ValueInteger.get(0),
                    org.h2.value.ValueInteger.get(type), org.h2.value.ValueVarchar.get(sql)},
                    org.h2.result.SearchRow.MEMORY_CALCULATE, lastKey + 1));
            transaction.commit();
        }
    }

    /** Changes a database file as an attacker with H2 and the file in hand would. */
    private static void sql(Path database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
