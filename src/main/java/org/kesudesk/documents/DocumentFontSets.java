package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontSetFamily;
import net.sf.jasperreports.extensions.ExtensionsRegistry;
import net.sf.jasperreports.extensions.ExtensionsRegistryFactory;

/**
 * The fonts the templates name (Kesu Fangsong …) as JasperReports font sets: each the bundled font
 * (fonts/fonts.xml), then the fonts of this computer that draw what it lacks ({@link FallbackFonts}). JasperReports
 * draws each character in the first font of the set that has it, when it measures a text and in every export.
 * Registered by jasperreports_extension.properties; the sets are made again when the fonts found change.
 */
public final class DocumentFontSets implements ExtensionsRegistryFactory {

    /**
     * Draws what the bundled fonts lack with the fonts in this folder too, before the system's (unless folders were
     * named already by the system property kesudesk.fonts): the app's own fonts folder, where an office puts a font
     * that has the characters of its place names. The folder is made if it is not there, for the message that names
     * it to name a folder one can open.
     */
    public static void useFontsIn(java.nio.file.Path folder) {
        if (System.getProperty(FallbackFonts.FOLDERS_PROPERTY) == null) {
            System.setProperty(FallbackFonts.FOLDERS_PROPERTY, folder.toAbsolutePath().toString());
            try {
                java.nio.file.Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(DocumentFontSets.class).warn("no fonts folder {}: {}", folder,
                        e.toString());
            }
        }
    }

    /**
     * The folder where an office puts a font with the characters no font here has (the one the message about them
     * names).
     */
    public static java.nio.file.Path fontFolder() {
        return java.nio.file.Path.of(FallbackFonts.officeFolder()).toAbsolutePath();
    }

    @Override
    public ExtensionsRegistry createRegistry(String registryId, JRPropertiesMap properties) {
        return new ExtensionsRegistry() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> getExtensions(Class<T> extensionType) {
                if (FontSet.class.equals(extensionType)) {
                    return (List<T>) extensions().sets();
                }
                if (FontFamily.class.equals(extensionType)) {
                    return (List<T>) extensions().families();
                }
                return null;
            }
        };
    }

    /** The sets and the computer's families, for the fonts found (JasperReports asks thousands of times a document). */
    private record Extensions(List<FallbackFonts.FallbackFont> found, List<FontSet> sets, List<FontFamily> families) {
    }

    private static volatile Extensions extensions;

    private static Extensions extensions() {
        List<FallbackFonts.FallbackFont> found = FallbackFonts.all();
        Extensions current = extensions;
        if (current == null || current.found() != found) {
            current = new Extensions(found, fontSets(), found.stream().filter(DocumentFontSets::readable)
                    .map(font -> (FontFamily) new FallbackFamily(font)).toList());
            extensions = current;
        }
        return current;
    }

    private static List<FontSet> fontSets() {
        List<FontSet> sets = new ArrayList<>();
        for (DocumentFonts style : DocumentFonts.values()) {
            SimpleFontSet set = new SimpleFontSet();
            set.setName(style.family());
            set.addFamily(member(style.bundledFamily(), true));
            for (FallbackFonts.FallbackFont font : FallbackFonts.forStyle(style)) {
                if (readable(font)) {
                    set.addFamily(member(font.name(), false));
                }
            }
            sets.add(set);
        }
        return sets;
    }

    /**
     * Whether the file reads as a font (a millisecond each once AWT's fonts are up): JasperReports asks a member of
     * a set for its font unguarded, so one that cannot be read is left out.
     */
    private static boolean readable(FallbackFonts.FallbackFont font) {
        return font.font() != null;
    }

    private static SimpleFontSetFamily member(String family, boolean primary) {
        SimpleFontSetFamily member = new SimpleFontSetFamily();
        member.setFamilyName(family);
        member.setPrimary(primary);
        return member;
    }

    /** A font of this computer as a family of one face, embedded in PDFs as the bundled ones are. */
    static final class FallbackFamily implements FontFamily {
        private final FallbackFonts.FallbackFont font;
        private final FontFace face;

        FallbackFamily(FallbackFonts.FallbackFont font) {
            this.font = font;
            this.face = new FontFace() {
                @Override
                public String getName() {
                    // the file is read only when a character is looked for in it
                    return font.name();
                }

                @Override
                public String getTtf() {
                    return font.file().toAbsolutePath().toString();
                }

                @Override
                public java.awt.Font getFont() {
                    return font.font();
                }

                @Override
                public String getPdf() {
                    return font.pdfName();
                }

                @Override
                public String getEot() {
                    return null;
                }

                @Override
                public String getSvg() {
                    return null;
                }

                @Override
                public String getWoff() {
                    return null;
                }
            };
        }

        @Override
        public String getName() {
            return font.name();
        }

        @Override
        public FontFace getNormalFace() {
            return face;
        }

        @Override
        public FontFace getBoldFace() {
            return null;
        }

        @Override
        public FontFace getItalicFace() {
            return null;
        }

        @Override
        public FontFace getBoldItalicFace() {
            return null;
        }

        @Override
        public String getPdfEncoding() {
            return "Identity-H";
        }

        @Override
        public Boolean isPdfEmbedded() {
            return Boolean.TRUE;
        }

        @Override
        public String getExportFont(String key) {
            return null;
        }

        @Override
        public boolean supportsLocale(Locale locale) {
            return true;
        }

        @Override
        public boolean isVisible() {
            return false;
        }
    }
}
