package org.kesudesk.logic;

import java.nio.file.Path;
import java.util.Map;

/** App directories of a made-up Linux user whose home is a test folder. */
public final class AppDirectoriesFixture {

    private AppDirectoriesFixture() {
    }

    public static AppDirectories linux(Path home) {
        return new AppDirectories("Linux", Map.of(), home);
    }
}
