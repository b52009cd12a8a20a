package org.kesudesk.ui.units;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Duty;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.ReorderableCell;

/** 单位管理: the catalogue on the left (drag to set the precedence), the selected unit's tools and 责任清单 right. */
public final class UnitCatalogueView extends SplitPane {

    private final UnitCatalogueViewModel viewModel;
    private final ListView<Unit> list;

    public UnitCatalogueView(UnitCatalogueViewModel viewModel) {
        this.viewModel = viewModel;
        setOrientation(Orientation.HORIZONTAL);

        TextField newName = new TextField();
        newName.setId("newUnitField");
        newName.setPromptText(Messages.get("units.add.prompt"));
        Button add = new Button(Messages.get("units.add"));
        add.setId("addUnitButton");
        Runnable addAction = () -> {
            if (viewModel.add(newName.getText())) {
                newName.clear();
            }
        };
        add.setOnAction(event -> addAction.run());
        newName.setOnAction(event -> addAction.run());
        HBox addRow = new HBox(6, newName, whole(add));
        HBox.setHgrow(newName, Priority.ALWAYS);

        list = new ListView<>(viewModel.units());
        list.setId("catalogueList");
        list.setCellFactory(view -> new ReorderableCell<>(Unit::name, viewModel::move));
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, unit) -> {
            if (unit != null) {
                viewModel.selectedProperty().set(unit);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, unit) -> {
            if (unit != null && !unit.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(unit);
            }
        });
        list.setOnKeyPressed(event -> {
            Unit unit = list.getSelectionModel().getSelectedItem();
            if (unit != null && event.isAltDown() && event.getCode() == KeyCode.UP) {
                viewModel.move(unit, list.getItems().indexOf(unit) - 1);
                event.consume();
            } else if (unit != null && event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                viewModel.move(unit, list.getItems().indexOf(unit) + 1);
                event.consume();
            } else if (unit != null && event.getCode() == KeyCode.DELETE) {
                viewModel.remove(unit);
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(Messages.get("units.order.hint"));
        hint.getStyleClass().add("placeholder-text");
        hint.setWrapText(true);
        // the 联络员名单 the office keeps in Excel, into the units' liaisons at once
        Button liaisonList = new Button(Messages.get("units.liaisonList.button"));
        liaisonList.setId("liaisonListButton");
        liaisonList.setOnAction(event -> viewModel.importLiaisonList());
        Button exportList = new Button(Messages.get("units.liaisonList.exportButton"));
        exportList.setId("liaisonListExportButton");
        exportList.setOnAction(event -> viewModel.exportLiaisonList());
        HBox listRow = new HBox(6, whole(liaisonList), whole(exportList));
        VBox left = new VBox(6, addRow, list, hint, listRow);
        left.getStyleClass().add("details-content");

        getItems().addAll(left, details());
        setDividerPositions(0.35);
    }

    /** A label or button that keeps its whole text when the row is short of room (at a larger text size). */
    private static <T extends javafx.scene.layout.Region> T whole(T control) {
        control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return control;
    }

    private VBox details() {
        Label heading = new Label();
        heading.setId("unitHeading");
        heading.getStyleClass().add("details-heading");
        heading.textProperty().bind(viewModel.selectedProperty().map(Unit::name).orElse(""));

        TextField rename = new TextField();
        rename.setId("renameField");
        viewModel.selectedProperty().addListener((observable, old, unit) -> rename.setText(unit == null ? "" : unit.name()));
        Button renameButton = new Button(Messages.get("units.rename"));
        renameButton.setId("renameButton");
        Runnable renameAction = () -> viewModel.rename(viewModel.selectedProperty().get(), rename.getText());
        renameButton.setOnAction(event -> renameAction.run());
        rename.setOnAction(event -> renameAction.run());
        // a unit nothing uses (a name added by mistake, a department no plan names any more): Delete in the list too
        Button removeButton = new Button(Messages.get("units.remove"));
        removeButton.setId("removeUnitButton");
        removeButton.setTooltip(new javafx.scene.control.Tooltip(Messages.get("units.remove.tip")));
        removeButton.setOnAction(event -> viewModel.remove(viewModel.selectedProperty().get()));
        // one with duties in the plan shown cannot go (the store says so of any other use)
        removeButton.disableProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.duties())
                .or(viewModel.loadingDutiesProperty()));
        HBox renameRow = new HBox(6, whole(new Label(Messages.get("units.rename.label"))), rename,
                whole(renameButton), whole(removeButton));
        renameRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(rename, Priority.ALWAYS);

        // the unit's 联络员, whom the office calls when its reports are late: Enter in either field saves both
        TextField person = new TextField();
        person.setId("liaisonPersonField");
        person.setPromptText(Messages.get("units.liaison.person.prompt"));
        person.setPrefColumnCount(8);
        TextField phone = new TextField();
        phone.setId("liaisonPhoneField");
        phone.setPromptText(Messages.get("units.liaison.phone.prompt"));
        Runnable showLiaison = () -> {
            org.kesudesk.model.UnitLiaison liaison = viewModel.liaisonOf(viewModel.selectedProperty().get());
            person.setText(liaison.person());
            phone.setText(liaison.phone());
        };
        viewModel.selectedProperty().addListener((observable, old, unit) -> showLiaison.run());
        viewModel.liaisons().addListener((observable, old, liaisons) -> showLiaison.run());
        Button liaisonButton = new Button(Messages.get("units.liaison.save"));
        liaisonButton.setId("liaisonButton");
        Runnable liaisonAction = () -> viewModel.setLiaison(viewModel.selectedProperty().get(), person.getText(),
                phone.getText());
        liaisonButton.setOnAction(event -> liaisonAction.run());
        person.setOnAction(event -> liaisonAction.run());
        phone.setOnAction(event -> liaisonAction.run());
        HBox liaisonRow = new HBox(6, whole(new Label(Messages.get("units.liaison.person"))), person,
                whole(new Label(Messages.get("units.liaison.phone"))), phone, whole(liaisonButton));
        liaisonRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(phone, Priority.ALWAYS);

        // searchable (ControlsFX): the unit to merge into is one of dozens
        ComboBox<Unit> into = new org.controlsfx.control.SearchableComboBox<>(viewModel.units());
        into.setId("mergeTarget");
        into.setMaxWidth(Double.MAX_VALUE);
        into.setPromptText(Messages.get("units.merge.prompt"));
        into.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? "" : unit.name();
            }

