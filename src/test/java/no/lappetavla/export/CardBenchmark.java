package no.lappetavla.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.TaskCard;
import no.lappetavla.model.TaskCards;

/** Not a test: prints the median time to export 60 task cards (sample cards repeated), after warm-up. */
public final class CardBenchmark {

    private CardBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<TaskCard> sample = TaskCards.of(SampleWorkshop.create());
        List<TaskCard> cards = new ArrayList<>();
        while (cards.size() < 60) {
            cards.add(sample.get(cards.size() % sample.size()));
        }
        for (CardSize size : CardSize.values()) {
            for (int i = 0; i < 10; i++) {
                export(cards, size);
            }
            long[] times = new long[21];
            int printed = 0;
            int bytes = 0;
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                ByteArrayOutputStream out = export(cards, size);
                times[i] = System.nanoTime() - start;
                bytes = out.size();
                printed = TaskCardDocument.write(cards, size, true, "nb", new ByteArrayOutputStream()).printedCards();
            }
            Arrays.sort(times);
            System.out.printf("%-4s 60 cards (%d printed, front and back) median %.1f ms, %d kB%n",
                    size, printed, times[times.length / 2] / 1e6, bytes / 1024);
        }
    }

    private static ByteArrayOutputStream export(List<TaskCard> cards, CardSize size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskCardDocument.write(cards, size, true, "nb", out);
        return out;
    }
}
