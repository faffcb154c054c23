package no.lappetavla.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.lappetavla.i18n.Texts;
import no.lappetavla.io.WorkshopFile;

/** Headless commands for scripting: no window, no display. */
public final class CommandLine {

    /** Reads a workshop file; the io layer supplies it, so the commands stay free of the file format. */
    interface WorkshopReader {
        no.lappetavla.model.Workshop read(java.nio.file.Path file) throws Exception;
    }

    /** One command: returns the exit code; prints one clear line on bad input. */
    interface Command {
        int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
            "import", new ImportCommand(WorkshopFile::write),
            "export-cards", new ExportCardsCommand(WorkshopFile::read),
            "export-matrix", new ExportMatrixCommand(WorkshopFile::read)));

    static final Texts TEXTS = Texts.of("app", "nb");

    private CommandLine() {
    }

    static boolean isCommand(String name) {
        return COMMANDS.containsKey(name) || "--help".equals(name) || "help".equals(name);
    }

    static int run(String name, String[] args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.get(name);
        if (command == null) {
            out.println(TEXTS.format("cli.usage", String.join(" | ", COMMANDS.keySet())));
            return 0;
        }
        try {
            return command.run(List.of(args), out, err);
        } catch (Exception e) {
            err.println(TEXTS.format("cli.error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }
}
