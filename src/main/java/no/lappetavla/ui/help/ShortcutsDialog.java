package no.lappetavla.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import no.lappetavla.ui.Messages;

/** F1 or ?: every keyboard and mouse shortcut, grouped, in type readable from across a meeting room. */
public final class ShortcutsDialog {

    /** One line of the overview: the keys (alternatives) and what they do. */
    record Shortcut(List<String> keys, String description) {
    }

    record Group(String title, List<Shortcut> shortcuts) {
    }

    private ShortcutsDialog() {
    }

    /** Shows the overview and waits until it is closed (Esc, Enter or the button). */
    public static void show(Window owner) {
        create(owner).showAndWait();
    }

    /** Opens the overview when "?" is typed anywhere in the scene except while writing text. */
    public static void openOnQuestionMark(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
                show(scene.getWindow());
            }
        });
    }

    static Dialog<Void> create(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("help.shortcutsTitle"));
        ButtonType close = new ButtonType(Messages.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().add(close);
        // The close button is the default too, so Enter closes just like Esc.
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(close)).setDefaultButton(true);
        d.getDialogPane().getStyleClass().add("help-dialog");
        d.getDialogPane().getStylesheets().add(ShortcutsDialog.class.getResource("help.css").toExternalForm());

        // Three columns where the screen is wide enough (all fits without scrolling on 1920×1080), else two.
        var screen = Screen.getPrimary().getVisualBounds();
        double height = Math.min(900, screen.getHeight() - 170);
        List<Group> groups = groups();
        int[] columnOf = screen.getWidth() >= 1700 ? new int[] {0, 0, 1, 1, 2} : new int[] {0, 0, 0, 1, 1};
        HBox columns = new HBox(40);
        for (int i = 0; i < groups.size(); i++) {
            while (columns.getChildren().size() <= columnOf[i]) {
                columns.getChildren().add(new VBox(22));
            }
            ((VBox) columns.getChildren().get(columnOf[i])).getChildren().add(groupNode(groups.get(i)));
        }
        columns.setPadding(new Insets(4, 8, 4, 8));
        Label title = new Label(Messages.get("help.shortcutsTitle"));
        title.getStyleClass().add("help-title");
        VBox content = new VBox(14, title, columns);
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("help-scroll");
        scroll.setPrefViewportWidth(Math.min(1860, screen.getWidth() - 60));
        scroll.setPrefViewportHeight(height);
        d.getDialogPane().setContent(scroll);
        d.setResizable(true);
        return d;
    }

    private static Node groupNode(Group g) {
        Label heading = new Label(g.title());
        heading.getStyleClass().add("help-group");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        for (int row = 0; row < g.shortcuts().size(); row++) {
            Shortcut s = g.shortcuts().get(row);
            HBox keys = new HBox(6);
            for (int k = 0; k < s.keys().size(); k++) {
                if (k > 0) {
                    Label or = new Label("/");
                    or.getStyleClass().add("help-or");
                    keys.getChildren().add(or);
                }
                String key = s.keys().get(k);
                Label cap = new Label(Character.toUpperCase(key.charAt(0)) + key.substring(1));
                cap.getStyleClass().add("help-key");
                keys.getChildren().add(cap);
            }
            Label what = new Label(s.description());
            what.setWrapText(true);
            what.setMaxWidth(290);
            what.setMinHeight(Region.USE_PREF_SIZE);
            what.getStyleClass().add("help-description");
            keys.setAccessibleText(String.join(" " + Messages.get("help.or") + " ", s.keys()) + ": " + s.description());
            grid.addRow(row, keys, what);
        }
        VBox box = new VBox(8, heading, grid);
        box.getStyleClass().add("help-group-box");
        return box;
    }

    /** The shortcuts as they are wired in the board, the menus and presentation mode. */
    static List<Group> groups() {
        String ctrl = ctrl();
        String click = Messages.get("help.key.click");
        String drag = Messages.get("help.key.drag");
        List<Group> out = new ArrayList<>();
        out.add(new Group(Messages.get("help.group.notes"), List.of(
                s("help.newNote", "N"),
                s("help.editNote", "Enter", "F2"),
                s("help.deleteNotes", "Delete", "Backspace"),
                s("help.profession", "1–9"),
                s("help.clipboard", ctrl + "C", ctrl + "X", ctrl + "V"),
                s("help.duplicate", ctrl + "D"),
                s("help.park", "P"),
                s("help.undo", ctrl + "Z"),
                s("help.redo", ctrl + "Y", ctrl + "Shift+Z"),
                s("help.doubleClick", Messages.get("help.key.doubleClick")))));
        out.add(new Group(Messages.get("help.group.move"), List.of(
                s("help.select", click),
                s("help.selectByKeys", Messages.get("help.key.arrows")),
                s("help.addToSelection", "Shift+" + click, ctrl + click),
                s("help.rubberBand", "Shift+" + drag),
                s("help.dragNote", Messages.get("help.key.dragNote")),
                s("help.moveStep", "Alt+" + Messages.get("help.key.arrows")),
                s("help.selectAll", ctrl + "A"),
                s("help.clearSelection", "Esc"))));
        out.add(new Group(Messages.get("help.group.view"), List.of(
                s("help.pan", "Shift+" + Messages.get("help.key.arrows")),
                s("help.panDrag", Messages.get("help.key.space") + "+" + drag, Messages.get("help.key.dragEmpty")),
                s("help.zoom", ctrl + Messages.get("help.key.wheel"), ctrl + "+", ctrl + "−"),
                s("help.fit", ctrl + "0"),
                s("help.actualSize", ctrl + "1"),
                s("help.headerZoom", Messages.get("help.key.header")),
                s("help.switchForm", ctrl + "R"),
                s("help.shortcuts", "F1", "?"))));
        out.add(new Group(Messages.get("help.group.file"), List.of(
                s("help.newWorkshop", ctrl + "N"),
                s("help.open", ctrl + "O"),
                s("help.save", ctrl + "S"),
                s("help.saveAs", ctrl + "Shift+S"),
                s("help.printBoard", ctrl + "P"),
                s("help.newBoard", ctrl + "T"),
                s("help.importTasks", ctrl + "I"),
                s("help.exportMatrix", ctrl + "E"),
                s("help.cards", ctrl + "K"),
                s("help.matrix", ctrl + "M"),
                s("help.quit", ctrl + "Q"))));
        out.add(new Group(Messages.get("help.group.present"), List.of(
                s("help.present", "F5"),
                s("help.leavePresent", "Esc"),
                s("help.steps", "→", "←"),
                s("help.lanes", "↑", "↓"),
                s("help.spotlight", "1–9", "0"),
                s("help.vote", "V", "Shift+V"),
                s("help.lock", ctrl + "L"),
                s("help.timer", "T"))));
        return out;
    }

    private static Shortcut s(String descriptionKey, String... keys) {
        return new Shortcut(List.of(keys), Messages.get(descriptionKey));
    }

    /** "Ctrl+" on Windows and Linux, "⌘" on a Mac: the app's shortcuts use the platform's key. */
    private static String ctrl() {
        String a = KeyCombination.keyCombination("Shortcut+A").getDisplayText();
        return a.substring(0, a.length() - 1);
    }
}
