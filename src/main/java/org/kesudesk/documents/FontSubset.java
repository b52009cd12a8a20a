package org.kesudesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * An OpenType font with CFF outlines (or TrueType ones: {@link #trueType}) cut down to the characters a document
 * uses, for embedding in an OFD: the bundled Chinese fonts are 5–8 MB each, nearly all of it outlines, and a notice
 * embedding four of them whole was a file of 25–30 MB to send by e-mail. The outlines of the glyphs not used are
 * emptied (OpenPDF's CFF subsetter, the one the PDFs are made with, keeps every glyph's number, so the font's
 * character map and metrics stay true); the other tables are kept as they are. A file of 150 KB a font.
 */
final class FontSubset {

    private static final String CFF = "CFF ";

    private FontSubset() {
    }

    /**
     * The font with only these characters' outlines (and the missing glyph's).
     *
     * @throws IOException if the font has neither CFF nor TrueType outlines, or they cannot be cut
     */
    static byte[] of(byte[] font, Set<Integer> codePoints) throws IOException {
        HashMap<Integer, int[]> glyphs = new HashMap<>();
        glyphs.put(0, new int[0]);
        try (OpenTypeFont parsed = new OTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup characters = parsed.getUnicodeCmapLookup();
            for (int codePoint : codePoints) {
                int glyph = characters.getGlyphId(codePoint);
                if (glyph > 0) {
                    glyphs.put(glyph, new int[0]);
                }
            }
        }
        Map<String, byte[]> tables = tables(font);
        byte[] outlines = tables.get(CFF);
        if (outlines == null && tables.containsKey("glyf")) {
            return trueType(font, codePoints);
        }
        if (outlines == null) {
            throw new IOException("no CFF outlines");
        }
        com.lowagie.text.pdf.CFFFontSubset subset = new com.lowagie.text.pdf.CFFFontSubset(
                new com.lowagie.text.pdf.RandomAccessFileOrArray(outlines), glyphs);
        tables.put(CFF, subset.Process(subset.getNames()[0]));
        return written(font, tables);
    }

    /**
     * A font with TrueType outlines (a computer's font drawing a character the bundled ones lack: Windows' 仿宋 is
     * 10 MB) cut by FontBox's subsetter: the characters' glyphs, numbered anew, with a character map of their own.
     */
    private static byte[] trueType(byte[] font, Set<Integer> codePoints) throws IOException {
        try (org.apache.fontbox.ttf.TrueTypeFont parsed = new org.apache.fontbox.ttf.TTFParser()
                .parse(new RandomAccessReadBuffer(font))) {
            org.apache.fontbox.ttf.TTFSubsetter subset = new org.apache.fontbox.ttf.TTFSubsetter(parsed);
            codePoints.forEach(subset::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subset.writeToStream(out);
            return out.toByteArray();
        }
    }

    /** The font's tables by tag, as its table directory places them. */
    private static Map<String, byte[]> tables(byte[] font) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            if (offset < 0 || length < 0 || (long) offset + length > font.length) {
                throw new IOException("table " + tag + " outside the font");
            }
            tables.put(tag, Arrays.copyOfRange(font, offset, offset + length));
        }
        return tables;
    }

    /** The font written anew with these tables (in tag order, each on four bytes), its checksums made again. */
    private static byte[] written(byte[] original, Map<String, byte[]> tables) throws IOException {
        int count = tables.size();
        int searchRange = Integer.highestOneBit(count) * 16;
        ByteBuffer directory = ByteBuffer.allocate(12 + 16 * count);
        directory.put(original, 0, 4);
        directory.putShort((short) count);
        directory.putShort((short) searchRange);
        directory.putShort((short) Integer.numberOfTrailingZeros(Integer.highestOneBit(count)));
        directory.putShort((short) (count * 16 - searchRange));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int offset = directory.capacity();
        int headAt = -1;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] content = table.getValue();
            if (table.getKey().equals("head")) {
                // its checkSumAdjustment is counted as 0, and set once the whole font is written
                content = content.clone();
                ByteBuffer.wrap(content).putInt(8, 0);
                headAt = offset;
            }
            directory.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1));
            directory.putInt(checksum(content));
            directory.putInt(offset);
            directory.putInt(content.length);
            body.write(content);
            int padding = (4 - content.length % 4) % 4;
            body.write(new byte[padding]);
            offset += content.length + padding;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
        out.write(directory.array());
        body.writeTo(out);
        byte[] font = out.toByteArray();
        if (headAt < 0) {
            throw new IOException("no head table");
        }
        ByteBuffer.wrap(font).putInt(headAt + 8, (int) (0xB1B0AFBAL - (checksum(font) & 0xFFFFFFFFL)));
        return font;
    }

    private static int checksum(byte[] data) {
        long sum = 0;
        ByteBuffer words = ByteBuffer.wrap(Arrays.copyOf(data, (data.length + 3) / 4 * 4));
        while (words.hasRemaining()) {
            sum += words.getInt() & 0xFFFFFFFFL;
        }
        return (int) sum;
    }
}
