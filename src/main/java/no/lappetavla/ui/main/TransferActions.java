package no.lappetavla.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopExports;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.dialogs.Dialogs;

/**
 * Files in and out besides the workshop file: task lists and the matrix in, the matrix out.
 * Reading and writing run off the UI thread; what comes in is shown before anything changes.
 */
final class TransferActions {

    private final Stage stage;
    private final WorkshopSession session;
    private final WorkshopExports exports;

    TransferActions(Stage stage, WorkshopSession session, WorkshopExports exports) {
        this.stage = stage;
        this.session = session;
        this.exports = exports;
    }

    void importTasks() {
        String boardId = session.currentBoardIdProperty().get();
        Path file = choose("transfer.importTasksTitle", false, "transfer.filterTasks", "*.xlsx", "*.csv", "*.txt");
        if (file != null && boardId != null) {
            Workshop snapshot = session.workshop();
            run(() -> exports.readTasks(snapshot, boardId, file), this::confirmAndApply, "transfer.importFailed");
        }
    }

    void importMatrix() {
        Path file = choose("transfer.importMatrixTitle", false, "transfer.filterExcel", "*.xlsx");
        if (file != null) {
            Workshop snapshot = session.workshop();
            run(() -> exports.readMatrix(snapshot, file), this::confirmAndApply, "transfer.importFailed");
        }
    }

    void exportMatrix(boolean word) {
        Path file = word
                ? choose("transfer.exportMatrixTitle", true, "transfer.filterWord", "*.docx")
                : choose("transfer.exportMatrixTitle", true, "transfer.filterExcel", "*.xlsx");
        if (file != null) {
            Path target = withExtension(file, word ? ".docx" : ".xlsx");
            Workshop snapshot = session.workshop();
            run(() -> {
                exports.writeMatrix(snapshot, target);
                return target;
            }, t -> Dialogs.info(stage, Messages.get("transfer.exported"), t.toString()), "transfer.exportFailed");
        }
    }

    /** Shows what a file would change; one undo step when the user goes ahead. */
    private void confirmAndApply(WorkshopExports.Incoming incoming) {
        ButtonType apply = new ButtonType(Messages.get("transfer.apply"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, null, apply, Dialogs.cancel());
        a.initOwner(stage);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(incoming.summary());
        VBox content = new VBox(8);
        if (incoming.issues().isEmpty()) {
            content.getChildren().add(new Label(Messages.get("transfer.noIssues")));
        } else {
            TextArea issues = new TextArea(String.join("\n", incoming.issues()));
            issues.setEditable(false);
            issues.setWrapText(true);
            issues.setPrefRowCount(Math.min(14, incoming.issues().size() + 1));
            content.getChildren().addAll(new Label(Messages.format("transfer.issues", incoming.issues().size())), issues);
        }
        content.getChildren().add(new Label(Messages.get("transfer.undoHint")));
        a.getDialogPane().setContent(content);
        a.getDialogPane().setPrefWidth(720);
        if (a.showAndWait().filter(b -> b == apply).isPresent()) {
            session.execute(incoming.edit());
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> done, String failureKey) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        stage.getScene().setCursor(Cursor.WAIT);
        task.setOnSucceeded(e -> {
            stage.getScene().setCursor(Cursor.DEFAULT);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            stage.getScene().setCursor(Cursor.DEFAULT);
            Throwable t = task.getException();
            Dialogs.error(stage, failureKey, t instanceof IOException && t.getMessage() != null
                    ? t.getMessage() : Messages.format("file.unexpected", String.valueOf(t)));
        });
        Thread thread = new Thread(task, "lappetavla-transfer");
        thread.setDaemon(true);
        thread.start();
    }

    private Path choose(String titleKey, boolean save, String filterKey, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), List.of(patterns)));
        Path current = session.file();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        if (save) {
            String base = session.workshop().title().isBlank() ? Messages.get("title.untitled") : session.workshop().title();
            chooser.setInitialFileName(base.replaceAll("[\\\\/:*?\"<>|]", "_") + " – " + Messages.get("transfer.matrixFileName"));
        }
        java.io.File f = save ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        return f == null ? null : f.toPath();
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
