package org.kesudesk.ui.plan;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.BreadCrumbBar;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.ReorderableCell;

/**
 * The selected node's editor: title and text (stored when the field is left, or with 保存文字), and its lead or
 * responsible units — added from the catalogue by typing, removed, reordered by drag and drop or keyboard, or
 * put in the catalogue's precedence order.
 */
final class NodeEditorView extends ScrollPane {

    private final PlanEditViewModel viewModel;
    private final ListView<Unit> units;
    /** The unit the keyboard just moved, selected again when the list shows its new place; null if none. */
    private java.util.UUID movedUnit;

    /** @param select selects a node in the plan's tree (a crumb of the path clicked) */
    NodeEditorView(PlanEditViewModel viewModel, java.util.function.Consumer<java.util.UUID> select) {
        this.viewModel = viewModel;
        getStyleClass().add("node-details");
        setFitToWidth(true);
        setFitToHeight(true);

        Label placeholder = new Label(Messages.get("details.placeholder"));
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);

        Label kind = new Label();
        kind.getStyleClass().add("details-kind");
        kind.textProperty().bind(viewModel.kindNameProperty());
        Label heading = new Label();
        heading.setId("detailsHeading");
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(viewModel.headingProperty());

        // where the node sits (ControlsFX): its section and item, each a click away
        BreadCrumbBar<PlanNode> path = new BreadCrumbBar<>();
        path.setId("nodePath");
        path.setAutoNavigationEnabled(false);
        path.setCrumbFactory(crumb -> new BreadCrumbBar.BreadCrumbButton(crumb.getValue() == null ? ""
                : PlanEditViewModel.displayName(crumb.getValue())));
        path.setOnCrumbAction(event -> select.accept(event.getSelectedCrumb().getValue().id()));
        viewModel.pathProperty().addListener((observable, old, nodes) -> path.setSelectedCrumb(nodes.isEmpty()
                ? null : BreadCrumbBar.buildTreeModel(nodes.toArray(PlanNode[]::new))));

