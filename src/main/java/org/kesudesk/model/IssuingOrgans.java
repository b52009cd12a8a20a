package org.kesudesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organs that issue a document (发文机关): one, or several for a document issued jointly (联合行文: 中共甘南县委办公室
 * and 甘南县人民政府办公室). Documents write their names apart by spaces; a copy may have run them together (reading a
 * line takes the spaces out between Chinese characters, as PDFs scatter them). A name run together with the next ends
 * where, after an organ's last word (办公室, 政府, 局 …), the place the first name starts with begins again, or 中共.
 */
public final class IssuingOrgans {

    /** Between the names of a joint issuer, as documents write them: a full-width space. */
    public static final String SEPARATOR = "\u3000";

    /**
     * The place a name starts with, the Party's 中共 before it set aside, as group 1: 甘南县 of 中共甘南县委办公室. The
     * one rule of what a place name is ({@link IssuingRegion} reads it where an organ's word follows it).
     */
    static final String PLACE_AT_START =
            "^(?:中共|中国共产党)?\\s*(\\p{IsHan}{1,12}?(?:自治区|自治州|自治县|省|市|州|地区|盟|县|区|旗))";
    private static final Pattern PLACE = Pattern.compile(PLACE_AT_START);
    /** The last words of an organ's name. */
    private static final Pattern ORGAN_END = Pattern.compile(
            "(?:办公室|办公厅|委员会|政府|委|厅|局|会|协|部|院|办|中心|小组|署|所|站|馆|台)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private IssuingOrgans() {
    }

    /** The organs an issuer names, in order; none for an empty issuer. */
    public static List<String> of(String issuer) {
        List<String> organs = new ArrayList<>();
        for (String written : SPACES.split(issuer.strip())) {
            if (!written.isEmpty()) {
                split(written, organs);
            }
        }
        return organs;
    }

    /** The names as one issuer, apart as documents write them. */
    public static String joined(List<String> organs) {
        return String.join(SEPARATOR, organs);
    }

    /** Whether a name ends as an organ's does (a line of a 署名, not a sentence of the notice). */
    public static boolean isOrgan(String name) {
        return ORGAN_END.matcher(name).find();
    }

    /**
     * Whether a name is an organ's full name, as a 署名 writes it: the Party's 中共, or a place of its own (甘南县人民政府办公室),
     * not the short form plans list units by (市教育局, 团市委).
     */
    public static boolean isFullName(String name) {
        if (name.startsWith("中共") || name.startsWith("中国共产党")) {
            return true;
        }
        Matcher place = PLACE.matcher(name);
        return place.find() && place.group(1).length() >= 3 && name.length() > place.group(1).length();
    }

    /**
     * The places an organ's name starts with, one within the other, each as written: 黑龙江省, 齐齐哈尔市 and
     * 梅里斯达斡尔族区 of 黑龙江省齐齐哈尔市梅里斯达斡尔族区全民科学素质工作领导小组办公室 — words a line of its name never
     * breaks. None where the name starts with no place.
     */
    public static List<String> placesAtStart(String name) {
        List<String> places = new ArrayList<>();
        String rest = name.strip();
        for (Matcher place = PLACE.matcher(rest); places.size() < 3 && place.find() && place.group(1).length() >= 2
                && rest.length() > place.end(1); place = PLACE.matcher(rest)) {
            places.add(place.group(1));
            rest = rest.substring(place.end(1));
        }
        return places;
    }

    private static void split(String written, List<String> organs) {
        String rest = written;
        Matcher place = PLACE.matcher(rest);
        String where = place.find() ? place.group(1) : null;
        while (true) {
            int at = nextName(rest, where);
            if (at < 0) {
                organs.add(rest);
                return;
            }
            organs.add(rest.substring(0, at));
            rest = rest.substring(at);
        }
    }

    /** Where the second name of a run of names begins, or -1. */
    private static int nextName(String text, String place) {
        for (int i = 2; i < text.length() - 1; i++) {
            boolean starts = text.startsWith("中共", i) || place != null && text.startsWith(place, i);
            if (starts && isOrgan(text.substring(0, i)) && text.length() - i > 2
                    && (!text.startsWith("中共", i) || i + 2 < text.length())) {
                return i;
            }
        }
        return -1;
    }
}
