package org.kesudesk.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan: the notice (通知) that issues it, with the header fields of an official document, and the plan's own
 * title and goal text. The tree of sections, items and tasks is in {@link PlanDocument}.
 *
 * @param docNumber   发文字号, e.g. 齐政办发〔2022〕16号
 * @param title       the notice's title (…关于印发…的通知)
 * @param issuer      发文机关署名
 * @param issueDate   成文日期
 * @param addressees  主送机关, as written
 * @param noticeBody  the notice's own short body text
 * @param copiedTo    抄送机关, as written
 * @param printedBy   印发机关
 * @param printedDate 印发日期
 * @param planTitle   the title of the implementation plan (实施方案) itself
 * @param goalText    the plan's guiding ideas and goals (指导思想和工作目标)
 */
public record Plan(UUID id, Optional<UUID> regionId, String docNumber, String title, String issuer,
                   Optional<LocalDate> issueDate, String addressees, String noticeBody, String copiedTo,
                   String printedBy, Optional<LocalDate> printedDate, String planTitle, String goalText,
                   long rowVersion) {
    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(addressees, "addressees");
        Objects.requireNonNull(noticeBody, "noticeBody");
        Objects.requireNonNull(copiedTo, "copiedTo");
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedDate, "printedDate");
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(goalText, "goalText");
    }

    /** What to call the plan: its own title (实施方案), or the notice's when it has none. */
    public String name() {
        return planTitle.isEmpty() ? title : planTitle;
    }
}
