package org.kesudesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

class LogFilesTest {

    @Test
    void aLibrarysMessageRepeatedWithoutEnd_isKeptTwentyTimes_andTheAppsOwnAllTimes(@TempDir Path folder)
            throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        String before = System.getProperty(Launcher.LOG_FOLDER_PROPERTY);
        System.setProperty(Launcher.LOG_FOLDER_PROPERTY, folder.toString());
        try {
            new LogFiles().configure(context);
        } finally {
            if (before == null) {
                System.clearProperty(Launcher.LOG_FOLDER_PROPERTY);
            } else {
                System.setProperty(Launcher.LOG_FOLDER_PROPERTY, before);
            }
        }
        Logger library = context.getLogger("org.apache.pdfbox.contentstream.operator.DrawObject");
        Logger other = context.getLogger("org.apache.poi.Other");
        Logger app = context.getLogger("org.kesudesk.logic.Something");
        for (int i = 0; i < 100_000; i++) {
            library.error("recursion is too deep, skipping form XObject");
            library.warn("form {} skipped", i);
        }
        other.warn("once");
        library.debug("below the level: neither logged nor counted");
        for (int i = 0; i < 50; i++) {
            app.warn("an edit of the app's own, number {}", i);
        }
        context.stop();

        List<String> lines = Files.readAllLines(folder.resolve("kesudesk.log"), StandardCharsets.UTF_8);
        assertThat(lines).filteredOn(line -> line.contains("recursion is too deep")).hasSize(
                LogFiles.RepeatedLibraryMessages.REPEATS);
        assertThat(lines).filteredOn(line -> line.contains("form ") && line.contains(" skipped")).hasSize(
                LogFiles.RepeatedLibraryMessages.REPEATS);
        assertThat(lines).filteredOn(line -> line.endsWith("once")).hasSize(1);
        assertThat(lines).filteredOn(line -> line.contains("an edit of the app's own")).hasSize(50);
        assertThat(lines).noneMatch(line -> line.contains("below the level"));
    }
}
