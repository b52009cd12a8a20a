package org.kesudesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Opens every dialog of the app, always owned by the main window so that it stays on top of it. */
public final class DialogService {

    private final Window owner;

    public DialogService(Window owner) {
        this.owner = owner;
    }

    public void showInformation(String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
