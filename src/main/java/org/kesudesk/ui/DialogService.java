package org.kesudesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.Preferences;
import org.kesudesk.model.Region;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ColumnMapping;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.UnmappedTable;
import org.kesudesk.ui.exchange.ChangeReview;
import org.kesudesk.ui.exchange.ExchangePreviewDialog;
import org.kesudesk.ui.exchange.UnitNamesDialog;
import org.kesudesk.ui.importing.ColumnMappingDialog;
import org.kesudesk.ui.importing.ImportReviewDialog;

/**
 * Opens every dialog of the app, always owned by the main window so that it stays on top of it, and styled like
 * it (the bundled font included).
 */
public final class DialogService implements Dialogs {

    /** The kind under which the folder of plan documents (.txt, .docx) is remembered. */
    private static final String PLAN_FILES = "plan";

    private final Window owner;
    private final Preferences preferences;

    public DialogService(Window owner) {
        this(owner, Preferences.inMemory());
    }

    /** Dialogs whose file choosers open in the folder last used for each kind of file. */
    public DialogService(Window owner, Preferences preferences) {
        this.owner = owner;
        this.preferences = preferences;
    }

    /** Opens the chooser in the folder files of this kind were last used from, and remembers the one chosen. */
    private Optional<Path> remembered(String kind, FileChooser chooser, java.util.function.Function<FileChooser, File> show) {
        preferences.lastFolder(kind).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        Optional<Path> chosen = Optional.ofNullable(show.apply(chooser)).map(File::toPath);
        chosen.ifPresent(file -> preferences.rememberFolderOf(kind, file));
        return chosen;
    }

