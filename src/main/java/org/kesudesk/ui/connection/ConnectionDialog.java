package org.kesudesk.ui.connection;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.ConnectionProfile;
import org.kesudesk.logic.ServerConnection;
import org.kesudesk.ui.MainViewModel;

/**
 * 文件 ▸ 数据库连接…: this computer's own database (the default) or the office's database on a server — its address,
 * port, database, user and password, and whether the connection must be encrypted. 测试连接 knocks at the server and
 * says in Chinese what it found, changing nothing; 确定 keeps the choice and opens that database.
 */
public final class ConnectionDialog {

    private ConnectionDialog() {
    }

    /** Shows the dialog; the profile chosen, or empty if the user cancels. */
    public static Optional<ConnectionProfile> show(Window owner, MainViewModel viewModel) {
        ConnectionProfile current = viewModel.connectionProfile();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("connection.title"));
        dialog.setHeaderText(Messages.get("connection.header"));
        org.kesudesk.ui.DialogService.likeOwner(dialog, owner);
        ToggleGroup where = new ToggleGroup();
        RadioButton embedded = new RadioButton(Messages.get("connection.embedded"));
        embedded.setId("connectionEmbedded");
        embedded.setToggleGroup(where);
        RadioButton server = new RadioButton(Messages.get("connection.server"));
        server.setId("connectionServer");
        server.setToggleGroup(where);
        (current.useServer() ? server : embedded).setSelected(true);

        Optional<ServerConnection> known = current.server();
        TextField host = field("connectionHost", known.map(ServerConnection::host).orElse(""));
        host.setPromptText(Messages.get("connection.host.prompt"));
        TextField port = field("connectionPort", String.valueOf(known.map(ServerConnection::port)
                .orElse(ServerConnection.DEFAULT_PORT)));
        port.setPrefColumnCount(6);
        TextField database = field("connectionDatabase", known.map(ServerConnection::database).orElse("kesudesk"));
        TextField user = field("connectionUser", known.map(ServerConnection::user).orElse(""));
        PasswordField password = new PasswordField();
        password.setId("connectionPassword");
        password.setText(known.map(ServerConnection::password).orElse(""));
        CheckBox encrypted = new CheckBox(Messages.get("connection.requireEncryption"));
        encrypted.setId("connectionRequireEncryption");
        encrypted.setSelected(known.map(ServerConnection::requireEncryption).orElse(false));

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.setPadding(new Insets(4, 0, 0, 24));
        addRow(fields, 0, "connection.host", host);
        addRow(fields, 1, "connection.port", port);
        addRow(fields, 2, "connection.database", database);
        addRow(fields, 3, "connection.user", user);
        addRow(fields, 4, "connection.password", password);
        fields.add(encrypted, 1, 5);
        fields.disableProperty().bind(server.selectedProperty().not());

        Label result = new Label(Messages.get("connection.notTested"));
        result.setId("connectionResult");
        result.setWrapText(true);
        result.setPrefWidth(520);
        result.setMaxWidth(520);
        // the whole message, however many lines: a label that wraps is otherwise cut to its first lines
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button test = new Button(Messages.get("connection.test"));
        test.setId("connectionTest");
        javafx.beans.property.BooleanProperty testing = new javafx.beans.property.SimpleBooleanProperty(false);
        test.disableProperty().bind(server.selectedProperty().not().or(testing));
        test.setOnAction(event -> {
            Optional<ServerConnection> filledIn = filledIn(host, port, database, user, password, encrypted, result);
            filledIn.ifPresent(connection -> {
                testing.set(true);
                result.setText(Messages.get("connection.testing", connection.host()));
                result.getStyleClass().setAll("label");
                viewModel.testConnection(connection, found -> {
                    testing.set(false);
                    result.setText(found.text());
                    result.getStyleClass().setAll("label", found.usable() ? "connection-ok" : "connection-failed");
                });
            });
        });

        Label note = new Label(Messages.get("connection.note"));
        note.setWrapText(true);
        note.setPrefWidth(520);
        note.setMaxWidth(520);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, embedded, server, fields, test, result, note);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.get("connection.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = org.kesudesk.ui.DialogService.cancelButton();
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(cancel).setId("connectionCancel");
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("connectionOk");
        // what was filled in is checked before the dialog closes: a wrong field is said at once, next to it
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (server.isSelected() && filledIn(host, port, database, user, password, encrypted, result).isEmpty()) {
                event.consume();
            }
        });
        host.requestFocus();
        return dialog.showAndWait().filter(ok::equals).map(pressed -> server.isSelected()
                ? new ConnectionProfile(true, filledIn(host, port, database, user, password, encrypted, result))
                : new ConnectionProfile(false, known));
    }

    /** What the fields say, checked; empty (and the reason shown) if a field is wrong. */
    private static Optional<ServerConnection> filledIn(TextField host, TextField port, TextField database,
                                                       TextField user, PasswordField password, CheckBox encrypted,
                                                       Label result) {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException notANumber) {
            portNumber = -1;
        }
        try {
            return Optional.of(new ServerConnection(host.getText(), portNumber, database.getText(), user.getText(),
                    password.getText(), encrypted.isSelected()).validated());
        } catch (UserFacingException wrong) {
            result.setText(wrong.userMessage());
            result.getStyleClass().setAll("label", "connection-failed");
            return Optional.empty();
        }
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static void addRow(GridPane grid, int row, String key, javafx.scene.control.Control field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }
}
