package org.kesudesk.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void readsEveryTimeTheAppWrites_asInstantParseDoes() {
        Random random = new Random(20261202);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_000_000_000L, 253_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            written.add(Instant.ofEpochSecond(second, nanos).toString());
        }
        for (String text : written) {
            assertEquals(Instant.parse(text), IsoInstants.parse(text), text);
        }
    }

    @Test
    void acceptsAndRefusesWhatInstantParseDoes() {
        List<String> texts = List.of("2026-12-02T08:30:00Z", "2026-12-02T08:30:00.1Z",
                "2026-12-02T08:30:00.123456789Z",
                "2026-12-02T08:30:00.1234567890Z", "2026-12-02T08:30:00.Z", "2026-12-02T08:30Z", "2026-12-02T08:30:00",
                "2026-12-02T08:30:00z", "2026-12-02t08:30:00Z", "2026-12-02T08:30:00+08:00", "2026-12-02T08:30:00.5+08:00",
                "2016-12-31T23:59:60Z", "2026-13-02T08:30:00Z", "2026-00-02T08:30:00Z", "2026-02-29T08:30:00Z",
                "2024-02-29T08:30:00Z", "2026-04-31T08:30:00Z", "2026-12-02T24:00:00Z", "2026-12-02T08:60:00Z",
                "2026-12-02T08:30:61Z", "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
                "２０２６-12-02T08:30:00Z", "2026-12-02 08:30:00Z", " 2026-12-02T08:30:00Z", "2026-1-02T08:30:00Z",
                "2026-12-02T08:30:00.-1Z", "2026-12-02T08:30:0aZ", "yesterday", "", "2026-12-02T08:30:00.12 Z");
        for (String text : texts) {
            assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> IsoInstants.parse(text)), text);
        }
    }

    /** The instant read, or empty where the text was refused as Instant.parse refuses it. */
    private static Optional<Instant> outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
