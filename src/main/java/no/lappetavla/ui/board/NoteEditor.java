package no.lappetavla.ui.board;

import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import no.lappetavla.ui.Messages;

/** Edits a note's text in place: Enter keeps it, Shift+Enter breaks the line, Esc cancels. */
final class NoteEditor extends TextArea {

    private Consumer<String> onCommit;
    private Runnable onClose;
    private boolean active;
    private boolean swallowTyped;

    NoteEditor() {
        getStyleClass().add("note-editor");
        setWrapText(true);
        setAccessibleText(Messages.get("note.editor"));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                commit();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                insertText(getCaretPosition(), "\n");
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        // The key that opened the editor (N) also produces a typed character: it is not note text.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> swallowTyped = false);
        focusedProperty().addListener((o, was, is) -> {
            if (!is && active) {
                commit();
            }
        });
        setVisible(false);
    }

    void open(BoardLayout.Rect rect, String initial, Consumer<String> commit, Runnable closed) {
        open(rect, initial, commit, closed, false);
    }

    /** @param byKey opened by a key press whose typed character must not land in the text */
    void open(BoardLayout.Rect rect, String initial, Consumer<String> commit, Runnable closed, boolean byKey) {
        swallowTyped = byKey;
        onCommit = commit;
        onClose = closed;
        active = true;
        relocate(rect.x(), rect.y());
        setPrefSize(rect.w(), rect.h());
        resize(rect.w(), rect.h());
        setText(initial);
        setVisible(true);
        toFront();
        requestFocus();
        selectAll();
    }

    boolean isActive() {
        return active;
    }

    void commit() {
        if (!active) {
            return;
        }
        String value = getText();
        Consumer<String> c = onCommit;
        close();
        c.accept(value);
    }

    void close() {
        if (!active) {
            return;
        }
        active = false;
        setVisible(false);
        if (onClose != null) {
            onClose.run();
        }
    }
}
