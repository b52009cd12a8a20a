package org.kesudesk.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Why writing a file failed, said in Chinese from what the system reports. */
class FailureReasonsTest {

    @Test
    void aFullDisk_asLinuxReportsIt() {
        IOException failure = null;
        try (OutputStream out = Files.newOutputStream(Path.of("/dev/full"))) {
            out.write(new byte[4096]);
        } catch (IOException e) {
            failure = e;
        }

        assertThat(failure).isNotNull();
        assertThat(FailureReasons.of(failure).text()).isEqualTo(Messages.get("failure.reason.diskFull"));
    }

    @Test
    void aStickPulledOut_asLinuxAndWindowsReportIt_isSaidToBeGoneOrDamaged() {
        // what the JDK makes of EIO and ENODEV on Linux, and of ERROR_NOT_READY and ERROR_DEV_NOT_EXIST on Windows
        for (String system : new String[] {"Input/output error", "No such device",
                "The device is not ready", "The specified network name is no longer available"}) {
            FileSystemException failure = new FileSystemException("/media/u/KESU/台账.xlsx", null, system);

            assertThat(FailureReasons.of(new java.io.UncheckedIOException(
                    new IOException("writing", failure))).text()).as(system)
                    .isEqualTo(Messages.get("failure.reason.deviceGone"))
                    .doesNotContain(system);
        }
    }

    /** A document regenerated while the last one is open in Word: Windows says access denied, the app says why. */
    @Test
    void aFileAnotherProgramHoldsOpen_isSaidToBeInUse_notAPermission() {
        java.nio.file.AccessDeniedException denied = new java.nio.file.AccessDeniedException(
                "C:\\Users\\clerk\\Documents\\通知.docx.part", "C:\\Users\\clerk\\Documents\\通知.docx", null);

        assertThat(FailureReasons.of(denied).text()).isEqualTo(Messages.get("failure.reason.accessDenied"));
        assertThat(FailureReasons.of(new org.kesudesk.files.FileInUseException(
                Path.of("通知.docx"), denied)).text()).isEqualTo(Messages.get("failure.reason.inUse"))
                .contains("Word");
    }

    @Test
    void whatIsNotTheDisks_isNotSaidToBe() {
        assertThat(FailureReasons.of(new IOException("Stream closed")).text())
                .isEqualTo(Messages.get("failure.reason.other"));
    }

    @Test
    void aNameLongerThanTheDiskTakes(@org.junit.jupiter.api.io.TempDir Path folder) {
        IOException failure = null;
        try {
            Files.createFile(folder.resolve("实施方案".repeat(30) + ".pdf"));
        } catch (IOException e) {
            failure = e;
        }

        assertThat(failure).isNotNull();
        assertThat(FailureReasons.of(failure).text()).isEqualTo(Messages.get("failure.reason.nameTooLong"));
    }
}
