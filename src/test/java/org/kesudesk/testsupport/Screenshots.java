package org.kesudesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;

import org.testfx.api.FxRobot;

/**
 * Pictures of the window the tests drive, in target/screenshots for a person to look at. The README's pictures
 * are the same ones: run the window tests with {@code -Dkesudesk.readmePictures=docs/images} and those the README
 * shows are written there too, so that they follow the code.
 */
public final class Screenshots {

    /** The pictures the README shows, by the names the tests give them. */
    private static final java.util.Set<String> README = java.util.Set.of("main-window.png", "import-review.png",
            "matrix.png", "documents.png", "exchange-preview.png", "progress.png");

    private Screenshots() {
    }

    public static void save(FxRobot robot, Node root, String name) throws IOException {
        var image = robot.capture(root).getImage();
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        robot.robotContext().getCaptureSupport().saveImage(image, folder.resolve(name));
        String readme = System.getProperty("kesudesk.readmePictures", "");
        if (!readme.isBlank() && README.contains(name)) {
            robot.robotContext().getCaptureSupport().saveImage(image,
                    Files.createDirectories(Path.of(readme)).resolve(name));
        }
    }
}
