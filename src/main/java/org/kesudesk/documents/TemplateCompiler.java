package org.kesudesk.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles the JRXML templates to .jasper files at build time (Maven's compile phase runs it), so that the app
 * needs no Java compiler and spends no time compiling when it renders. Not part of the running app.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /** Arguments: the folder of .jrxml files, the folder to write the .jasper files to. */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler SOURCE_FOLDER TARGET_FOLDER");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = target.resolve(name);
            if (Files.exists(compiled)
                    && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
        }
    }
}
