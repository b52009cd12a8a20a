package org.kesudesk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A task's light for one responsible unit (红黄绿), computed from its deadline and the unit's report in the round,
 * never stored: grey — not reported in the round; green — reported done; red — past due and not done; yellow —
 * reported 滞后, or due within the warning days and not done; green — reported and on track.
 */
public enum StatusLight {
    GREEN, YELLOW, RED, GREY;

    /**
     * Whether a task in this light is one to chase (督办, the late list): red or yellow — past due and not done, due
     * soon and not done, or reported 滞后.
     */
    public boolean needsChasing() {
        return this == RED || this == YELLOW;
    }

    /**
     * Whether a task is one to chase for a unit (督办): its light is red or yellow, or the unit has not reported on it
     * in the round and it is past due or due within the warning days — the light it would have were it not started.
     * A unit silent about a late task is chased as one that says it is behind.
     */
    public static boolean toChase(Optional<Deadline> deadline, Optional<ProgressStatus> reported, LocalDate today,
                                  int warningDays) {
        return ofStatus(deadline, Optional.of(reported.orElse(ProgressStatus.NOT_STARTED)), today, warningDays)
                .needsChasing();
    }

    /**
     * Of two lights, the one that asks more attention: red, then yellow, then grey (not reported), then green. A task
     * shows the worse of its units' lights; a county the worse of its units' on a task.
     */
    public static StatusLight worse(StatusLight a, StatusLight b) {
        return attention(a) >= attention(b) ? a : b;
    }

    private static int attention(StatusLight light) {
        return switch (light) {
            case RED -> 3;
            case YELLOW -> 2;
            case GREY -> 1;
            case GREEN -> 0;
        };
    }

    /** The days before a deadline from which a task not done shows yellow, unless the office chooses others. */
    public static final int DEFAULT_WARNING_DAYS = 15;

    /**
     * The light of a task for a unit on a day.
     *
     * @param deadline the task's deadline, if it has one
     * @param report   the unit's report on the task in the round, if it made one
     * @param today    the day the light is for
     * @param warningDays the days before the deadline from which it shows yellow
     */
    public static StatusLight of(Optional<Deadline> deadline, Optional<ProgressReport> report, LocalDate today,
                                 int warningDays) {
        return ofStatus(deadline, report.map(ProgressReport::status), today, warningDays);
    }

    /** The light of a task for a unit whose report (if it made one) has this status. */
    public static StatusLight ofStatus(Optional<Deadline> deadline, Optional<ProgressStatus> reported,
                                      LocalDate today, int warningDays) {
        if (reported.isEmpty()) {
            return GREY;
        }
        if (reported.get() == ProgressStatus.DONE) {
            return GREEN;
        }
        Optional<LocalDate> due = deadline.flatMap(d -> d.dueIn(today.getYear()));
        if (due.isPresent() && today.isAfter(due.get())) {
            return RED;
        }
        if (reported.get() == ProgressStatus.LAGGING) {
            return YELLOW;
        }
        if (due.isPresent() && ChronoUnit.DAYS.between(today, due.get()) <= warningDays) {
            return YELLOW;
        }
        return GREEN;
    }
}
