package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.store.ServerAddress;
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
        // where an office puts a font for the characters the bundled fonts lack (the README names it)
        assertThat(directories.fontFolder()).isEqualTo(Path.of("/appdata/roaming", "KesuDesk", "fonts"));
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

        assertThat(DatabaseLocation.resolve(Optional.of("/opt/db"), environment, directories))
                .isEqualTo(DatabaseTarget.file(Path.of("/opt/db")));
        assertThat(DatabaseLocation.resolve(Optional.empty(), environment, directories))
                .isEqualTo(DatabaseTarget.file(Path.of("/env/db")));
        assertThat(DatabaseLocation.resolve(Optional.empty(), Map.of(), directories))
                .isEqualTo(DatabaseTarget.file(directories.defaultDatabase()));
    }

    @Test
    void aServerChosenInTheConnectionProfile_isOpened_unlessTheDbOptionOrTheEnvironmentSaysOtherwise(
            @org.junit.jupiter.api.io.TempDir Path data) {
        AppDirectories directories = new AppDirectories("Linux", Map.of("XDG_DATA_HOME", data.toString()), home);
        new ConnectionProfile(true, Optional.of(new ServerConnection("192.168.1.10", 5433, "kesudesk", "kepu",
                "秘密 pass", false))).save(directories.dataFolder());

        DatabaseTarget chosen = DatabaseLocation.resolve(Optional.empty(), Map.of(), directories);

        assertThat(chosen).isInstanceOf(DatabaseTarget.Server.class);
        ServerAddress address = ((DatabaseTarget.Server) chosen).address();
        assertThat(address.url()).isEqualTo("jdbc:postgresql://192.168.1.10:5433/kesudesk?sslmode=prefer");
        assertThat(address.user()).isEqualTo("kepu");
        assertThat(address.password()).isEqualTo("秘密 pass");
        assertThat(chosen.shown()).doesNotContain("秘密");
        assertThat(DatabaseLocation.resolve(Optional.of("/opt/db"), Map.of(), directories))
                .isEqualTo(DatabaseTarget.file(Path.of("/opt/db")));
        assertThat(DatabaseLocation.resolve(Optional.empty(), Map.of("KESUDESK_DB", "/env/db"), directories))
                .isEqualTo(DatabaseTarget.file(Path.of("/env/db")));

        // back to this computer's database: the server's details are kept for next time
        new ConnectionProfile(false, ConnectionProfile.load(directories.dataFolder()).server())
                .save(directories.dataFolder());
        assertThat(DatabaseLocation.resolve(Optional.empty(), Map.of(), directories))
                .isEqualTo(DatabaseTarget.file(directories.defaultDatabase()));
        assertThat(ConnectionProfile.load(directories.dataFolder()).server()).map(ServerConnection::host)
                .contains("192.168.1.10");
    }
}
