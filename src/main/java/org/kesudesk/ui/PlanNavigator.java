package org.kesudesk.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.OfficePlans;
import org.kesudesk.model.ExchangeStatus;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Region;

/**
 * The plan navigator: the office's own region, then (for a city) each county, each with its plans; a county says
 * whether it has a plan, whether it was sent and whether the county answered. Choosing a plan shows it in every tab.
 */
final class PlanNavigator extends TreeView<PlanNavigator.Entry> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneId.systemDefault());

    /**
     * One row: a region, with the plan it stands for when it has exactly one (or none); or one of a region's plans.
     */
    record Entry(Optional<Region> region, Optional<PlanSummary> plan, String text) {
    }

    private final MainViewModel viewModel;
    /** Set while the tree is filled or follows the plan shown: that selection is not the user's. */
    private boolean following;

    PlanNavigator(MainViewModel viewModel) {
        this.viewModel = viewModel;
        setId("planNavigator");
        getStyleClass().add("plan-navigator");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.text());
                // the whole row and the plan's name, where the pane is too narrow for them (梅里斯达斡尔族区 已发送…)
                setTooltip(empty || entry == null ? null : new javafx.scene.control.Tooltip(entry.text()
                        + entry.plan().map(plan -> "\n" + org.kesudesk.model.Plan.name(plan.title(), plan.planTitle()))
                        .filter(name -> !name.isBlank())
                        .orElse("")));
                getStyleClass().remove("navigator-no-plan");
                if (!empty && entry != null && entry.plan().isEmpty() && entry.region().isPresent()) {
                    getStyleClass().add("navigator-no-plan");
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!following && item != null && item.getValue() != null) {
                item.getValue().plan().ifPresent(plan -> viewModel.showPlan(plan.id()));
            }
        });
        viewModel.officeProperty().addListener((observable, before, office) -> fill(office));
        viewModel.shownPlanProperty().addListener((observable, before, plan) -> follow(plan));
        fill(viewModel.officeProperty().get());
    }

    private void fill(OfficePlans office) {
        following = true;
        try {
            TreeItem<Entry> root = new TreeItem<>();
            if (office != null) {
                for (Region region : office.regions()) {
                    root.getChildren().add(regionItem(office, region));
                }
            }
            setRoot(root);
            follow(viewModel.shownPlanProperty().get());
        } finally {
            following = false;
        }
    }

    private TreeItem<Entry> regionItem(OfficePlans office, Region region) {
        List<PlanSummary> plans = office.plansOf(region);
        boolean own = office.own().map(r -> r.id().equals(region.id())).orElse(false);
        String name = own ? Messages.get("navigator.ownRegion", region.name()) : region.name();
        if (plans.isEmpty()) {
            return new TreeItem<>(new Entry(Optional.of(region), Optional.empty(),
                    Messages.get("navigator.noPlan", name)));
        }
        if (plans.size() == 1) {
            PlanSummary plan = plans.get(0);
            return new TreeItem<>(new Entry(Optional.of(region), Optional.of(plan),
                    own ? name : Messages.get("navigator.county", name, status(office.status(plan.id())))));
        }
        TreeItem<Entry> item = new TreeItem<>(new Entry(Optional.of(region), Optional.empty(), name));
        for (PlanSummary plan : plans) {
            String label = plan.period().map(Object::toString).orElse(Messages.get("plan.period.none")) + " "
                    + (plan.docNumber().isEmpty() ? plan.name() : plan.docNumber());
            item.getChildren().add(new TreeItem<>(new Entry(Optional.empty(), Optional.of(plan),
                    own ? label : Messages.get("navigator.county", label, status(office.status(plan.id()))))));
        }
        item.setExpanded(true);
        return item;
    }

    /** 未发送 / 已发送 12-01 / 已回复 12-03. */
    private static String status(ExchangeStatus status) {
        if (status.answered()) {
            return Messages.get("navigator.answered", day(status.lastReceived().orElseThrow()));
        }
        return status.lastSent().map(sent -> Messages.get("navigator.sent", day(sent)))
                .orElseGet(() -> Messages.get("navigator.notSent"));
    }

    private static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** Selects the row of the plan shown (after a switch, an import or a reload). */
    private void follow(PlanSummary shown) {
        boolean was = following;
        following = true;
        try {
            if (shown == null) {
                getSelectionModel().clearSelection();
                return;
            }
            find(getRoot(), shown).ifPresent(item -> {
                getSelectionModel().select(item);
                int row = getRow(item);
                if (row >= 0) {
                    scrollTo(Math.max(0, row - 3));
                }
            });
        } finally {
            following = was;
        }
    }

    private static Optional<TreeItem<Entry>> find(TreeItem<Entry> item, PlanSummary plan) {
        if (item.getValue() != null && item.getValue().plan().map(p -> p.id().equals(plan.id())).orElse(false)) {
            return Optional.of(item);
        }
        for (TreeItem<Entry> child : item.getChildren()) {
            Optional<TreeItem<Entry>> found = find(child, plan);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
