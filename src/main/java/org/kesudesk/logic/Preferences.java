package org.kesudesk.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.kesudesk.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers for its user between runs, in {@code settings.properties} in the data folder: where
 * the window was and how large, the text size (for high-resolution screens), the files opened last, and the
 * folder each kind of file was last opened from or saved to. Saved at each change, whole or not at all; a missing
 * or damaged file means the defaults (these are preferences, not data: nothing here is worth stopping the app for).
 */
public final class Preferences {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "settings.properties";
    /** How many recent files are remembered. */
    public static final int RECENT_KEPT = 8;
    /** The text size, in per cent of the normal size: its range and its steps. */
    public static final int ZOOM_MIN = 80;
    public static final int ZOOM_MAX = 200;
    public static final int ZOOM_STEP = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);
    private static final String WINDOW = "window.";
    private static final String ZOOM = "zoom";
    private static final String RECENT = "recent.";
    private static final String FOLDER = "folder.";
    private static final String SHOWN_PLAN = "plan.";
    private static final String ONE_SIDE = "print.oneSide";

    /** Where the window was, in screen coordinates: its outer size, frame and title bar included. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

        /** The size of the window the first time, where the screen has room for it. */
        public static final double FIRST_WIDTH = 1200;
        public static final double FIRST_HEIGHT = 780;

        /**
         * The first window: {@link #FIRST_WIDTH} × {@link #FIRST_HEIGHT}, or the usable area of the screen (less its
         * task bar) where that is smaller — a 1366 × 768 laptop's — centred in it.
         */
        public static WindowPlace first(double areaX, double areaY, double areaWidth, double areaHeight) {
            return centred(FIRST_WIDTH, FIRST_HEIGHT, areaX, areaY, areaWidth, areaHeight);
        }

        /** A window of this size, or of the usable area where that is smaller, centred in the area. */
        public static WindowPlace centred(double preferredWidth, double preferredHeight, double areaX, double areaY,
                                          double areaWidth, double areaHeight) {
            double width = Math.min(preferredWidth, areaWidth);
            double height = Math.min(preferredHeight, areaHeight);
            return new WindowPlace(areaX + (areaWidth - width) / 2, areaY + (areaHeight - height) / 2, width, height,
                    false);
        }

        /**
         * This place, shrunk and moved if need be to lie within a screen's usable area: a window kept on a large
         * monitor, opened on a laptop, keeps its title bar and status bar on the screen.
         */
        public WindowPlace within(double areaX, double areaY, double areaWidth, double areaHeight) {
            double fittedWidth = Math.min(width, areaWidth);
            double fittedHeight = Math.min(height, areaHeight);
            double fittedX = Math.max(areaX, Math.min(x, areaX + areaWidth - fittedWidth));
            double fittedY = Math.max(areaY, Math.min(y, areaY + areaHeight - fittedHeight));
            return new WindowPlace(fittedX, fittedY, fittedWidth, fittedHeight, maximized);
        }
    }

    private final Optional<Path> file;
    private final Properties values = new Properties();

    private Preferences(Optional<Path> file) {
        this.file = file;
    }

    /** The preferences kept in this file (read now; the defaults if it is missing or cannot be read). */
    public static Preferences load(Path file) {
        Preferences preferences = new Preferences(Optional.of(file));
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                preferences.values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("could not read the settings in {}; using the defaults", file, e);
                preferences.values.clear();
            }
        }
        return preferences;
    }

    /** Preferences kept only while the app runs (for windows made without a data folder). */
    public static Preferences inMemory() {
        return new Preferences(Optional.empty());
    }

    public Optional<WindowPlace> windowPlace() {
        try {
            double width = number(WINDOW + "width");
            double height = number(WINDOW + "height");
            if (width < 100 || height < 100) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlace(number(WINDOW + "x"), number(WINDOW + "y"), width, height,
                    Boolean.parseBoolean(values.getProperty(WINDOW + "maximized"))));
        } catch (NumberFormatException | NullPointerException missing) {
            return Optional.empty();
        }
    }

    public void setWindowPlace(WindowPlace place) {
        values.setProperty(WINDOW + "x", String.valueOf(place.x()));
        values.setProperty(WINDOW + "y", String.valueOf(place.y()));
        values.setProperty(WINDOW + "width", String.valueOf(place.width()));
        values.setProperty(WINDOW + "height", String.valueOf(place.height()));
        values.setProperty(WINDOW + "maximized", String.valueOf(place.maximized()));
        save();
    }

    /** The text size in per cent (100 unless changed). */
    public int zoomPercent() {
        try {
            return clampZoom(Integer.parseInt(values.getProperty(ZOOM, "100")));
        } catch (NumberFormatException damaged) {
            return 100;
        }
    }

    public void setZoomPercent(int percent) {
        values.setProperty(ZOOM, String.valueOf(clampZoom(percent)));
        save();
    }

    /**
     * Whether this user's printer prints on one side of the paper only: the unit lists are then made without blank
     * backs between units (false unless chosen: official documents are printed on both sides).
     */
    public boolean printsOneSide() {
        return Boolean.parseBoolean(values.getProperty(ONE_SIDE, "false"));
    }

    public void setPrintsOneSide(boolean oneSide) {
        values.setProperty(ONE_SIDE, String.valueOf(oneSide));
        save();
    }

    public static int clampZoom(int percent) {
        return Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, percent));
    }

    /** The files opened last, the latest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_KEPT; i++) {
            String value = values.getProperty(RECENT + i);
            if (value != null) {
                try {
                    files.add(Path.of(value));
                } catch (InvalidPathException damaged) {
                    LOG.debug("ignoring the recent file {}", value);
                }
            }
        }
        return files;
    }

    /** Puts the file first among the recent ones (once), keeping the latest {@value #RECENT_KEPT}. */
    public void addRecentFile(Path file) {
        Path opened = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(opened);
        files.add(0, opened);
        for (int i = 0; i < RECENT_KEPT; i++) {
            if (i < files.size()) {
                values.setProperty(RECENT + i, files.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
        save();
    }

    /** The folder files of this kind (an extension: kesu, xlsx, pdf, …) were last opened from or saved to. */
    public Optional<Path> lastFolder(String kind) {
        return Optional.ofNullable(values.getProperty(FOLDER + kind)).flatMap(value -> {
            try {
                return Optional.of(Path.of(value)).filter(Files::isDirectory);
            } catch (InvalidPathException damaged) {
                return Optional.empty();
            }
        });
    }

    /** Remembers the folder of a file of this kind the user opened or saved. */
    public void rememberFolderOf(String kind, Path chosenFile) {
        Path folder = chosenFile.toAbsolutePath().getParent();
        if (folder != null) {
            values.setProperty(FOLDER + kind, folder.toString());
            save();
        }
    }

    /**
     * The plan this user last looked at in a database (several databases may be used in turn), the database named by
     * its key ({@code DatabaseTarget#key}: a file's path, or a server's).
     */
    public Optional<java.util.UUID> shownPlan(String database) {
        return Optional.ofNullable(values.getProperty(SHOWN_PLAN + database))
                .flatMap(value -> {
                    try {
                        return Optional.of(java.util.UUID.fromString(value));
                    } catch (IllegalArgumentException damaged) {
                        return Optional.empty();
                    }
                });
    }

    /** Remembers the plan shown from a database (named by its key), to show it again next time. */
    public void setShownPlan(String database, java.util.UUID plan) {
        String key = SHOWN_PLAN + database;
        if (!plan.toString().equals(values.getProperty(key))) {
            values.setProperty(key, plan.toString());
            save();
        }
    }

    private double number(String key) {
        return Double.parseDouble(values.getProperty(key));
    }

    private void save() {
        if (file.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.write(file.get(), out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "KesuDesk window settings");
                writer.flush();
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not save the settings to {}", file.get(), e);
        }
    }
}
