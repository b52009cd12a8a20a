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

    /**
     * What a template whose last page has a footer of its own (the notice's, holding its 版记) is also compiled as
     * without that footer, after its name: filled where the footer would print nothing (the 版记 goes with an
     * attachment), its room is not kept at the foot of the last page — a last page filled below it would otherwise
     * put its page number on a page of its own.
     */
    static final String WITHOUT_LAST_PAGE_FOOTER = "-without-last-page-footer";

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
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", "");
            net.sf.jasperreports.engine.design.JasperDesign design =
                    net.sf.jasperreports.engine.xml.JRXmlLoader.load(template.toFile());
            Path compiled = target.resolve(name + ".jasper");
            Path without = target.resolve(name + WITHOUT_LAST_PAGE_FOOTER + ".jasper");
            boolean withFooter = design.getLastPageFooter() != null;
            if (newer(compiled, template) && (!withFooter || newer(without, template))) {
                continue;
            }
            JasperCompileManager.compileReportToFile(design, compiled.toString());
            if (withFooter) {
                design.setLastPageFooter(null);
                JasperCompileManager.compileReportToFile(design, without.toString());
            }
        }
    }

    private static boolean newer(Path compiled, Path template) throws IOException {
        return Files.exists(compiled)
                && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0;
    }
}
