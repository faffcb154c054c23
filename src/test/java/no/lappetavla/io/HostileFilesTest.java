package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that must be refused with a clear Norwegian sentence, after bounded work. */
class HostileFilesTest {

    @TempDir
    Path dir;

    private ImportException refused(Path file, ImportException.Kind kind) {
        ImportException e = assertThrows(ImportException.class, () -> TaskListImporter.read(file));
        assertEquals(kind, e.kind(), e.getMessage());
        assertFalse(e.getMessage().startsWith("!"), "the message text exists: " + e.getMessage());
        assertTrue(e.getMessage().endsWith("."), "one sentence: " + e.getMessage());
        return e;
    }

    @Test
    void pngRenamedToXlsx() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        refused(Files.write(dir.resolve("bilde.xlsx"), png), ImportException.Kind.NOT_A_SPREADSHEET);
        refused(Files.write(dir.resolve("bilde.csv"), png), ImportException.Kind.NOT_A_SPREADSHEET);
    }

    @Test
    void randomBytes() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(42).nextBytes(noise);
        refused(Files.write(dir.resolve("tilfeldig.xlsx"), noise), ImportException.Kind.NOT_A_SPREADSHEET);
        refused(Files.write(dir.resolve("tilfeldig.csv"), noise), ImportException.Kind.NOT_A_SPREADSHEET);
        byte[] zipNoise = noise.clone();
        zipNoise[0] = 'P';
        zipNoise[1] = 'K';
        zipNoise[2] = 3;
        zipNoise[3] = 4;
        refused(Files.write(dir.resolve("ødelagt.xlsx"), zipNoise), ImportException.Kind.NOT_A_SPREADSHEET);
    }

    @Test
    void zipThatIsNoWorkbook() throws IOException {
        Path file = dir.resolve("arkiv.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("les-meg.txt"));
            zip.write("hei".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        refused(file, ImportException.Kind.NOT_A_SPREADSHEET);
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet().createRow(0).createCell(0).setCellValue("Oppgave");
            wb.write(out);
        }
        Path file = dir.resolve("hemmelig.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("hemmelig");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(refused(file, ImportException.Kind.ENCRYPTED).getMessage().contains("passordbeskyttet"));
    }

    @Test
    void oldExcelFormat() throws IOException {
        Path file = dir.resolve("gammel.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet().createRow(0).createCell(0).setCellValue("Oppgave");
            wb.write(out);
        }
        refused(file, ImportException.Kind.OLD_EXCEL_FORMAT);
    }

    @Test
    void zipBomb() throws IOException {
        // 30 MB of spaces in one cell packs to a few kB: far beyond the allowed 1:100 ratio.
        Path file = TestSpreadsheets.minimalXlsx(dir.resolve("bombe.xlsx"), "", w -> {
            w.write("<sheetData><row r=\"1\">" + "<c r=\"A1\" t=\"inlineStr\"><is><t>");
            char[] spaces = new char[1 << 20];
            java.util.Arrays.fill(spaces, ' ');
            for (int i = 0; i < 30; i++) {
                w.write(spaces);
            }
            w.write("</t></is></c></row></sheetData>");
        });
        assertTrue(Files.size(file) < 1_000_000);
        refused(file, ImportException.Kind.ZIP_BOMB);
    }

    @Test
    void externalEntityIsRefusedOrInert() throws IOException {
        Path secret = Files.writeString(dir.resolve("hemmelig.txt"), "HEMMELIG-INNHOLD");
        Path file = TestSpreadsheets.minimalXlsx(dir.resolve("xxe.xlsx"),
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n",
                w -> w.write("<sheetData><row r=\"1\">" + TestSpreadsheets.inlineCell("A1", "Oppgave") + "</row>"
                        + "<row r=\"2\">" + TestSpreadsheets.inlineCell("A2", "&xxe;") + "</row></sheetData>"));
        try {
            TaskSheet sheet = TaskListImporter.read(file);
            assertFalse(sheet.rows().stream().anyMatch(r -> r.get(ImportColumn.TASK).contains("HEMMELIG")),
                    "the entity must not be expanded");
        } catch (ImportException e) {
            assertEquals(ImportException.Kind.DAMAGED, e.kind());
        }
    }

    @Test
    void millionRowWorkbookStopsAtTheRowLimit() throws IOException {
        Path file = TestSpreadsheets.minimalXlsx(dir.resolve("million.xlsx"), "", w -> {
            w.write("<sheetData>");
            w.write("<row r=\"1\">" + TestSpreadsheets.inlineCell("A1", "Oppgave") + "</row>");
            for (int r = 2; r <= 1_000_000; r++) {
                w.write("<row r=\"" + r + "\">" + TestSpreadsheets.inlineCell("A" + r, "Oppgave nr " + (r * 7919L % 1_000_003)) + "</row>");
            }
            w.write("</sheetData>");
        });
        assertTrue(refused(file, ImportException.Kind.TOO_MANY_ROWS).getMessage().contains("20"));
    }

    @Test
    void millionRowCsvStopsAtTheRowLimit() throws IOException {
        Path file = dir.resolve("million.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("Oppgave;Tid\n");
            for (int r = 0; r < 1_000_000; r++) {
                w.write("x;7\n");
            }
        }
        refused(file, ImportException.Kind.TOO_MANY_ROWS);
    }

    @Test
    void csvOverTheSizeLimit() throws IOException {
        Path file = dir.resolve("stor.csv");
        byte[] line = "Oppgave;Tid\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written <= TaskListImporter.MAX_CSV_BYTES; written += line.length) {
                out.write(line);
            }
        }
        refused(file, ImportException.Kind.FILE_TOO_LARGE);
    }

    @Test
    void emptyFiles() throws IOException {
        refused(Files.write(dir.resolve("tom.csv"), new byte[0]), ImportException.Kind.EMPTY);
        refused(Files.write(dir.resolve("tom.xlsx"), new byte[0]), ImportException.Kind.EMPTY);
        refused(Files.writeString(dir.resolve("blank.csv"), "\r\n;;\r\n  \r\n"), ImportException.Kind.EMPTY);
    }

    @Test
    void noRecognisableHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("handleliste.csv"), "Vare;Antall\nMelk;2\nBrød;1\n");
        ImportException e = refused(file, ImportException.Kind.NO_TASK_COLUMN);
        assertTrue(e.getMessage().startsWith("Fant ingen kolonne for oppgave"), e.getMessage());
    }

    @Test
    void missingFile() {
        refused(dir.resolve("finnes-ikke.csv"), ImportException.Kind.CANNOT_OPEN);
    }
}
