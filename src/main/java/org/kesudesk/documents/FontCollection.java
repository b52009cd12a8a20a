package org.kesudesk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A font collection (.ttc, .otc: several fonts sharing one file's tables, as Windows' 宋体 and 新宋体 or Noto's CJK
 * fonts are kept): how many fonts it holds, and one of them as a font file of its own, for an OFD to embed. The
 * file is checked as it is read: a table outside the file, or more tables or fonts than a font has, is refused.
 */
final class FontCollection {

    private static final int TTCF = 0x74746366;
    /** More fonts than any collection holds (Noto's CJK collections hold ten). */
    private static final int MOST_FONTS = 64;
    /** More tables than any font has (some forty are defined). */
    private static final int MOST_TABLES = 128;

    private FontCollection() {
    }

    /** Whether the file starts as a collection does ('ttcf'). */
    static boolean isCollection(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] tag = in.readNBytes(4);
            return tag.length == 4 && ByteBuffer.wrap(tag).getInt() == TTCF;
        } catch (IOException e) {
            return false;
        }
    }

    /** How many fonts the collection holds (0 if it is no collection one can use). */
    static int fontCount(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(12);
            if (header.length < 12 || ByteBuffer.wrap(header).getInt() != TTCF) {
                return 0;
            }
            int count = ByteBuffer.wrap(header).getInt(8);
            return count > 0 && count <= MOST_FONTS ? count : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The collection's font at the index as a file of its own: its tables laid out after its own table directory. */
    static byte[] font(byte[] collection, int index) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(collection);
            int count = in.getInt(8);
            if (in.getInt(0) != TTCF || index < 0 || index >= count || count > MOST_FONTS) {
                throw new IOException("no font " + index + " in the collection");
            }
            int directory = in.getInt(12 + 4 * index);
            int tables = in.getShort(directory + 4) & 0xFFFF;
            if (tables == 0 || tables > MOST_TABLES) {
                throw new IOException("a font of " + tables + " tables");
            }
            int headerLength = 12 + 16 * tables;
            long total = headerLength;
            for (int i = 0; i < tables; i++) {
                total += (Integer.toUnsignedLong(in.getInt(directory + 12 + 16 * i + 12)) + 3) & ~3L;
            }
            if (total > collection.length) {
                throw new IOException("tables larger than the collection");
            }
            ByteBuffer out = ByteBuffer.allocate((int) total);
            out.put(collection, directory, 12);
            int offset = headerLength;
            for (int i = 0; i < tables; i++) {
                int entry = directory + 12 + 16 * i;
                int from = in.getInt(entry + 8);
                int length = in.getInt(entry + 12);
                if (from < 0 || length < 0 || (long) from + length > collection.length) {
                    throw new IOException("a table outside the collection");
                }
                out.put(collection, entry, 8);
                out.putInt(offset);
                out.putInt(length);
                out.put(offset, collection, from, length);
                offset += (length + 3) & ~3;
            }
            return out.array();
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new IOException("a damaged font collection", e);
        }
    }
}
