package org.kesudesk.logic;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.l10n.Messages;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Database;

/**
 * Whether this computer's clock reads earlier than the database's newest change: an office PC with no network to
 * set its time by, or whose clock was reset, reads 2010 or last year, and every day the app works out — whether a
 * report came in on time, the lights, a document's date, an exchange file's — would be wrong without a word.
 * A clock a day or more behind the newest change recorded (by this computer or, on a shared database, another) is
 * said, not corrected: the user sets the computer's clock.
 */
public final class ClockCheck {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClockCheck.class);

    /** How far behind the newest change the clock may read before it is said: time zones and clocks a little off. */
    static final Duration TOLERANCE = Duration.ofDays(1);

    private ClockCheck() {
    }

    /** The clock's day and the day of the newest change recorded, when the clock reads well before it. */
    public record Behind(LocalDate today, LocalDate recorded) {

        /** What the user is told: both days, what they affect, and to set the computer's clock. */
        public String message() {
            return Messages.get("check.clockBehind", NoticeHeader.chineseDate(today),
                    NoticeHeader.chineseDate(recorded));
        }
    }

    /** The clock against the newest change: behind if it reads more than {@link #TOLERANCE} before it. */
    public static Optional<Behind> behind(Optional<OffsetDateTime> newestChange, ZonedDateTime now) {
        return newestChange.filter(at -> at.toInstant().isAfter(now.toInstant().plus(TOLERANCE)))
                .map(at -> new Behind(now.toLocalDate(), at.atZoneSameInstant(now.getZone()).toLocalDate()));
    }

    /**
     * This computer's clock against the database's newest change; none if the log cannot be read (a damaged
     * database is for its own checks to report: this one only advises).
     */
    public static Optional<Behind> of(Database database) {
        try {
            return behind(new AuditLog(database).lastAt(), ZonedDateTime.now());
        } catch (RuntimeException unread) {
            LOG.warn("the clock was not checked against the audit log", unread);
            return Optional.empty();
        }
    }
}
