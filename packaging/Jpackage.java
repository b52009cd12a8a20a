import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds KesuDesk's installers with the JDK's jpackage (which runs jlink): an app-image on every system, then a
 * .deb on Linux (Kylin and UOS are Debian-based) and a per-user .msi on Windows. Run by {@code ./mvnw -Ppackage
 * package} after the jar and its dependencies are in {@code target/package/input}; a single-file program
 * ({@code java packaging/Jpackage.java PROJECT_DIR VERSION}), not part of the app.
 */
public final class Jpackage {

    /** The Java modules the app and its libraries use (jlink keeps only these). */
    private static final String MODULES = "java.base,java.desktop,java.sql,java.naming,java.logging,java.xml,"
            + "java.scripting,java.management,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,"
            + "jdk.management,jdk.zipfs";
    /** The Windows installer's upgrade code: the same for every version, so a new one replaces the old. */
    private static final String WINDOWS_UPGRADE_UUID = "5b0d7a43-8f1e-4c59-9a57-2f6d1c3e8b21";
    private static final String NAME = "KesuDesk";
    /** Where the .deb installs the app (jpackage's /opt/PACKAGE). */
    private static final Path DEB_INSTALL_DIR = Path.of("/opt", "kesudesk");

    public static void main(String[] args) throws IOException, InterruptedException {
        Path project = Path.of(args[0]).toAbsolutePath();
        String version = args[1].replaceAll("[^0-9.].*$", "");
        Path target = project.resolve("target").resolve("package");
        Path input = target.resolve("input");
        Path image = target.resolve(NAME);
        deleteTree(image);
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        boolean windows = os.startsWith("windows");
        Path icons = project.resolve("packaging").resolve("icons");

        List<String> appImage = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", NAME,
                "--dest", target.toString(),
                "--input", input.toString(),
                "--main-jar", "kesudesk.jar",
                "--main-class", "org.kesudesk.Launcher",
                "--add-modules", MODULES,
                // jpackage's own jlink options, and the JDK's class-data archive for the runtime (made by running
                // the runtime's bin/java, which is therefore kept)
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files --generate-cds-archive",
                "--app-version", version,
                "--vendor", "KesuDesk",
                "--description", "KesuDesk: science-literacy plan management",
                "--copyright", "Copyright KesuDesk contributors, Apache License 2.0",
                "--icon", icons.resolve(windows ? "kesudesk.ico" : "kesudesk.png").toString(),
                "--java-options", "-Dfile.encoding=UTF-8",
                // the heap a city's 16 county plans need, and no more (a desk PC has other work to do)
                "--java-options", "-Xmx1g",
                "--java-options", "-XX:+UseSerialGC",
                // the quick compiler only: the app's work comes in bursts of seconds, which the optimising
                // compiler's threads slowed on a two-core desk PC instead of speeding up (README: why)
                "--java-options", "-XX:TieredStopAtLevel=1"));
        run(appImage);
        boolean deb = os.contains("linux") && commandExists("dpkg-deb") && commandExists("fakeroot");
        ClassDataArchive.make(project, image, windows, deb ? Optional.of(DEB_INSTALL_DIR) : Optional.empty());
        if (os.contains("linux")) {
            StartScript.write(image);
        }

        List<String> installer = new ArrayList<>(List.of(
                "--app-image", image.toString(),
                "--name", NAME,
                "--dest", target.toString(),
                "--app-version", version,
                "--vendor", "KesuDesk",
                "--description", "KesuDesk: science-literacy plan management",
                "--file-associations", project.resolve("packaging").resolve("kesu-files.properties").toString()));
        if (os.contains("linux")) {
            if (!deb) {
                System.out.println("No .deb: jpackage needs dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot);"
                        + " the app-image is in " + image);
                return;
            }
            installer.addAll(List.of("--type", "deb",
                    "--linux-package-name", "kesudesk",
                    "--linux-app-category", "office",
                    "--linux-menu-group", "Office",
                    "--linux-shortcut",
                    "--linux-package-deps", "libgtk-3-0, libgl1",
                    "--install-dir", DEB_INSTALL_DIR.getParent().toString(),
                    // jpackage's postinst, and the jars' dates the class-data archive was made with
                    "--resource-dir", project.resolve("packaging").resolve("linux").toString(),
                    "--icon", icons.resolve("kesudesk.png").toString()));
        } else if (windows) {
            installer.addAll(List.of("--type", "msi",
                    // staff without administrator rights install it for themselves
                    "--win-per-user-install",
                    "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                    "--win-menu", "--win-menu-group", NAME,
                    "--win-shortcut", "--win-shortcut-prompt",
                    "--win-dir-chooser",
                    "--icon", icons.resolve("kesudesk.ico").toString()));
        } else {
            System.out.println("No installer for " + os + "; the app-image is in " + image);
            return;
        }
        run(installer);
        try (Stream<Path> made = Files.list(target)) {
            made.filter(Files::isRegularFile).forEach(file -> System.out.println("Installer: " + file));
        }
    }

    private static void run(List<String> arguments) {
        ToolProvider jpackage = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jpackage"));
        System.out.println("jpackage " + String.join(" ", arguments));
        int exit = jpackage.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("jpackage failed with exit code " + exit);
        }
    }

    private static boolean commandExists(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * The class-data archive (AppCDS) that lets the app start faster: the classes a start-up loads, parsed and
     * verified once here and mapped into memory at each start. Made by starting the image's own launcher once
     * with {@code -XX:ArchiveClassesAtExit}: the window on the sample plan ({@code --startup-report}, which
     * closes it) where a display can be had (this desktop, or Xvfb through {@code xvfb-run}), else the command
     * line only; then named in the launcher's configuration. Java uses the archive only if the class path is the
     * one it was made with, and otherwise starts as before.
     */
    static final class ClassDataArchive {

        /** The date the jars carry when the archive is made for the .deb (as packaging/linux/postinst sets it). */
        private static final long JAR_DATE = 946_684_800_000L;

        private ClassDataArchive() {
        }

        /**
         * @param installedAt where the installer will put the app: Java 17 uses an archive only where it was made,
         *                    so it is made with the image copied there (if that folder is free and can be written)
         */
        static void make(Path project, Path built, boolean windows, Optional<Path> installedAt)
                throws IOException, InterruptedException {
            Path image = built;
            Optional<Path> place = installedAt.filter(dir -> !Files.exists(dir) && Files.isWritable(dir.getParent()));
            if (installedAt.isPresent() && place.isEmpty()) {
                System.out.println("The class-data archive is made in " + built + ", not in " + installedAt.get()
                        + " (taken, or not writable): the installed app will start without it");
            }
            if (place.isPresent()) {
                copyTree(built, place.get());
                image = place.get();
            }
            try {
                if (place.isPresent()) {
                    // the .deb's postinst gives the installed jars this date again (packing them changes it)
                    try (Stream<Path> jars = Files.list(image.resolve("lib").resolve("app"))) {
                        for (Path jar : jars.filter(f -> f.toString().endsWith(".jar")).toList()) {
                            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(JAR_DATE));
                        }
                    }
                }
                train(project, image, windows);
                if (place.isPresent()) {
                    Path from = image.resolve("lib").resolve("app");
                    Path to = built.resolve("lib").resolve("app");
                    Files.copy(from.resolve("kesudesk.jsa"), to.resolve("kesudesk.jsa"));
                    Files.copy(from.resolve(NAME + ".cfg"), to.resolve(NAME + ".cfg"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                if (place.isPresent()) {
                    deleteTree(place.get());
                }
            }
        }

        private static void copyTree(Path from, Path to) throws IOException {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }

        private static void train(Path project, Path image, boolean windows) throws IOException, InterruptedException {
            Path app = windows ? image.resolve("app") : image.resolve("lib").resolve("app");
            Path launcher = windows ? image.resolve(NAME + ".exe") : image.resolve("bin").resolve(NAME);
            Path archive = app.resolve("kesudesk.jsa");
            Path scratch = Files.createTempDirectory("kesudesk-cds");
            try {
                String db = scratch.resolve("db").resolve("kesudesk").toString();
                List<String> display = windows || System.getenv("DISPLAY") != null ? List.of()
                        : commandExists("xvfb-run") ? List.of("xvfb-run", "-a") : null;
                List<String> commandLineOnly = List.of(launcher.toString(), "--db", db, "region", "list");
                if (display != null) {
                    require(run(scratch, List.of(launcher.toString(), "--db", db, "plan", "import",
                            project.resolve("src/main/resources/org/kesudesk/samples/qiqihar-2022-16.txt").toString(),
                            "--accept-aliases"), null), scratch, "importing the sample");
                    List<String> training = new ArrayList<>(display);
                    training.addAll(List.of(launcher.toString(), "--db", db, "--startup-report"));
                    int exit = run(scratch, training, "-XX:ArchiveClassesAtExit=" + archive);
                    if (exit == NO_DESKTOP) {
                        // the app could not open its window here (on Linux: no GTK 3): the package is still built
                        System.out.println("WARNING: the window could not open on this machine (on Linux it needs "
                                + "GTK 3: apt-get install libgtk-3-0); the class-data archive covers the command "
                                + "line only, and the window will start slower");
                        require(run(scratch, commandLineOnly, "-XX:ArchiveClassesAtExit=" + archive), scratch,
                                "the command-line training run");
                    } else {
                        require(exit, scratch, "the window's training run");
                    }
                } else {
                    System.out.println("No display and no xvfb-run: the class-data archive covers the command line only");
                    require(run(scratch, commandLineOnly, "-XX:ArchiveClassesAtExit=" + archive), scratch,
                            "the command-line training run");
                }
                if (!Files.exists(archive)) {
                    throw new IllegalStateException("the class-data archive was not made");
                }
            } finally {
                deleteTree(scratch);
            }
            Path config = app.resolve(NAME + ".cfg");
            String text = Files.readString(config);
            Files.writeString(config, text.replace("[JavaOptions]\n", "[JavaOptions]\n"
                    + "java-options=-XX:SharedArchiveFile=$APPDIR/kesudesk.jsa\njava-options=-Xshare:auto\n"));
            System.out.println("Class-data archive: " + archive + " (" + Files.size(archive) / 1024 + " KB)");
        }

        /** The app's exit code when its window cannot open (Cli.EXIT_NO_DESKTOP). */
        private static final int NO_DESKTOP = 4;

        private static void require(int exit, Path scratch, String what) throws IOException {
            if (exit != 0) {
                System.out.println(Files.readString(scratch.resolve("training.log")));
                throw new IllegalStateException("the class-data archive could not be made: " + what + " failed ("
                        + exit + ")");
            }
        }

        /** Runs the launcher with its output in the scratch folder's log (and its data folder there too). */
        private static int run(Path scratch, List<String> command, String javaOptions)
                throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(scratch.resolve("training.log").toFile()));
            if (javaOptions != null) {
                builder.environment().put("JAVA_TOOL_OPTIONS", javaOptions + " -Xlog:cds=off");
            }
            builder.environment().put("XDG_DATA_HOME", scratch.toString());
            builder.environment().put("APPDATA", scratch.toString());
            return builder.start().waitFor();
        }
    }

    /**
     * {@code bin/kesudesk}, which the menu entry and the .kesu file type start: the app as {@code bin/KesuDesk}
     * starts it (the same Java options and class path, read from the launcher's configuration, so that the
     * class-data archive fits), without the jpackage launcher's asking the package manager ({@code dpkg -S}) which
     * package it belongs to, which took half a second of every start.
     */
    static final class StartScript {

        private StartScript() {
        }

        static void write(Path image) throws IOException {
            Path config = image.resolve("lib").resolve("app").resolve(NAME + ".cfg");
            List<String> classPath = new ArrayList<>();
            List<String> options = new ArrayList<>();
            String mainClass = null;
            for (String line : Files.readAllLines(config)) {
                if (line.startsWith("app.classpath=")) {
                    classPath.add(line.substring("app.classpath=".length()));
                } else if (line.startsWith("java-options=")) {
                    options.add(line.substring("java-options=".length()));
                } else if (line.startsWith("app.mainclass=")) {
                    mainClass = line.substring("app.mainclass=".length());
                }
            }
            StringBuilder script = new StringBuilder();
            script.append("#!/bin/sh\n")
                    .append("# Starts KesuDesk as bin/").append(NAME).append(" does (its Java options and class path, from\n")
                    .append("# lib/app/").append(NAME).append(".cfg), without the jpackage launcher's query of the package manager.\n")
                    .append("ROOT=$(dirname \"$(dirname \"$(readlink -f \"$0\")\")\")\n")
                    .append("APPDIR=\"$ROOT/lib/app\"\n")
                    .append("exec \"$ROOT/lib/runtime/bin/java\"");
            for (String option : options) {
                script.append(" \\\n    \"").append(option).append('"');
            }
            script.append(" \\\n    -cp \"").append(String.join(":", classPath)).append('"')
                    .append(" \\\n    ").append(mainClass).append(" \"$@\"\n");
            Path file = image.resolve("bin").resolve("kesudesk");
            Files.writeString(file, script.toString());
            file.toFile().setExecutable(true, false);
            System.out.println("Start script: " + file);
        }
    }
}
