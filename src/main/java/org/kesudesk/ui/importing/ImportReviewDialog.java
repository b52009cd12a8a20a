package org.kesudesk.ui.importing;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanStatistics;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.ui.tree.PlanTreeView;
import org.kesudesk.ui.tree.PlanTreeViewModel;

/**
 * Shows what a plan document gave before anything is stored: the tree (browsable, with each node's units), the
 * warnings with their line numbers, the alias suggestions to accept or reject one by one, and where each unit was
 * found; for a document in traditional characters, the offer to store it in simplified ones. Its result is what the
 * user chose ({@link org.kesudesk.ui.ImportChoice}); no result means the user cancelled.
 */
public final class ImportReviewDialog extends Dialog<org.kesudesk.ui.ImportChoice> {

    /** @param traditional whether the document is in traditional characters: the dialog offers simplified ones */
    public ImportReviewDialog(ParseReport report, boolean traditional) {
        setTitle(Messages.get("import.review.title"));
        setResizable(true);
        getDialogPane().setId("importReview");
        getDialogPane().setPrefSize(1040, 700);

        PlanStatistics stats = PlanStatistics.of(report.document());
        Label summary = new Label(Messages.get("import.review.summary", report.source(), report.encoding(),
                report.document().plan().docNumber(), report.document().plan().title(), stats.items(),
                stats.tasks(), stats.units(), stats.assignments(), stats.indicators()));
        summary.setWrapText(true);
        summary.setId("importSummary");

        PlanTreeViewModel preview = new PlanTreeViewModel();
        preview.planProperty().set(report.document());
        Tab tree = new Tab(Messages.get("import.review.tab.tree"), new PlanTreeView(preview));

        ListView<String> warnings = new ListView<>();
        warnings.setId("importWarnings");
        report.warnings().forEach(w -> warnings.getItems().add(w.line() > 0
                ? Messages.get("import.review.warningAt", w.line(), w.message().text())
                : w.message().text()));
        warnings.setPlaceholder(new Label(Messages.get("import.review.noWarnings")));
        Tab warningsTab = new Tab(Messages.get("import.review.tab.warnings", report.warnings().size()), warnings);

        List<CheckBox> aliasChoices = new ArrayList<>();
        VBox aliases = new VBox(10, new Label(Messages.get("import.review.aliasesHelp")));
        aliases.setPadding(new Insets(12));
        for (AliasSuggestion suggestion : report.aliasSuggestions()) {
            CheckBox choice = new CheckBox(Messages.get("import.review.alias", suggestion.alias(),
                    suggestion.canonical(), suggestion.line()));
            choice.setId("alias-" + aliasChoices.size());
            choice.setUserData(suggestion);
            aliasChoices.add(choice);
            aliases.getChildren().add(choice);
        }
        if (aliasChoices.isEmpty()) {
            aliases.getChildren().add(new Label(Messages.get("import.review.noAliases")));
        }
        Tab aliasesTab = new Tab(Messages.get("import.review.tab.aliases", aliasChoices.size()),
                new ScrollPane(aliases));

        // every unit the parser attributed: the node, the line, and how the document said it
        ListView<String> sources = new ListView<>();
        sources.setId("importSources");
        report.sources().forEach(source -> sources.getItems().add(Messages.get("import.review.source", source.line(),
                source.node(), source.unit(), Messages.get("import.review.role." + source.role().name()),
                Messages.get("parse.rule." + source.rule().name()))));
        Tab sourcesTab = new Tab(Messages.get("import.review.tab.sources", report.sources().size()), sources);

        TabPane tabs = new TabPane(tree, warningsTab, aliasesTab, sourcesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane content = new BorderPane(tabs);
        content.setTop(summary);
        // a plan in traditional characters is stored as written, or in simplified ones if the user says so
        CheckBox toSimplified = new CheckBox(Messages.get("import.review.toSimplified"));
        toSimplified.setId("toSimplified");
        if (traditional) {
            content.setBottom(toSimplified);
            BorderPane.setMargin(toSimplified, new Insets(10, 0, 0, 0));
        }
        BorderPane.setMargin(summary, new Insets(0, 0, 10, 0));
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(Messages.get("import.review.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("import.review.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        setResultConverter(button -> button == save
                ? new org.kesudesk.ui.ImportChoice(aliasChoices.stream().filter(CheckBox::isSelected)
                        .map(choice -> (AliasSuggestion) choice.getUserData()).toList(), toSimplified.isSelected())
                : null);
    }
}
