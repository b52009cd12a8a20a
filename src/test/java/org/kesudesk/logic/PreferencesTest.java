package org.kesudesk.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @TempDir
    Path folder;

    @Test
    void whatIsSet_isThereTheNextTime() throws IOException {
        Path file = folder.resolve("data").resolve(Preferences.FILE_NAME);
        Path exchangeFolder = Files.createDirectories(folder.resolve("U盘").resolve("交换"));
        Preferences preferences = Preferences.load(file);
        preferences.setWindowPlace(new Preferences.WindowPlace(120, 80, 1300, 860, true));
        preferences.setZoomPercent(130);
        preferences.addRecentFile(exchangeFolder.resolve("来自富裕县.kesu"));
        preferences.rememberFolderOf("kesu", exchangeFolder.resolve("来自富裕县.kesu"));

        Preferences again = Preferences.load(file);

        assertThat(again.windowPlace()).contains(new Preferences.WindowPlace(120, 80, 1300, 860, true));
        assertThat(again.zoomPercent()).isEqualTo(130);
        assertThat(again.recentFiles()).containsExactly(exchangeFolder.resolve("来自富裕县.kesu"));
        assertThat(again.lastFolder("kesu")).contains(exchangeFolder);
        assertThat(again.lastFolder("xlsx")).isEmpty();
    }

    @Test
    void recentFiles_areTheLatestEight_latestFirst_eachOnce() {
        Preferences preferences = Preferences.load(folder.resolve(Preferences.FILE_NAME));
        for (int i = 0; i < 10; i++) {
            preferences.addRecentFile(folder.resolve("方案" + i + ".docx"));
        }
        preferences.addRecentFile(folder.resolve("方案5.docx"));

        assertThat(Preferences.load(folder.resolve(Preferences.FILE_NAME)).recentFiles())
                .hasSize(Preferences.RECENT_KEPT)
                .startsWith(folder.resolve("方案5.docx"), folder.resolve("方案9.docx"), folder.resolve("方案8.docx"))
                .doesNotHaveDuplicates()
                .doesNotContain(folder.resolve("方案0.docx"), folder.resolve("方案1.docx"));
    }

    @Test
    void aDamagedOrMissingFile_givesTheDefaults() throws IOException {
        assertThat(Preferences.load(folder.resolve("none.properties")).zoomPercent()).isEqualTo(100);
        Path damaged = Files.writeString(folder.resolve(Preferences.FILE_NAME),
                "zoom=很大\nwindow.width=abc\nwindow.height=\\uZZZZ\n");

        Preferences preferences = Preferences.load(damaged);

        assertThat(preferences.zoomPercent()).isEqualTo(100);
        assertThat(preferences.windowPlace()).isEmpty();
        assertThat(preferences.recentFiles()).isEmpty();
    }

    @Test
    void theTextSize_staysWithinItsRange() {
        Preferences preferences = Preferences.load(folder.resolve(Preferences.FILE_NAME));
        preferences.setZoomPercent(500);
        assertThat(preferences.zoomPercent()).isEqualTo(Preferences.ZOOM_MAX);
        preferences.setZoomPercent(10);
        assertThat(preferences.zoomPercent()).isEqualTo(Preferences.ZOOM_MIN);
    }

    @Test
    void aFileThatCannotBeWritten_doesNotStopTheApp() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("occupied"), "a file where the folder should be");
        Preferences preferences = Preferences.load(notAFolder.resolve(Preferences.FILE_NAME));

        preferences.setZoomPercent(120);

        assertThat(preferences.zoomPercent()).as("kept while the app runs").isEqualTo(120);
    }

    @Test
    void theFirstWindow_isTheUsualSize_orALaptopsUsableArea_centred() {
        Preferences.WindowPlace large = Preferences.WindowPlace.first(0, 0, 1920, 1040);
        assertThat(large).isEqualTo(new Preferences.WindowPlace(360, 130, 1200, 780, false));
        // 1366 × 768 less a 40-pixel task bar: the window's foot (its status bar) stays on the screen
        Preferences.WindowPlace laptop = Preferences.WindowPlace.first(0, 0, 1366, 728);
        assertThat(laptop).isEqualTo(new Preferences.WindowPlace(83, 0, 1200, 728, false));
        // another window (生成公文) of its own size, the same way, on a second screen's area
        assertThat(Preferences.WindowPlace.centred(1100, 800, 1366, 0, 1366, 728))
                .isEqualTo(new Preferences.WindowPlace(1366 + 133, 0, 1100, 728, false));
    }

    @Test
    void aWindowKeptOnALargeMonitor_opensWithinALaptopsScreen() {
        Preferences.WindowPlace kept = new Preferences.WindowPlace(700, 300, 1800, 1000, false);
        assertThat(kept.within(0, 0, 1366, 728)).isEqualTo(new Preferences.WindowPlace(0, 0, 1366, 728, false));
        // one that fits is moved only as far as it must be: here up and left, onto a second screen's area
        Preferences.WindowPlace small = new Preferences.WindowPlace(2900, 900, 800, 600, true);
        assertThat(small.within(1920, 0, 1280, 984)).isEqualTo(new Preferences.WindowPlace(2400, 384, 800, 600, true));
        assertThat(small.within(0, 0, 4000, 2000)).isEqualTo(small);
    }
}
