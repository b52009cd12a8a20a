package org.kesudesk.model;

import java.util.Optional;

/**
 * How urgent a document is (紧急程度, GB/T 9704 7.2.3): 特急 or 加急, printed at the top left of its first page in
 * 3号黑体; most documents are neither. The other marks of that corner, 份号 and 密级, are not offered: they belong to
 * classified documents, which are not made on an office's ordinary computer.
 */
public enum Urgency {
    NONE(""),
    URGENT("加急"),
    MOST_URGENT("特急");

    private final String mark;

    Urgency(String mark) {
        this.mark = mark;
    }

    /** What the document prints: 加急, 特急, or nothing. */
    public String mark() {
        return mark;
    }

    /** The urgency a mark names (加急, 特急; empty or 无 for none), if it names one. */
    public static Optional<Urgency> of(String mark) {
        String typed = mark == null ? "" : mark.strip();
        if (typed.isEmpty() || typed.equals("无")) {
            return Optional.of(NONE);
        }
        for (Urgency urgency : values()) {
            if (urgency.mark.equals(typed)) {
                return Optional.of(urgency);
            }
        }
        return Optional.empty();
    }
}
