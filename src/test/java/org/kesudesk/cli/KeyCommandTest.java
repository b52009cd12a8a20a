package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;

/** Two offices (two databases) exchange their public keys with {@code key export} and {@code key import}. */
class KeyCommandTest {

    @TempDir
    Path folder;

    @Test
    void aCountyExportsItsKey_theCityAcceptsItOnce_andTheSameKeyAgainChangesNothing() throws Exception {
        Path city = folder.resolve("city/kesudesk");
        Path county = folder.resolve("county/kesudesk");
        assertThat(run("--db", county.toString(), "region", "own", "230227").exitCode()).isZero();
        Path keyFile = folder.resolve("富裕县.key");

        CliRun.Result exported = run("--db", county.toString(), "key", "export", "--out", keyFile.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        JsonNode key = new ObjectMapper().readTree(Files.readString(keyFile));
        assertThat(key.path("region").path("code").asText()).isEqualTo("230227");
        assertThat(key.path("algorithm").asText()).isEqualTo("Ed25519");
        String fingerprint = key.path("fingerprint").asText();
        assertThat(fingerprint).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
        assertThat(exported.out()).contains(fingerprint);
        // the key pair is made once: a second export gives the same key
        run("--db", county.toString(), "key", "export", "--out", folder.resolve("again.key").toString());
        assertThat(new ObjectMapper().readTree(Files.readString(folder.resolve("again.key"))).path("publicKey"))
                .isEqualTo(key.path("publicKey"));

        CliRun.Result accepted = run("--db", city.toString(), "key", "import", keyFile.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("已接受").contains("富裕县").contains(fingerprint);
        CliRun.Result again = run("--db", city.toString(), "key", "import", keyFile.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("没有改变");
        assertThat(run("--db", city.toString(), "key", "list").out()).contains("230227").contains(fingerprint);

        try (Database database = Database.openExisting(city)) {
            assertThat(new AuditLog(database).recent(10)).extracting(AuditEntry::action).containsExactly("key.accept");
        }
    }

    @Test
    void anotherKeyForAKnownRegion_aTamperedFile_andAFileThatIsNoKey_areRefusedInChinese() throws Exception {
        Path city = folder.resolve("city/kesudesk");
        Path county = folder.resolve("county/kesudesk");
        Path impostor = folder.resolve("impostor/kesudesk");
        run("--db", county.toString(), "region", "own", "230227");
        run("--db", impostor.toString(), "region", "own", "230227");
        Path real = folder.resolve("real.key");
        Path fake = folder.resolve("fake.key");
        run("--db", county.toString(), "key", "export", "--out", real.toString());
        run("--db", impostor.toString(), "key", "export", "--out", fake.toString());
        assertThat(run("--db", city.toString(), "key", "import", real.toString()).exitCode()).isZero();

        CliRun.Result other = run("--db", city.toString(), "key", "import", fake.toString());
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("富裕县").contains("另一把公钥").contains("已拒绝");

        ObjectNode tampered = (ObjectNode) new ObjectMapper().readTree(Files.readString(fake));
        tampered.put("fingerprint", new ObjectMapper().readTree(Files.readString(real)).path("fingerprint").asText());
        Path tamperedFile = Files.writeString(folder.resolve("tampered.key"), tampered.toString());
        CliRun.Result badFingerprint = run("--db", city.toString(), "key", "import", tamperedFile.toString());
        assertThat(badFingerprint.exitCode()).isEqualTo(1);
        assertThat(badFingerprint.err()).contains("指纹与公钥不符");

        Path notAKey = Files.writeString(folder.resolve("notes.txt"), "这不是公钥");
        CliRun.Result garbage = run("--db", city.toString(), "key", "import", notAKey.toString());
        assertThat(garbage.exitCode()).isEqualTo(1);
        assertThat(garbage.err()).contains("不是科素通的公钥文件");

        // nothing of the refused files was kept
        assertThat(run("--db", city.toString(), "key", "list").out().lines().count()).isEqualTo(1);
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(folder, args);
    }
}
