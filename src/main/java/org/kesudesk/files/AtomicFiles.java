package org.kesudesk.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a file so that it is either complete or not there: the bytes go to a {@code .part} file next to it, which
 * is moved into place only when written. A failure leaves the file that was there before, and no half file.
 *
 * <p>When the disk fails the writing (full, write-protected, a USB stick pulled out), that failure is what the caller
 * gets, whatever the library that wrote the content made of it: POI and OpenPDF wrap it in exceptions of their own
 * (or only log it), and the user is to be told the disk is full, not that something unexpected happened.
 */
public final class AtomicFiles {

    /** Writes the content; may throw what writing throws. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One step of writing to a stream. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes the file (making its folder if needed).
     *
     * @throws IOException      if the file cannot be written — the disk's own failure, if writing to it failed, even
     *                          where the content's writer threw something else or carried on; the partial file is
     *                          removed
     * @throws RuntimeException what the content threw, the disk not having failed; the partial file is removed too
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Watched watched = null;
        try {
            Files.createDirectories(target.getParent());
            try (Watched out = new Watched(Files.newOutputStream(partial))) {
                watched = out;
                content.writeTo(out);
                // a writer that caught the disk's failure and carried on has not written the file
                out.throwIfFailed();
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AccessDeniedException denied) {
                // Windows refuses to replace a file another program holds open (Word, WPS, a PDF reader) as access
                // denied: the folder took the new file and the old one may be written, so that is what it is
                if (Files.exists(target) && Files.isWritable(target)) {
                    throw new FileInUseException(target, denied);
                }
                throw denied;
            }
        } catch (IOException | RuntimeException e) {
            Exception thrown = e;
            IOException disk = watched == null ? null : watched.failure;
            if (disk != null && disk != e) {
                disk.addSuppressed(e);
                thrown = disk;
            }
            try {
                Files.deleteIfExists(partial);
            } catch (IOException suppressed) {
                thrown.addSuppressed(suppressed);
            }
            if (thrown instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) thrown;
        }
    }

    /** The file's stream, keeping the first failure of the disk under it. */
    private static final class Watched extends FilterOutputStream {
        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            watched(() -> out.write(b));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            watched(() -> out.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            watched(out::flush);
        }

        @Override
        public void close() throws IOException {
            watched(out::close);
        }

        /** A step on the file's stream, its failure kept (the first) and thrown on. */
        private void watched(Step step) throws IOException {
            try {
                step.run();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }

        void throwIfFailed() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
