package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void identifiersAreVersionSevenUuidsOfTheRfcVariant() {
        UUID id = Ids.newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void eachIdentifierIsGreaterThanTheOneBeforeAsTheDatabaseComparesThem() {
        // far more than the counter holds in one millisecond, so the borrowing of the next one is exercised too
        UUID previous = Ids.newId();
        for (int i = 0; i < 200_000; i++) {
            UUID next = Ids.newId();
            assertThat(unsignedCompare(next, previous)).as("id %d", i).isPositive();
            previous = next;
        }
    }

    @Test
    void identifiersStartWithTheTimeTheyWereMade() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();

        long millis = id.getMostSignificantBits() >>> 16;
        // an id may borrow milliseconds ahead when many are made at once, never many
        assertThat(millis).isBetween(before, after + 1_000);
    }

    @Test
    void identifiersMadeOnSeveralThreadsAtOnceAreAllDifferent() throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> made = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                made.add(threads.submit(() -> {
                    Set<UUID> mine = new HashSet<>();
                    for (int i = 0; i < 50_000; i++) {
                        mine.add(Ids.newId());
                    }
                    seen.addAll(mine);
                    return mine.size();
                }));
            }
            for (Future<Integer> each : made) {
                assertThat(each.get()).isEqualTo(50_000);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(seen).hasSize(200_000);
    }

    @Test
    void plansMadeTheSameMomentDifferInTheFirstCharacters_peopleNameThem() {
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            prefixes.add(Ids.newPlanId().toString().substring(0, 8));
        }
        // 100 random 32-bit prefixes meet with a chance of about one in a million
        assertThat(prefixes).hasSize(100);
        // what rows get would not do: made together, they begin alike
        assertThat(Ids.newId().toString().substring(0, 8)).isEqualTo(Ids.newId().toString().substring(0, 8));
    }

    /** How H2 orders UUIDs: the high half, then the low half, each unsigned. */
    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
