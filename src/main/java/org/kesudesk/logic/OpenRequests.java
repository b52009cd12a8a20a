package org.kesudesk.logic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.kesudesk.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file opened from the desktop (a {@code .kesu} double-clicked in the mail, a plan document opened with the app)
 * while the app's window is already open on its database: handed to that window, which opens it, instead of a
 * second window that cannot open the database in use; and the app started again from the menu brings that window forward. Files in the user's data folder carry it — no socket, nothing leaves the computer:
 * each open window keeps a file saying which database it has open (gone when it closes; one of a process no longer
 * running is ignored), and a request is a file naming the database and the exchange file, taken (deleted) by the
 * window within a second or two.
 */
public final class OpenRequests {

    private static final Logger LOG = LoggerFactory.getLogger(OpenRequests.class);
    private static final String WINDOW = "window-";
    private static final String REQUEST = "request-";
    private static final String SUFFIX = ".txt";
    /** A request or a window's file is two lines: anything longer is not one of the app's own. */
    private static final long MAX_BYTES = 8 * 1024;
    /** How often a request is looked at to see whether the window took it. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(100);

    private final Path folder;

    private OpenRequests(Path folder) {
        this.folder = folder;
    }

    /** The requests kept in this data folder (the user's, {@link AppDirectories#dataFolder}). */
    public static OpenRequests in(Path dataFolder) {
        return new OpenRequests(dataFolder.resolve("open-requests"));
    }

    /** An open window's notice that it has the database open; {@link #close} takes it back. */
    public static final class Presence implements AutoCloseable {
        private final Path file;

        private Presence(Path file) {
            this.file = file;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("could not delete {}", file, e);
            }
        }
    }

    /** Says that this process's window has the database named by {@code databaseKey} open. */
    public Presence announce(String databaseKey) {
        Path file = folder.resolve(WINDOW + ProcessHandle.current().pid() + SUFFIX);
        try {
            AtomicFiles.write(file, out -> out.write((databaseKey + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // without it the window works as ever; a second start says the database is in use
            LOG.warn("could not say the window is open in {}", folder, e);
        }
        return new Presence(file);
    }

    /** Whether a window of a running process has this database open. */
    public boolean windowOpenOn(String databaseKey) {
        for (Path file : files(WINDOW)) {
            String name = file.getFileName().toString();
            String pid = name.substring(WINDOW.length(), name.length() - SUFFIX.length());
            if (org.kesudesk.files.ProcessIds.running(pid) && lines(file).filter(lines -> lines.get(0).equals(databaseKey)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands the exchange file to the window open on the database, if there is one, and waits for it to take it.
     *
     * @return whether a window took it; if not (none is open, or it did not answer in time), nothing is left asking
     */
    public boolean handOver(String databaseKey, Path exchangeFile, Duration wait) {
        return ask(databaseKey, Optional.of(exchangeFile), wait);
    }

    /**
     * Asks the window open on the database, if there is one, to come forward (the app started again from the menu by
     * someone who did not find its window), and waits for it to answer.
     *
     * @return whether a window answered; if not, nothing is left asking
     */
    public boolean callForward(String databaseKey, Duration wait) {
        return ask(databaseKey, Optional.empty(), wait);
    }

    private boolean ask(String databaseKey, Optional<Path> exchangeFile, Duration wait) {
        if (!windowOpenOn(databaseKey)) {
            return false;
        }
        Path request = folder.resolve(REQUEST + org.kesudesk.model.Ids.newId() + SUFFIX);
        String text = databaseKey + "\n" + exchangeFile.map(file -> file.toAbsolutePath() + "\n").orElse("");
        try {
            AtomicFiles.write(request, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.warn("could not ask the window in {}", folder, e);
            return false;
        }
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            if (!Files.exists(request)) {
                return true;
            }
            try {
                Thread.sleep(LOOK_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            // deleted here, or taken at the last moment: either way no window takes it later
            return !Files.deleteIfExists(request);
        } catch (IOException e) {
            return false;
        }
    }

    /** What the window was asked: to come forward (asked at all), and the exchange files to import, oldest first. */
    public record Taken(boolean asked, List<Path> files) {
    }

    /** Takes the requests for this database; each is deleted. */
    public Taken take(String databaseKey) {
        List<Path> toOpen = new ArrayList<>();
        boolean asked = false;
        List<Path> requests = new ArrayList<>(files(REQUEST));
        requests.sort(java.util.Comparator.comparing(OpenRequests::modified));
        for (Path request : requests) {
            Optional<List<String>> lines = lines(request);
            if (lines.isEmpty() || !lines.get().get(0).equals(databaseKey)) {
                continue;
            }
            try {
                // taken only if this window deleted it: the sender gives up by deleting it too
                if (Files.deleteIfExists(request)) {
                    asked = true;
                    if (lines.get().size() > 1 && !lines.get().get(1).isBlank()) {
                        toOpen.add(Path.of(lines.get().get(1)));
                    }
                }
            } catch (IOException | InvalidPathException e) {
                LOG.warn("could not take the request {}", request, e);
            }
        }
        return new Taken(asked, List.copyOf(toOpen));
    }

    private List<Path> files(String prefix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(SUFFIX);
            }).toList();
        } catch (IOException e) {
            LOG.debug("could not list {}", folder, e);
            return List.of();
        }
    }

    /** The file's lines, if it is a small text file still there. */
    private static Optional<List<String>> lines(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(lines);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }
}
