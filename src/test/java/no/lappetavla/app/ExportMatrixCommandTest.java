package no.lappetavla.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command with an in-memory reader standing in for the workshop file format. */
class ExportMatrixCommandTest {

    private final Workshop sample = SampleWorkshop.create();
    private final ExportMatrixCommand command = new ExportMatrixCommand(file -> {
        assertTrue(Files.isRegularFile(file));
        return sample;
    });
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void writesTheWorkbook() throws Exception {
        Path in = Files.writeString(dir.resolve("dagvakt.lappetavla"), "{}");
        Path target = dir.resolve("matrise.xlsx");
        assertEquals(0, run(in.toString(), target.toString()));
        assertEquals("Må/kan-matrisen med 43 oppgaver og 12 yrkesgrupper er skrevet til " + target, out().strip());
        try (InputStream s = Files.newInputStream(target); XSSFWorkbook book = new XSSFWorkbook(s)) {
            assertEquals("Må og kan", book.getSheetName(0));
        }
    }

    @Test
    void writesWordWhenTheTargetEndsInDocx() throws Exception {
        Path in = Files.writeString(dir.resolve("dagvakt.lappetavla"), "{}");
        Path target = dir.resolve("Matrise.DOCX");
        assertEquals(0, run(in.toString(), target.toString()));
        try (InputStream s = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(s)) {
            assertEquals(3, doc.getTables().size());
        }
    }

    @Test
    void badInputGetsOneNorwegianLine() throws Exception {
        Path in = Files.writeString(dir.resolve("dagvakt.lappetavla"), "{}");
        assertEquals(2, run(in.toString()));
        assertEquals("Bruk: export-matrix INN.lappetavla UT.xlsx|UT.docx", err().strip());
        err.reset();
        assertEquals(2, run(in.toString(), dir.resolve("matrise.pdf").toString()));
        assertTrue(err().strip().startsWith("Ukjent filtype for «"), err());
        err.reset();
        assertEquals(1, run(dir.resolve("finnes-ikke.lappetavla").toString(), dir.resolve("m.xlsx").toString()));
        assertTrue(err().strip().startsWith("Finner ikke filen "), err());
        assertEquals(1, err().strip().lines().count());
        assertEquals(List.of(in.getFileName()), Files.list(dir).map(Path::getFileName).toList(), "nothing written");
    }

    private int run(String... args) throws Exception {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return command.run(List.of(args), o, e);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
