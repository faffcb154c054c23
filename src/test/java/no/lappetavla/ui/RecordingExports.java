package no.lappetavla.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.lappetavla.model.Edit;
import no.lappetavla.model.Workshop;

/** Exports for UI tests: records what the window asked for and hands back prepared imports. */
public final class RecordingExports implements WorkshopExports {

    /** One request for task cards. */
    public record CardsCall(Workshop workshop, String size, boolean back, Path file) {
    }

    public final List<String> calls = new ArrayList<>();
    public final List<CardsCall> cardCalls = new ArrayList<>();
    public Incoming nextIncoming = new Incoming(Edit.of("edit.importTasks", w -> w), "", List.of());
    /** What writeCards answers (the cards that were shrunk or continued), or the failure it throws. */
    public List<String> answer = List.of();
    public IOException failure;

    @Override
    public List<String> writeCards(Workshop workshop, String size, boolean back, Path file) throws IOException {
        calls.add("cards " + size + " " + back + " " + file);
        cardCalls.add(new CardsCall(workshop, size, back, file));
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    @Override
    public void writeMatrix(Workshop workshop, Path file) {
        calls.add("matrix " + file);
    }

    @Override
    public void writePdf(List<byte[]> pngPages, double widthPt, double heightPt, String title, Path file) {
        calls.add("pdf " + pngPages.size() + " " + Math.round(widthPt) + "x" + Math.round(heightPt) + " " + file);
    }

    @Override
    public Incoming readMatrix(Workshop workshop, Path file) throws IOException {
        calls.add("readMatrix " + file);
        return nextIncoming;
    }

    @Override
    public Incoming readTasks(Workshop workshop, String boardId, Path file) throws IOException {
        calls.add("readTasks " + file);
        return nextIncoming;
    }
}
