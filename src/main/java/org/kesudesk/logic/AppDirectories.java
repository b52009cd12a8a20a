package org.kesudesk.logic;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data on each desktop system, following each system's convention:
 * Linux {@code $XDG_DATA_HOME/kesudesk} (or {@code ~/.local/share/kesudesk}), Windows {@code %APPDATA%\KesuDesk},
 * macOS {@code ~/Library/Application Support/KesuDesk}.
 */
public final class AppDirectories {

    /** The database's file name without H2's {@code .mv.db}. */
    public static final String DATABASE_NAME = "kesudesk";

    private final Path dataFolder;

    AppDirectories(String osName, Map<String, String> environment, Path home) {
        this.dataFolder = resolveDataFolder(osName.toLowerCase(Locale.ROOT), environment, home);
    }

    /** The folders of the running system and user. */
    public static AppDirectories forCurrentUser() {
        return new AppDirectories(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Where an office puts font files that draw what the bundled fonts lack (rare characters of place names). */
    public Path fontFolder() {
        return dataFolder.resolve("fonts");
    }

    /** Where the app's log files are (read for 帮助 ▸ 导出诊断信息). */
    public Path logFolder() {
        return dataFolder.resolve("logs");
    }

    /** The default database path (without {@code .mv.db}). */
    /** The log file the app and the command line write to ({@code LogFiles} rolls it over). */
    public Path logFile() {
        return logFolder().resolve("kesudesk.log");
    }

    /**
     * What to tell the user about a failure the code did not foresee: what the app was doing, that nothing was
     * changed, and where the log (which holds the failure) is. No library text, no stack trace.
     *
     * @param doing what was being done, in Chinese (导入交换文件)
     */
    public String unexpectedFailure(String doing) {
        return org.kesudesk.l10n.Messages.get("failure.unexpected", doing, logFile());
    }

    public Path defaultDatabase() {
        return dataFolder.resolve(DATABASE_NAME);
    }

    private static Path resolveDataFolder(String os, Map<String, String> env, Path home) {
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("KesuDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("KesuDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("kesudesk");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
