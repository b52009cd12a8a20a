package org.kesudesk.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.exchange.OfficeKeys;
import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.logic.PlanChecks;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.Role;
import org.kesudesk.model.TextRules;
import org.kesudesk.store.Backups;

/** Every message key the code uses exists, and every key in the bundle is used. */
class MessagesTest {

    /** Keys that picocli looks up by itself (usage help headings, option and command descriptions). */
    private static final Pattern PICOCLI_KEY =
            Pattern.compile("usage\\..*|help|version|db|json|encoding|accept-aliases|accept-new-units|accept-incomplete|to-simplified|again|columns|dry-run|plan\\.import\\.file|db\\.restore\\.file|window\\.file|startup-report|plan\\.use\\.id"
                    + "|ref|role|position|limit|unit\\.(name|old|new|alias|into)"
                    + "|deadline\\.value|round\\.name|round\\.outsidePeriod|due|from|to|round|unit|status|percent|text|problems|next|date|all|attach|progress\\.ledger\\.(files|out)|progress\\.warningDays\\.days"
                    + "|indicator\\.id|format|out|with-division|one-side|urgency|year|value|source|reply-by|doc-number|issuer|per-unit|record-chase|frame|save-frame|all-tasks|plan\\.from|form|db\\.migrateTo\\.url"
                    + "|kesudesk(\\.[a-z-]+)*\\.usage\\.description"
                    // an option's description for one command only (plan import's --region, from a mixin)
                    + "|kesudesk\\.plan\\.import\\.unit\\.region");
    /** String literals that look like message keys: known prefixes, dotted; not file names (plan.json, content.xml). */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|menu|about|main|details|node|store|check|cli|parse|import|edit|audit|ref|plan|matrix|units|tab|dialog|documents|region|exchange|ledger|backup|restore|diagnostics|startup|content|failure|navigator|unit|progress|indicator|workplan|connection|others)\\.(?!(?:json|xml)\")[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    /** A line, a row or a year is written as numbered; a count of things keeps its groups of digits. */
    @Test
    void aNumberThatNamesALineOrAYear_isNotGrouped_aCountIs() {
        assertThat(Messages.get("parse.error.tooManyNodes", 123456, 20000)).startsWith("文件到第 123456 行")
                .contains("超过 20,000 个条目");
        assertThat(Messages.get("progress.round.open.defaultName", 2026, "上半年")).isEqualTo("2026年上半年");
        assertThat(Messages.get("check.badPeriod", "方案", 2025, 2021)).contains("（2025年—2021年）");
        assertThat(Messages.get("cli.import.warning", 12000L, "x")).startsWith("第 12000 行");
        // given as text already, as most callers do
        assertThat(Messages.get("progress.round.open.defaultName", "2026", "下半年")).isEqualTo("2026年下半年");
    }

    @Test
    void everyKeyTheCodeUses_exists() {
        Set<String> missing = new TreeSet<>(keysInSources());
        missing.removeAll(Messages.bundle().keySet());
        missing.removeAll(auditActionsInSources());

        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyInTheBundle_isUsed() {
        Set<String> used = keysInSources();
        // keys built from enum names
        for (NodeKind kind : NodeKind.values()) {
            used.add("node.kind." + kind.name());
        }
        for (Role role : Role.values()) {
            used.add("node.units." + role.name());
            used.add("matrix.cell." + role.name());
            used.add("units.duty." + role.name());
            used.add("documents.units." + role.name());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            used.add("documents.kind." + kind.name());
        }
        for (OfficeKeys.ImportResult result : OfficeKeys.ImportResult.values()) {
            used.add("cli.key.import." + result.name());
        }
        for (RegionKind kind : RegionKind.values()) {
            used.add("region.kind." + kind.name());
        }
        for (OutputFormat format : OutputFormat.values()) {
            used.add("documents.file." + format.extension());
            // 进展 ▸ 督办通知单 offers each format by its save label
            used.add("documents.save." + format.extension());
        }
        for (org.kesudesk.model.IndicatorPeriod period : org.kesudesk.model.IndicatorPeriod.values()) {
            used.add("indicator.period." + period.name());
        }
        // the exchange's file dialogs: .kesu files and Excel ledgers
        for (Backups.Kind kind : Backups.Kind.values()) {
            used.add("backup.kind." + kind.name());
        }
        used.add("documents.file.kesu");
        used.add("documents.file.xlsx");
        used.add("documents.file.zip");
        for (PlanChecks.Kind kind : PlanChecks.Kind.values()) {
            used.add("check.plan." + kind.name());
        }
        for (PlanMerge.ChangeType type : PlanMerge.ChangeType.values()) {
            used.add("exchange.change." + type.name());
            used.add("cli.exchange.change." + type.name());
        }
        for (PlanMerge.Choice choice : PlanMerge.Choice.values()) {
            used.add("exchange.choice." + choice.name());
        }
        for (PlanMerge.RowKind kind : PlanMerge.RowKind.values()) {
            used.add("exchange.row." + kind.name());
        }
        for (org.kesudesk.parse.UnitRule rule : org.kesudesk.parse.UnitRule.values()) {
            used.add("parse.rule." + rule.name());
        }
        for (org.kesudesk.model.Role role : org.kesudesk.model.Role.values()) {
            used.add("import.review.role." + role.name());
        }
        for (org.kesudesk.parse.ColumnRole role : org.kesudesk.parse.ColumnRole.values()) {
            used.add("column.role." + role.name());
        }
        for (TextRules.Problem problem : TextRules.Problem.values()) {
            used.add("content.problem." + problem.name());
        }
        for (org.kesudesk.model.ProgressStatus status : org.kesudesk.model.ProgressStatus.values()) {
            used.add("progress.status." + status.name());
        }
        for (org.kesudesk.model.Evidence.Problem problem : org.kesudesk.model.Evidence.Problem.values()) {
            used.add("progress.evidence.error." + problem.name());
            used.add("exchange.problem.evidence." + problem.name());
        }
        for (org.kesudesk.model.ChaseMeans means : org.kesudesk.model.ChaseMeans.values()) {
            used.add("progress.chase.means." + means.name());
            used.add("progress.chase.way." + means.name());
        }
        for (org.kesudesk.model.StatusLight light : org.kesudesk.model.StatusLight.values()) {
            used.add("progress.light." + light.name());
        }
        for (org.kesudesk.logic.progress.Bulletins.Figure figure : org.kesudesk.logic.progress.Bulletins.Figure.values()) {
            used.add("progress.bulletin.figure." + figure.name());
        }
        for (org.kesudesk.store.ServerProbe.Kind kind : org.kesudesk.store.ServerProbe.Kind.values()) {
            used.add("connection.test." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        auditActionsInSources().forEach(action -> used.add("audit.action." + action));
        // recorded by earlier versions and still in users' audit logs
        used.add("audit.action.plan.makeCurrent");
        Set<String> unused = new TreeSet<>(Messages.bundle().keySet());
        unused.removeAll(used);
        unused.removeIf(key -> PICOCLI_KEY.matcher(key).matches());

        assertThat(unused).isEmpty();
    }

    @Test
    void theAuditLogsWording_isNotInTheStore_butWhereTheEditIsNamed() throws IOException {
        // the store records what its caller says a change is (PlanEditor, the exchange, the commands)
        List<Path> wording = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "org", "kesudesk", "store"))) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("\"audit.summary."))
                    .forEach(wording::add);
        }
        assertThat(wording).isEmpty();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("\"audit.summary.")).toList())
                    .as("the audit log's wording is used somewhere").isNotEmpty();
        }
    }

    @Test
    void everyAuditActionTheStoreRecords_hasAName() {
        Set<String> actions = auditActionsInSources();

        assertThat(actions).contains("assignment.add", "node.delete", "unit.merge");
        assertThat(actions).allSatisfy(action -> assertThat(Messages.get("audit.action." + action)).isNotBlank());
    }

    @Test
    void enumKeysExist_forEveryKindAndRole() {
        for (NodeKind kind : NodeKind.values()) {
            assertThat(Messages.get("node.kind." + kind.name())).isNotBlank();
        }
        for (Role role : Role.values()) {
            assertThat(Messages.get("node.units." + role.name())).isNotBlank();
        }
    }

    /** The actions passed to AuditLog.Change.of, and those chosen in AssignmentRepository. */
    private static Set<String> auditActionsInSources() {
        Set<String> actions = new TreeSet<>();
        Pattern action = Pattern.compile("(?:Change\\.of\\(|action = )\"([a-z]+\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "org", "kesudesk", "store"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = action.matcher(read(file));
                while (matcher.find()) {
                    actions.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    private static Set<String> keysInSources() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = KEY_LITERAL.matcher(read(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
