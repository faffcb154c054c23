package no.lappetavla.ui.help;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import no.lappetavla.ui.Messages;

/** The Hjelp menu: the shortcut overview (F1) and the introduction again. */
public final class HelpMenu {

    private HelpMenu() {
    }

    /** @param onChoice what to do when the introduction ends with a choice (open the example or not) */
    public static Menu create(Window owner, Consumer<IntroDialog.Choice> onChoice) {
        MenuItem shortcuts = new MenuItem(Messages.get("help.menuShortcuts"));
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> ShortcutsDialog.show(owner));
        MenuItem intro = new MenuItem(Messages.get("help.menuIntro"));
        intro.setOnAction(e -> IntroDialog.show(owner).ifPresent(onChoice));
        return new Menu(Messages.get("help.menu"), null, shortcuts, intro);
    }
}
