package no.lappetavla.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lappetavla.i18n.Texts;
import no.lappetavla.io.ImportException;
import no.lappetavla.io.ImportIssue;
import no.lappetavla.io.ImportPreview;
import no.lappetavla.io.TaskListImporter;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Workshop;

/** {@code import TASKS.xlsx|.csv OUT.lappetavla}: makes a workshop file from a task list. */
final class ImportCommand implements CommandLine.Command {

    /** Saves a workshop; the workshop file format lives in the io layer. */
    @FunctionalInterface
    interface WorkshopWriter {
        void write(Workshop workshop, Path file) throws IOException;
    }

    private final WorkshopWriter writer;

    ImportCommand(WorkshopWriter writer) {
        this.writer = writer;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Texts texts = CommandLine.TEXTS;
        if (args.size() != 2) {
            err.println(texts.get("cli.import.usage"));
            return 2;
        }
        Path source = Path.of(args.get(0));
        Path target = Path.of(args.get(1));
        ImportPreview preview;
        try {
            preview = ImportPreview.forNewWorkshop(TaskListImporter.read(source));
        } catch (ImportException e) {
            err.println(texts.format("cli.error", e.getMessage()));
            return 1;
        }
        writer.write(preview.toNewWorkshop(titleOf(source)), target);

        Texts io = Texts.of("io", "nb");
        out.println(texts.format("cli.import.summary", preview.taskCount(), preview.notes().size(),
                preview.decisions().size(), target.getFileName().toString()));
        Map<Profession, Integer> perProfession = preview.notesPerProfession();
        if (!perProfession.isEmpty()) {
            out.println(texts.format("cli.import.perProfession", perProfession.entrySet().stream()
                    .map(e -> e.getKey().code() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
        out.println(texts.format("cli.import.skipped", preview.skippedRowCount(), preview.issues().size()));
        for (ImportIssue issue : preview.issues()) {
            out.println("  " + issue.message(io));
        }
        if (!preview.ignoredColumns().isEmpty()) {
            out.println(io.format("import.ignoredColumns", String.join(", ", preview.ignoredColumns())));
        }
        return 0;
    }

    /** "dagvakt-2026.xlsx" → "dagvakt-2026": the workshop title until the group names it. */
    private static String titleOf(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
