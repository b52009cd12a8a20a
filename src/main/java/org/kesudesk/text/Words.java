package org.kesudesk.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.TreeSet;

import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Where the words of a Chinese text start, from Lucene's Chinese segmenter (a dictionary and a hidden Markov model,
 * offline). One reading for the documents, which break a title or a table cell's line between words where they can,
 * and for the parser, which reads a printed line that ended before a word that would not have fitted as going on. A
 * text in traditional characters is read in its simplified reading, character for character: the segmenter's
 * dictionary is simplified Chinese.
 */
public final class Words {

    private static final HHMMSegmenter SEGMENTER = new HHMMSegmenter();

    private Words() {
    }

    /** The offsets (in chars, inside the text: neither 0 nor its length) where a word of the text starts. */
    public static TreeSet<Integer> starts(String text) {
        String reading = simplifiedReading(text);
        TreeSet<Integer> starts = new TreeSet<>();
        if (reading.isEmpty()) {
            return starts;
        }
        for (SegToken token : SEGMENTER.process(reading)) {
            if (token.startOffset > 0 && token.startOffset < reading.length()) {
                starts.add(token.startOffset);
            }
        }
        return starts;
    }

    /**
     * The text with each traditional character replaced by its simplified one, of the same length (a character that
     * does not map to exactly one stays as it is); the text itself when all its characters are in GB 2312, the
     * simplified set (ICU's transliterator takes a quarter of a second to load, which a simplified text never pays).
     */
    public static String simplifiedReading(String text) {
        CharsetEncoder simplifiedSet = Charset.forName("GB2312").newEncoder();
        if (text.codePoints().allMatch(c -> c < 0x2E80
                || Character.isBmpCodePoint(c) && simplifiedSet.canEncode((char) c))) {
            return text;
        }
        com.ibm.icu.text.Transliterator simplified = Simplified.TRANSLITERATOR;
        String whole;
        synchronized (simplified) {
            whole = simplified.transliterate(text);
        }
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder reading = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            String one = new String(Character.toChars(text.codePointAt(i)));
            String mapped;
            synchronized (simplified) {
                mapped = simplified.transliterate(one);
            }
            reading.append(mapped.length() == one.length() ? mapped : one);
            i += one.length();
        }
        return reading.toString();
    }

    /** ICU's Hant-Hans, loaded when a text first needs it. */
    private static final class Simplified {
        static final com.ibm.icu.text.Transliterator TRANSLITERATOR =
                com.ibm.icu.text.Transliterator.getInstance("Hant-Hans");
    }
}
