package org.kesudesk.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OFD document (GB/T 33190, the format in which 电子公文 systems issue notices), a line per paragraph,
 * for the same parser as a text file. An OFD is a zip of XML parts: {@code OFD.xml} names the document's root,
 * which lists its pages, each a {@code Content.xml} of text objects placing runs of characters (TextCode) at
 * positions in millimetres. The characters are grouped into lines by their baseline and the lines rejoined into
 * paragraphs as a PDF's are ({@link PrintedLines}); a table ruled by its path objects is read by its cells as a PDF's.
 * Templates shared by pages (a running header), annotations and signatures (the seal) are not read.
 *
 * <p>The file is read as hostile: only its XML parts are kept, each at most {@link #PART_BYTES} and all
 * {@link #ALL_XML_BYTES}; every part is inflated within {@link BoundedZip}'s limits; the XML is read without a DTD or
 * external entities; pages and characters are counted.
 */
final class OfdText {

    /** An OFD's root part, which every one has at the top of its package. */
    private static final String ROOT = "OFD.xml";
    private static final byte[] ROOT_NAME = ROOT.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The largest XML part read: a page of a plan is tens of kilobytes. */
    static final int PART_BYTES = 8 << 20;
    /** The XML parts together: a plan of a hundred pages has a few megabytes. */
    static final long ALL_XML_BYTES = 128L << 20;
    /** Every part inflated, fonts and pictures too (passed over, but inflated to be): the app's own embeds 25 MB. */
    static final long ALL_BYTES = 256L << 20;
    /** Characters on one page: a full page of text has about 800. */
    static final int CHARACTERS_PER_PAGE = 50_000;
    /** Entries in the package: a plan's has its pages' parts, fonts and a few more. */
    static final int ENTRIES = 20_000;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private OfdText() {
    }

    /** Whether the file is named .ofd, or is a zip holding an OFD's root part. */
    static boolean looksLikeOfd(String fileName, byte[] bytes) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".ofd")
                || org.kesudesk.model.FileSignature.ZIP.matches(bytes) && FileKind.holds(bytes, ROOT_NAME);
    }

    static List<SourceLine> lines(byte[] bytes) {
        return content(bytes, java.util.Optional.empty()).lines();
    }

    /**
     * The document's paragraphs, its ruled tables read as a Word file's are ({@link RuledTables}).
     *
     * @param mapping what the columns of a table hold whose header says nothing the parser knows, as the user mapped
     */
    static DocxText.Content content(byte[] bytes, java.util.Optional<ColumnMapping> mapping) {
        try {
            Map<String, byte[]> parts = xmlParts(bytes);
            byte[] root = parts.get(ROOT);
            if (root == null) {
                throw new PlanParseException(0, "parse.error.ofd");
            }
            String documentPath = path("", firstText(root, "DocRoot"));
            byte[] document = parts.get(documentPath);
            if (document == null) {
                throw new PlanParseException(0, "parse.error.ofd");
            }
            List<String> pages = pageLocations(document, folder(documentPath));
            if (pages.isEmpty()) {
                throw new PlanParseException(0, "parse.error.ofd");
            }
            if (pages.size() > PdfText.MAX_PAGES) {
                throw new PlanParseException(0, "parse.error.ofdPages", PdfText.MAX_PAGES);
            }
            PrintedLines printed = new PrintedLines(mapping);
            // this app's own documents break their cells' lines between words
            boolean betweenWords = org.kesudesk.model.LineBreaking.SET_BY.equals(firstText(root, "Creator").strip());
            for (int page = 0; page < pages.size(); page++) {
                byte[] content = parts.get(pages.get(page));
                if (content != null) {
                    RuledTables.Page read = page(content, page + 1, betweenWords);
                    printed.page(read.text(), read.tables());
                }
            }
            DocxText.Content content = printed.content();
            if (content.lines().stream().allMatch(SourceLine::isBlank)) {
                // pictures of pages (a scan): there is no text to read
                throw new PlanParseException(0, "parse.error.ofdNoText", pages.size());
            }
            return content;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof PlanParseException refused) {
                throw refused;
            }
            // a damaged or hostile package is refused in many ways, none of which the user needs to read
            throw new PlanParseException(e, 0, "parse.error.ofd");
        }
    }

    /** The package's XML parts by their path, within the limits; fonts and images are passed over. */
    private static Map<String, byte[]> xmlParts(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        long[] xml = {0};
        BoundedZip.read(bytes, ENTRIES, ALL_BYTES, (entry, content) -> {
            String name = path("", entry);
            if (!name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                return;
            }
            byte[] part = content.readNBytes(PART_BYTES + 1);
            xml[0] += part.length;
            if (part.length > PART_BYTES || xml[0] > ALL_XML_BYTES) {
                throw new PlanParseException(0, "parse.error.ofdTooComplex");
            }
            parts.put(name, part);
        }, () -> new PlanParseException(0, "parse.error.ofdTooComplex"));
        return parts;
    }

    /** A location as the package writes it (/Doc_0/…, Pages/Page_0/…, relative to a folder) as a part's path. */
    static String path(String folder, String location) {
        String written = location.strip().replace('\\', '/');
        String joined = written.startsWith("/") ? written.substring(1) : folder + written;
        List<String> names = new ArrayList<>();
        for (String name : joined.split("/")) {
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return String.join("/", names);
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** The text of the first element of this local name, or "" if there is none. */
    private static String firstText(byte[] xml, String element) throws XMLStreamException {
        XMLStreamReader reader = reader(xml);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
                    return reader.getElementText();
                }
            }
            return "";
        } finally {
            reader.close();
        }
    }

    /** The paths of the document's pages' contents, in the document's order. */
    private static List<String> pageLocations(byte[] document, String folder) throws XMLStreamException {
        List<String> pages = new ArrayList<>();
        XMLStreamReader reader = reader(document);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Page")) {
                    String location = reader.getAttributeValue(null, "BaseLoc");
                    if (location != null) {
                        pages.add(path(folder, location));
                        if (pages.size() > PdfText.MAX_PAGES) {
                            break;
                        }
                    }
                }
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    /** A path's data longer than this draws no rule: a drawing, not a table's border. */
    static final int PATH_CHARACTERS = 65_536;
    /** Points in a millimetre: the page is read in points, as a PDF's, for the tables' rules. */
    private static final float POINTS = 72f / 25.4f;

    /**
     * A page's tables and its characters outside them by baseline, in points from the page's top. Each TextCode
     * places its characters from its X and Y, each after the one before by its DeltaX (and DeltaY); both within its
     * text object's Boundary, through the object's CTM if it has one. Each path object's straight horizontal and
     * vertical pieces (stroked, or a thin filled box) are rules ({@link RuledTables}).
     */
    private static RuledTables.Page page(byte[] content, int page, boolean betweenWords) throws XMLStreamException {
        TreeMap<Integer, List<PrintedLines.Glyph>> byBaseline = new TreeMap<>();
        List<RuledTables.Rule> rules = new ArrayList<>();
        XMLStreamReader reader = reader(content);
        int characters = 0;
        float[] origin = {0, 0};
        float[] ctm = null;
        float size = 0;
        // a text object set aslant or see-through: a watermark, no text of the plan
        boolean watermark = false;
        boolean stroke = true;
        boolean fill = false;
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = reader.getLocalName();
                if (element.equals("PathObject")) {
                    float[] boundary = numbers(reader.getAttributeValue(null, "Boundary"), 4);
                    origin = new float[] {boundary[0], boundary[1]};
                    String matrix = reader.getAttributeValue(null, "CTM");
                    ctm = matrix == null ? null : numbers(matrix, 6);
                    stroke = !"false".equals(reader.getAttributeValue(null, "Stroke"));
                    fill = "true".equals(reader.getAttributeValue(null, "Fill"));
                } else if (element.equals("AbbreviatedData")) {
                    String data = reader.getElementText();
                    // a table's border is a piece or a box; a path of thousands is a drawing (or a hostile page's)
                    if (rules.size() <= 4 * RuledTables.MAX_RULES && data.length() <= PATH_CHARACTERS) {
                        rules(data, origin, ctm, stroke, fill, rules);
                    }
                } else if (element.equals("TextObject")) {
                    float[] boundary = numbers(reader.getAttributeValue(null, "Boundary"), 4);
                    origin = new float[] {boundary[0], boundary[1]};
                    String matrix = reader.getAttributeValue(null, "CTM");
                    ctm = matrix == null ? null : numbers(matrix, 6);
                    size = numbers(reader.getAttributeValue(null, "Size"), 1)[0];
                    String alpha = reader.getAttributeValue(null, "Alpha");
                    // an object's Alpha is 0–255
                    watermark = PrintedLines.isWatermark(ctm == null ? 1 : ctm[0], ctm == null ? 0 : ctm[1],
                            alpha == null ? 1 : number(alpha) / 255);
                } else if (element.equals("TextCode")) {
                    float x = number(reader.getAttributeValue(null, "X"));
                    float y = number(reader.getAttributeValue(null, "Y"));
                    float[] deltaX = deltas(reader.getAttributeValue(null, "DeltaX"));
                    float[] deltaY = deltas(reader.getAttributeValue(null, "DeltaY"));
                    String text = reader.getElementText();
                    float scale = ctm == null ? 1 : (float) Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
                    int index = 0;
                    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                        if (++characters > CHARACTERS_PER_PAGE) {
                            throw new PlanParseException(0, "parse.error.ofdPageTooComplex", page);
                        }
                        String character = new String(Character.toChars(text.codePointAt(i)));
                        float advance = index < deltaX.length ? deltaX[index]
                                : deltaX.length > 0 ? deltaX[deltaX.length - 1] : size;
                        float pageX = origin[0] + (ctm == null ? x : ctm[0] * x + ctm[2] * y + ctm[4]);
                        float pageY = origin[1] + (ctm == null ? y : ctm[1] * x + ctm[3] * y + ctm[5]);
                        // a character's width: its advance to the next, or the size for the last one (half of it for
                        // a Latin letter or digit)
                        float width = (index < deltaX.length ? advance : size * (character.charAt(0) < 0x2E80
                                ? 0.5f : 1f)) * scale;
                        if (!watermark) {
                            byBaseline.computeIfAbsent(Math.round(pageY * 10), k -> new ArrayList<>())
                                    .add(new PrintedLines.Glyph(character, pageX, width, size * scale));
                        }
                        x += advance;
                        y += index < deltaY.length ? deltaY[index] : 0;
                        index++;
                    }
                }
            }
            return RuledTables.find(inPoints(merged(byBaseline)), rules, betweenWords);
        } finally {
            reader.close();
        }
    }

    /**
     * The baselines within a millimetre of the one before merged into it: characters of one line placed by
     * different text objects differ by rounding.
     */
    private static TreeMap<Integer, List<PrintedLines.Glyph>> merged(
            TreeMap<Integer, List<PrintedLines.Glyph>> byBaseline) {
        TreeMap<Integer, List<PrintedLines.Glyph>> lines = new TreeMap<>();
        Integer current = null;
        for (Map.Entry<Integer, List<PrintedLines.Glyph>> baseline : byBaseline.entrySet()) {
            if (current != null && baseline.getKey() - current <= 10) {
                lines.get(current).addAll(baseline.getValue());
            } else {
                current = baseline.getKey();
                lines.put(current, new ArrayList<>(baseline.getValue()));
            }
        }
        return lines;
    }

    /** The glyphs by baseline (in tenths of a millimetre) in points. */
    private static TreeMap<Integer, List<PrintedLines.Glyph>> inPoints(
            TreeMap<Integer, List<PrintedLines.Glyph>> lines) {
        TreeMap<Integer, List<PrintedLines.Glyph>> points = new TreeMap<>();
        for (Map.Entry<Integer, List<PrintedLines.Glyph>> line : lines.entrySet()) {
            List<PrintedLines.Glyph> glyphs = points.computeIfAbsent(Math.round(line.getKey() / 10f * POINTS),
                    k -> new ArrayList<>());
            line.getValue().forEach(g -> glyphs.add(new PrintedLines.Glyph(g.text(), g.x() * POINTS,
                    g.width() * POINTS, g.size() * POINTS)));
        }
        return points;
    }

    /**
     * The rules a path draws, in points: its straight horizontal and vertical pieces if it is stroked; itself, if it
     * is filled and is a thin box (all its pieces horizontal or vertical). The path is written as commands (GB/T 33190 9.3.2): S or M x y to
     * start, L x y, Q x1 y1 x y, B x1 y1 x2 y2 x y, A rx ry angle large sweep x y, C to close; in millimetres within
     * the object's Boundary, through its CTM.
     */
    private static void rules(String data, float[] origin, float[] ctm, boolean stroke, boolean fill,
                              List<RuledTables.Rule> rules) {
        String[] tokens = data.strip().split("\\s+");
        List<float[]> path = new ArrayList<>();
        float[] current = null;
        float[] start = null;
        int i = 0;
        while (i < tokens.length) {
            String command = tokens[i++];
            int operands = switch (command) {
                case "S", "M", "L" -> 2;
                case "Q" -> 4;
                case "B" -> 6;
                case "A" -> 7;
                default -> 0;
            };
            if (i + operands > tokens.length) {
                break;
            }
            float[] to = start;
            if (operands > 0) {
                float x = coordinate(tokens[i + operands - 2]);
                float y = coordinate(tokens[i + operands - 1]);
                if (!Float.isFinite(x) || !Float.isFinite(y)) {
                    return; // a path written wrongly draws no rule (its document is still read)
                }
                to = onPage(x, y, origin, ctm);
            }
            i += operands;
            switch (command) {
                case "S", "M" -> {
                    current = to;
                    start = to;
                }
                case "L", "C" -> {
                    if (current != null && to != null) {
                        path.add(new float[] {current[0], current[1], to[0], to[1]});
                    }
                    current = to;
                }
                default -> current = to;
            }
        }
        if (stroke) {
            path.forEach(s -> RuledTables.Rule.between(s[0], s[1], s[2], s[3]).ifPresent(rules::add));
        }
        if (fill && !path.isEmpty() && path.stream().allMatch(s -> s[0] == s[2] || s[1] == s[3])) {
            float left = (float) path.stream().mapToDouble(s -> Math.min(s[0], s[2])).min().orElse(0);
            float top = (float) path.stream().mapToDouble(s -> Math.min(s[1], s[3])).min().orElse(0);
            float right = (float) path.stream().mapToDouble(s -> Math.max(s[0], s[2])).max().orElse(0);
            float bottom = (float) path.stream().mapToDouble(s -> Math.max(s[1], s[3])).max().orElse(0);
            RuledTables.Rule.box(left, top, right, bottom).ifPresent(rules::add);
        }
    }

    /** A path's coordinate, or NaN if it is none. */
    private static float coordinate(String token) {
        if (token.length() > 32) {
            return Float.NaN;
        }
        try {
            return Float.parseFloat(token);
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    /** A path's point on the page, in points. */
    private static float[] onPage(float x, float y, float[] origin, float[] ctm) {
        float pageX = origin[0] + (ctm == null ? x : ctm[0] * x + ctm[2] * y + ctm[4]);
        float pageY = origin[1] + (ctm == null ? y : ctm[1] * x + ctm[3] * y + ctm[5]);
        return new float[] {pageX * POINTS, pageY * POINTS};
    }

    /** DeltaX or DeltaY: numbers apart by spaces, "g 3 5.6" standing for 5.6 three times. */
    static float[] deltas(String written) {
        if (written == null || written.isBlank()) {
            return new float[0];
        }
        String[] tokens = written.strip().split("\\s+");
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("g") && i + 2 < tokens.length) {
                int times = Integer.parseInt(tokens[i + 1]);
                if (times < 0 || values.size() + times > CHARACTERS_PER_PAGE) {
                    throw new PlanParseException(0, "parse.error.ofd");
                }
                float value = number(tokens[i + 2]);
                for (int t = 0; t < times; t++) {
                    values.add(value);
                }
                i += 2;
            } else {
                values.add(number(tokens[i]));
            }
            if (values.size() > CHARACTERS_PER_PAGE) {
                throw new PlanParseException(0, "parse.error.ofd");
            }
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static float[] numbers(String written, int count) {
        float[] out = new float[count];
        if (written == null) {
            return out;
        }
        String[] tokens = written.strip().split("\\s+");
        for (int i = 0; i < count && i < tokens.length; i++) {
            out[i] = number(tokens[i]);
        }
        return out;
    }

    /** A coordinate: a short decimal (a number of many digits, or not finite, is no coordinate). */
    private static float number(String written) {
        if (written == null || written.isBlank()) {
            return 0;
        }
        if (written.length() > 32) {
            throw new PlanParseException(0, "parse.error.ofd");
        }
        float value = Float.parseFloat(written.strip());
        if (!Float.isFinite(value)) {
            throw new PlanParseException(0, "parse.error.ofd");
        }
        return value;
    }
}
