package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private final Path home = Path.of("/home/liu");

    @Test
    void linux_usesXdgDataHome() {
        AppDirectories directories = new AppDirectories("Linux", Map.of("XDG_DATA_HOME", "/data/liu"), home);

        assertThat(directories.dataFolder()).isEqualTo(Path.of("/data/liu/kesudesk"));
        assertThat(directories.defaultDatabase()).isEqualTo(Path.of("/data/liu/kesudesk/kesudesk"));
    }

    @Test
    void linux_withoutXdgDataHome_usesLocalShare() {
        assertThat(new AppDirectories("Linux", Map.of(), home).dataFolder())
                .isEqualTo(home.resolve(".local/share/kesudesk"));
    }

    @Test
    void linux_ignoresARelativeXdgDataHome() {
        assertThat(new AppDirectories("Linux", Map.of("XDG_DATA_HOME", "data"), home).dataFolder())
                .isEqualTo(home.resolve(".local/share/kesudesk"));
    }

    @Test
    void windows_usesAppData() {
        AppDirectories directories = new AppDirectories("Windows 10", Map.of("APPDATA", "/appdata/roaming"), home);

        assertThat(directories.dataFolder()).isEqualTo(Path.of("/appdata/roaming", "KesuDesk"));
    }

    @Test
    void macOs_usesApplicationSupport() {
        assertThat(new AppDirectories("Mac OS X", Map.of(), home).dataFolder())
                .isEqualTo(home.resolve("Library/Application Support/KesuDesk"));
    }

    @Test
    void theDbOptionWinsOverTheEnvironment_whichWinsOverTheDefault() {
        AppDirectories directories = new AppDirectories("Linux", Map.of(), home);
        Map<String, String> environment = Map.of("KESUDESK_DB", "/env/db");

        assertThat(DatabaseLocation.resolve(Optional.of(Path.of("/opt/db")), environment, directories))
                .isEqualTo(Path.of("/opt/db"));
        assertThat(DatabaseLocation.resolve(Optional.empty(), environment, directories))
                .isEqualTo(Path.of("/env/db"));
        assertThat(DatabaseLocation.resolve(Optional.empty(), Map.of(), directories))
                .isEqualTo(directories.defaultDatabase());
    }
}
