package org.kesudesk.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the files in a zip archive, to say what it holds when one arrives where a document or an exchange file
 * was expected (the notice and its 附件 mailed as one archive; a .kesu packed because a mail gateway refused it). Read
 * from the archive's central directory only, nothing inflated, at most {@link #MAX_NAMES} names; a name the archive
 * does not mark as UTF-8 is read as GBK if it is not UTF-8, as Chinese Windows' own 压缩 writes them. Anything that is
 * not such a directory gives no names.
 */
public final class ZipListing {

    /** Names enough to say what an archive holds. */
    public static final int MAX_NAMES = 20;
    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_BYTES = 22;
    private static final int ENTRY_RECORD = 0x02014b50;
    private static final int ENTRY_RECORD_BYTES = 46;
    /** The archive's comment, at most this long, comes after its end record. */
    private static final int MAX_COMMENT = 0xFFFF;
    private static final Charset GBK = Charset.forName("GBK");

    private ZipListing() {
    }

    /** The names of the files (not folders, not macOS's __MACOSX copies) in a zip held in memory. */
    public static List<String> names(byte[] zip) {
        return names(ByteBuffer.wrap(zip));
    }

    /** The names of the files in a zip file; none if it cannot be read. */
    public static List<String> names(Path zip) {
        try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
            long size = channel.size();
            // the end record and the comment after it, then the directory the end record points to
            int tail = (int) Math.min(size, END_RECORD_BYTES + MAX_COMMENT);
            ByteBuffer end = read(channel, size - tail, tail);
            int at = endRecord(end);
            if (at < 0) {
                return List.of();
            }
            long directory = end.getInt(at + 16) & 0xFFFFFFFFL;
            long directoryBytes = end.getInt(at + 12) & 0xFFFFFFFFL;
            if (directory + directoryBytes > size) {
                return List.of();
            }
            // the first names are enough: at most this many bytes of the directory
            int read = (int) Math.min(directoryBytes, (long) MAX_NAMES * (ENTRY_RECORD_BYTES + 3 * 0xFFFF));
            return entries(read(channel, directory, read), 0, MAX_NAMES);
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** An entry's file name, without the folders it is in (附件/任务分工表.xlsx: 任务分工表.xlsx). */
    public static String fileName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    private static ByteBuffer read(SeekableByteChannel channel, long from, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(from);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read on to the end of the range
        }
        return buffer.flip();
    }

    private static List<String> names(ByteBuffer zip) {
        zip.order(ByteOrder.LITTLE_ENDIAN);
        int at = endRecord(zip);
        if (at < 0) {
            return List.of();
        }
        long directory = zip.getInt(at + 16) & 0xFFFFFFFFL;
        if (directory >= zip.limit()) {
            return List.of();
        }
        return entries(zip, (int) directory, MAX_NAMES);
    }

    /** Where the end record is (the last one, searched back over the longest comment), or -1. */
    private static int endRecord(ByteBuffer zip) {
        int last = zip.limit() - END_RECORD_BYTES;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (zip.getInt(at) == END_RECORD) {
                return at;
            }
        }
        return -1;
    }

    private static List<String> entries(ByteBuffer zip, int from, int most) {
        List<String> names = new ArrayList<>();
        int at = from;
        while (names.size() < most && at + ENTRY_RECORD_BYTES <= zip.limit() && zip.getInt(at) == ENTRY_RECORD) {
            boolean utf8 = (zip.getShort(at + 8) & 0x0800) != 0;
            int nameBytes = zip.getShort(at + 28) & 0xFFFF;
            int extraBytes = zip.getShort(at + 30) & 0xFFFF;
            int commentBytes = zip.getShort(at + 32) & 0xFFFF;
            if (at + ENTRY_RECORD_BYTES + nameBytes > zip.limit()) {
                break;
            }
            byte[] name = new byte[nameBytes];
            zip.get(at + ENTRY_RECORD_BYTES, name);
            String decoded = decoded(name, utf8);
            if (!decoded.endsWith("/") && !decoded.startsWith("__MACOSX/")) {
                names.add(decoded);
            }
            at += ENTRY_RECORD_BYTES + nameBytes + extraBytes + commentBytes;
        }
        return names;
    }

    private static String decoded(byte[] name, boolean utf8) {
        if (utf8) {
            return new String(name, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(name, GBK);
        }
    }
}
