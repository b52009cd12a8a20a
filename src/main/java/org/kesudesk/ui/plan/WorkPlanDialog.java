package org.kesudesk.ui.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.controlsfx.control.CheckListView;
import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanNode;
import org.kesudesk.ui.MainViewModel;

/**
 * 生成年度工作要点: the year (the plan's years, this one proposed) and the plan's tasks to take into it, those still to
 * do that year ticked; the user ticks others or leaves some out, or takes them all.
 */
public final class WorkPlanDialog {

    /** What the user chose: the year and the tasks. */
    public record Choice(int year, Set<UUID> tasks) {
    }

    private WorkPlanDialog() {
    }

    /** Shows the dialog; empty if the user cancels. */
    public static Optional<Choice> show(Window owner, MainViewModel.WorkPlanChoices choices) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("workplan.title"));
        dialog.setHeaderText(Messages.get("workplan.dialog.header", choices.plan().plan().name()));
        org.kesudesk.ui.DialogService.likeOwner(dialog, owner);
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(choices.years()));
        year.setId("workPlanYear");
        year.setValue(choices.years().contains(choices.year()) ? choices.year() : choices.years().get(0));
        Label yearLabel = new Label(Messages.get("workplan.dialog.year"));
        yearLabel.setLabelFor(year);

        List<TaskChoice> tasks = new java.util.ArrayList<>();
        java.util.Map<UUID, String> numbered = org.kesudesk.logic.PlanReferences.numberedTitles(choices.plan());
        for (PlanNode item : choices.plan().items()) {
            for (PlanNode task : item.children()) {
                if (task.kind().isTask()) {
                    tasks.add(new TaskChoice(task.id(), numbered.get(task.id())));
                }
            }
        }
        CheckListView<TaskChoice> list = new CheckListView<>(FXCollections.observableArrayList(tasks));
        list.setId("workPlanTasks");
        list.setPrefSize(560, 360);
        Label count = new Label();
        count.setId("workPlanCount");
        Runnable counted = () -> count.setText(Messages.get("workplan.dialog.count",
                list.getCheckModel().getCheckedItems().size(), tasks.size()));
        list.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<TaskChoice>) change -> counted.run());
        Runnable byDeadline = () -> {
            Set<UUID> forYear = choices.forYear().getOrDefault(year.getValue(), Set.of());
            list.getCheckModel().clearChecks();
            for (TaskChoice task : tasks) {
                if (forYear.contains(task.id())) {
                    list.getCheckModel().check(task);
                }
            }
            counted.run();
        };
        year.valueProperty().addListener((observable, old, chosen) -> byDeadline.run());
        Button all = new Button(Messages.get("workplan.dialog.all"));
        all.setId("workPlanAll");
        all.setOnAction(event -> list.getCheckModel().checkAll());
        Button stillToDo = new Button(Messages.get("workplan.dialog.byDeadline"));
        stillToDo.setId("workPlanByDeadline");
        stillToDo.setOnAction(event -> byDeadline.run());
        byDeadline.run();

        HBox top = new HBox(8, yearLabel, year, all, stillToDo, count);
        top.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(Messages.get("workplan.dialog.note"));
        note.setWrapText(true);
        note.setMaxWidth(560);
        dialog.getDialogPane().setContent(new VBox(8, top, list, note));
        // the header (the plan's whole name) wraps at the list's width rather than widen the dialog past the screen
        dialog.getDialogPane().setPrefWidth(640);
        ButtonType make = new ButtonType(Messages.get("workplan.dialog.make"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(make, org.kesudesk.ui.DialogService.cancelButton());
        dialog.getDialogPane().lookupButton(make).setId("workPlanMake");
        dialog.getDialogPane().lookupButton(make).disableProperty().bind(
                javafx.beans.binding.Bindings.isEmpty(list.getCheckModel().getCheckedItems()));
        dialog.setOnShown(event -> list.requestFocus());
        return dialog.showAndWait().filter(make::equals).map(ok -> {
            Set<UUID> chosen = new LinkedHashSet<>();
            list.getCheckModel().getCheckedItems().forEach(task -> chosen.add(task.id()));
            return new Choice(year.getValue(), chosen);
        });
    }

    /** A task in the list, as the plan numbers it under its action or project. */
    record TaskChoice(UUID id, String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
