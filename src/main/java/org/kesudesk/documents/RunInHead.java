package org.kesudesk.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run-in heading (GB/T 9704 7.3.3's second level set in the paragraph it starts): "（一）指导思想。" at the head of
 * "（一）指导思想。以习近平新时代…" — set in 楷体, the rest of the paragraph in 仿宋.
 */
final class RunInHead {

    private static final Pattern HEAD = Pattern.compile("^[\\u3000 ]*（[一二三四五六七八九十]{1,3}）[^。，；：]{1,30}。");

    private RunInHead() {
    }

    /** How many characters (UTF-16 units) of the line the heading takes, after any indent; 0 if it has none. */
    static int length(String line) {
        Matcher head = HEAD.matcher(line);
        return head.find() ? head.end() : 0;
    }

    /** Whether a paragraph starts with a run-in heading (and goes on after it). */
    static boolean startsWithOne(String paragraph) {
        int length = length(paragraph);
        return length > 0 && length < paragraph.strip().length();
    }
}
