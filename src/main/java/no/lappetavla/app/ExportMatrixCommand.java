package no.lappetavla.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.lappetavla.export.MustCanDocument;
import no.lappetavla.export.MustCanWorkbook;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.Workshop;

/** {@code export-matrix IN.lappetavla OUT.xlsx|OUT.docx}: the må/kan matrix for Excel or Word. */
final class ExportMatrixCommand implements CommandLine.Command {


    private final CommandLine.WorkshopReader reader;

    ExportMatrixCommand(CommandLine.WorkshopReader reader) {
        this.reader = reader;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 2) {
            err.println(CommandLine.TEXTS.get("matrix.usage"));
            return 2;
        }
        Path in = Path.of(args.get(0));
        Path target = Path.of(args.get(1)).toAbsolutePath();
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean word = name.endsWith(".docx");
        if (!word && !name.endsWith(".xlsx")) {
            err.println(CommandLine.TEXTS.format("matrix.badType", args.get(1)));
            return 2;
        }
        if (!Files.isRegularFile(in)) {
            err.println(CommandLine.TEXTS.format("matrix.noInput", in));
            return 1;
        }
        if (in.toAbsolutePath().normalize().equals(target.normalize())) {
            err.println(CommandLine.TEXTS.get("matrix.sameFile"));
            return 2;
        }
        Workshop workshop = reader.read(in);
        if (word) {
            MustCanDocument.write(workshop, target);
        } else {
            MustCanWorkbook.write(workshop, target);
        }
        MustCanMatrix matrix = MustCanMatrix.of(workshop);
        out.println(CommandLine.TEXTS.format("matrix.done", matrix.rows().size(), matrix.professions().size(), target));
        return 0;
    }
}
