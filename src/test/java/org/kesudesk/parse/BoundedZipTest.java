package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class BoundedZipTest {

    @Test
    void anEntryPassedOver_isCountedAsItInflates_soABombIsStoppedUnread() throws IOException {
        byte[] zip = zip("word/document.xml", new byte[100], "word/media/image1.png", new byte[16 << 20]);
        List<String> read = new ArrayList<>();

        assertThatThrownBy(() -> BoundedZip.read(zip, 100, 1L << 30, (name, content) -> read.add(name),
                () -> new PlanParseException(0, "parse.error.docx")))
                .isInstanceOf(PlanParseException.class).hasMessageContaining("压缩炸弹");
        assertThat(read).containsExactly("word/document.xml", "word/media/image1.png");
    }

    @Test
    void entriesWithinTheLimits_areReadWhole_andTooManyOrTooMuchTogetherAreRefused() throws IOException {
        byte[] random = new byte[3 << 20];
        new java.util.Random(7).nextBytes(random);
        byte[] zip = zip("a.xml", random, "b.bin", random);
        long[] bytes = {0};

        BoundedZip.read(zip, 2, 8L << 20, (name, content) -> bytes[0] += content.readAllBytes().length,
                () -> new PlanParseException(0, "parse.error.ofdTooComplex"));
        assertThat(bytes[0]).isEqualTo(2L * random.length);

        assertThatThrownBy(() -> BoundedZip.read(zip, 1, 8L << 20, (name, content) -> { },
                () -> new PlanParseException(0, "parse.error.ofdTooComplex"))).isInstanceOf(PlanParseException.class);
        assertThatThrownBy(() -> BoundedZip.read(zip, 2, 5L << 20, (name, content) -> { },
                () -> new PlanParseException(0, "parse.error.ofdTooComplex"))).isInstanceOf(PlanParseException.class);
    }

    private static byte[] zip(String name, byte[] content, String other, byte[] otherContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.putNextEntry(new ZipEntry(other));
            zip.write(otherContent);
        }
        return bytes.toByteArray();
    }
}
