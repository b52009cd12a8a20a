package org.kesudesk.testsupport;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A font as an office's computer may have one: a bundled font that also draws characters the bundled fonts lack
 * (瀍, 鄠 …), made for a test by giving those characters the outline of another in its character map. The font
 * file is the bundled one with its {@code cmap} table replaced by one (3,10, format 12) holding every character it
 * had and the added ones; the other tables are kept as they are.
 */
public final class FontWithGlyphs {

    private FontWithGlyphs() {
    }

    /**
     * Writes the bundled font (a resource under fonts/) to the file, each added character drawn as the character it
     * maps to (瀍 → 水).
     */
    public static Path write(String bundledFont, Map<Integer, Integer> addedLike, Path file) throws IOException {
        byte[] original;
        try (InputStream in = FontWithGlyphs.class.getClassLoader().getResourceAsStream("fonts/" + bundledFont)) {
            if (in == null) {
                throw new IOException("no bundled font " + bundledFont);
            }
            original = in.readAllBytes();
        }
        TreeMap<Integer, Integer> glyphs = glyphs(original);
        for (Map.Entry<Integer, Integer> added : addedLike.entrySet()) {
            Integer glyph = glyphs.get(added.getValue());
            if (glyph == null) {
                throw new IllegalArgumentException("the font has no glyph for " + added.getValue());
            }
            glyphs.put(added.getKey(), glyph);
        }
        Files.write(file, withCmap(original, cmap(glyphs)));
        return file;
    }

    /**
     * Writes the fonts as one collection (.ttc), in order: each font's bytes after the collection's header, its
     * tables' offsets moved by where it starts (offsets in a collection are from the file's start).
     */
    public static Path collection(java.util.List<Path> fonts, Path file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int headerLength = 12 + 4 * fonts.size();
        int[] starts = new int[fonts.size()];
        for (int i = 0; i < fonts.size(); i++) {
            byte[] font = Files.readAllBytes(fonts.get(i));
            starts[i] = headerLength + body.size();
            ByteBuffer moved = ByteBuffer.wrap(font);
            int tables = moved.getShort(4) & 0xFFFF;
            for (int t = 0; t < tables; t++) {
                int entry = 12 + 16 * t;
                moved.putInt(entry + 8, moved.getInt(entry + 8) + starts[i]);
            }
            body.write(font);
            body.write(new byte[(4 - font.length % 4) % 4]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x74746366);
        out.writeInt(0x00010000);
        out.writeInt(fonts.size());
        for (int start : starts) {
            out.writeInt(start);
        }
        body.writeTo(out);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** The font's glyph index of each character it draws, as AWT reads its character map. */
    private static TreeMap<Integer, Integer> glyphs(byte[] content) throws IOException {
        Font font;
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(content));
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        FontRenderContext context = new FontRenderContext(null, false, false);
        TreeMap<Integer, Integer> glyphs = new TreeMap<>();
        for (int c = 0x20; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c) || !font.canDisplay(c)) {
                continue;
            }
            glyphs.put(c, font.createGlyphVector(context, new String(Character.toChars(c))).getGlyphCode(0));
        }
        return glyphs;
    }

    /** A cmap table with one subtable, (3,10) format 12, of the characters' glyphs. */
    private static byte[] cmap(TreeMap<Integer, Integer> glyphs) throws IOException {
        // groups of consecutive characters mapped to consecutive glyphs
        java.util.List<int[]> groups = new java.util.ArrayList<>();
        int[] group = null;
        for (Map.Entry<Integer, Integer> entry : glyphs.entrySet()) {
            int c = entry.getKey();
            int glyph = entry.getValue();
            if (group != null && c == group[1] + 1 && glyph == group[2] + (c - group[0])) {
                group[1] = c;
            } else {
                group = new int[] {c, c, glyph};
                groups.add(group);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0);
        out.writeShort(1);
        out.writeShort(3);
        out.writeShort(10);
        out.writeInt(12);
        out.writeShort(12);
        out.writeShort(0);
        out.writeInt(16 + 12 * groups.size());
        out.writeInt(0);
        out.writeInt(groups.size());
        for (int[] g : groups) {
            out.writeInt(g[0]);
            out.writeInt(g[1]);
            out.writeInt(g[2]);
        }
        return bytes.toByteArray();
    }

    /** The font with its cmap table replaced: tables laid out again, four-byte aligned, with their checksums. */
    private static byte[] withCmap(byte[] font, byte[] cmap) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int tableCount = in.getShort(4) & 0xFFFF;
        TreeMap<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < tableCount; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int offset = in.getInt(entry + 8);
            int length = in.getInt(entry + 12);
            tables.put(tag, java.util.Arrays.copyOfRange(font, offset, offset + length));
        }
        tables.put("cmap", cmap);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        int power = Integer.highestOneBit(tables.size());
        out.writeInt(version);
        out.writeShort(tables.size());
        out.writeShort(power * 16);
        out.writeShort(Integer.numberOfTrailingZeros(power));
        out.writeShort(tables.size() * 16 - power * 16);
        int offset = 12 + 16 * tables.size();
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            out.write(table.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.writeInt(checksum(table.getValue()));
            out.writeInt(offset);
            out.writeInt(table.getValue().length);
            offset += (table.getValue().length + 3) & ~3;
        }
        for (byte[] table : tables.values()) {
            out.write(table);
            out.write(new byte[((table.length + 3) & ~3) - table.length]);
        }
        return bytes.toByteArray();
    }

    private static int checksum(byte[] table) {
        byte[] padded = java.util.Arrays.copyOf(table, (table.length + 3) & ~3);
        ByteBuffer words = ByteBuffer.wrap(padded);
        int sum = 0;
        while (words.hasRemaining()) {
            sum += words.getInt();
        }
        return sum;
    }
}
