package org.kesudesk.model;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The identifiers of everything the app makes: time-ordered UUIDs (version 7 of RFC 9562), each greater than the
 * one made before it in this process. Rows made together then sit together in the database's indexes: a plan of
 * 20,000 nodes and 100,000 assignments is stored at the end of each index instead of all over it, which halved the
 * time H2 takes to write it. The 62 bits after the time and the counter are random, so identifiers made by two
 * offices never meet, as with the random UUIDs older versions made (which stay valid): drawn from a generator seeded
 * once from the system's secure source (an identifier is unique, not secret; reading the secure source for each of a
 * large plan's 140,000 rows took a tenth of reading it).
 * <p>
 * A plan's id is the exception ({@link #newPlanId()}): people name a plan by the first characters of its id, as
 * they would a commit, and time-ordered ids of plans made the same minute begin alike.
 */
public final class Ids {

    private static final SplittableRandom RANDOM = new SplittableRandom(new SecureRandom().nextLong());
    /** The counter's 12 bits; a new millisecond starts it at a random value in the lower half, leaving room. */
    private static final int COUNTER_MAX = 0xFFF;

    private static long lastMillis;
    private static int counter;

    private Ids() {
    }

    /** A new plan's identifier: random (version 4), so that its first eight characters tell it from others. */
    public static UUID newPlanId() {
        return UUID.randomUUID();
    }

    /** A new identifier, greater (as the database compares them, unsigned) than any made before in this process. */
    public static synchronized UUID newId() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = RANDOM.nextInt(COUNTER_MAX / 2);
        } else if (++counter > COUNTER_MAX) {
            // more than the counter holds in one millisecond, or the clock went back: borrow the next millisecond
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000 | counter;
        long low = RANDOM.nextLong() >>> 2 | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
