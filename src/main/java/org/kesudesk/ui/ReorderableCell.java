package org.kesudesk.ui;

import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;

/**
 * A list cell shown with its position (1. 市教育局) that can be dragged to another place in its list; the move
 * itself is left to the caller, which makes it an undoable edit.
 *
 * @param <T> the list's items
 */
public final class ReorderableCell<T> extends ListCell<T> {

    private static final DataFormat POSITION = new DataFormat("application/x-kesudesk-list-position");

    private final Function<T, String> name;

    /**
     * @param name how an item is named
     * @param move called with the dragged item and the position it is dropped at
     */
    public ReorderableCell(Function<T, String> name, BiConsumer<T, Integer> move) {
        this.name = name;
        setOnDragDetected(event -> {
            if (getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.put(POSITION, getIndex());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                event.consume();
            }
        });
        setOnDragOver(event -> {
            if (event.getGestureSource() != this && event.getDragboard().hasContent(POSITION)) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            Object from = event.getDragboard().getContent(POSITION);
            boolean done = from instanceof Integer index && getListView() != null
                    && index < getListView().getItems().size();
            if (done) {
                int size = getListView().getItems().size();
                int to = getItem() == null ? size - 1 : getIndex();
                move.accept(getListView().getItems().get((Integer) from), to);
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : (getIndex() + 1) + ". " + name.apply(item));
    }
}
