package org.kesudesk.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a text file's bytes into text. Plan documents come as UTF-8 (with or without a BOM) as often as GB18030/GBK
 * (older Windows and WPS): UTF-8 is tried strictly first, then GB18030, which also reads GBK and GB2312.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoder() {
    }

    /** The decoded text and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes, Optional<Charset> forced) {
        if (bytes.length == 0) {
            throw new PlanParseException(0, "parse.error.empty");
        }
        if (forced.isPresent()) {
            return new Decoded(strict(bytes, skipBom(bytes, forced.get()), forced.get()), forced.get());
        }
        if (FileKind.startsWith(bytes, UTF16LE_BOM) || FileKind.startsWith(bytes, UTF16BE_BOM)) {
            Charset utf16 = FileKind.startsWith(bytes, UTF16LE_BOM) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(strict(bytes, 2, utf16), utf16);
        }
        rejectBinary(bytes);
        if (FileKind.startsWith(bytes, UTF8_BOM)) {
            return new Decoded(strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        try {
            return new Decoded(decodeOrThrow(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strict(bytes, 0, GB18030), GB18030);
        }
    }

    private static int skipBom(byte[] bytes, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) && FileKind.startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return decodeOrThrow(bytes, offset, charset);
        } catch (MalformedInputException e) {
            throw new PlanParseException(e, lineOf(bytes, offset, charset), "parse.error.encoding", charset.name());
        } catch (CharacterCodingException e) {
            throw new PlanParseException(e, 0, "parse.error.encoding", charset.name());
        }
    }

    private static String decodeOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** The line of the first byte the charset cannot read, found by decoding line by line. */
    private static int lineOf(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A file with NUL bytes, or many control characters, is not a text document (a .doc, a PDF, an image …). */
    private static void rejectBinary(byte[] bytes) {
        int line = 1;
        int controls = 0;
        int firstControlLine = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                throw new PlanParseException(line, "parse.error.binary");
            } else if (b >= 0 && b < 0x20 && b != '\r' && b != '\t' && b != '\f') {
                controls++;
                if (firstControlLine == 0) {
                    firstControlLine = line;
                }
            }
        }
        if (controls > 8 && controls * 100 > bytes.length) {
            throw new PlanParseException(firstControlLine, "parse.error.binary");
        }
    }
}
