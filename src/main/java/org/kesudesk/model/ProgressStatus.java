package org.kesudesk.model;

/**
 * Where a unit says its task stands in a reporting round. A report gives a percent or takes the status's own
 * ({@link #defaultPercent}); a task 已完成 is at 100 % and one 未启动 at 0 %, whatever else is typed.
 */
public enum ProgressStatus {
    /** 未启动. */
    NOT_STARTED(0),
    /** 推进中. */
    IN_PROGRESS(50),
    /** 已完成. */
    DONE(100),
    /** 滞后: behind what was planned. */
    LAGGING(30),
    /** 长期推进: work without an end, going as it should. */
    ONGOING(50);

    private final int defaultPercent;

    ProgressStatus(int defaultPercent) {
        this.defaultPercent = defaultPercent;
    }

    /** The percent a report with this status has when it gives none. */
    public int defaultPercent() {
        return defaultPercent;
    }

    /** Whether a percent fits this status: 0–100, exactly 100 when done and 0 when not started. */
    public boolean fits(int percent) {
        return switch (this) {
            case DONE -> percent == 100;
            case NOT_STARTED -> percent == 0;
            default -> percent >= 0 && percent <= 100;
        };
    }
}