            @Override
            public Unit fromString(String name) {
                return viewModel.units().stream().filter(u -> u.name().equals(name)).findFirst().orElse(null);
            }
        });
        Button merge = new Button(Messages.get("units.merge"));
        merge.setId("mergeButton");
        merge.setOnAction(event -> {
            viewModel.merge(viewModel.selectedProperty().get(), into.getValue());
            into.setValue(null);
        });
        merge.disableProperty().bind(into.valueProperty().isNull());
        HBox mergeRow = new HBox(6, whole(new Label(Messages.get("units.merge.label"))), into, whole(merge));
        mergeRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(into, Priority.ALWAYS);

        Label dutiesHeading = new Label(Messages.get("units.duties"));
        dutiesHeading.getStyleClass().add("details-section-heading");
        ListView<Duty> duties = new ListView<>(viewModel.duties());
        duties.setId("dutiesList");
        duties.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Duty duty, boolean empty) {
                super.updateItem(duty, empty);
                setText(empty || duty == null ? null
                        : Messages.get("units.duty." + duty.role().name(), duty.path(), duty.position() + 1));
            }
        });
        // a line opens its item or task in 方案, where its units are edited
        duties.setTooltip(new javafx.scene.control.Tooltip(Messages.get("units.duties.open")));
        org.kesudesk.ui.RowActivation.of(duties, duty -> {
            viewModel.open(duty);
            return true;
        });
        Label noDuties = new Label();
        noDuties.setId("dutiesPlaceholder");
        noDuties.textProperty().bind(viewModel.dutiesEmptyTextProperty());
        noDuties.setWrapText(true);
        duties.setPlaceholder(noDuties);
        VBox.setVgrow(duties, Priority.ALWAYS);

        VBox box = new VBox(10, heading, renameRow, liaisonRow, mergeRow, dutiesHeading, duties);
        box.getStyleClass().add("details-content");
        BooleanBinding selected = viewModel.selectedProperty().isNotNull();
        box.getChildren().forEach(node -> node.disableProperty().bind(selected.not()));
        return box;
    }
}
