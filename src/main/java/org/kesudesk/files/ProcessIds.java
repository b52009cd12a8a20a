package org.kesudesk.files;

/**
 * Files named after the process that made them (a database being made, a window's notice that it is open): whether
 * that process still runs, or the file was left by one that ended (killed, the power cut) and means nothing now.
 */
public final class ProcessIds {

    private ProcessIds() {
    }

    /** Whether the process of this id, as written in a file's name, is running; false for what is no id. */
    public static boolean running(String id) {
        return id.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(id)).map(ProcessHandle::isAlive)
                .orElse(false);
    }
}
