package org.kesudesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.AppDirectoriesFixture;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code --help} tells a clerk at the command line: every command says what it does, and every option and
 * parameter what it takes, in Chinese, from the bundle.
 */
class CommandHelpTest {

    @TempDir
    Path folder;

    @Test
    void everyCommandOptionAndParameter_isDescribedInChinese() {
        CommandLine top = new CommandLine(new KesuDeskCommand(Map.of(), AppDirectoriesFixture.linux(folder),
                request -> Optional.empty())).setResourceBundle(Messages.bundle());
        List<String> undescribed = new ArrayList<>();
        List<String> notChinese = new ArrayList<>();
        walk(top.getCommandSpec(), undescribed, notChinese);

        assertThat(undescribed).as("commands, options and parameters --help leaves blank").isEmpty();
        assertThat(notChinese).as("descriptions with no Chinese in them").isEmpty();
    }

    @Test
    void anOptionSharedByName_isDescribedForTheCommandsItMeansSomethingElseIn() {
        CommandLine top = new CommandLine(new KesuDeskCommand(Map.of(), AppDirectoriesFixture.linux(folder),
                request -> Optional.empty())).setResourceBundle(Messages.bundle());
        // --out of a command that writes one file never speaks of --per-unit; --from of a command that copies a
        // plan is no date; --region of plan import names the plan's region, not only its units' catalogue
        assertThat(description(top, "--out", "exchange", "export")).doesNotContain("--per-unit");
        assertThat(description(top, "--out", "exchange", "ledger-export")).doesNotContain("--per-unit");
        assertThat(description(top, "--out", "render")).doesNotContain("--per-unit");
        assertThat(description(top, "--out", "render", "supervision")).contains("--per-unit");
        assertThat(description(top, "--from", "plan", "derive")).doesNotContain("日期");
        assertThat(description(top, "--from", "round", "open")).contains("日期");
        assertThat(description(top, "--region", "plan", "import")).contains("方案所属");
        assertThat(description(top, "--region", "unit", "list")).doesNotContain("方案所属");
    }

    @Test
    void everyCommandsHelp_fitsAnEightyColumnTerminal() {
        CommandLine top = new CommandLine(new KesuDeskCommand(Map.of(), AppDirectoriesFixture.linux(folder),
                request -> Optional.empty())).setResourceBundle(Messages.bundle());
        List<String> tooWide = new ArrayList<>();
        List<String> optionsMisaligned = new ArrayList<>();
        helpLines(top, tooWide, optionsMisaligned);

        // a Chinese character takes two columns of a terminal: a line picocli counts as 80 characters may take 90
        assertThat(tooWide).as("help lines wider than 80 terminal columns").isEmpty();
        assertThat(optionsMisaligned).as("option descriptions not starting in their column").isEmpty();
    }

    private static void helpLines(CommandLine command, List<String> tooWide, List<String> optionsMisaligned) {
        String[] lines = command.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\\R");
        Integer column = null;
        for (String line : lines) {
            if (columns(line) > 80) {
                tooWide.add(command.getCommandName() + ": " + line);
            }
            java.util.regex.Matcher option = OPTION_LINE.matcher(line);
            if (option.find()) {
                int at = columns(line.substring(0, option.end(1)));
                if (column == null) {
                    column = at;
                } else if (at != column) {
                    optionsMisaligned.add(command.getCommandName() + ": " + line);
                }
            }
        }
        for (CommandLine sub : command.getSubcommands().values().stream().distinct().toList()) {
            helpLines(sub, tooWide, optionsMisaligned);
        }
    }

    /** An option's line: its names, then spaces up to its description (a Chinese character). */
    private static final java.util.regex.Pattern OPTION_LINE =
            java.util.regex.Pattern.compile("^\\s+-\\S.*?\\s{2,}()\\p{IsHan}");

    /** The columns a terminal gives a line: two for a wide character (Chinese, full-width punctuation). */
    private static int columns(String line) {
        return line.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    private static String description(CommandLine top, String option, String... path) {
        CommandLine command = top;
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        return String.join(" ", command.getCommandSpec().findOption(option).description());
    }

    private static void walk(CommandSpec command, List<String> undescribed, List<String> notChinese) {
        String name = command.qualifiedName(" ");
        check(name, command.usageMessage().description(), undescribed, notChinese);
        for (ArgSpec arg : command.args()) {
            String label = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            check(name + " " + label, arg.description(), undescribed, notChinese);
        }
        for (CommandLine sub : command.subcommands().values().stream().distinct().toList()) {
            walk(sub.getCommandSpec(), undescribed, notChinese);
        }
    }

    private static void check(String what, String[] description, List<String> undescribed, List<String> notChinese) {
        String text = String.join("", description).strip();
        if (text.isEmpty()) {
            undescribed.add(what);
        } else if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            notChinese.add(what + ": " + Arrays.toString(description));
        }
    }
}
