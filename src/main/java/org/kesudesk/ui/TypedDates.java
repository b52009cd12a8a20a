package org.kesudesk.ui;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.DocumentDate;

/**
 * Date pickers that read a date as clerks type one ({@link DocumentDate#typed}: 2026-12-20, 2026/12/20,
 * 2026年12月20日, full-width digits too) and say so when a text is no date, rather than putting the date shown before
 * back in its place without a word.
 */
public final class TypedDates {

    private TypedDates() {
    }

    /**
     * Reads and writes a picker's dates: written as the app writes dates (2026-12-20); an empty text is no date; a
     * text that is no date is read as the date the picker holds, so that committing it — on Enter, or when the focus
     * leaves the field — changes nothing and leaves the text in the field (a converter's exception would fail the
     * picker's focus listener instead).
     */
    private static StringConverter<LocalDate> converter(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return DocumentDate.typed(text).orElse(picker.getValue());
            }
        };
    }

    /**
     * Sets the picker to read typed dates, and gives what is wrong with its text while {@code checked} holds: empty
     * when the text is a date (or, if {@code emptyAllowed}, nothing), else a message quoting it. Enter on a text that
     * is no date, or the focus leaving the field, leaves it there to be corrected (the picker keeps its date).
     */
    public static StringBinding checkAsTyped(DatePicker picker, ObservableBooleanValue checked, boolean emptyAllowed) {
        picker.setConverter(converter(picker));
        StringBinding problem = Bindings.createStringBinding(() -> {
            String typed = picker.getEditor().getText() == null ? "" : picker.getEditor().getText().strip();
            if (!checked.get() || typed.isEmpty() && emptyAllowed || DocumentDate.typed(typed).isPresent()) {
                return "";
            }
            return Messages.get("edit.notADate", typed);
        }, picker.getEditor().textProperty(), checked);
        // the picker's skin commits its text on Enter (into the date it holds, the text put back, when it is no
        // date) unless the key's event is already consumed: an earlier filter on the picker itself consumes it
        picker.addEventFilter(KeyEvent.ANY, event -> {
            if (event.getCode() == KeyCode.ENTER && !problem.get().isEmpty()) {
                event.consume();
            }
        });
        return problem;
    }
}
