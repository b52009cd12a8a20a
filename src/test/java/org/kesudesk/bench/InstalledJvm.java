package org.kesudesk.bench;

import java.util.List;

/**
 * The Java options the installer gives the app (packaging/Jpackage.java) that change its speed: the serial
 * collector and the quick compiler only. Benchmarks that time a command "as installed" start its JVM with them.
 */
final class InstalledJvm {

    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private InstalledJvm() {
    }
}
