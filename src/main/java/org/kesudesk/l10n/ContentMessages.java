package org.kesudesk.l10n;

import java.util.Optional;

import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.TextRules;

/**
 * How the content rules of the model ({@link TextRules}) are put to the user: a problem in words, and a name or text
 * from outside as it may be shown inside a message.
 */
public final class ContentMessages {

    private ContentMessages() {
    }

    /** A problem found by {@link TextRules}, in words (超过 64 个字, 含有控制字符). */
    public static LocalizedText problem(TextRules.Problem problem, int maxLength) {
        return LocalizedText.of("content.problem." + problem.name(), maxLength);
    }

    /** What is wrong with a unit's name, with the name as shown (“…”含有控制字符), if anything. */
    public static Optional<LocalizedText> unitNameProblem(String name) {
        return nameProblem(name, ContentLimits.UNIT_NAME);
    }

    /** What is wrong with a region's name, with the name as shown, if anything. */
    public static Optional<LocalizedText> regionNameProblem(String name) {
        return nameProblem(name, ContentLimits.REGION_NAME);
    }

    /**
     * What is wrong with a unit's liaison, if anything: the part at fault with what it holds (联络员“…”含有控制字符,
     * 联系电话“…”不是电话号码).
     */
    public static Optional<LocalizedText> liaisonProblem(org.kesudesk.model.UnitLiaison liaison) {
        return liaison.personProblem().map(problem -> LocalizedText.of("content.liaison.person",
                        shown(liaison.person()), problem(problem, ContentLimits.PERSON_NAME)))
                .or(() -> liaison.phoneProblem().map(problem -> LocalizedText.of("content.liaison.phone",
                        shown(liaison.phone()), problem(problem, ContentLimits.PHONE))));
    }

    private static Optional<LocalizedText> nameProblem(String name, int maxLength) {
        return TextRules.nameProblem(name, maxLength)
                .map(problem -> LocalizedText.of("content.name", shown(name), problem(problem, maxLength)));
    }

    /**
     * A name or text from outside as it may be shown to the user inside a message: control, invisible and
     * direction characters written as {@code \\u202E}, and cut after 40 characters.
     */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length() && count < 40; count++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || TextRules.isDirectionControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        }
        return count < text.codePointCount(0, text.length()) ? shown + "…" : shown.toString();
    }
}
