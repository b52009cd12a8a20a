package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exchange files handed to the window open on their database (the window's side is in ExchangeImportWindowTest). */
class OpenRequestsTest {

    @TempDir
    Path folder;

    @Test
    void aWindowOfAProcessNoLongerRunning_isNoWindow_andNothingIsLeftAsking() throws Exception {
        OpenRequests requests = OpenRequests.in(folder);
        // a window killed with its process: its notice stays behind
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path left = folder.resolve("open-requests").resolve("window-" + ended.pid() + ".txt");
        Files.createDirectories(left.getParent());
        Files.writeString(left, "/data/kesudesk\n", StandardCharsets.UTF_8);

        assertThat(requests.windowOpenOn("/data/kesudesk")).isFalse();
        assertThat(requests.handOver("/data/kesudesk", folder.resolve("a.kesu"), Duration.ofSeconds(30))).isFalse();
        assertThat(requestsLeft()).isZero();
    }

    @Test
    void aRequestIsTakenByTheWindowOfItsDatabaseOnly_andOneNotTakenInTimeIsWithdrawn() throws IOException {
        OpenRequests requests = OpenRequests.in(folder);
        try (OpenRequests.Presence open = requests.announce("/data/kesudesk")) {
            assertThat(requests.windowOpenOn("/data/kesudesk")).isTrue();
            assertThat(requests.windowOpenOn("/data/other")).isFalse();

            // no one takes it: withdrawn when the wait is over
            assertThat(requests.handOver("/data/kesudesk", folder.resolve("a.kesu"), Duration.ofMillis(300)))
                    .isFalse();
            assertThat(requestsLeft()).isZero();
            assertThat(requests.take("/data/kesudesk").asked()).isFalse();
            assertThat(requests.callForward("/data/kesudesk", Duration.ofMillis(300))).isFalse();
            assertThat(requestsLeft()).isZero();
        }
        assertThat(requests.windowOpenOn("/data/kesudesk")).isFalse();
    }

    @Test
    void theRequestsOfTheDatabase_areTaken_andWhatIsNotARequestOfTheApps_isLeftAlone() throws IOException {
        OpenRequests requests = OpenRequests.in(folder);
        Path box = Files.createDirectories(folder.resolve("open-requests"));
        Files.writeString(box.resolve("request-1.txt"), "/data/other\n/mail/a.kesu\n");
        Files.writeString(box.resolve("request-2.txt"), "/data/kesudesk\n");
        Files.setLastModifiedTime(box.resolve("request-2.txt"), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.write(box.resolve("request-3.txt"), new byte[64 * 1024]);
        Files.writeString(box.resolve("request-4.txt"), "/data/kesudesk\n/mail/b.kesu\n");

        // the app started again (no file: the window comes forward), and a file handed over
        OpenRequests.Taken taken = requests.take("/data/kesudesk");

        assertThat(taken.asked()).isTrue();
        assertThat(taken.files()).containsExactly(Path.of("/mail/b.kesu"));
        assertThat(requestsLeft()).isEqualTo(2);
    }

    private long requestsLeft() throws IOException {
        Path box = folder.resolve("open-requests");
        if (!Files.isDirectory(box)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(box)) {
            return files.filter(file -> file.getFileName().toString().startsWith("request-")).count();
        }
    }
}
