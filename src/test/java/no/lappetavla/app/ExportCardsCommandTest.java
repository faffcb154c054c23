package no.lappetavla.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Workshop;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCardsCommandTest {

    @TempDir
    Path dir;

    private final Workshop sample = SampleWorkshop.create();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        // The workshop file reader is the io layer's; here an in-memory workshop stands in for the file's content.
        ExportCardsCommand command = new ExportCardsCommand(file -> sample);
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path input() throws Exception {
        return Files.writeString(dir.resolve("avdeling.lappetavla"), "{}");
    }

    @Test
    void writesCardsAndSaysWhatWasAdjusted() throws Exception {
        Path docx = dir.resolve("kort.docx");
        assertEquals(0, run(input().toString(), docx.toString(), "--size", "a7", "--back"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("12 oppgavekort skrevet som 16 kort på 4 sider"), said);
        assertTrue(said.contains("«Sykepleier» fortsetter på 3 kort"), said);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(1, doc.getTables().size());
            // Four A7 pages (two fronts, two backs) of four card rows of six table rows.
            assertEquals(4 * 4 * 6, doc.getTables().getFirst().getRows().size());
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void badSizeIsOneClearLineAndNoFile() throws Exception {
        Path docx = dir.resolve("kort.docx");
        assertEquals(2, run(input().toString(), docx.toString(), "--size", "a5"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals("Ukjent kortstørrelse «a5»: bruk a6, a7 eller card.", said.strip());
        assertEquals(1, said.lines().count());
        assertFalse(Files.exists(docx));
    }

    @Test
    void missingInputOrArgumentsAreOneLineEach() throws Exception {
        assertEquals(1, run(dir.resolve("finnes-ikke.lappetavla").toString(), dir.resolve("k.docx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Finner ikke filen"));
        err.reset();
        assertEquals(2, run(input().toString()));
        assertEquals("Bruk: export-cards INN.lappetavla UT.docx [--size a6|a7|card] [--back]", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void refusesToOverwriteTheWorkshopFile() throws Exception {
        Path in = input();
        assertEquals(2, run(in.toString(), in.toString(), "--size", "card"));
        assertEquals("{}", Files.readString(in));
    }
}
