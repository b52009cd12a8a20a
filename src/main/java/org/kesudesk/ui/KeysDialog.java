package org.kesudesk.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.kesudesk.l10n.Messages;

/**
 * 帮助 ▸ 快捷键 (F1): every key the window answers to, by where it works — the menus' shortcuts and those of the
 * plan tree, the unit lists, the matrix, the 进展 tab, the documents window and the dialogs — as the clerk's reference
 * (the tooltips name some, one at a time).
 */
final class KeysDialog {

    /** A place the keys work in: the bundle's keys of its heading and of its lines. */
    record Section(String heading, String lines) {

        /** Its lines: the keys and what they do, as the bundle gives them ("Ctrl+O｜导入方案文件"). */
        List<String[]> keys() {
            return Messages.get(lines).lines().filter(line -> !line.isBlank()).map(line -> line.split("｜", 2))
                    .toList();
        }
    }

    /** The places, in the order shown. */
    static final List<Section> SECTIONS = List.of(
            new Section("menu.help.keys.menus.heading", "menu.help.keys.menus.lines"),
            new Section("menu.help.keys.plan.heading", "menu.help.keys.plan.lines"),
            new Section("menu.help.keys.editor.heading", "menu.help.keys.editor.lines"),
            new Section("menu.help.keys.matrix.heading", "menu.help.keys.matrix.lines"),
            new Section("menu.help.keys.units.heading", "menu.help.keys.units.lines"),
            new Section("menu.help.keys.progress.heading", "menu.help.keys.progress.lines"),
            new Section("menu.help.keys.documents.heading", "menu.help.keys.documents.lines"),
            new Section("menu.help.keys.dialogs.heading", "menu.help.keys.dialogs.lines"));

    private KeysDialog() {
    }

    static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("menu.help.keys.title"));
        dialog.setHeaderText(Messages.get("menu.help.keys.header"));
        GridPane grid = new GridPane();
        grid.setId("keysGrid");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 12, 12, 4));
        int row = 0;
        for (Section section : SECTIONS) {
            Label heading = new Label(Messages.get(section.heading()));
            heading.getStyleClass().add("help-heading");
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (String[] line : section.keys()) {
                grid.add(new Label(line[0].strip()), 0, row);
                Label what = new Label(line.length > 1 ? line[1].strip() : "");
                what.setWrapText(true);
                what.setMaxWidth(460);
                grid.add(what, 1, row++);
            }
        }
        showScrolled(dialog, "keysDialog", grid, owner);
    }

    /** A help dialog: its content scrolled at a reading size, a 关闭 button, not modal (the window stays usable). */
    static void showScrolled(Dialog<ButtonType> dialog, String id, javafx.scene.Node content, Window owner) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(640);
        dialog.getDialogPane().setContent(scroll);
        // a header of a sentence or two wraps at the content's width instead of widening the dialog
        dialog.getDialogPane().setPrefWidth(680);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Messages.get("dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        DialogService.likeOwner(dialog, owner);
        dialog.show();
    }
}
