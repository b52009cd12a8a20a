package org.kesudesk.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The notice (通知) that issues a plan, as the fields of an official document, in the order it prints them.
 *
 * @param docNumber   发文字号, e.g. 齐政办发〔2022〕16号
 * @param title       the notice's title (…关于印发…的通知)
 * @param addressees  主送机关, as written
 * @param body        the notice's own short text
 * @param issuer      发文机关署名
 * @param issueDate   成文日期
 * @param annotation  附注 under the date, without its brackets (此件公开发布), one a line; or empty
 * @param copiedTo    抄送机关, as written
 * @param printedBy   印发机关
 * @param printedDate 印发日期
 */
public record PlanNotice(String docNumber, String title, String addressees, String body, String issuer,
                         Optional<LocalDate> issueDate, String annotation, String copiedTo, String printedBy,
                         Optional<LocalDate> printedDate) {

    /** A plan without a notice (one read alone, as offices also pass it on). */
    public static final PlanNotice NONE = new PlanNotice("", "", "", "", "", Optional.empty(), "", "", "",
            Optional.empty());

    public PlanNotice {
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(addressees, "addressees");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(copiedTo, "copiedTo");
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedDate, "printedDate");
    }

    /** The notice with this 文号, title and 署名 (a bare notice for tests and made-up plans keeps the rest empty). */
    public static PlanNotice of(String docNumber, String title, String issuer, Optional<LocalDate> issueDate) {
        return new PlanNotice(docNumber, title, "", "", issuer, issueDate, "", "", "", Optional.empty());
    }

    /** The same notice with another text (主送 and the rest as they are). */
    public PlanNotice withBody(String text) {
        return new PlanNotice(docNumber, title, addressees, text, issuer, issueDate, annotation, copiedTo, printedBy,
                printedDate);
    }

    /** The same notice with another 文号 and 成文日期 (what a clerk gives a draft before it is issued). */
    public PlanNotice withNumberAndDate(String number, Optional<LocalDate> date) {
        return new PlanNotice(number, title, addressees, body, issuer, date, annotation, copiedTo, printedBy,
                printedDate);
    }

    /** The same notice with each of its texts (dates as they are) as {@code text} gives it. */
    public PlanNotice withTexts(java.util.function.UnaryOperator<String> text) {
        return new PlanNotice(text.apply(docNumber), text.apply(title), text.apply(addressees), text.apply(body),
                text.apply(issuer), issueDate, text.apply(annotation), text.apply(copiedTo), text.apply(printedBy),
                printedDate);
    }

    /** The same notice with another title and 署名. */
    public PlanNotice withTitleAndIssuer(String otherTitle, String otherIssuer) {
        return new PlanNotice(docNumber, otherTitle, addressees, body, otherIssuer, issueDate, annotation, copiedTo,
                printedBy, printedDate);
    }

    /**
     * Whether the notice is a 函, printed in GB/T 9704's 信函格式 (10.1) rather than as a 文件: its 发文字号's 机关代字
     * ends in 函 (湖政办函〔2022〕5号, 齐科协函[2023]2号); without a 文号, its title is one of a 函 (…的函).
     */
    public boolean isLetter() {
        return isLetter(docNumber, title);
    }

    /** {@link #isLetter()} for a 文号 and a title as typed (a notice's header being edited). */
    public static boolean isLetter(String docNumber, String title) {
        java.util.regex.Matcher number = NUMBER_YEAR.matcher(docNumber.strip());
        if (number.find()) {
            return number.group(1).strip().endsWith("函");
        }
        return Plan.beforeDraftMark(title).endsWith("的函");
    }

    /**
     * The start of a 发文字号 (GB/T 9704 7.2.3): its 机关代字 (group 1) and its year in the bracket that opens it
     * (group 2) — 湖政办函〔2022 → 湖政办函, 2022 — written with any of the brackets copies use.
     */
    public static final String DOC_NUMBER_START = "(\\S{1,30}?)\\s*[〔\\[［【(（]\\s*(\\d{4})";
    /** A 发文字号 as documents write it: 代字, year, then 序号 and 号 (group 3) — 齐政办发〔2022〕16号. */
    public static final String DOC_NUMBER = DOC_NUMBER_START + "\\s*[〕\\]］】)）]\\s*第?\\s*(\\d{1,5})\\s*[号號]";
    private static final java.util.regex.Pattern NUMBER_YEAR = java.util.regex.Pattern.compile(
            "^" + DOC_NUMBER_START);

    private static final java.util.regex.Pattern WHOLE_DOC_NUMBER = java.util.regex.Pattern.compile(
            "^" + DOC_NUMBER + "$");

    /**
     * A 发文字号 as GB/T 9704 (7.2.4) prints it: the year in 六角括号 〔〕, the 序号 without 虚位 or 第 — 齐政办发[2026]03号,
     * as a keyboard types it, is 齐政办发〔2026〕3号. One that is not a 发文字号 of that form is printed as written.
     */
    public static String printedDocNumber(String written) {
        String number = written.strip();
        java.util.regex.Matcher parts = WHOLE_DOC_NUMBER.matcher(number);
        if (!parts.matches() || Integer.parseInt(parts.group(3)) == 0) {
            return number;
        }
        return parts.group(1) + "〔" + parts.group(2) + "〕" + Integer.parseInt(parts.group(3)) + "号";
    }

    /**
     * A 附注 as the notice keeps it: without the round brackets it is printed in, one a line, none empty —
     * （此件公开发布） typed or read with them is 此件公开发布.
     */
    public static String annotationOf(String written) {
        return written.lines().map(String::strip).map(PlanNotice::unbracketed).filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * A 附注's lines as printed under the date (GB/T 9704 7.3.6): each in full-width round brackets, whether it was
     * written with them or not.
     */
    public static java.util.List<String> printedAnnotation(String written) {
        // a line of several in their brackets, （此件公开发布）（联系人：…）, is printed as written
        return annotationOf(written).lines().map(line -> bracketed(line) ? line : "（" + line + "）").toList();
    }

    /**
     * A 抄送 as the notice keeps it: the names set apart by commas, without its label or the 句号 after the last —
     * GB/T 9704 7.4.2 puts one there only, so a 句号 between two names (a 抄送 that ran over two lines, the first ended
     * 市委办公室。) is a comma.
     */
    public static String copiedToOf(String written) {
        String names = written.strip().replaceFirst("^抄\\s*送\\s*[：:]", "").strip();
        return names.replaceAll("\\s*[。.]+\\s*$", "").replaceAll("\\s*。+\\s*", "，");
    }

    /** A 抄送's names as printed after its label: set apart by commas, a 句号 after the last. */
    public static String printedCopiedTo(String written) {
        String names = copiedToOf(written);
        return names.isEmpty() ? names : names + "。";
    }

    private static boolean bracketed(String line) {
        return line.length() >= 2 && (line.startsWith("（") || line.startsWith("("))
                && (line.endsWith("）") || line.endsWith(")"));
    }

    private static String unbracketed(String line) {
        String inner = line;
        while (bracketed(inner) && balanced(inner.substring(1, inner.length() - 1))) {
            inner = inner.substring(1, inner.length() - 1).strip();
        }
        return inner;
    }

    /** Whether every bracket a text closes it opened first: （此件公开发布）（联系人：…） is two, not one. */
    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
