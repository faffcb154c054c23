package no.lappetavla.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.WorkshopStorage;
import no.lappetavla.ui.dialogs.Dialogs;
import no.lappetavla.ui.templates.NewWorkshopDialog;

/** New, open, save and close, each asking before unsaved work could be lost. */
final class FileActions {

    static final String EXTENSION = ".lappetavla";

    private final Stage stage;
    private final WorkshopSession session;
    private final RecentFiles recent = new RecentFiles();

    FileActions(Stage stage, WorkshopSession session) {
        this.stage = stage;
        this.session = session;
    }

    List<Path> recentFiles() {
        return recent.list();
    }

    void newWorkshop() {
        if (canDiscard()) {
            NewWorkshopDialog.show(stage, session.storage()).ifPresent(w -> session.load(w, null, false));
        }
    }

    /** Saves the workshop's professions, boards and steps (and notes, if asked) as the user's own template. */
    void saveAsTemplate() {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(session.workshop().title());
        d.initOwner(stage);
        d.setTitle(Messages.get("templates.saveTitle"));
        d.setHeaderText(Messages.get("templates.saveHeader"));
        javafx.scene.control.CheckBox keep = new javafx.scene.control.CheckBox(Messages.get("templates.keepNotes"));
        d.getDialogPane().setExpandableContent(null);
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(8, d.getEditor(), keep));
        d.getDialogPane().getButtonTypes().setAll(Dialogs.ok(), Dialogs.cancel());
        d.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
            try {
                if (session.storage().templateExists(name) && !Dialogs.confirm(stage, Messages.format("templates.replaceHeader", name),
                        Messages.get("templates.replaceText"), Messages.get("templates.replace"))) {
                    return;
                }
                session.storage().saveAsTemplate(name, session.workshop(), keep.isSelected());
                Dialogs.info(stage, Messages.get("templates.savedHeader"), Messages.format("templates.savedText", name));
            } catch (IOException e) {
                Dialogs.error(stage, "templates.saveFailed", e.getMessage());
            }
        });
    }

    void openExample() {
        if (canDiscard()) {
            session.load(session.storage().example(), null, false);
        }
    }

    void open() {
        if (!canDiscard()) {
            return;
        }
        FileChooser chooser = chooser(Messages.get("file.openTitle"));
        Path file = toPath(chooser.showOpenDialog(stage));
        if (file != null) {
            openFile(file);
        }
    }

    /** Opens off the UI thread; on failure the open workshop stays as it was. */
    void openFile(Path file) {
        Task<WorkshopStorage.Opened> task = new Task<>() {
            @Override
            protected WorkshopStorage.Opened call() throws IOException {
                return session.storage().open(file);
            }
        };
        stage.getScene().setCursor(Cursor.WAIT);
        task.setOnSucceeded(e -> {
            stage.getScene().setCursor(Cursor.DEFAULT);
            WorkshopStorage.Opened opened = task.getValue();
            session.load(opened.workshop(), file, !opened.repairs().isEmpty());
            recent.add(file);
            if (!opened.repairs().isEmpty()) {
                Dialogs.info(stage, Messages.get("file.repairedHeader"), String.join("\n", opened.repairs()));
            }
        });
        task.setOnFailed(e -> {
            stage.getScene().setCursor(Cursor.DEFAULT);
            Throwable t = task.getException();
            Dialogs.error(stage, "file.openFailed", t instanceof IOException && t.getMessage() != null
                    ? t.getMessage() : Messages.format("file.unexpected", String.valueOf(t)));
        });
        Thread thread = new Thread(task, "open-workshop");
        thread.setDaemon(true);
        thread.start();
    }

    /** Opens a file given on the command line or dropped on the window, asking first if needed. */
    void openFromOutside(Path file) {
        if (canDiscard()) {
            openFile(file);
        }
    }

    boolean save() {
        Path file = session.file();
        return file == null ? saveAs() : saveTo(file);
    }

    boolean saveAs() {
        FileChooser chooser = chooser(Messages.get("file.saveTitle"));
        String title = session.workshop().title().isBlank() ? Messages.get("title.untitled") : session.workshop().title();
        chooser.setInitialFileName(title.replaceAll("[\\\\/:*?\"<>|]", "_") + EXTENSION);
        Path file = toPath(chooser.showSaveDialog(stage));
        if (file == null) {
            return false;
        }
        if (!file.getFileName().toString().endsWith(EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + EXTENSION);
        }
        return saveTo(file);
    }

    boolean saveTo(Path file) {
        Workshop snapshot = session.workshop();
        try {
            session.storage().save(snapshot, file);
        } catch (IOException e) {
            Dialogs.error(stage, "file.saveFailed", e.getMessage());
            return false;
        }
        session.markSaved(file);
        recent.add(file);
        return true;
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    boolean canDiscard() {
        if (!session.modifiedProperty().get()) {
            return true;
        }
        String name = session.file() == null ? Messages.get("title.untitled") : session.file().getFileName().toString();
        return switch (Dialogs.askSave(stage, name)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter"), "*" + EXTENSION));
        Path current = session.file();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        return chooser;
    }

    private static Path toPath(java.io.File f) {
        return f == null ? null : f.toPath();
    }
}
