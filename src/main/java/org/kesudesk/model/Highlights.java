package org.kesudesk.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A 专栏: a box of highlights a plan sets after a task's or an item's paragraph (专栏1 青少年科学素质提升重点工作, then
 * its points). Its paragraphs belong to the text of what it stands after; its numbered points are no tasks. The parser
 * reads a box by its heading; the documents put a node's units before its box, where the parser looks for them.
 */
public final class Highlights {

    /** The heading of a 专栏: 专栏1 …, 专栏一：…, 【专栏2】…. */
    private static final Pattern HEADING = Pattern.compile(
            "^[【\\[]?专栏\\s*(?:[0-9０-９一二三四五六七八九十]{1,3}\\s*[】\\]]?\\s*[：:、.．]?|[：:]).*$");

    private Highlights() {
    }

    /** Whether a paragraph heads a 专栏. */
    public static boolean isHeading(String paragraph) {
        return HEADING.matcher(paragraph).matches();
    }

    /**
     * The paragraph of a node's text that its units close: its last, or, where a 专栏 follows its first paragraph, the
     * last before the box.
     */
    public static int unitsClose(List<String> paragraphs) {
        for (int i = 1; i < paragraphs.size(); i++) {
            if (isHeading(paragraphs.get(i))) {
                return i - 1;
            }
        }
        return paragraphs.size() - 1;
    }
}
