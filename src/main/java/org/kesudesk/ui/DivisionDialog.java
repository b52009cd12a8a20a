package org.kesudesk.ui;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.Divisions;

/**
 * A city or county of the country's divisions, found by typing a part of its name or its code's first digits: the
 * list below the field follows the typing, its first line selected; ↓ goes into the list, Enter takes the line
 * selected. The search runs on the UI thread: a few milliseconds over some 3,200 names.
 */
final class DivisionDialog extends Dialog<Divisions.Division> {

    DivisionDialog(String title, String text, Divisions divisions) {
        setTitle(title);
        setHeaderText(text);
        TextField typed = new TextField();
        typed.setId("divisionSearch");
        typed.setPromptText(Messages.get("dialog.division.prompt"));
        ListView<Divisions.Division> found = new ListView<>();
        found.setId("divisionList");
        found.setPrefHeight(280);
        found.setPlaceholder(new Label(Messages.get("dialog.division.none")));
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Divisions.Division division, boolean empty) {
                super.updateItem(division, empty);
                setText(empty || division == null ? null
                        : Messages.get("region.choice", divisions.fullName(division), division.code()));
            }
        });
        typed.textProperty().addListener((observable, before, now) -> {
            found.getItems().setAll(divisions.search(now));
            found.getSelectionModel().selectFirst();
        });
        typed.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DOWN && !found.getItems().isEmpty()) {
                found.requestFocus();
                key.consume();
            }
        });
        Label label = new Label(Messages.get("dialog.division.label"));
        label.setLabelFor(typed);
        VBox content = new VBox(6, label, typed, found);
        content.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().setId("divisionDialog");
        getDialogPane().setPrefWidth(560);
        ButtonType ok = new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).disableProperty()
                .bind(found.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> button == ok ? found.getSelectionModel().getSelectedItem() : null);
        setOnShown(event -> typed.requestFocus());
    }

    /** The division chosen; empty if the user cancels. */
    Optional<Divisions.Division> choose() {
        return showAndWait();
    }
}
