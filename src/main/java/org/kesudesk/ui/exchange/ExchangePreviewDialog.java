package org.kesudesk.ui.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.l10n.Messages;

/**
 * What an import (an exchange file, a filled-in ledger) would change here: who sent it, the counts of rows
 * added, changed and removed, each change, and the conflicts side by side, each with a choice (keep mine or take
 * the file's). 导入 returns the choices; 取消 or Esc imports nothing.
 */
public final class ExchangePreviewDialog extends Dialog<Map<UUID, PlanMerge.Choice>> {

    private final Map<UUID, PlanMerge.Choice> choices = new HashMap<>();

    public ExchangePreviewDialog(ChangeReview review) {
        setTitle(review.title());
        setHeaderText(review.header());
        getDialogPane().setId("exchangePreview");
        PlanMerge.Result merge = review.merge();
        merge.conflicts().forEach(c -> choices.put(c.id(), c.choice()));

        Label summary = new Label(review.summary());
        summary.setId("exchangeSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, summary);

        TableView<PlanMerge.RowChange> changes = new TableView<>(FXCollections.observableArrayList(merge.changes()));
        changes.setId("exchangeChanges");
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label(Messages.get("exchange.preview.noChanges")));
        changes.getColumns().setAll(List.of(
                column(Messages.get("exchange.preview.column.change"), 80,
                        c -> Messages.get("exchange.change." + c.type().name())),
                column(Messages.get("exchange.preview.column.kind"), 90,
                        c -> Messages.get("exchange.row." + c.kind().name())),
                wrapping(column(Messages.get("exchange.preview.column.subject"), 220, PlanMerge.RowChange::subject)),
                wrapping(column(Messages.get("exchange.preview.column.before"), 230, c -> c.before().orElse(""))),
                wrapping(column(Messages.get("exchange.preview.column.after"), 230, c -> c.after().orElse("")))));
        VBox.setVgrow(changes, Priority.ALWAYS);
        content.getChildren().add(changes);

        if (!merge.conflicts().isEmpty()) {
            Label conflictsTitle = new Label(Messages.get("exchange.preview.conflicts", merge.conflicts().size()));
            conflictsTitle.getStyleClass().add("section-title");
            content.getChildren().addAll(conflictsTitle, conflictTable(merge));
        }
        content.setPrefSize(980, 560);
        getDialogPane().setContent(content);
        // a long header (two plans' names) wraps at the content's width rather than widening the dialog off screen
        getDialogPane().setPrefWidth(1010);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);

        ButtonType importButton = new ButtonType(review.confirm(), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importButton,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(importButton).setId("exchangeImportButton");
        setResultConverter(button -> button == importButton ? Map.copyOf(choices) : null);
        setResizable(true);
    }

    private TableView<PlanMerge.Conflict> conflictTable(PlanMerge.Result merge) {
        TableView<PlanMerge.Conflict> table = new TableView<>(FXCollections.observableArrayList(merge.conflicts()));
        table.setId("exchangeConflicts");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PlanMerge.Conflict, String> choice = new TableColumn<>(Messages.get("exchange.preview.column.choice"));
        choice.setPrefWidth(130);
        choice.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id().toString()));
        choice.setCellFactory(column -> new ChoiceCell());
        table.getColumns().setAll(List.of(
                column(Messages.get("exchange.preview.column.kind"), 90,
                        c -> Messages.get("exchange.row." + c.kind().name())),
                wrapping(column(Messages.get("exchange.preview.column.subject"), 200, PlanMerge.Conflict::subject)),
                wrapping(column(Messages.get("exchange.preview.column.mine"), 260,
                        c -> c.mine().orElse(Messages.get("exchange.removed")))),
                wrapping(column(Messages.get("exchange.preview.column.theirs"), 260,
                        c -> c.theirs().orElse(Messages.get("exchange.removed")))),
                choice));
        table.setPrefHeight(180);
        return table;
    }

    /** Mine or theirs for one conflict, kept in {@link #choices}. */
    private final class ChoiceCell extends TableCell<PlanMerge.Conflict, String> {
        private final ComboBox<PlanMerge.Choice> box = new ComboBox<>(
                FXCollections.observableArrayList(PlanMerge.Choice.values()));

        ChoiceCell() {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(PlanMerge.Choice choice) {
                    return choice == null ? "" : Messages.get("exchange.choice." + choice.name());
                }

                @Override
                public PlanMerge.Choice fromString(String text) {
                    return null;
                }
            });
            box.getStyleClass().add("conflict-choice");
            box.valueProperty().addListener((observable, old, choice) -> {
                if (getTableRow() != null && getTableRow().getItem() != null && choice != null) {
                    choices.put(getTableRow().getItem().id(), choice);
                }
            });
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setGraphic(null);
            } else {
                box.setValue(choices.get(UUID.fromString(id)));
                setGraphic(box);
            }
        }
    }

    /**
     * A column whose cells wrap what they say (a change's text, a task's place), as far as a change shows of a text:
     * read in the row, not cut at the column's edge.
     */
    private static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        return org.kesudesk.ui.WrappedTextCell.wrapping(column, SHOWN);
    }

    /** How much of a value a row shows (a change shows some 40 characters of a long text). */
    private static final int SHOWN = 120;

    private static <S> TableColumn<S, String> column(String title, double width,
                                                     java.util.function.Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
