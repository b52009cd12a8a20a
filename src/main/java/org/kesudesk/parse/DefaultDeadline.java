package org.kesudesk.parse;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.model.DeadlineWording;

/**
 * A note giving the 完成时限 of every task that names none, as division tables write it once instead of on each row:
 * 注：未注明完成时限的任务均需长期坚持。, （完成时限未注明的，均为2025年底前完成）, 备注：未标明时限的为持续推进事项,
 * 注：各项任务完成时限未注明的，均为2025年底前. Each
 * task whose text says no time has the note's as its time field (完成时限：长期坚持), read as its deadline when the plan
 * is stored.
 *
 * @param field the time field given to those tasks: 完成时限： and the note's wording
 */
record DefaultDeadline(String field) {

    /** 未注明完成时限的, 完成时限未注明的, 未作具体时间要求的: the tasks it speaks of. */
    private static final String UNSAID = "(?:未|没有|无)(?:注明|标明|标注|写明|明确|列明|作具体|作|具体)"
            + "(?:完成)?(?:时限|时间|期限|时间节点)(?:要求)?"
            + "|(?:完成)?(?:时限|时间|期限)(?:未|没有)(?:注明|标明|标注|写明|明确|列明|作具体要求|作要求)";
    /** The note as a paragraph of its own, its wording in group 1. */
    private static final Pattern NOTE = Pattern.compile("^" + NoteWords.OPENING
            + "(?:(?:本表|表中|以下)?(?:所列)?(?:各项|所有|全部)?(?:任务|工作)中?的?)?(?:" + UNSAID + ")的?"
            + "(?:任务|工作|事项)?[，,]?(?:均|都|一律)?(?:为|需要|需|要|应当|应|须|按)?"
            + "([^。；;（）()]{2,20}?)[。；;）)]*$");
    /** A note is short: a paragraph longer than this is the plan's own. */
    private static final int MAX_NOTE = 60;
    /** Any year: a wording without one (年底前) is a time in a yearly plan, whose year the note does not need. */
    private static final OptionalInt SOME_YEAR = OptionalInt.of(2000);

    /** The note, if the paragraph is one whose wording says a time. */
    static Optional<DefaultDeadline> find(String paragraph) {
        String text = paragraph.strip();
        if (text.length() > MAX_NOTE || !(text.contains("时限") || text.contains("时间") || text.contains("期限"))) {
            return Optional.empty();
        }
        Matcher note = NOTE.matcher(text);
        if (!note.matches()) {
            return Optional.empty();
        }
        String field = "完成时限：" + note.group(1);
        return saysNoTime(field) ? Optional.empty() : Optional.of(new DefaultDeadline(field));
    }

    /**
     * Whether a task's text says no time of its own, in a plan of several years or of one (6月底前): the one the note
     * gives it would be read beside its own, and the later taken.
     */
    static boolean saysNoTime(String text) {
        return DeadlineWording.find(text).isEmpty() && DeadlineWording.find(text, SOME_YEAR).isEmpty();
    }
}
