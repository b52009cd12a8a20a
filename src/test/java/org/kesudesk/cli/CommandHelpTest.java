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
