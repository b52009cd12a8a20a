package org.kesudesk.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit's 联络员: the person in the department who answers for its reports, and a telephone to reach them — whom the
 * 纲要办 calls when the unit's reports are late (催办). Either part may be empty; both empty is no liaison.
 */
public record UnitLiaison(String person, String phone) {

    /** No liaison known. */
    public static final UnitLiaison NONE = new UnitLiaison("", "");

    /** What a telephone field may hold besides digits: 0452-2412345 转 8012、13945201234 (0452)2412345. */
    private static final String PHONE_PUNCTUATION = " -－—+()（）、，,;；/.转分机";

    public UnitLiaison {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(phone, "phone");
    }

    /** The liaison as a person typed it (or a sheet's cell held it): each part NFC, without spaces at its ends. */
    public static UnitLiaison typed(String person, String phone) {
        return new UnitLiaison(TextRules.typedName(person), TextRules.typedName(phone));
    }

    public boolean isNone() {
        return person.isEmpty() && phone.isEmpty();
    }

    /** What is wrong with the person's name, if anything (an empty one is no name, not a wrong one). */
    public Optional<TextRules.Problem> personProblem() {
        return person.isEmpty() ? Optional.empty() : TextRules.nameProblem(person, ContentLimits.PERSON_NAME);
    }

    /**
     * What is wrong with the telephone, if anything: a name's problems, or characters no telephone number has (a
     * number needs digits; letters, other than the 转 and 分机 of an extension, are none).
     */
    public Optional<TextRules.Problem> phoneProblem() {
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        Optional<TextRules.Problem> asName = TextRules.nameProblem(phone, ContentLimits.PHONE);
        if (asName.isPresent() && asName.get() != TextRules.Problem.FORMULA) {
            return asName;
        }
        boolean digits = false;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (Character.isDigit(c)) {
                digits = true;
            } else if (PHONE_PUNCTUATION.indexOf(c) < 0) {
                return Optional.of(TextRules.Problem.NOT_A_PHONE);
            }
        }
        // +86 452 2412345 starts with what a spreadsheet takes for a formula, yet is a number: cells are written as text
        return digits ? Optional.empty() : Optional.of(TextRules.Problem.NOT_A_PHONE);
    }

    /** The liaison on one line, as lists show it: 张三　0452-2412345. */
    public String shown() {
        return person.isEmpty() || phone.isEmpty() ? person + phone : person + "\u3000" + phone;
    }
}
