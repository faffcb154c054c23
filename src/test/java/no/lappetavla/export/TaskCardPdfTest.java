package no.lappetavla.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.CardSize;
import no.lappetavla.model.TaskCard;
import no.lappetavla.model.TaskCards;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cards as LibreOffice prints them: all text there, A4 pages, cards at their size on the sheet. */
class TaskCardPdfTest {

    private static final double PT_PER_MM = 72 / 25.4;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void printedCardsKeepEveryTaskAndTheirSize(CardSize size) throws Exception {
        // The sample's cards, renamed Kort01, Kort02 … so that each card's title is one findable word.
        List<TaskCard> sample = TaskCards.of(SampleWorkshop.create());
        List<TaskCard> cards = IntStream.range(0, sample.size()).mapToObj(i -> renamed(sample.get(i), String.format("Kort%02d", i + 1))).toList();
        Path docx = dir.resolve("kort-" + size.argument() + ".docx");
        TaskCardDocument.Report report;
        try (OutputStream out = Files.newOutputStream(docx)) {
            report = TaskCardDocument.write(cards, size, false, "nb", out);
        }
        Path pdf = LibreOffice.toPdf(docx, dir);

        String info = LibreOffice.info(pdf);
        assertEquals(report.pages(), number(info, "Pages:\\s+(\\d+)"), "pages: " + info);
        assertEquals(595.3, number(info, "Page size:\\s+([\\d.]+) x"), 0.5, "A4 width");
        assertEquals(841.9, number(info, "Page size:\\s+[\\d.]+ x ([\\d.]+)"), 0.5, "A4 height");

        String text = LibreOffice.text(pdf).replaceAll("\\s+", " ");
        for (TaskCard c : cards) {
            for (TaskCard.Line l : c.lines()) {
                assertTrue(text.contains(l.text()), () -> l.text() + " missing from the PDF at " + size);
            }
        }

        // Page 1 is full: one title per card slot, so the titles' positions give the grid the printer gets.
        List<LibreOffice.Word> titles = LibreOffice.words(pdf).stream()
                .filter(w -> w.page() == 1 && w.text().matches("Kort\\d\\d")).toList();
        assertEquals(size.perPage(), titles.size(), "cards on page 1");
        List<Double> xs = distinct(titles.stream().map(LibreOffice.Word::xMin).toList());
        List<Double> ys = distinct(titles.stream().map(LibreOffice.Word::yMin).toList());
        assertEquals(size.columns(), xs.size(), "columns " + xs);
        assertEquals(size.rows(), ys.size(), "rows " + ys);
        for (int i = 1; i < xs.size(); i++) {
            assertEquals(size.widthMm() * PT_PER_MM, xs.get(i) - xs.get(i - 1), 1.0, "card pitch across = card width");
        }
        for (int i = 1; i < ys.size(); i++) {
            assertEquals(size.heightMm() * PT_PER_MM, ys.get(i) - ys.get(i - 1), 1.0, "card pitch down = card height");
        }
        double gridLeft = (595.3 - size.columns() * size.widthMm() * PT_PER_MM) / 2;
        double textInset = (size.paddingMm() + 1.5) * PT_PER_MM;
        assertEquals(gridLeft + textInset, xs.getFirst(), 1.5, "grid centred, band text inside the card margin");
        double gridTop = (841.9 - size.rows() * size.heightMm() * PT_PER_MM) / 2;
        assertTrue(ys.getFirst() > gridTop + size.paddingMm() * PT_PER_MM, "title below the top margin of the card");
    }

    /** Positions that differ by more than a point, sorted. */
    private static List<Double> distinct(List<Double> values) {
        List<Double> out = new java.util.ArrayList<>();
        values.stream().sorted().forEach(v -> {
            if (out.isEmpty() || v - out.getLast() > 1) {
                out.add(v);
            }
        });
        return out;
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static TaskCard renamed(TaskCard c, String name) {
        return new TaskCard(name, c.professionCode(), c.professionName(), c.colour(), c.unit(), c.shift(), c.lines(),
                c.contacts(), c.reminders(), c.version(), c.date(), c.approvedBy(), c.basis());
    }
}
