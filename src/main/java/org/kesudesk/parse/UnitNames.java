package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;

/** What a unit's name looks like, for the recognisers that find names without a label saying so. */
final class UnitNames {

    /** A department, a body, an organisation: what its name ends in (after at least one character). */
    private static final String[] DEPARTMENT_ENDINGS = {"局", "委", "部", "办", "厅", "会", "院", "协", "联", "中心", "馆",
        "站", "所", "队", "社", "台", "处", "政府", "团", "行", "公司", "大学", "学校", "党校", "办公室", "海关", "军分区"};
    /** What a list says units do, after their names; no name ends so. */
    private static final String[] WHAT_UNITS_DO = {"负责", "落实", "实施", "推进", "牵头", "牽頭", "配合", "参加", "参与",
        "协助", "协办"};
    /** What a unit's name never holds: a sentence's punctuation, a digit. */
    private static final String NOT_IN_NAMES = "。，；：！？0123456789";

    /** Words that join two names in a list: 市科协和市妇联, 市教育局及各县区教育局, 市卫健委以及市医保局. */
    private static final String[] JOINING = {"以及", "会同", "和", "及", "与"};

    private UnitNames() {
    }

    /**
     * What a list writes for "the units are in the attachment": 见附件, 详见附件2, 具体见任务分工表, 见附表 — no unit's
     * name, but where its units are.
     */
    private static final java.util.regex.Pattern ELSEWHERE = java.util.regex.Pattern.compile(
            "(?:详|具体)?(?:见|参见)(?:附件|附表|分工表|任务分工表|下表)\\s*[0-9一二三四五六七八九十]*[。.]?");

    /** Whether the would-be name says the units are in the document's attachment ({@link #ELSEWHERE}). */
    static boolean refersToAttachment(String name) {
        return ELSEWHERE.matcher(name.strip()).matches();
    }

    /** The longest a unit's name is read to be: a longer piece is a phrase, or names run together. */
    private static final int MOST_NAME_LENGTH = 40;

    /** The characters that name a level of region (市, 县, 区 …): a name starting with one belongs to that region. */
    static final String REGION_CHARACTERS = "市县区省旗州盟";

    /**
     * The units a list's piece names: two where a joining word stands between two whole names (市科协和市妇联), or
     * where a whole name is followed by another of the same region's (市委宣传部市教育局 — names apart by spaces, which
     * cleaning a line takes out between Chinese characters); else the piece itself. A word inside one name
     * (市住房和城乡建设局, 市工业和信息化局) has no name before it (市住房, 市工业), and a name does not start inside one
     * other than at its region's character (市科技局区域合作中心 stays whole).
     */
    static List<String> joined(String piece) {
        if (piece.length() < 4) {
            return List.of(piece);
        }
        char region = piece.charAt(0) == '团' ? piece.charAt(1) : piece.charAt(0);
        // the region the name starts with (市科协; 团市委's 市), which a name following it shares
        boolean regional = REGION_CHARACTERS.indexOf(region) >= 0;
        if (!regional && piece.indexOf('和') < 0 && piece.indexOf('及') < 0 && piece.indexOf('与') < 0
                && piece.indexOf('各') < 0 && piece.indexOf('会') < 0) {
            return List.of(piece);
        }
        // from the end: for each start, where the first name from it ends (the earliest place a whole name stands
        // before and the rest is names too, split or whole) and where the next starts (past a joining word); -1 if
        // the rest is no names. A list of many names run together (over the 40 characters of one) splits too.
        int length = piece.length();
        int[] nameEnd = new int[length + 1];
        int[] nextStart = new int[length + 1];
        java.util.Arrays.fill(nameEnd, -1);
        for (int from = length - 3; from >= 0; from--) {
            // the region of the name starting here, which the name after it shares (a collective, 各县（市）…, has
            // none: its 市 starts no name)
            char itsRegion = piece.charAt(from) == '团' ? piece.charAt(from + 1) : piece.charAt(from);
            boolean itsRegional = REGION_CHARACTERS.indexOf(itsRegion) >= 0;
            for (int i = from + 2; i < length - 1 && i - from <= MOST_NAME_LENGTH; i++) {
                int word = joiningWord(piece, i);
                char c = piece.charAt(i);
                if (word == 0 && !(itsRegional && (c == itsRegion || c == '团'))
                        && !startsRegionsCollective(piece, i)) {
                    continue;
                }
                int next = i + word;
                boolean restIsNames = next < length && (nameEnd[next] >= 0
                        || length - next <= MOST_NAME_LENGTH && looksLikeUnit(piece.substring(next)));
                if (restIsNames && looksLikeUnit(piece.substring(from, i))) {
                    nameEnd[from] = i;
                    nextStart[from] = next;
                    break;
                }
            }
        }
        if (nameEnd[0] < 0) {
            return List.of(piece);
        }
        List<String> units = new ArrayList<>();
        int from = 0;
        while (nameEnd[from] >= 0) {
            units.add(piece.substring(from, nameEnd[from]));
            from = nextStart[from];
        }
        units.add(piece.substring(from));
        return units;
    }

    /**
     * Whether the regions' collective starts at the index: 各乡镇人民政府 after 县科协 (县科协各乡镇人民政府 — names apart by
     * spaces), not 各部门 after 市政府 (市政府各部门 is one collective).
     */
    private static boolean startsRegionsCollective(String piece, int index) {
        return piece.charAt(index) == '各' && index + 1 < piece.length()
                && org.kesudesk.model.UnitListText.isRegionLevel(piece.charAt(index + 1));
    }

    /** The length of the joining word at the index (以及, 和 …), or 0 if none starts there. */
    private static int joiningWord(String piece, int index) {
        if ("以会和及与".indexOf(piece.charAt(index)) < 0) {
            return 0;
        }
        for (String word : JOINING) {
            if (piece.startsWith(word, index)) {
                return word.length();
            }
        }
        return 0;
    }

    /**
     * Whether the text is a unit's name (or a collective of units), not a phrase. Asked of every name of every list
     * (100,000 in a plan at the limits): characters are compared, no pattern is run but for a collective's.
     */
    static boolean looksLikeUnit(String name) {
        if (name.length() < 2 || name.length() > MOST_NAME_LENGTH || name.startsWith("以上") || name.startsWith("上述")) {
            // 以上任务由市教育局…: a sentence about the tasks above, not a name
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (NOT_IN_NAMES.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        for (String ending : DEPARTMENT_ENDINGS) {
            if (name.length() > ending.length() && name.endsWith(ending)) {
                return true;
            }
        }
        for (String ending : WHAT_UNITS_DO) {
            if (name.endsWith(ending)) {
                // 各县（市）区政府负责落实: a collective and what it does, not a name
                return false;
            }
        }
        return org.kesudesk.model.Unit.isCollectiveName(name);
    }
}
