package org.kesudesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.exchange.LedgerWorkbook;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.parse.PlanDocumentReader;

/**
 * A file saved onto a disk that is full (a USB stick with no room left, the commonest way a saving fails at a desk) is
 * said to be so — 磁盘空间不足 — whichever library wrote it, never an "unexpected error" to send to support; and nothing
 * is left in its place but the file that was there before.
 *
 * <p>The disk is Linux's {@code /dev/full}, a device every write to which fails as a full disk's does: the file's
 * {@code .part}, which the app writes first, is made a link to it.
 */
class FullDiskTest {

    private static final Path FULL = Path.of("/dev/full");
    private static final String DISK_FULL = "磁盘空间不足";

    private static PlanDocument plan;
    private static RenderedDocument notice;

    @TempDir
    Path folder;

    @BeforeAll
    static void renderTheSample() throws IOException {
        try (InputStream in = FullDiskTest.class.getResourceAsStream("/org/kesudesk/samples/qiqihar-2022-16.txt")) {
            plan = new PlanDocumentReader().read("qiqihar-2022-16.txt", in.readAllBytes(), Optional.empty(),
                    List.of()).document();
        }
        notice = new DocumentRenderer().render(DocumentKind.NOTICE, plan, NoticeHeader.of(plan.plan()),
                Optional.empty(), false);
    }

    @Test
    void theNotice_asPdfWordAndOfd_onAFullDisk_isSaidToBeTooBig_andTheFileBeforeIsKept() throws IOException {
        for (OutputFormat format : OutputFormat.values()) {
            Path file = folder.resolve("notice." + format.name().toLowerCase());
            Files.writeString(file, "the clerk's earlier copy");
            Path partial = onAFullDisk(file);

            assertThatThrownBy(() -> notice.save(file, format)).as(format.name())
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining(DISK_FULL);
            assertThat(Files.readString(file)).as(format.name()).isEqualTo("the clerk's earlier copy");
            assertThat(Files.exists(partial, java.nio.file.LinkOption.NOFOLLOW_LINKS)).as(format.name()).isFalse();
        }
    }

    @Test
    void aWorkbook_onAFullDisk_isSaidToBeTooBig_andNoneIsLeft() throws IOException {
        Path file = folder.resolve("台账.xlsx");
        Path partial = onAFullDisk(file);

        assertThatThrownBy(() -> LedgerWorkbook.write(plan, file)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining(DISK_FULL);
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.exists(partial, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aWriterThatSwallowsTheDisksFailure_doesNotGetAHalfFileMovedIntoPlace() throws IOException {
        Path file = folder.resolve("list.txt");
        onAFullDisk(file);

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            try {
                out.write("一行".getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // as some libraries do: logged, and carried on
            }
        })).isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aWriterThatFailsOfItself_onASoundDisk_isWhatIsThrown() {
        Path file = folder.resolve("list.txt");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("the content's own failure");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the content's own failure");
        assertThat(folder.resolve("list.txt.part")).doesNotExist();
        assertThat(file).doesNotExist();
    }

    /** Makes the file's {@code .part} a link to the full device: writing the file fails as on a full disk. */
    private static Path onAFullDisk(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        return Files.createSymbolicLink(partial, FULL);
    }
}
