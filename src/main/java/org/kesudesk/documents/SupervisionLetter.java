package org.kesudesk.documents;

import java.util.List;
import java.util.Objects;

/**
 * A 督办通知单 to one unit: the tasks it carries out that are late, or due soon and not done, in a round, each with
 * its deadline, its status and what the unit reported, and the day by which it is to reply. Text as the letter
 * prints it; made by the progress service from the round's reports.
 *
 * @param unit      the unit written to
 * @param round     the reporting round (2026年上半年)
 * @param planTitle the plan the tasks are from
 * @param entries   the tasks, in the plan's order
 * @param replyBy   the day to reply by, as printed (2026年7月10日)
 * @param chased    how the office chased the unit in the round before, as the letter says it after its opening
 *                  (此前已于12月3日电话催办、12月5日短信、微信催办。), or empty
 * @param addressedAs how the letter speaks to the addressee: 你单位, or to a county's office 你县 (你区, 你市)
 */
public record SupervisionLetter(String unit, String round, String planTitle, List<Entry> entries, String replyBy,
                                String chased, String addressedAs) {

    public SupervisionLetter {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(planTitle, "planTitle");
        entries = List.copyOf(entries);
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(chased, "chased");
        Objects.requireNonNull(addressedAs, "addressedAs");
    }

    /** A letter to a unit (addressed as 你单位). */
    public SupervisionLetter(String unit, String round, String planTitle, List<Entry> entries, String replyBy,
                             String chased) {
        this(unit, round, planTitle, entries, replyBy, chased,
                org.kesudesk.l10n.Messages.get("documents.supervision.toUnit"));
    }

    /** A letter to a unit the office has not chased before in the round. */
    public SupervisionLetter(String unit, String round, String planTitle, List<Entry> entries, String replyBy) {
        this(unit, round, planTitle, entries, replyBy, "");
    }

    /**
     * One task of the letter.
     *
     * @param task     its reference number and title as the plan numbers it (（一）3.加强…)
     * @param deadline its 完成时限 in words, or empty
     * @param status   its status in the round (滞后, 推进中, 本轮未报送 …)
     * @param progress what the unit reported (进展情况), or empty
     */
    public record Entry(String task, String deadline, String status, String progress) {
        public Entry {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(progress, "progress");
        }
    }
}
