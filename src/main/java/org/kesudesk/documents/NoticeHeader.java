package org.kesudesk.documents;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.Urgency;

/**
 * The header fields of the notice, as they will be printed: taken from the plan and editable before rendering.
 *
 * @param masthead    发文机关标志, printed in red (the issuer and 文件 by default; a joint issuer's organs apart by
 *                    spaces are stacked, {@link JointMasthead})
 * @param docNumber   发文字号, e.g. 齐政办发〔2022〕16号
 * @param title       标题
 * @param addressees  主送机关
 * @param noticeBody  the notice's own short text, one paragraph per line
 * @param signature   发文机关署名
 * @param date        成文日期, as printed (2022年4月25日)
 * @param annotation  附注 under the date, as printed (（此件公开发布）), one a line; or empty
 * @param copiedTo    抄送机关 (without 抄送：), or empty
 * @param printedBy   印发机关
 * @param printedDate 印发日期, as printed, with 印发 (2022年4月25日印发)
 * @param urgency     紧急程度, printed at the top left of the 版头 (none by default: it is the document's, not the
 *                    plan's)
 * @param addresseesInColophon whether the 主送 is printed in the 版记, above the 抄送, rather than under the title:
 *                    so many organs that the first page would show no text (GB/T 9704 7.3.2); the renderer decides
 */
