package org.kesudesk.documents;

import java.awt.Font;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fonts of this computer that draw the characters the bundled fonts lack: the bundled fonts hold GB 2312 and some
 * more, and a place or a person named with a rarer character (鄠邑区, 浉河区, 埇桥区, 朱镕基) would be blank in a PDF, an
 * OFD and a print. Such a character is drawn, in the PDF, the OFD and the print alike, in the first font found here
 * that has it: the fonts in the office's own fonts folder (the app's data folder, or the folders named by the
 * system property {@value #FOLDERS_PROPERTY}), then the system's (Windows' 仿宋, 楷体, 黑体; a Linux desktop's). For
 * each style, fonts whose file names say they are of that style come first (simfang.ttf, 方正仿宋 … for the text),
 * so that a missing character of the text is drawn in a 仿宋 where the computer has one. TrueType and OpenType
 * files are used, and collections of them (.ttc, .otc). The folders are looked through once, and again when the
 * property or an office folder changes (a font put there is used for the next document); at most 16 fonts a style
 * are kept, each opened when a document is made (a millisecond) and its characters looked up only when one the
 * bundled font lacks needs it.
 */
final class FallbackFonts {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackFonts.class);

    /** Folders of fonts to use before the system's, separated as a class path is ({@link File#pathSeparator}). */
    static final String FOLDERS_PROPERTY = "kesudesk.fonts";
    /**
     * Set to false, the system's fonts are not used (the tests' documents must not depend on what fonts the machine
     * they run on has).
     */
    static final String SYSTEM_PROPERTY = "kesudesk.fonts.system";
    /** Font files looked at in a folder tree, at most (a Windows font folder holds several hundred). */
    private static final int MOST_FILES = 5_000;
    /** The largest font file read: a Chinese font of every character in Unicode is some 30 MB. */
    private static final long LARGEST = 64L * 1024 * 1024;
    /**
     * The smallest system font file looked at: a Chinese font is several megabytes, a Latin one a few hundred
     * kilobytes (the office's own folder has no such bound: what is put there is meant).
     */
    private static final long SMALLEST_SYSTEM = 1024L * 1024;
    /** The fonts of a collection used, at most (宋体 and 新宋体; Noto's SC, TC, JP, KR …: the first are Chinese). */
    private static final int MOST_IN_COLLECTION = 4;
    /** The fonts tried for a character, at most, for each style: a character none has costs reading each. */
    private static final int MOST_PER_STYLE = 16;

    private static volatile Found found;

    private FallbackFonts() {
    }

    /**
     * One font of this computer: a font file, or one font of a collection (.ttc: Windows' 宋体, a Linux desktop's
     * Noto and WenQuanYi fonts), read when first asked for.
     */
    static final class FallbackFont {
        private final Path file;
        /** Its place in a collection, or -1 for a file of one font. */
        private final int inCollection;
        private final String name;
        private volatile Font font;
        private volatile boolean unreadable;
        private final Map<Integer, Boolean> glyphs = new ConcurrentHashMap<>();

        FallbackFont(Path file, int inCollection, int index) {
            this.file = file;
            this.inCollection = inCollection;
            this.name = "Kesu Fallback " + index + " " + file.getFileName()
                    + (inCollection < 0 ? "" : " " + inCollection);
        }

        /** Where a PDF's font is read from: the file, and for a collection which of its fonts (OpenPDF's a.ttc,1). */
        String pdfName() {
            String path = file.toAbsolutePath().toString();
            return inCollection < 0 ? path : path + "," + inCollection;
        }

        /** The font as a file of its own: the file, or its font taken out of the collection. */
        byte[] content() throws IOException {
            byte[] content = Files.readAllBytes(file);
            return inCollection < 0 ? content : FontCollection.font(content, inCollection);
        }

        /** The family name JasperReports knows it by (and the OFD names it by). */
        String name() {
            return name;
        }

        Path file() {
            return file;
        }

        /** Whether it draws the character (false if the file cannot be read as a font). */
        boolean has(int codePoint) {
            return glyphs.computeIfAbsent(codePoint, c -> {
                Font loaded = font();
                return loaded != null && loaded.canDisplay(c);
            });
        }

        /** The font at 1 pt, or null if the file is no font AWT reads. */
        Font font() {
            Font loaded = font;
            if (loaded == null && !unreadable) {
                synchronized (this) {
                    if (font == null && !unreadable) {
                        try {
                            font = inCollection < 0 ? Font.createFont(Font.TRUETYPE_FONT, file.toFile())
                                    : Font.createFonts(file.toFile())[inCollection];
                        } catch (java.awt.FontFormatException | IOException | RuntimeException e) {
                            // ArrayIndexOutOfBounds too: a collection that holds fewer fonts than it said
                            LOG.warn("font {} not used: {}", file, e.toString());
                            unreadable = true;
                        }
                    }
                    loaded = font;
                }
            }
            return loaded;
        }
    }

    /** The fonts found for the folders named: by style, in the order they are tried. */
    private record Found(String named, String key, List<FallbackFont> all,
                         Map<DocumentFonts, List<FallbackFont>> byStyle) {
    }

    /**
     * The folder the office puts fonts in for this (the first named by {@value #FOLDERS_PROPERTY}: the app's fonts
     * folder), to tell the user; "fonts" if none is named.
     */
    static String officeFolder() {
        return officeFolders().stream().findFirst().orElse("fonts");
    }

    /** Every font some style may use ({@link #forStyle}), in no particular order of style. */
    static List<FallbackFont> all() {
        return found().all();
    }

    /** The fonts tried, in order, for a character the style's bundled font lacks. */
    static List<FallbackFont> forStyle(DocumentFonts style) {
        return found().byStyle().getOrDefault(style, List.of());
    }

    /** The first font that draws the character for the style, if any. */
    static java.util.Optional<FallbackFont> drawing(DocumentFonts style, int codePoint) {
        for (FallbackFont font : forStyle(style)) {
            if (font.has(codePoint)) {
                return java.util.Optional.of(font);
            }
        }
        return java.util.Optional.empty();
    }

    /** The font of that name, if it is one of these. */
    static java.util.Optional<FallbackFont> named(String name) {
        return all().stream().filter(font -> font.name().equals(name)).findFirst();
    }

    private static Found found() {
        Found current = found;
        if (current != null && current.named().equals(named())) {
            return current;
        }
        lookAgainIfChanged();
        return found;
    }

    /**
     * Looks through the folders again if they are other folders or an office folder changed since (a font put
     * there): called as each document is begun, not for each of the many times JasperReports asks for its fonts.
     */
    static void lookAgainIfChanged() {
        synchronized (FallbackFonts.class) {
            String named = named();
            String key = key(named);
            Found current = found;
            if (current == null || !current.key().equals(key)) {
                found = look(named, key);
            }
        }
    }

    /** The folders named and whether the system's fonts are used. */
    private static String named() {
        return System.getProperty(FOLDERS_PROPERTY, "") + '|' + !"false".equals(System.getProperty(SYSTEM_PROPERTY));
    }

    /**
     * What the fonts found depend on: the folders named, whether the system's are used, and the files in each office
     * folder (a font put there while the app runs is used for the next document).
     */
    private static String key(String named) {
        StringBuilder key = new StringBuilder(named);
        for (String folder : officeFolders()) {
            // its files' names and sizes: a change time alone may not tell two changes a second apart
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                key.append('|').append(files.limit(MOST_FILES).map(file -> {
                    try {
                        return file.getFileName() + ":" + Files.size(file);
                    } catch (IOException e) {
                        return file.getFileName() + ":-";
                    }
                }).sorted().toList().hashCode());
            } catch (IOException | java.nio.file.InvalidPathException | java.io.UncheckedIOException e) {
                key.append("|-");
            }
        }
        return key.toString();
    }

    private static List<String> officeFolders() {
        return java.util.Arrays.stream(System.getProperty(FOLDERS_PROPERTY, "").split(
                java.util.regex.Pattern.quote(File.pathSeparator))).map(String::strip)
                .filter(folder -> !folder.isEmpty()).toList();
    }

    private static Found look(String named, String key) {
        List<Path> files = new ArrayList<>();
        for (String folder : officeFolders()) {
            try {
                files.addAll(fontFiles(Path.of(folder), 0));
            } catch (java.nio.file.InvalidPathException e) {
                LOG.warn("fonts folder {} not looked at: {}", folder, e.toString());
            }
        }
        if (!"false".equals(System.getProperty(SYSTEM_PROPERTY))) {
            for (Path folder : systemFolders()) {
                files.addAll(fontFiles(folder, SMALLEST_SYSTEM));
            }
        }
        List<FallbackFont> all = new ArrayList<>();
        for (Path file : files.stream().distinct().toList()) {
            if (FontCollection.isCollection(file)) {
                int fonts = FontCollection.fontCount(file);
                for (int i = 0; i < Math.min(fonts, MOST_IN_COLLECTION); i++) {
                    all.add(new FallbackFont(file, i, all.size() + 1));
                }
            } else {
                all.add(new FallbackFont(file, -1, all.size() + 1));
            }
        }
        Map<DocumentFonts, List<FallbackFont>> byStyle = new java.util.EnumMap<>(DocumentFonts.class);
        for (DocumentFonts style : DocumentFonts.values()) {
            // the style's own fonts first, then the others, each in the folders' order (a stable sort)
            byStyle.put(style, all.stream()
                    .sorted(Comparator.comparing((FallbackFont font) -> !ofStyle(style, font.file())))
                    .limit(MOST_PER_STYLE).toList());
        }
        // only those some style may use: each is read once a document asks for its fonts
        List<FallbackFont> used = byStyle.values().stream().flatMap(List::stream).distinct().toList();
        if (!used.isEmpty()) {
            LOG.info("{} fonts of this computer may draw what the bundled fonts cannot", used.size());
        }
        return new Found(named, key, used, byStyle);
    }

    /** Whether the file's name says it is a font of the style (simfang.ttf, 方正楷体_GBK.ttf, FZXBSK.TTF …). */
    static boolean ofStyle(DocumentFonts style, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean fang = name.contains("fang") || name.contains("仿") || name.startsWith("fzfs");
        return switch (style) {
            case FANGSONG -> fang;
            case KAITI -> name.contains("kai") || name.contains("楷") || name.startsWith("fzkt");
            case HEITI -> name.contains("hei") || name.contains("黑") || name.startsWith("fzht")
                    || name.startsWith("msyh");
            case SONGTI, XIAOBIAOSONG -> !fang && (name.contains("song") || name.contains("sun") || name.contains("宋")
                    || name.startsWith("fzss") || name.startsWith("fzxbs") || name.startsWith("fzbs"));
        };
    }

    /** The folders this system keeps fonts in. */
    private static List<Path> systemFolders() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String windows = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            folders.add(Path.of(windows, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            folders.add(Path.of("/Library/Fonts"));
            folders.add(Path.of("/System/Library/Fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        } else {
            folders.add(Path.of("/usr/share/fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, ".fonts"));
        }
        return folders;
    }

    /** The .ttf and .otf files in the folder tree (four levels at most), in name order, within the sizes. */
    private static List<Path> fontFiles(Path folder, long smallest) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(folder, 4)) {
            return tree.limit(MOST_FILES).filter(FallbackFonts::isFontFile).filter(file -> {
                try {
                    long size = Files.size(file);
                    return size >= smallest && size <= LARGEST;
                } catch (IOException e) {
                    return false;
                }
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("fonts in {} not looked at: {}", folder, e.toString());
            return List.of();
        }
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc") || name.endsWith(".otc"))
                && Files.isRegularFile(file);
    }
}