    @Override
    public void showInformation(String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, okButton());
        alert.setTitle(title);
        alert.setHeaderText(header);
        prepare(alert).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, okButton());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        prepare(alert).showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("documents.file." + extension), "*." + extension));
        return remembered(extension, chooser, c -> c.showSaveDialog(owner));
    }

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        // Enter confirms (the edit can be undone), Esc cancels
        return confirmation(title, message, confirmText, Alert.AlertType.CONFIRMATION, true);
    }

    @Override
    public boolean confirmCarefully(String title, String message, String confirmText) {
        // Enter and Esc cancel: a key pressed out of habit neither trusts a stranger's key nor drops reports
        return confirmation(title, message, confirmText, Alert.AlertType.WARNING, false);
    }

    private boolean confirmation(String title, String message, String confirmText, Alert.AlertType type,
                                 boolean enterConfirms) {
        ButtonType confirmButton = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelButton = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(type, message, confirmButton, cancelButton);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        if (!enterConfirms) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirmButton)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancelButton)).setDefaultButton(true);
        }
        return prepare(alert).showAndWait().filter(confirmButton::equals).isPresent();
    }

    /** What a plan may come as: text, Word (WPS's .wps too), PDF, OFD, a saved web page, a 分工表 workbook. */
    private static final List<String> PLAN_FILE_KINDS = List.of("txt", "docx", "doc", "wps", "odt", "pdf", "ofd", "html",
            "htm", "mht", "mhtml", "xlsx", "xls", "et", "ods");

    @Override
    public Optional<Path> choosePlanFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.choose.planFiles"), PLAN_FILE_KINDS.stream()
                        .flatMap(kind -> java.util.stream.Stream.of("*." + kind,
                                "*." + kind.toUpperCase(java.util.Locale.ROOT))).toList()),
                new FileChooser.ExtensionFilter(Messages.get("import.choose.allFiles"), "*.*"));
        return remembered(PLAN_FILES, chooser, c -> c.showOpenDialog(owner));
    }

    @Override
    public Optional<ImportChoice> review(ParseReport report, boolean traditional) {
        return prepare(new ImportReviewDialog(report, traditional)).showAndWait();
    }

    @Override
    public Optional<Region> chooseRegion(String title, String text, List<Region> regions,
                                         Optional<Region> preselected) {
        return choose("regionDialog", title, text, regions,
                region -> Messages.get("region.choice", region.name(), region.code()), preselected);
    }

    @Override
    public Optional<TypedRegion> typeRegion(String title, String text, Optional<Region> renamed) {
        Dialog<TypedRegion> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(text);
        dialog.getDialogPane().setId("regionTypeDialog");
        dialog.getDialogPane().setPrefWidth(CHOICE_WIDTH);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.TextField code = new javafx.scene.control.TextField(
                renamed.map(Region::code).orElse(""));
        code.setId("regionCodeField");
        code.setPromptText(Messages.get("region.type.codePrompt"));
        // a region renamed keeps its code: shown, greyed, not to be typed into
        code.setDisable(renamed.isPresent());
        javafx.scene.control.TextField name = new javafx.scene.control.TextField(
                renamed.map(Region::name).orElse(""));
        name.setId("regionNameField");
        name.setPromptText(Messages.get("region.type.namePrompt"));
        javafx.scene.control.Label codeLabel = new javafx.scene.control.Label(Messages.get("region.type.code"));
        codeLabel.setLabelFor(code);
        javafx.scene.control.Label nameLabel = new javafx.scene.control.Label(Messages.get("region.type.name"));
        nameLabel.setLabelFor(name);
        javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, codeLabel, code);
        form.addRow(1, nameLabel, name);
        javafx.scene.layout.GridPane.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = okButton();
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(code.textProperty().isEmpty()
                .or(name.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ok ? new TypedRegion(code.getText(), name.getText()) : null);
        javafx.application.Platform.runLater(() -> {
            (renamed.isEmpty() ? code : name).requestFocus();
            name.selectAll();
        });
        return prepare(dialog).showAndWait();
    }

    @Override
    public Optional<org.kesudesk.logic.Divisions.Division> chooseDivision(String title, String text,
                                                                          org.kesudesk.logic.Divisions divisions) {
        return prepare(new DivisionDialog(title, text, divisions)).choose();
    }

    @Override
    public Optional<org.kesudesk.logic.EveryPlanSearch.Hit> chooseFoundPlace(
            org.kesudesk.logic.EveryPlanSearch.Found found) {
        return prepare(new FoundPlacesDialog(found)).showAndWait();
    }

    @Override
    public <T> Optional<T> chooseOne(String title, String text, List<T> choices,
                                     java.util.function.Function<T, String> shown) {
        return choose("chooseOneDialog", title, text, choices, shown, Optional.empty());
    }

    /** How wide a dialog of choices is, in pixels at the normal text size: some 40 characters a line. */
    private static final double CHOICE_WIDTH = 640;

    /** A list to pick one from, each shown by {@code shown}, the preselected one (else the first) selected. */
    private <T> Optional<T> choose(String id, String title, String text, List<T> choices,
                                   java.util.function.Function<T, String> shown, Optional<T> preselected) {
        List<Choice<T>> wrapped = choices.stream().map(c -> new Choice<>(c, shown.apply(c))).toList();
        Choice<T> selected = wrapped.stream().filter(c -> preselected.filter(c.value()::equals).isPresent())
                .findFirst().orElse(wrapped.isEmpty() ? null : wrapped.get(0));
        ChoiceDialog<Choice<T>> dialog = new ChoiceDialog<>(selected, wrapped);
        dialog.setTitle(title);
        dialog.setHeaderText(text);
        dialog.getDialogPane().setId(id);
        // a question of a few sentences wraps at a reading width instead of widening the dialog past the screen
        dialog.getDialogPane().setPrefWidth(CHOICE_WIDTH);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType ok = okButton();
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok ? dialog.getSelectedItem() : null);
        return prepare(dialog).showAndWait().map(Choice::value);
    }

    /** A choice shown by its text (a ChoiceDialog shows its items' toString). */
    private record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extension) {
        return remembered(extension, openChooser(title, extension), c -> c.showOpenDialog(owner));
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String extension) {
        FileChooser chooser = openChooser(title, extension);
        preferences.lastFolder(extension).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        List<Path> files = chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
        files.stream().findFirst().ifPresent(file -> preferences.rememberFolderOf(extension, file));
        return files;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        preferences.lastFolder("folder").ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        Optional<Path> chosen = Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        // remembered as the folder of a file in it, as the file choosers remember theirs
        chosen.ifPresent(folder -> preferences.rememberFolderOf("folder", folder.resolve("-")));
        return chosen;
    }

    private static FileChooser openChooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // a sheet a unit sent back may have been saved by an older Excel or WPS (.xls, .et) or by LibreOffice Calc
        // (.ods): it is read too
        FileChooser.ExtensionFilter files = extension.equals("xlsx")
                ? new FileChooser.ExtensionFilter(Messages.get("documents.file.workbooks"), "*.xlsx", "*.xls", "*.et",
                        "*.ods", "*.XLSX", "*.XLS", "*.ET", "*.ODS")
                : new FileChooser.ExtensionFilter(Messages.get("documents.file." + extension), "*." + extension,
                        "*." + extension.toUpperCase(java.util.Locale.ROOT));
        chooser.getExtensionFilters().addAll(files,
                new FileChooser.ExtensionFilter(Messages.get("import.choose.allFiles"), "*.*"));
        return chooser;
    }

    @Override
    public Optional<Map<UUID, PlanMerge.Choice>> reviewChanges(ChangeReview review) {
        return prepare(new ExchangePreviewDialog(review)).showAndWait();
    }

    @Override
    public Optional<Map<String, String>> reviewUnitNames(Region county, Map<String, String> names) {
        return prepare(new UnitNamesDialog(county, names)).showAndWait();
    }

    @Override
    public void notify(String title, String text) {
        // ControlsFX's note in the window's corner: nothing to click away after a step that simply went well
        org.controlsfx.control.Notifications.create().owner(owner).title(title).text(text)
                .position(javafx.geometry.Pos.BOTTOM_RIGHT).hideAfter(javafx.util.Duration.seconds(6))
                .showInformation();
    }

    @Override
    public void showSaved(String title, String header, String text, Path file) {
        ButtonType openFile = new ButtonType(Messages.get("dialog.saved.openFile"), ButtonBar.ButtonData.LEFT);
        ButtonType openFolder = new ButtonType(Messages.get("dialog.saved.openFolder"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = prepare(new Alert(Alert.AlertType.INFORMATION, text, openFile, openFolder, close));
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("savedDialog");
        alert.showAndWait().ifPresent(button -> {
            if (button == openFile) {
                DesktopFiles.open(file);
            } else if (button == openFolder) {
                DesktopFiles.open(file.toAbsolutePath().getParent());
            }
        });
    }

    @Override
    public Optional<ColumnMapping> mapColumns(UnmappedTable table) {
        return prepare(new ColumnMappingDialog(table)).showAndWait();
    }

    /**
     * 确定, whatever the system's language: JavaFX names its own OK button after the default locale, which is
     * English on a desktop set up without Chinese.
     */
    private static ButtonType okButton() {
        return new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private <T extends Dialog<?>> T prepare(T dialog) {
        // a long message (a list of counties, of files) reads at some 40 characters a line, not 20
        if (dialog instanceof Alert alert && alert.getContentText() != null
                && alert.getContentText().length() > LONG_MESSAGE) {
            alert.getDialogPane().setPrefWidth(CHOICE_WIDTH);
            alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return likeOwner(dialog, owner);
    }

    /** How many characters make a message long enough for the wider dialog. */
    private static final int LONG_MESSAGE = 120;

    /**
     * A dialog owned by the window (if any) and styled like it: its style sheets and its root's style, the bundled
     * font and the text size included (a dialog is a scene of its own and inherits neither).
     */
    public static <T extends Dialog<?>> T likeOwner(T dialog, Window owner) {
        if (owner == null) {
            return dialog;
        }
        dialog.initOwner(owner);
        confirmsWithCtrlEnter(dialog);
        Copying.within(dialog.getDialogPane());
        Scene scene = owner.getScene();
        if (scene != null) {
            dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
            dialog.getDialogPane().setStyle(scene.getRoot().getStyle());
        }
        return dialog;
    }

    /**
     * Ctrl+Enter presses the dialog's default button (确定, 保存, 导入…) from anywhere in it: in a text area Enter
     * starts a new line, and a report typed there was otherwise confirmed only by Tab, Tab, … or the mouse.
     */
    private static void confirmsWithCtrlEnter(Dialog<?> dialog) {
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != javafx.scene.input.KeyCode.ENTER || !event.isShortcutDown()) {
                return;
            }
            for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
                // the button that is the default now (a careful question makes 取消 the default)
                if (dialog.getDialogPane().lookupButton(type) instanceof javafx.scene.control.Button button
                        && button.isDefaultButton() && !button.isDisabled()) {
                    event.consume();
                    button.fire();
                    return;
                }
            }
        });
    }

    /** 取消, as every dialog of the app says it (JavaFX's own follows the system's language). */
    public static ButtonType cancelButton() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
