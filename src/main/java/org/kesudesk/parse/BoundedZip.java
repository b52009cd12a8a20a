package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.kesudesk.files.CountingInputStream;

/**
 * A document's zip (an OFD, a Word file) read entry by entry, every byte it inflates counted: a zip bomb is an entry
 * of a few kilobytes that inflates to gigabytes, and passing over an entry inflates it as much as reading it does. An
 * entry that inflates more than {@link #MAX_RATIO} times the bytes it took in the file, or entries inflating to
 * more than the limit together, or more entries than the limit, stop the reading.
 */
final class BoundedZip {

    /** How much an entry may inflate: text and fonts pack by two to twenty; a bomb by a thousand. */
    static final long MAX_RATIO = 200;

    /** What is done with an entry's content; what it leaves unread is passed over, counted too. */
    interface EntryReader {
        void read(String name, InputStream content) throws IOException;
    }

    private BoundedZip() {
    }

    /**
     * @param tooLarge the refusal when a limit is passed
     * @throws IOException as the zip's reading or the reader throws it (a damaged zip)
     */
    static void read(byte[] bytes, int maxEntries, long maxInflated, EntryReader reader,
                     Supplier<PlanParseException> tooLarge) throws IOException {
        CountingInputStream file = new CountingInputStream(new ByteArrayInputStream(bytes));
        long[] inflated = {0};
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw tooLarge.get();
                }
                long start = file.count();
                long[] read = {0};
                InputStream content = new FilterInputStream(zip) {
                    @Override
                    public int read() throws IOException {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = super.read(buffer, offset, length);
                        if (n > 0) {
                            read[0] += n;
                            inflated[0] += n;
                            long packed = Math.max(1, file.count() - start);
                            if (inflated[0] > maxInflated || read[0] > (1 << 20) && read[0] / packed > MAX_RATIO) {
                                throw tooLarge.get();
                            }
                        }
                        return n;
                    }

                    @Override
                    public long skip(long n) throws IOException {
                        // through read, counted: the zip's own skip inflates uncounted
                        byte[] buffer = new byte[(int) Math.min(n, 64 * 1024)];
                        int got = n <= 0 ? 0 : read(buffer, 0, buffer.length);
                        return Math.max(0, got);
                    }

                    @Override
                    public void close() {
                        // the zip goes on to its next entry
                    }
                };
                if (!entry.isDirectory()) {
                    reader.read(entry.getName(), content);
                }
                byte[] rest = new byte[64 * 1024];
                while (content.read(rest, 0, rest.length) > 0) {
                    // passed over through the count
                }
            }
        }
    }
}
