package org.kesudesk.testsupport;

import java.io.IOException;
import java.nio.file.Path;

/** Text documents as LibreOffice keeps them (.odt). */
public final class OpenDocuments {

    private OpenDocuments() {
    }

    /** The text as an OpenDocument text, a paragraph a line. */
    public static Path paragraphs(Path file, String text) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>");
        for (String line : text.split("\n", -1)) {
            content.append("<text:p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        Workbooks.openDocument(file, "application/vnd.oasis.opendocument.text", content.toString());
        return file;
    }
}
