package org.kesudesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.testfx.api.FxRobot;

/**
 * Finding what a user can see: a node and every parent visible. Tabs that are not selected keep their content
 * in the scene, hidden, so a plain lookup by text may find a cell of another tab first.
 */
final class VisibleNodes {

    /**
     * Waits (up to 20 s) until the condition holds, asking it on the JavaFX thread: looking nodes up from the
     * test's thread while the window builds its views can meet a half-changed scene graph.
     */
    static void waitUntil(java.util.function.BooleanSupplier condition) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }


    private VisibleNodes() {
    }

    static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a node matching the query is shown. */
    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).match(VisibleNodes::isShown).tryQuery().isPresent();
    }

    /**
     * Clicks the shown cell (tree, list or table) with exactly this text, once it is there: a view fills its cells
     * when it lays them out, which on a busy machine comes after the step that asked for them.
     */
    static void clickCell(FxRobot robot, String text) {
        try {
            waitUntil(() -> robot.lookup(".cell").match(node -> node instanceof Labeled labeled
                    && text.equals(labeled.getText()) && isShown(node)).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no cell shows “" + text + "” after 20 s", e);
        }
        robot.clickOn(cell(robot, text));
    }

    /** The shown cell (tree, list or table) with exactly this text. */
    static Node cell(FxRobot robot, String text) {
        return robot.lookup(".cell").match(node -> node instanceof Labeled labeled
                && text.equals(labeled.getText()) && isShown(node)).query();
    }

    /** An item of the main window's menus, by its id (menu items are not nodes a query finds). */
    static javafx.scene.control.MenuItem menuItem(String id) {
        return org.testfx.api.FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot()
                .lookupAll(".menu-bar").stream().findFirst()
                .map(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().stream()
                        .flatMap(menu -> menu.getItems().stream())
                        .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow())
                .orElseThrow();
    }
}
