package no.lappetavla.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.lappetavla.export.SafeFile;
import no.lappetavla.export.TaskCardDocument;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.Workshop;

/** {@code export-cards IN.lappetavla OUT.docx [--size a6|a7|card] [--back]}: task cards for printing and cutting. */
final class ExportCardsCommand implements CommandLine.Command {


    private final CommandLine.WorkshopReader reader;

    ExportCardsCommand(CommandLine.WorkshopReader reader) {
        this.reader = reader;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> files = new ArrayList<>();
        CardSize size = CardSize.A6;
        boolean back = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--back".equals(a)) {
                back = true;
            } else if ("--size".equals(a) || a.startsWith("--size=")) {
                String value = a.startsWith("--size=") ? a.substring("--size=".length()) : i + 1 < args.size() ? args.get(++i) : "";
                Optional<CardSize> parsed = CardSize.parse(value);
                if (parsed.isEmpty()) {
                    err.println(CommandLine.TEXTS.format("cards.badSize", value));
                    return 2;
                }
                size = parsed.get();
            } else if (a.startsWith("--")) {
                err.println(CommandLine.TEXTS.format("cards.badOption", a));
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            err.println(CommandLine.TEXTS.get("cards.usage"));
            return 2;
        }
        Path in = Path.of(files.get(0));
        Path target = Path.of(files.get(1)).toAbsolutePath();
        if (!Files.isRegularFile(in)) {
            err.println(CommandLine.TEXTS.format("cards.noInput", in));
            return 1;
        }
        if (in.toAbsolutePath().normalize().equals(target.normalize())) {
            err.println(CommandLine.TEXTS.get("cards.sameFile"));
            return 2;
        }
        Workshop workshop = reader.read(in);
        TaskCardDocument.Report[] report = new TaskCardDocument.Report[1];
        CardSize chosen = size;
        boolean withBack = back;
        SafeFile.write(target, o -> report[0] = TaskCardDocument.write(workshop, chosen, withBack, o));
        out.println(CommandLine.TEXTS.format("cards.done", report[0].cards(), report[0].printedCards(), report[0].pages(), target));
        for (TaskCardDocument.Adjustment a : report[0].adjustments()) {
            out.println(a.continued()
                    ? CommandLine.TEXTS.format("cards.continued", a.roleName(), a.parts(), a.fontPt())
                    : CommandLine.TEXTS.format("cards.shrunk", a.roleName(), a.fontPt(), a.normalFontPt()));
        }
        return 0;
    }
}
