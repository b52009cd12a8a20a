package org.kesudesk.logic.editing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kesudesk.model.AuditEntry;
import org.kesudesk.store.AuditLog;

/**
 * Finds what other clerks (or other windows) changed in a shared database, by looking at the audit log now and then:
 * every change is recorded there, with the app session that made it. A look costs one query while nothing changed.
 * <p>
 * Entries get their ids when written but are seen when their transaction commits, so an entry may appear after one
 * with a higher id: while ids are missing after the last look (a transaction still open), the look starts from the
 * same place again, and what has appeared since still counts as new; an id still missing after
 * {@link #GAP_PATIENCE} belongs to a transaction that was rolled back, and is given up on.
 */
public final class OthersChanges {

    /** How long ids missing from the log are waited for before they are taken to be rolled back. */
    static final Duration GAP_PATIENCE = Duration.ofSeconds(30);
    /** How many of the entries found are handed on to be named. */
    private static final int NAMED = 20;

    /**
     * What others changed since the last look: their entries (up to 20, oldest first), the plans concerned, and
     * whether some of it concerns no plan (the unit catalogue, the office's settings).
     */
    public record Found(List<AuditEntry> entries, Set<UUID> plans, boolean beyondPlans) {

        /** Whether what is shown of this plan may have changed (when unsure, yes). */
        public boolean concerns(UUID plan) {
            return beyondPlans || plans.contains(plan);
        }
    }

    private final AuditLog audit;
    /** Everything up to this id has been seen. */
    private long from;
    /** Others' entries counted after {@code from} at the last look. */
    private int othersCounted;
    /** The highest id of the entries handed on. */
    private long shownUpTo;
    /** Since when ids after {@code from} have been missing; null while none is. */
    private Instant missingSince;

    /** Starts watching from the log's newest entry (what is shown was read after it). */
    public OthersChanges(AuditLog audit) {
        this.audit = audit;
        this.from = audit.lastId();
        this.shownUpTo = from;
    }

    /** Looks once: what others changed since the last look, or empty if nothing. */
    public synchronized Optional<Found> look(Instant now) {
        AuditLog.Since since = audit.othersSince(from, shownUpTo, NAMED);
        boolean changed = since.others() > othersCounted;
        since.entries().forEach(entry -> shownUpTo = Math.max(shownUpTo, entry.id()));
        boolean complete = since.all() == since.lastId() - from;
        if (complete || missingSince != null && Duration.between(missingSince, now).compareTo(GAP_PATIENCE) > 0) {
            from = since.lastId();
            shownUpTo = Math.max(shownUpTo, from);
            othersCounted = 0;
            missingSince = null;
        } else {
            othersCounted = since.others();
            if (missingSince == null) {
                missingSince = now;
            }
        }
        return changed ? Optional.of(new Found(since.entries(), since.plans(), since.beyondPlans())) : Optional.empty();
    }
}
