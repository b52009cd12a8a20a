package org.kesudesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a plan stands in the exchange with the other office: when this office last sent it, and when a file about
 * it last came back (for a city, a county's answer).
 */
public record ExchangeStatus(Optional<Instant> lastSent, Optional<Instant> lastReceived) {

    public static final ExchangeStatus NONE = new ExchangeStatus(Optional.empty(), Optional.empty());

    public ExchangeStatus {
        Objects.requireNonNull(lastSent, "lastSent");
        Objects.requireNonNull(lastReceived, "lastReceived");
    }

    /** Whether the other office has answered the last file sent (a file came after it). */
    public boolean answered() {
        return lastReceived.isPresent() && lastSent.map(sent -> !lastReceived.get().isBefore(sent)).orElse(true);
    }
}
