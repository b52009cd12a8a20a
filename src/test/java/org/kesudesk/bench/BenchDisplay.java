package org.kesudesk.bench;

/** Where the window benchmarks draw: headless by default, as on CI; {@code -Dbench.onScreen=true} on the desktop. */
final class BenchDisplay {

    private BenchDisplay() {
    }

    /** Chooses the display before JavaFX starts: Monocle with software rendering, unless on screen is asked for. */
    static void choose() {
        if (!Boolean.getBoolean("bench.onScreen")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        System.setProperty("org.jooq.no-logo", "true");
    }
}
