package no.lappetavla.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.model.TaskList;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private Workshop written;
    private Path writtenTo;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        ImportCommand command = new ImportCommand((workshop, file) -> {
            written = workshop;
            writtenTo = file;
        });
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsTheSampleAndPrintsASummary() throws Exception {
        Path csv = dir.resolve("sykehjem-dagvakt.csv");
        try (InputStream in = getClass().getResourceAsStream("/no/lappetavla/io/sykehjem-dagvakt.csv")) {
            Files.copy(in, csv);
        }
        Path target = dir.resolve("dagvakt.lappetavla");

        assertEquals(0, run(csv.toString(), target.toString()));

        assertEquals(target, writtenTo);
        assertEquals("sykehjem-dagvakt", written.title());
        assertEquals(43, TaskList.of(written).size());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("Importerte 43 oppgaver som " + written.notes().size() + " lapper"), printed);
        assertTrue(printed.contains("Rad 43: ukjent yrkesgruppe «ansvarsvakt»"), printed);
        assertTrue(printed.contains("Kolonner som ikke brukes: English."), printed);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputGivesOneLineAndNonZeroExit() throws Exception {
        Path png = Files.write(dir.resolve("bilde.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        assertEquals(1, run(png.toString(), dir.resolve("ut.lappetavla").toString()));

        assertNull(written, "nothing is written");
        assertEquals("Feil: Filen er verken et Excel-regneark (.xlsx) eller en CSV-fil.\n",
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void wrongArgumentsShowUsage() throws Exception {
        assertEquals(2, run("bare-en.csv"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Bruk: java -jar lappetavla.jar import"));
    }
}
