package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * OFD files made in a test as other producers than the app's own write them (the app's come from ofdrw): text set
 * in lines of so many characters, the first line of each paragraph indented by two, placed in three ways in turn —
 * a line's text object with its box around the line and its advances written "g n d", a text object for each
 * character, and a line drawn at twice the size through a matrix that halves it. The document's root is named
 * from the package's root (/Doc_0/…), the pages' parts are stored in the zip last page first.
 */
final class Ofd {

    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    /** A character's advance, in millimetres (三号, 16 pt). */
    private static final float SIZE = 5.6f;
    private static final float LEFT = 30;
    private static final float TOP = 40;
    private static final float PITCH = 10;

    private Ofd() {
    }

    /** The paragraphs set in lines of {@code perLine} characters, {@code perPage} lines a page. */
    static byte[] typeset(List<String> paragraphs, int perLine, int perPage) {
        List<StringBuilder> pages = new ArrayList<>();
        int line = 0;
        for (String paragraph : paragraphs) {
            int indent = 2;
            String rest = paragraph;
            while (!rest.isEmpty()) {
                int take = Math.min(rest.length(), perLine - indent);
                if (line % perPage == 0) {
                    pages.add(new StringBuilder());
                }
                float x = LEFT + indent * SIZE;
                float baseline = TOP + (line % perPage) * PITCH;
                pages.get(pages.size() - 1).append(place(rest.substring(0, take), x, baseline, line));
                rest = rest.substring(take);
                indent = 0;
                line++;
            }
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (int p = pages.size() - 1; p >= 0; p--) {
            parts.put("Doc_0/Pages/Page_" + p + "/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<ofd:Page " + NS + "><ofd:Content><ofd:Layer ID=\"1\">" + pages.get(p)
                    + "</ofd:Layer></ofd:Content></ofd:Page>");
        }
        StringBuilder list = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            // the first page named from the package's root, the others from the document's folder
            list.append("<ofd:Page ID=\"").append(p + 10).append("\" BaseLoc=\"")
                    .append(p == 0 ? "/Doc_0/Pages/Page_0/Content.xml" : "Pages/Page_" + p + "/Content.xml")
                    .append("\"/>");
        }
        parts.put("Doc_0/Document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + NS
                + "><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                + "</ofd:CommonData><ofd:Pages>" + list + "</ofd:Pages></ofd:Document>");
        parts.put("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + NS + " Version=\"1.1\" "
                + "DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        return zip(parts);
    }

    /** One line's text objects, placed in one of three ways by the line's number. */
    private static String place(String text, float x, float baseline, int line) {
        StringBuilder out = new StringBuilder();
        int n = text.codePointCount(0, text.length());
        switch (line % 3) {
            case 0 -> out.append(object(x, baseline - 5, n * SIZE, SIZE, null,
                    code(0, 5, n > 1 ? "g " + (n - 1) + " " + num(SIZE) : "", text)));
            case 1 -> {
                for (int i = 0; i < text.length(); i++) {
                    out.append(object(x + i * SIZE, baseline - 5, SIZE, SIZE, null,
                            code(0, 5, "", text.substring(i, i + 1))));
                }
            }
            default -> {
                StringBuilder deltas = new StringBuilder();
                for (int i = 1; i < n; i++) {
                    deltas.append(i > 1 ? " " : "").append(num(2 * SIZE));
                }
                out.append(object(x, baseline - 5, n * SIZE, SIZE * 2, "0.5 0 0 0.5 0 0",
                        code(0, 10, deltas.toString(), text)));
            }
        }
        return out.toString();
    }

    private static String object(float x, float y, float width, float size, String ctm, String codes) {
        return "<ofd:TextObject ID=\"2\" Boundary=\"" + num(x) + " " + num(y) + " " + num(width) + " 8\" Font=\"3\" "
                + "Size=\"" + num(size) + "\"" + (ctm == null ? "" : " CTM=\"" + ctm + "\"") + ">"
                + "<ofd:FillColor Value=\"0 0 0\"/>" + codes + "</ofd:TextObject>";
    }

    private static String code(float x, float y, String deltaX, String text) {
        return "<ofd:TextCode X=\"" + num(x) + "\" Y=\"" + num(y) + "\""
                + (deltaX.isEmpty() ? "" : " DeltaX=\"" + deltaX + "\"") + ">" + text + "</ofd:TextCode>";
    }

    private static String num(float value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** The OFD with one part's content replaced. */
    static byte[] replacing(byte[] ofd, String part, String content) {
        Map<String, String> parts = parts(ofd);
        parts.put(part, content);
        return zip(parts);
    }

    /** The package's parts by name, as text (fonts and pictures garbled: the reader passes over them). */
    static Map<String, String> parts(byte[] ofd) {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
