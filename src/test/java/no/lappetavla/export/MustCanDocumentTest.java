package no.lappetavla.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.io.SampleWorkshop;
import no.lappetavla.model.Decision;
import no.lappetavla.model.MustCanMatrix;
import no.lappetavla.model.Workshop;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class MustCanDocumentTest {

    private static Workshop sample;
    private static MustCanMatrix matrix;
    private static XWPFDocument doc;

    @BeforeAll
    static void writeAndReadBack(@TempDir Path dir) throws Exception {
        sample = ExportSamples.withDurations(SampleWorkshop.create());
        matrix = MustCanMatrix.of(sample);
        Path file = dir.resolve("matrise.docx");
        MustCanDocument.write(sample, file);
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
    }

    @Test
    void landscapeA4() {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertEquals(STPageOrientation.LANDSCAPE, section.getPgSz().getOrient());
        assertEquals(16838, ((java.math.BigInteger) section.getPgSz().getW()).intValue());
        assertEquals(11906, ((java.math.BigInteger) section.getPgSz().getH()).intValue());
    }

    @Test
    void titleAndUnit() {
        assertEquals("Må/kan-matrise: Sykehjem dagvakt", doc.getParagraphs().get(0).getText());
        assertTrue(doc.getParagraphs().get(1).getText().contains("Eksempel sykehjem, avdeling 2"));
    }

    @Test
    void everyTableHasAGridMatchingItsCells() {
        assertEquals(3, doc.getTables().size(), "matrix, letters, professions");
        for (XWPFTable table : doc.getTables()) {
            int columns = table.getRow(0).getTableCells().size();
            assertEquals(columns, table.getCTTbl().getTblGrid().sizeOfGridColArray());
            for (XWPFTableRow row : table.getRows()) {
                assertEquals(columns, row.getTableCells().size());
            }
        }
    }

    @Test
    void headerRowRepeatsAndHoldsTheCodes() {
        XWPFTable table = doc.getTables().getFirst();
        XWPFTableRow header = table.getRow(0);
        assertTrue(header.isRepeatHeader());
        assertEquals(List.of("Tid", "Oppgave", "Varighet (min)"), header.getTableCells().subList(0, 3).stream().map(c -> c.getText()).toList());
        for (int i = 0; i < matrix.professions().size(); i++) {
            assertEquals(matrix.professions().get(i).code(), header.getCell(3 + i).getText());
            assertEquals(matrix.professions().get(i).colour().substring(1), header.getCell(3 + i).getColor());
        }
    }

    @Test
    void everyTaskWithShadedLetters() {
        XWPFTable table = doc.getTables().getFirst();
        for (int r = 0; r < matrix.rows().size(); r++) {
            MustCanMatrix.Row row = matrix.rows().get(r);
            XWPFTableRow tr = table.getRow(1 + r);
            assertEquals(row.task().text(), tr.getCell(1).getText());
            for (int i = 0; i < row.cells().size(); i++) {
                Decision d = row.cells().get(i).decision();
                assertEquals(row.cells().get(i).letter(), tr.getCell(3 + i).getText());
                assertEquals(d == null ? null : DecisionStyle.hex(DecisionStyle.fill(d)), tr.getCell(3 + i).getColor(), row.task().text());
            }
            assertEquals(row.lacksMust() ? "Mangler M" : "", tr.getCell(3 + row.cells().size()).getText());
        }
        XWPFTableRow must = table.getRow(1 + matrix.rows().size());
        assertEquals("Antall M", must.getCell(1).getText());
        assertEquals(String.valueOf(matrix.totals().getFirst().must()), must.getCell(3).getText());
    }

    @Test
    void legendBelowTheTable() {
        XWPFTable values = doc.getTables().get(1);
        for (Decision d : Decision.values()) {
            XWPFTableRow row = values.getRow(1 + d.ordinal());
            assertEquals(d.letter(), row.getCell(0).getText());
            assertEquals(DecisionStyle.hex(DecisionStyle.fill(d)), row.getCell(0).getColor());
        }
        XWPFTable people = doc.getTables().get(2);
        assertEquals(matrix.professions().size() + 1, people.getNumberOfRows());
        assertEquals("Sykepleier", people.getRow(1).getCell(1).getText());
    }
}
