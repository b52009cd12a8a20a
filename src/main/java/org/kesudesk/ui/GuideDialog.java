package org.kesudesk.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kesudesk.l10n.Messages;

/**
 * 帮助 ▸ 使用说明: the office's daily work in the order it is done — the first start, editing who leads and who is
 * responsible, the documents, the exchange with the counties, the reporting rounds, backups, what to do when
 * something goes wrong — each step naming the menu item or button that does it, as the window labels them. The
 * clerk's manual, there without a network.
 */
final class GuideDialog {

    /** A part of the work: the bundle's keys of its heading and of its text, a paragraph a line. */
    record Section(String heading, String text) {

        List<String> paragraphs() {
            return Messages.get(text).lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** The parts, in the order shown. */
    static final List<Section> SECTIONS = List.of(
            new Section("menu.help.guide.start.heading", "menu.help.guide.start.text"),
            new Section("menu.help.guide.edit.heading", "menu.help.guide.edit.text"),
            new Section("menu.help.guide.documents.heading", "menu.help.guide.documents.text"),
            new Section("menu.help.guide.exchange.heading", "menu.help.guide.exchange.text"),
            new Section("menu.help.guide.progress.heading", "menu.help.guide.progress.text"),
            new Section("menu.help.guide.backup.heading", "menu.help.guide.backup.text"),
            new Section("menu.help.guide.trouble.heading", "menu.help.guide.trouble.text"));

    private GuideDialog() {
    }

    static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("menu.help.guide.title"));
        dialog.setHeaderText(Messages.get("menu.help.guide.header"));
        VBox text = new VBox(6);
        text.setId("guideText");
        text.setPadding(new Insets(4, 12, 12, 4));
        for (Section section : SECTIONS) {
            Label heading = new Label(Messages.get(section.heading()));
            heading.getStyleClass().add("help-heading");
            VBox.setMargin(heading, new Insets(section.equals(SECTIONS.get(0)) ? 0 : 10, 0, 0, 0));
            text.getChildren().add(heading);
            for (String paragraph : section.paragraphs()) {
                Label line = new Label(paragraph);
                line.setWrapText(true);
                line.setMaxWidth(600);
                text.getChildren().add(line);
            }
        }
        KeysDialog.showScrolled(dialog, "guideDialog", text, owner);
    }
}