        TextField title = new TextField();
        title.setId("titleField");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        // an empty title is marked as it is typed (ControlsFX), and said when it was not stored
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(title, false,
                Validator.createEmptyValidator(Messages.get("plan.title.required")));
        Label titleMessage = new Label();
        titleMessage.setId("titleMessage");
        titleMessage.getStyleClass().add("field-message");
        titleMessage.textProperty().bind(viewModel.titleMessageProperty());
        titleMessage.visibleProperty().bind(viewModel.titleMessageProperty().isNotEmpty());
        titleMessage.managedProperty().bind(titleMessage.visibleProperty());
        title.setOnAction(event -> viewModel.saveText());
        title.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                viewModel.saveText();
            }
        });
        TextArea text = new TextArea();
        text.setId("textArea");
        text.setWrapText(true);
        text.setPrefRowCount(7);
        text.textProperty().bindBidirectional(viewModel.textProperty());
        text.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                viewModel.saveText();
            }
        });
        Button saveText = new Button(Messages.get("plan.saveText"));
        saveText.setId("saveTextButton");
        saveText.setOnAction(event -> viewModel.saveText());
        Button history = new Button(Messages.get("plan.history"));
        history.setId("nodeAuditButton");
        history.setOnAction(event -> viewModel.showHistory());
        // the deadline on the tools' line: it takes no room from the units' list below while the pane is wide enough,
        // and goes to a line of its own (its message to another) rather than cutting the buttons' words when not
        javafx.scene.layout.FlowPane toolsLine = new javafx.scene.layout.FlowPane(6, 6, saveText, history);
        toolsLine.setAlignment(Pos.CENTER_LEFT);
        Label deadlineProblem = new Label();
        HBox deadlineRow = deadlineEditor(deadlineProblem);
        toolsLine.getChildren().add(deadlineRow);
        VBox textTools = new VBox(4, toolsLine, deadlineProblem);
        VBox.setVgrow(text, Priority.SOMETIMES);

        Label unitsHeading = new Label();
        unitsHeading.getStyleClass().add("details-section-heading");
        unitsHeading.textProperty().bind(viewModel.unitsHeadingProperty());

        units = new ListView<>(viewModel.units());
        units.setId("unitsList");
        units.setPrefHeight(200);
        units.setMinHeight(120);
        units.setCellFactory(list -> new ReorderableCell<>(viewModel::shownName, viewModel::moveUnit));
        units.setPlaceholder(new Label(Messages.get("details.noUnits")));
        units.addEventFilter(KeyEvent.KEY_PRESSED, this::onUnitsKey);
        viewModel.units().addListener((javafx.collections.ListChangeListener<Unit>) change -> reselectMovedUnit());
        VBox.setVgrow(units, Priority.ALWAYS);

        Button up = button("unitUpButton", "plan.unit.up", () -> moveSelectedUnit(-1));
        Button down = button("unitDownButton", "plan.unit.down", () -> moveSelectedUnit(1));
        Button remove = button("unitRemoveButton", "plan.unit.remove", this::removeSelectedUnit);
        BooleanBinding noUnitSelected = units.getSelectionModel().selectedItemProperty().isNull();
        up.disableProperty().bind(noUnitSelected);
        down.disableProperty().bind(noUnitSelected);
        remove.disableProperty().bind(noUnitSelected);
        Button sort = button("unitSortButton", "plan.unit.sort", viewModel::sortUnitsByPrecedence);
        sort.disableProperty().bind(Bindings.size(viewModel.units()).lessThan(2));
        // a task's own 牵头单位: the selected unit leads it, or no longer does
        Button lead = button("unitLeadButton", "plan.unit.lead", this::toggleSelectedLead);
        lead.textProperty().bind(Bindings.createStringBinding(() -> {
            Unit selected = units.getSelectionModel().getSelectedItem();
            return Messages.get(selected != null && viewModel.leads(selected) ? "plan.unit.unlead" : "plan.unit.lead");
        }, units.getSelectionModel().selectedItemProperty(), viewModel.units()));
        lead.setTooltip(new javafx.scene.control.Tooltip(Messages.get("plan.unit.lead.tip")));
        lead.disableProperty().bind(noUnitSelected);
        showOnlyWhen(viewModel.taskSelectedProperty(), lead);

        TextField picker = unitPicker();
        Button add = button("unitAddButton", "plan.unit.add", () -> picker.setText(
                viewModel.addUnitsTyped(picker.getText())));
        HBox addRow = new HBox(6, picker, add);
        HBox.setHgrow(picker, Priority.ALWAYS);
        HBox unitTools = new HBox(6, up, down, remove, lead, sort);
        unitTools.setAlignment(Pos.CENTER_LEFT);

        Label indicatorsHeading = new Label(Messages.get("details.indicators"));
        indicatorsHeading.getStyleClass().add("details-section-heading");
        ListView<String> indicators = new ListView<>(viewModel.indicators());
        indicators.setPrefHeight(80);

        // the path on the kind's line: it takes no room from the lists below
        HBox kindLine = new HBox(8, kind, path);
        kindLine.setAlignment(Pos.CENTER_LEFT);
        path.getStyleClass().add("node-path");
        // as wide as the line leaves it, never wider (a long path is cut at the right, the editor keeps its width)
        path.setMinWidth(0);
        path.setPrefWidth(0);
        HBox.setHgrow(path, Priority.ALWAYS);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(path.widthProperty());
        clip.heightProperty().bind(path.heightProperty());
        path.setClip(clip);
        VBox content = new VBox(8, placeholder, kindLine, heading, title, titleMessage, text, textTools,
                unitsHeading,
                addRow, units,
                unitTools, indicatorsHeading, indicators);
        content.getStyleClass().add("details-content");

        showOnlyWhen(viewModel.nodeSelectedProperty().not(), placeholder);
        showOnlyWhen(viewModel.nodeSelectedProperty(), kindLine, heading);
        BooleanExpression editable = viewModel.hasUnitsProperty();
        showOnlyWhen(editable, title, text, textTools, unitsHeading, addRow, units, unitTools);
        showOnlyWhen(Bindings.isNotEmpty(viewModel.indicators()), indicatorsHeading, indicators);
        showOnlyWhen(viewModel.deadlineEditableProperty(), deadlineRow);
        setContent(content);
    }

    /**
     * Type-ahead over the unit catalogue: the units whose name holds what is typed drop down below the field;
     * Enter adds the one named exactly, or the only one that matches; a click adds the one clicked.
     */
    private TextField unitPicker() {
        TextField field = new TextField();
        field.setId("unitPicker");
        field.setPromptText(Messages.get("plan.unit.prompt"));
        ContextMenu suggestions = new ContextMenu();
        suggestions.setId("unitSuggestions");
        field.textProperty().addListener((observable, old, typed) -> {
            if (!field.isFocused() || typed == null || typed.isBlank()) {
                suggestions.hide();
                return;
            }
            List<MenuItem> items = viewModel.unitSuggestions(typed).stream().limit(12).map(unit -> {
                MenuItem item = new MenuItem(unit.name());
                item.setOnAction(event -> {
                    viewModel.addUnit(unit);
                    field.clear();
                });
                return item;
            }).toList();
            suggestions.getItems().setAll(items);
            if (items.isEmpty()) {
                suggestions.hide();
            } else if (!suggestions.isShowing()) {
                suggestions.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.setOnAction(event -> {
            String left = viewModel.addUnitsTyped(field.getText());
            if (!left.equals(field.getText())) {
                field.setText(left);
                suggestions.hide();
            }
        });
        // Enter while the suggestions show and none of them is chosen (with the arrow keys) means what was typed,
        // as without them: the list must not swallow it
        suggestions.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            // the key goes to the suggestion that has the focus, if one has; else to the list itself
            boolean chosen = event.getTarget() instanceof javafx.scene.Node target
                    && target.getStyleClass().contains("menu-item");
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && !chosen) {
                event.consume();
                String typed = field.getText();
                suggestions.hide();
                field.setText(viewModel.addUnitsTyped(typed));
            }
        });
        field.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                suggestions.hide();
            }
        });
        // the box empty (a unit just added, the box cleared), Ctrl+Z and Ctrl+Y undo and redo the edits, as the menu
        // does: the box's own undo would only bring back the name typed, the unit left added
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (!field.getText().isEmpty() || !event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            if (event.getCode() == javafx.scene.input.KeyCode.Z && !event.isShiftDown()) {
                viewModel.workspace().undo();
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.Y) {
                viewModel.workspace().redo();
                event.consume();
            }
        });
        return field;
    }

    /**
     * 完成时限: none, a date, a day of every year, or 长期坚持; a date is picked (for 每年, its month and day count).
     * A change is stored at once, as an edit; a text that is no date is said so in {@code problem}.
     */
    private HBox deadlineEditor(Label problem) {
        List<String> kinds = List.of(Messages.get("plan.deadline.none"), Messages.get("plan.deadline.onDate"),
                Messages.get("plan.deadline.yearly"), Messages.get("progress.deadline.ongoing"));
        javafx.scene.control.ComboBox<String> kind = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(kinds));
        kind.setId("deadlineKind");
        javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker();
        date.setId("deadlineDate");
        date.getEditor().setPrefColumnCount(10);
        date.visibleProperty().bind(kind.getSelectionModel().selectedIndexProperty().isEqualTo(1)
                .or(kind.getSelectionModel().selectedIndexProperty().isEqualTo(2)));
        date.managedProperty().bind(date.visibleProperty());
        // a text that is no date (2026/13/45) is said so under the tools, and the deadline stays as it was
        javafx.beans.binding.StringBinding badDate = org.kesudesk.ui.TypedDates.checkAsTyped(date,
                date.visibleProperty(), true);
        problem.setId("deadlineProblem");
        problem.getStyleClass().add("field-message");
        problem.textProperty().bind(Bindings.when(badDate.isEmpty()).then("")
                .otherwise(Bindings.concat(badDate, Messages.get("plan.deadline.notStored"))));
        problem.setWrapText(true);
        // its second line kept when the pane is short of height (the units' list gives way instead)
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.visibleProperty());
        boolean[] showing = {false};
        Runnable store = () -> {
            if (showing[0]) {
                return;
            }
            int chosen = kind.getSelectionModel().getSelectedIndex();
            java.time.LocalDate day = date.getValue() == null
                    ? java.time.LocalDate.of(java.time.LocalDate.now().getYear(), 12, 31) : date.getValue();
            java.util.Optional<org.kesudesk.model.Deadline> deadline = switch (chosen) {
                case 1 -> java.util.Optional.of(new org.kesudesk.model.Deadline.OnDate(day));
                case 2 -> java.util.Optional.of(new org.kesudesk.model.Deadline.Yearly(
                        java.time.MonthDay.from(day)));
                case 3 -> java.util.Optional.of(new org.kesudesk.model.Deadline.Ongoing());
                default -> java.util.Optional.empty();
            };
            viewModel.setDeadline(deadline);
        };
        java.util.function.Consumer<java.util.Optional<org.kesudesk.model.Deadline>> show = deadline -> {
            showing[0] = true;
            try {
                if (deadline.isEmpty()) {
                    kind.getSelectionModel().select(0);
                    date.setValue(null);
                } else if (deadline.get() instanceof org.kesudesk.model.Deadline.OnDate on) {
                    kind.getSelectionModel().select(1);
                    date.setValue(on.date());
                } else if (deadline.get() instanceof org.kesudesk.model.Deadline.Yearly yearly) {
                    kind.getSelectionModel().select(2);
                    date.setValue(yearly.day().atYear(java.time.LocalDate.now().getYear()));
                } else {
                    kind.getSelectionModel().select(3);
                    date.setValue(null);
                }
            } finally {
                showing[0] = false;
            }
        };
        viewModel.deadlineProperty().addListener((observable, old, deadline) -> show.accept(deadline));
        show.accept(viewModel.deadlineProperty().get());
        kind.setOnAction(event -> store.run());
        date.setOnAction(event -> store.run());
        Label label = new Label(Messages.get("plan.deadline.label"));
        label.setLabelFor(kind);
        HBox row = new HBox(6, label, kind, date);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        problem.visibleProperty().bind(badDate.isNotEmpty().and(row.visibleProperty()));
        return row;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void moveSelectedUnit(int delta) {
        Unit unit = units.getSelectionModel().getSelectedItem();
        if (unit != null) {
            int to = units.getSelectionModel().getSelectedIndex() + delta;
            // the moved unit stays selected where it lands, so that Alt+↓ again moves it on
            movedUnit = unit.id();
            viewModel.moveUnit(unit, to);
        }
    }

    /** Selects the unit just moved once the list shows it in its new place. */
    private void reselectMovedUnit() {
        if (movedUnit == null) {
            return;
        }
        for (int i = 0; i < units.getItems().size(); i++) {
            if (units.getItems().get(i).id().equals(movedUnit)) {
                movedUnit = null;
                units.getSelectionModel().clearAndSelect(i);
                units.getFocusModel().focus(i);
                return;
            }
        }
    }

    private void removeSelectedUnit() {
        Unit unit = units.getSelectionModel().getSelectedItem();
        if (unit != null) {
            viewModel.removeUnit(unit);
        }
    }

    private void toggleSelectedLead() {
        Unit unit = units.getSelectionModel().getSelectedItem();
        if (unit != null) {
            // kept selected when its line moves (it goes to the end of the leads, or the start of the others)
            movedUnit = unit.id();
            viewModel.toggleLead(unit);
        }
    }

    private void onUnitsKey(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.L) {
            toggleSelectedLead();
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE) {
            removeSelectedUnit();
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            moveSelectedUnit(-1);
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            moveSelectedUnit(1);
            event.consume();
        }
    }

    private static void showOnlyWhen(BooleanExpression condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }
}
