package no.lappetavla.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.export.MustCanDocument;
import no.lappetavla.export.MustCanWorkbook;
import no.lappetavla.export.PagesPdf;
import no.lappetavla.export.SafeFile;
import no.lappetavla.export.TaskCardDocument;
import no.lappetavla.i18n.Texts;
import no.lappetavla.io.ImportPreview;
import no.lappetavla.io.MustCanWorkbookReader;
import no.lappetavla.io.TaskListImporter;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.WorkshopExports;

/** The export and import layers behind the UI. */
final class ExportsAdapter implements WorkshopExports {

    @Override
    public List<String> writeCards(Workshop workshop, String size, boolean back, Path file) throws IOException {
        CardSize cardSize = CardSize.parse(size).orElseThrow(() -> new IllegalArgumentException(size));
        TaskCardDocument.Report[] report = new TaskCardDocument.Report[1];
        SafeFile.write(file, out -> report[0] = TaskCardDocument.write(workshop, cardSize, back, out));
        Texts texts = Texts.of("app", "nb");
        return report[0].adjustments().stream().map(a -> a.continued()
                ? texts.format("cards.continued", a.roleName(), a.parts(), a.fontPt())
                : texts.format("cards.shrunk", a.roleName(), a.fontPt(), a.normalFontPt())).toList();
    }

    @Override
    public void writeMatrix(Workshop workshop, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            MustCanDocument.write(workshop, file);
        } else {
            MustCanWorkbook.write(workshop, file);
        }
    }

    @Override
    public Incoming readMatrix(Workshop workshop, Path file) throws IOException {
        MustCanWorkbookReader.Result result = MustCanWorkbookReader.read(file, workshop);
        Texts app = Texts.of("app", "nb");
        List<String> issues = new java.util.ArrayList<>();
        result.unmatchedRows().forEach(r -> issues.add(app.format("matrixImport.unmatched", r.rowNumber(), r.text())));
        result.unknownLetters().forEach(u -> issues.add(app.format("matrixImport.unknownLetter", u.rowNumber(), u.professionCode(), u.text())));
        return new Incoming(result.edit(), app.format("matrixImport.summary", result.changes().size()), issues);
    }

    @Override
    public Incoming readTasks(Workshop workshop, String boardId, Path file) throws IOException {
        ImportPreview preview = ImportPreview.of(TaskListImporter.read(file), workshop, boardId);
        Texts io = Texts.of("io", "nb");
        Texts app = Texts.of("app", "nb");
        String summary = app.format("cli.import.summary", preview.taskCount(), preview.notes().size(),
                preview.decisions().size(), workshop.board(boardId).map(b -> b.name()).orElse(""));
        List<String> issues = preview.issues().stream().map(i -> i.message(io)).toList();
        if (!preview.ignoredColumns().isEmpty()) {
            issues = java.util.stream.Stream.concat(issues.stream(),
                    java.util.stream.Stream.of(io.format("import.ignoredColumns", String.join(", ", preview.ignoredColumns())))).toList();
        }
        return new Incoming(preview.apply(), summary, issues);
    }

    @Override
    public void writePdf(List<byte[]> pngPages, double widthPt, double heightPt, String title, Path file) throws IOException {
        SafeFile.write(file, out -> PagesPdf.write(pngPages, widthPt, heightPt, title, out));
    }

}
