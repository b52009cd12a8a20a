package org.kesudesk.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan: the notice (通知) that issues it, with the header fields of an official document, and the plan's own
 * title and goal text. The tree of sections, items and tasks is in {@link PlanDocument}.
 *
 * @param regionId    the region whose plan it is (empty until stored: a document read from a file names none)
 * @param period      the years it covers
 * @param notice      the notice that issues it: 文号, title, 主送, text, 署名, date, 附注, 抄送 and 印发
 * @param planTitle   the title of the implementation plan (实施方案) itself
 * @param goalText    the plan's guiding ideas and goals (指导思想和工作目标)
 */
public record Plan(UUID id, Optional<UUID> regionId, Optional<PlanPeriod> period, PlanNotice notice,
                   String planTitle, String goalText, long rowVersion) {
    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(goalText, "goalText");
    }

    /** 发文字号, e.g. 齐政办发〔2022〕16号. */
    public String docNumber() {
        return notice.docNumber();
    }

    /** The notice's title (…关于印发…的通知). */
    public String title() {
        return notice.title();
    }

    /** 发文机关署名. */
    public String issuer() {
        return notice.issuer();
    }

    /** 成文日期. */
    public Optional<LocalDate> issueDate() {
        return notice.issueDate();
    }

    /** 主送机关, as written. */
    public String addressees() {
        return notice.addressees();
    }

    /** The notice's own short body text. */
    public String noticeBody() {
        return notice.body();
    }

    /** 附注, without its brackets, one a line. */
    public String annotation() {
        return notice.annotation();
    }

    /** 抄送机关, as written. */
    public String copiedTo() {
        return notice.copiedTo();
    }

    /** 印发机关. */
    public String printedBy() {
        return notice.printedBy();
    }

    /** 印发日期. */
    public Optional<LocalDate> printedDate() {
        return notice.printedDate();
    }

    /** The same plan for another region (a plan read from a file is stored for the region it is imported for). */
    public Plan inRegion(UUID region) {
        return new Plan(id, Optional.of(region), period, notice, planTitle, goalText, rowVersion);
    }

    /** The same plan with its notice's fields as given; the plan's own title, goals, period and region as they are. */
    public Plan withNotice(PlanNotice given) {
        return new Plan(id, regionId, period, given, planTitle, goalText, rowVersion);
    }

    /**
     * One of a plan's own fields that two versions of it differ in, for people: the field's message key
     * ({@code content.field.docNumber} …), and its value before and after (a date as 2022-04-25, none as empty).
     */
    public record FieldChange(String field, String before, String after) {
    }

    /** The fields this plan and {@code after} differ in, in the document's order (文号 first, the goals last). */
    public java.util.List<FieldChange> changesTo(Plan after) {
        String[][] fields = {
                {"content.field.docNumber", docNumber(), after.docNumber()},
                {"content.field.title", title(), after.title()},
                {"content.field.issuer", issuer(), after.issuer()},
                {"documents.header.date", shown(issueDate()), shown(after.issueDate())},
                {"content.field.addressees", addressees(), after.addressees()},
                {"content.field.noticeBody", noticeBody(), after.noticeBody()},
                {"content.field.annotation", annotation(), after.annotation()},
                {"content.field.copiedTo", copiedTo(), after.copiedTo()},
                {"content.field.printedBy", printedBy(), after.printedBy()},
                {"documents.header.printedDate", shown(printedDate()), shown(after.printedDate())},
                {"content.field.planTitle", planTitle, after.planTitle},
                {"content.field.goalText", goalText, after.goalText}};
        java.util.List<FieldChange> changes = new java.util.ArrayList<>();
        for (String[] field : fields) {
            if (!field[1].equals(field[2])) {
                changes.add(new FieldChange(field[0], field[1], field[2]));
            }
        }
        return changes;
    }

    private static String shown(Optional<LocalDate> date) {
        return date.map(Object::toString).orElse("");
    }

    /** Whether the two say the same in their notice's fields (those {@link #withNotice} sets). */
    public boolean sameNotice(Plan other) {
        return notice.equals(other.notice);
    }

    /** The same plan with the period its titles name, unless it has one. */
    public Plan withNamedPeriod() {
        return period.isPresent() ? this
                : new Plan(id, regionId, PlanPeriod.named(this), notice, planTitle, goalText, rowVersion);
    }

    /**
     * What to call the plan: its own title (实施方案); when the document gave none, the one its notice issues
     * ({@link #issuedDocument}), else the notice's title.
     */
    public String name() {
        return name(title(), planTitle);
    }

    /** What to call a plan by its notice's title and its own ({@link #name()}), wherever the two are read. */
    public static String name(String title, String planTitle) {
        return planTitle.isEmpty() ? issuedDocument(title).orElse(title) : planTitle;
    }

    /**
     * A draft's mark in a plan's name, in brackets: （征求意见稿）, （送审稿）, （讨论稿）, （草案）, （修订稿）, （第二稿） —
     * what a revision of the plan drops or changes.
     */
    private static final java.util.regex.Pattern DRAFT_MARK = java.util.regex.Pattern.compile(
            "\\s*[（(]\\s*(?:[^（）()]{0,8}?(?:征求意见|送审|讨论|审议|报批|修订|修改|代拟|初|草|定)稿|草案|"
                    + "第?[一二三四五六七八九十\\d]{1,3}稿)\\s*[）)]");

    /**
     * Whether two plans' names name one plan, its drafts and revisions alike: the same once a draft's mark and
     * spaces are set aside (…实施方案（2021-2025年）（征求意见稿） and …实施方案（2021-2025年）).
     */
    public static boolean sameName(String one, String other) {
        String a = withoutDraftMark(one);
        return !a.isEmpty() && a.equals(withoutDraftMark(other));
    }

    private static String withoutDraftMark(String name) {
        return DRAFT_MARK.matcher(name).replaceAll("").replaceAll("\\s+", "");
    }

    /**
     * Whether a line ends as the title of a document that issues a plan does: …的通知, or …的函 (an office writing to
     * units it does not lead issues its plan by a letter).
     */
    public static boolean endsAsIssuingTitle(String line) {
        String title = beforeDraftMark(line);
        return title.endsWith("通知") || title.endsWith("的函");
    }

    /** A draft's mark at a title's end: …的通知（征求意见稿）. */
    private static final java.util.regex.Pattern TRAILING_DRAFT_MARK = java.util.regex.Pattern.compile(
            DRAFT_MARK.pattern() + "\\s*$");

    /** A title without the draft's mark it ends with, if it ends with one: …的通知（征求意见稿） is …的通知. */
    public static String beforeDraftMark(String title) {
        String stripped = title.strip();
        if (!stripped.endsWith("）") && !stripped.endsWith(")")) {
            return stripped;
        }
        java.util.regex.Matcher mark = TRAILING_DRAFT_MARK.matcher(stripped);
        return mark.find() ? stripped.substring(0, mark.start()).strip() : stripped;
    }

    /** Whether a line is a draft's mark alone, as a draft sets it under its title: （征求意见稿）. */
    public static boolean isDraftMark(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && beforeDraftMark(stripped).isEmpty();
    }

    /**
     * …关于印发《X》的通知, …关于转发X的通知, …关于印发《X》的函: one document named, what it is called (the 《》 its
     * title's own).
     */
    private static final java.util.regex.Pattern ISSUING = java.util.regex.Pattern.compile(
            "关于(?:印发|转发|下发|颁发)\\s*(.+?)\\s*的(?:通知|函)$");

    /**
     * The document a notice issues, by the notice's title: 乙市全民科学素质行动实施方案 of
     * 乙市人民政府办公室关于印发《乙市全民科学素质行动实施方案》的通知; empty when the title issues none, or several
     * (《…》和《…》).
     */
    public static Optional<String> issuedDocument(String noticeTitle) {
        java.util.regex.Matcher issuing = ISSUING.matcher(beforeDraftMark(noticeTitle));
        if (!issuing.find()) {
            return Optional.empty();
        }
        String named = issuing.group(1);
        if (named.startsWith("《") && named.endsWith("》")) {
            named = named.substring(1, named.length() - 1);
        }
        return named.isBlank() || named.contains("《") || named.contains("》") ? Optional.empty()
                : Optional.of(named);
    }
}
