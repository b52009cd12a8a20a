package org.kesudesk.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as one file (.mht, .mhtml: 网页，单个文件), as browsers save a page with its pictures: a MIME
 * message whose first HTML part is the page, read as a saved page is ({@link HtmlText}); its other parts (pictures,
 * styles, frames) are not read. The part may be written as quoted-printable or base64, in the charset it names.
 */
final class MhtmlText {

    /** The boundary between the message's parts, as its Content-Type names it. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "boundary\\s*=\\s*(?:\"([^\"]{1,200})\"|([^\\s;\"]{1,200}))", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_-]{2,20})",
            Pattern.CASE_INSENSITIVE);

    private MhtmlText() {
    }

    /** A saved page by its name, or a file whose first lines are a MIME message's of related parts. */
    static boolean looksLikeMhtml(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".mht") || name.endsWith(".mhtml")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related");
    }

    /**
     * The page's lines, as {@link HtmlText#content} reads a page's.
     *
     * @throws PlanParseException if the file is larger than a page is read, or holds no HTML part
     */
    static DocxText.Content content(String name, byte[] bytes, Optional<Charset> encoding,
                                    Optional<ColumnMapping> mapping) {
        if (bytes.length > HtmlText.MAX_BYTES) {
            throw new PlanParseException(0, "parse.error.tooLarge", name, HtmlText.MAX_BYTES / 1024 / 1024);
        }
        try {
            return page(name, bytes, encoding, mapping);
        } catch (IllegalArgumentException | IndexOutOfBoundsException damaged) {
            // a base64 part written wrongly, a message cut off
            throw new PlanParseException(damaged, 0, "parse.error.mhtml", name);
        }
    }

    private static DocxText.Content page(String name, byte[] bytes, Optional<Charset> encoding,
                                         Optional<ColumnMapping> mapping) {
        // the headers and the parts' own are ASCII; a part's body is read from the same offsets as bytes
        String message = new String(bytes, StandardCharsets.ISO_8859_1);
        int headersEnd = headersEnd(message, 0);
        Matcher boundary = BOUNDARY.matcher(message.substring(0, headersEnd));
        if (!boundary.find()) {
            throw new PlanParseException(0, "parse.error.mhtml", name);
        }
        String delimiter = "--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
        int part = message.indexOf(delimiter, headersEnd);
        while (part >= 0) {
            int start = message.indexOf('\n', part) + 1;
            if (start == 0 || message.startsWith(delimiter + "--", part)) {
                break;
            }
            int next = message.indexOf(delimiter, start);
            int end = next < 0 ? message.length() : next;
            int bodyStart = Math.min(headersEnd(message, start), end);
            String headers = message.substring(start, bodyStart).toLowerCase(Locale.ROOT);
            if (header(headers, "content-type").startsWith("text/html")) {
                byte[] page = decode(bytes, bodyStart, end, header(headers, "content-transfer-encoding"));
                Matcher charset = CHARSET.matcher(header(headers, "content-type"));
                Optional<Charset> declared = encoding.isPresent() || !charset.find() ? encoding
                        : HtmlText.charset(charset.group(1));
                return HtmlText.content(name, page, declared, mapping);
            }
            part = next;
        }
        throw new PlanParseException(0, "parse.error.mhtml", name);
    }

    /** Where the headers starting at {@code from} end: past the blank line after them, or the text's end. */
    private static int headersEnd(String message, int from) {
        int crlf = message.indexOf("\r\n\r\n", from);
        int lf = message.indexOf("\n\n", from);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            return crlf + 4;
        }
        return lf >= 0 ? lf + 2 : message.length();
    }

    /** A header's value (lower-cased, folded lines joined), or "" if the part has none. */
    private static String header(String headers, String name) {
        String unfolded = headers.replaceAll("\\r?\\n[ \\t]+", " ");
        for (String line : unfolded.split("\\r?\\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }

    /** A part's body as the bytes it stands for, in its transfer encoding. */
    private static byte[] decode(byte[] bytes, int start, int end, String transfer) {
        if (transfer.startsWith("base64")) {
            ByteArrayOutputStream letters = new ByteArrayOutputStream(end - start);
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(bytes[i])) {
                    letters.write(bytes[i]);
                }
            }
            return java.util.Base64.getMimeDecoder().decode(letters.toByteArray());
        }
        if (!transfer.startsWith("quoted-printable")) {
            return java.util.Arrays.copyOfRange(bytes, start, end);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b != '=') {
                out.write(b);
            } else if (i + 1 < end && bytes[i + 1] == '\n') {
                // a soft line break: the line goes on
                i++;
            } else if (i + 2 < end && bytes[i + 1] == '\r' && bytes[i + 2] == '\n') {
                i += 2;
            } else if (i + 2 < end && Character.digit(bytes[i + 1], 16) >= 0
                    && Character.digit(bytes[i + 2], 16) >= 0) {
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
