package org.kesudesk.documents;

/** What a rendered document is saved as. */
public enum OutputFormat {
    /** PDF with the bundled fonts embedded: looks the same everywhere. */
    PDF("pdf"),
    /** Word document that opens in Word or WPS, with the font names office machines have. */
    DOCX("docx"),
    /** OFD (GB/T 33190), the government's own fixed-layout format: the PDF's pages, fonts embedded, text searchable. */
    OFD("ofd");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
