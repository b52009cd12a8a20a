package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.store.DatabaseTarget;

/** The user's choice of database (数据库连接…): kept for its owner alone, read back as written, checked field by field. */
class ConnectionProfileTest {

    @TempDir
    Path folder;

    private static final ServerConnection SERVER = new ServerConnection("db.kepu.gov", 5432, "kesudesk", "wang",
            "p@ss=word&x#1 中文", true);

    @Test
    void aServerChosen_isReadBackAsWritten_theFileReadableByItsOwnerOnly() throws Exception {
        new ConnectionProfile(true, Optional.of(SERVER)).save(folder);

        ConnectionProfile read = ConnectionProfile.load(folder);

        assertThat(read.useServer()).isTrue();
        assertThat(read.server()).contains(SERVER);
        DatabaseTarget target = read.target(folder.resolve("kesudesk"));
        assertThat(target.path()).isEmpty();
        assertThat(((DatabaseTarget.Server) target).address().url())
                .isEqualTo("jdbc:postgresql://db.kepu.gov:5432/kesudesk?sslmode=require");
        assertThat(target.shown()).contains("wang@db.kepu.gov").doesNotContain("p@ss");
        assertThat(read.toString()).doesNotContain("p@ss");
        Path file = folder.resolve(ConnectionProfile.FILE_NAME);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(folder.resolve(ConnectionProfile.FILE_NAME + ".part")).doesNotExist();
    }

    @Test
    void theEmbeddedDatabase_isTheDefault_andADamagedOrHostileProfileMeansIt() throws Exception {
        assertThat(ConnectionProfile.load(folder)).isEqualTo(ConnectionProfile.embedded());
        Path file = folder.resolve(ConnectionProfile.FILE_NAME);
        for (String damaged : new String[] {
                "use=server\nhost=db.kepu.gov\nport=five\ndatabase=kesudesk\nuser=wang\n",
                "use=server\nhost=db.kepu.gov;drop\nport=5432\ndatabase=kesudesk\nuser=wang\n",
                "use=server\nhost=db.kepu.gov\nport=5432\ndatabase=kesudesk?ssl\\=false\nuser=wang\n",
                "use=server\nhost=db.kepu.gov\nport=5432\ndatabase=kesudesk\nuser=\n",
                "use=server\n" + "x=".repeat(3000)}) {
            Files.writeString(file, damaged, StandardCharsets.UTF_8);
            assertThat(ConnectionProfile.load(folder)).as(damaged.substring(0, 40)).isEqualTo(
                    ConnectionProfile.embedded());
        }
    }

    @Test
    void whatIsFilledIn_isCheckedFieldByField_inChinese() {
        assertThatThrownBy(() -> new ServerConnection("db kepu", 5432, "kesudesk", "wang", "", false).validated())
                .isInstanceOf(UserFacingException.class).hasMessageContaining("服务器地址");
        assertThatThrownBy(() -> new ServerConnection("10.0.0.1", 70000, "kesudesk", "wang", "", false).validated())
                .isInstanceOf(UserFacingException.class).hasMessageContaining("端口 70000");
        assertThatThrownBy(() -> new ServerConnection("10.0.0.1", 5432, "kesu/desk", "wang", "", false).validated())
                .isInstanceOf(UserFacingException.class).hasMessageContaining("数据库名");
        assertThatThrownBy(() -> new ServerConnection("10.0.0.1", 5432, "kesudesk", " ", "", false).validated())
                .isInstanceOf(UserFacingException.class).hasMessageContaining("用户名");
        assertThatThrownBy(() -> new ServerConnection("10.0.0.1", 5432, "kesudesk", "wang", "a\u0000b", false)
                .validated()).isInstanceOf(UserFacingException.class).hasMessageContaining("密码");
        assertThat(new ServerConnection("[::1]", 5432, "kesu_desk-2", "wang", "", false).address().url())
                .isEqualTo("jdbc:postgresql://[::1]:5432/kesu_desk-2?sslmode=prefer");
    }

    @Test
    void theDiagnostics_nameTheServer_butNeverThePassword() throws Exception {
        new ConnectionProfile(true, Optional.of(SERVER)).save(folder);
        Path zip = folder.resolve("diagnostics.zip");
        Files.createDirectories(folder.resolve("logs"));

        Diagnostics.write(zip, folder.resolve("logs"), ConnectionProfile.load(folder).target(folder.resolve("db")),
                Optional.empty());

        StringBuilder content = new StringBuilder();
        try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                content.append(entry.getName()).append('\n')
                        .append(new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(content.toString()).contains("wang@db.kepu.gov:5432/kesudesk").doesNotContain("p@ss")
                .doesNotContain(ConnectionProfile.FILE_NAME);
    }
}
