package no.lappetavla.ui.main;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import no.lappetavla.model.Board;
import no.lappetavla.model.BoardComparison;
import no.lappetavla.model.TaskChange;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.dialogs.Dialogs;

/** The change list between a "today" and a "future" board: task, from → to. */
final class ChangeListDialog {

    private ChangeListDialog() {
    }

    static void show(Window owner, Workshop workshop, Board before, Board after) {
        BoardComparison comparison = BoardComparison.of(workshop, before.id(), after.id());
        Map<String, String> codes = new HashMap<>();
        workshop.professions().forEach(p -> codes.put(p.id(), p.code()));
        StringBuilder text = new StringBuilder();
        section(text, "compare.moved", comparison.moves(workshop));
        section(text, "compare.added", comparison.of(TaskChange.Kind.ADDED).stream().map(c -> c.summary(id -> codes.getOrDefault(id, "?"))).toList());
        section(text, "compare.removed", comparison.of(TaskChange.Kind.REMOVED).stream().map(c -> c.summary(id -> codes.getOrDefault(id, "?"))).toList());
        TextArea area = new TextArea(text.toString().strip());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(20);
        area.setPrefColumnCount(60);
        area.getStyleClass().add("change-list");
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, Dialogs.ok());
        a.initOwner(owner);
        a.setTitle(Messages.get("compare.title"));
        a.setHeaderText(Messages.format("compare.header", before.name(), after.name(), comparison.of(TaskChange.Kind.MOVED).size()));
        a.getDialogPane().setContent(area);
        a.setResizable(true);
        a.showAndWait();
    }

    private static void section(StringBuilder out, String key, List<String> lines) {
        out.append(Messages.format(key, lines.size())).append('\n');
        lines.forEach(l -> out.append("  ").append(l).append('\n'));
        out.append('\n');
    }
}
