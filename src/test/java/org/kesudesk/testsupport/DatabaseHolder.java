package org.kesudesk.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@link HoldDatabase} in another JVM, so that a test sees the database as locked by a running app. */
public final class DatabaseHolder implements AutoCloseable {

    private final Process process;

    private DatabaseHolder(Process process) {
        this.process = process;
    }

    /** Starts the other process and returns once it holds the database open. */
    public static DatabaseHolder hold(Path database) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), database.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!HoldDatabase.READY.equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the holding process did not open the database: " + line);
        }
        return new DatabaseHolder(process);
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