public record NoticeHeader(String masthead, String docNumber, String title, String addressees, String noticeBody,
                           String signature, String date, String annotation, String copiedTo, String printedBy,
                           String printedDate, Urgency urgency, boolean addresseesInColophon) {

    /** A header of this urgency, its 主送 under the title. */
    public NoticeHeader(String masthead, String docNumber, String title, String addressees, String noticeBody,
                        String signature, String date, String annotation, String copiedTo, String printedBy,
                        String printedDate, Urgency urgency) {
        this(masthead, docNumber, title, addressees, noticeBody, signature, date, annotation, copiedTo, printedBy,
                printedDate, urgency, false);
    }

    /** A header of no urgency. */
    public NoticeHeader(String masthead, String docNumber, String title, String addressees, String noticeBody,
                        String signature, String date, String annotation, String copiedTo, String printedBy,
                        String printedDate) {
        this(masthead, docNumber, title, addressees, noticeBody, signature, date, annotation, copiedTo, printedBy,
                printedDate, Urgency.NONE);
    }

    public NoticeHeader {
        Objects.requireNonNull(masthead, "masthead");
        Objects.requireNonNull(docNumber, "docNumber");
        // as printed: 〔2026〕 however it was typed
        docNumber = PlanNotice.printedDocNumber(docNumber);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(addressees, "addressees");
        Objects.requireNonNull(noticeBody, "noticeBody");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(copiedTo, "copiedTo");
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedDate, "printedDate");
        Objects.requireNonNull(urgency, "urgency");
    }

    /** The same header, of this urgency. */
    public NoticeHeader withUrgency(Urgency other) {
        return new NoticeHeader(masthead, docNumber, title, addressees, noticeBody, signature, date, annotation,
                copiedTo, printedBy, printedDate, other, addresseesInColophon);
    }

    /** The same header, its 主送 in the 版记 (GB/T 9704 7.3.2). */
    NoticeHeader withAddresseesInColophon() {
        return new NoticeHeader(masthead, docNumber, title, addressees, noticeBody, signature, date, annotation,
                copiedTo, printedBy, printedDate, urgency, true);
    }

    /**
     * The same header with other fields for a document of the office's own (a 通报, a 督办通知单), made for it by
     * {@code Supervision.header}: its 附注 is the office's own (whom to call about a letter), if any.
     */
    NoticeHeader forDocument(String otherTitle, String otherAddressees) {
        return new NoticeHeader(masthead, docNumber, otherTitle, otherAddressees, "", signature, date, annotation,
                copiedTo, printedBy, printedDate, urgency);
    }

    /**
     * Whether there is a notice to print before the plan: a document read without one (the plan alone, as offices
     * also pass it on) has no 标志, 文号, title, 主送, text, 署名 or date, and is printed as the plan alone.
     */
    public boolean hasNotice() {
        return hasLetterhead() || !(title + addressees + noticeBody + signature + date).isBlank();
    }

    /** Whether there is a 版头 to print: a 发文机关标志 or a 发文字号 (and the red rule under them). */
    public boolean hasLetterhead() {
        return !masthead.isBlank() || !docNumber.isBlank();
    }

    /**
     * Whether the notice is printed as a 函 (GB/T 9704 10.1 信函格式: the 标志 near the paper's top between red double
     * lines, the 文号 at the right, no page number on page 1, a 版记 of 抄送 alone), as its 文号 or title says
     * ({@link PlanNotice#isLetter(String, String)}).
     */
    public boolean isLetter() {
        return hasLetterhead() && PlanNotice.isLetter(docNumber, title);
    }

    /** Whether there is a 版记 to print: 抄送, 印发机关 or 印发日期. */
    /** A title as one line: the breaks typed to set it on the page are the page's, not the title's. */
    static String oneLine(String title) {
        return title.strip().replaceAll("\\s*\\R\\s*", "");
    }

    /**
     * Whether a 版记 prints: a 函's is its 抄送 alone (GB/T 9704 10.1), with the 主送 where it goes there; another
     * document's whenever it has one ({@link #hasColophon}).
     */
    public boolean printsColophon() {
        return isLetter() ? !DocumentRows.distributionLines(this).isEmpty() : hasColophon();
    }

    public boolean hasColophon() {
        return !(copiedTo + printedBy + printedDate).isBlank() || addresseesInColophon && !addressees.isBlank();
    }

    /** The fields as the plan has them. */
    public static NoticeHeader of(Plan plan) {
        String issuer = plan.issuer().strip();
        String printedBy = plan.printedBy().isBlank() ? issuer : plan.printedBy().strip();
        Optional<LocalDate> printed = plan.printedDate().or(plan::issueDate);
        return new NoticeHeader(mastheadOf(issuer, plan.notice().isLetter()), plan.docNumber().strip(), plan.title().strip(),
                plan.addressees().strip(), plan.noticeBody().strip(), issuer,
                plan.issueDate().map(NoticeHeader::chineseDate).orElse(""),
                String.join("\n", PlanNotice.printedAnnotation(plan.annotation())), plan.copiedTo().strip(), printedBy,
                printed.map(d -> chineseDate(d) + "印发").orElse(""));
    }

    /**
     * The plan with these fields as its notice's, so that its documents print them from now on: what {@link #of}
     * reads back as these fields. Two things are not kept apart, as the plan has no place for them: the 发文机关标志
     * (it is the 署名 and 文件, or a 函's 署名), and a title's own line breaks (the plan's title is one line; the breaks are for the
     * document made now). A 印发机关 or 印发日期 that followed the 署名 or the 成文日期 keeps following it, unless
     * it was given one of its own (one left as it was shown follows the 署名 or date as kept).
     *
     * @throws UserFacingException naming the field, for a date that is no date, or a 标志 other than the 署名's
     */
    public Plan keptIn(Plan plan) {
        String issuer = signature.strip();
        String shownMasthead = masthead.strip();
        // either form: the one the 文号 now says is printed (a 文号 changed to a 函's changes the 标志 with it)
        boolean letter = PlanNotice.isLetter(docNumber, title);
        if (!shownMasthead.equals(mastheadOf(issuer, letter)) && !shownMasthead.equals(mastheadOf(issuer, !letter))) {
            throw new UserFacingException("documents.header.keep.masthead", shownMasthead, mastheadOf(issuer, letter));
        }
        Optional<LocalDate> issued = date(Messages.get("documents.header.date"), date.strip(), "");
        Optional<LocalDate> printed = date(Messages.get("documents.header.printedDate"), printedDate.strip(),
                PRINTED);
        NoticeHeader shown = of(plan);
        String printer = printedBy.strip();
        if (plan.printedBy().isBlank() && (printer.equals(issuer) || printer.equals(shown.printedBy()))) {
            printer = "";
        }
        if (plan.printedDate().isEmpty() && (printed.equals(issued)
                || printedDate.strip().equals(shown.printedDate()))) {
            printed = Optional.empty();
        }
        return plan.withNotice(new PlanNotice(docNumber.strip(), oneLine(title),
                addressees.strip(), noticeBody.strip(), issuer, issued, PlanNotice.annotationOf(annotation),
                copiedTo.strip(), printer, printed));
    }

    /** What a 印发日期 ends with as printed (2022年4月25日印发). */
    private static final String PRINTED = "印发";

    /** A date as {@link #chineseDate} writes it, and as clerks type it (spaces allowed between its parts). */
    private static final java.util.regex.Pattern CHINESE_DATE = java.util.regex.Pattern.compile(
            org.kesudesk.model.DocumentDate.WRITTEN);

    /**
     * The date a field says (empty if it says nothing), written as {@link #chineseDate} writes it and followed by
     * {@code ending}.
     */
    private static Optional<LocalDate> date(String field, String text, String ending) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String shown = text.endsWith(ending) ? text.substring(0, text.length() - ending.length()).strip() : "";
        java.util.regex.Matcher parts = CHINESE_DATE.matcher(shown);
        if (parts.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3)));
                if (org.kesudesk.model.DocumentDate.kept(date)) {
                    return Optional.of(date);
                }
            } catch (java.time.DateTimeException noSuchDay) {
                // 2月30日: no date, said below (as a year no plan names)
            }
        }
        throw new UserFacingException("documents.header.keep.badDate", field, text,
                chineseDate(LocalDate.now()) + ending);
    }

    /**
     * The 发文机关标志 of an issuer's documents: its name and 文件 (齐齐哈尔市人民政府办公室文件); for a 函, its name
     * alone, and of a joint 函 the 主办机关's alone (GB/T 9704 10.1); none for no issuer.
     */
    public static String mastheadOf(String issuer, boolean letter) {
        if (issuer.isBlank()) {
            return "";
        }
        if (letter) {
            java.util.List<String> organs = org.kesudesk.model.IssuingOrgans.of(issuer.strip());
            return organs.isEmpty() ? issuer.strip() : organs.get(0);
        }
        return issuer + JointMasthead.WORD;
    }

    /**
     * The 标志 to show once a header's 文号 or title makes it a 函 or a 文件 ({@code letter}): the issuer's for what
     * it now is where the one shown was the issuer's for the other; one typed otherwise, kept as typed.
     */
    public static String mastheadFor(String shown, String issuer, boolean letter) {
        String name = issuer.strip();
        return !name.isEmpty() && shown.strip().equals(mastheadOf(name, !letter)) ? mastheadOf(name, letter) : shown;
    }

    /** A date as GB/T 9704 writes it: Arabic numerals, the full year, no padding (2022年4月25日). */
    public static String chineseDate(LocalDate date) {
        return org.kesudesk.model.DocumentDate.of(date);
    }
}
