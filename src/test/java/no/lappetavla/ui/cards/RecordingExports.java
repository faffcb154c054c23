package no.lappetavla.ui.cards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.lappetavla.model.Workshop;
import no.lappetavla.ui.WorkshopExports;

/** Test double for the export port: records card exports and answers with given lines or a failure. */
final class RecordingExports implements WorkshopExports {

    record CardsCall(Workshop workshop, String size, boolean back, Path file) {
    }

    final List<CardsCall> cardCalls = new ArrayList<>();
    List<String> answer = List.of();
    IOException failure;

    @Override
    public List<String> writeCards(Workshop workshop, String size, boolean back, Path file) throws IOException {
        cardCalls.add(new CardsCall(workshop, size, back, file));
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    @Override
    public void writeMatrix(Workshop workshop, Path file) {
        throw new UnsupportedOperationException("not used by the card dialogs");
    }

    @Override
    public Incoming readMatrix(Workshop workshop, Path file) {
        throw new UnsupportedOperationException("not used by the card dialogs");
    }

    @Override
    public Incoming readTasks(Workshop workshop, String boardId, Path file) {
        throw new UnsupportedOperationException("not used by the card dialogs");
    }
}
