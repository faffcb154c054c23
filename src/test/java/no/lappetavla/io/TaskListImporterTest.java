package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.lappetavla.model.Decision;
import no.lappetavla.model.Profession;
import no.lappetavla.model.Step;
import no.lappetavla.model.TaskDecision;
import no.lappetavla.model.TaskKey;
import no.lappetavla.model.TaskList;
import no.lappetavla.model.Workshop;
import no.lappetavla.model.Workshops;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskListImporterTest {

    @TempDir
    Path dir;

    private final Workshop workshop = Workshops.newWorkshop("Test", "Dagvakt");
    private final String boardId = workshop.boards().getFirst().id();

    private ImportPreview preview(Path file) throws IOException {
        return ImportPreview.of(TaskListImporter.read(file), workshop, boardId);
    }

    private String code(String professionId) {
        return workshop.profession(professionId).map(Profession::code).orElse("?");
    }

    private Map<String, String> decisionsOf(ImportPreview preview, String taskText) {
        return preview.decisions().stream().filter(d -> d.taskKey().equals(TaskKey.of(taskText)))
                .collect(Collectors.toMap(d -> code(d.professionId()), d -> d.decision().letter()));
    }

    private ImportedTask task(ImportPreview preview, String text) {
        return preview.tasks().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    private List<String> codes(ImportedTask task) {
        return task.doneTodayBy().stream().map(Profession::code).toList();
    }

    @Test
    void messyWorkbookWithTitleRowMergedCellsTimeCellsAndExtraColumns() throws IOException {
        Path file = dir.resolve("kartlegging.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Dagvakt");
            CellStyle time = wb.createCellStyle();
            time.setDataFormat(wb.createDataFormat().getFormat("hh:mm"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            sheet.createRow(0).createCell(0).setCellValue("Kartlegging dagvakt, avdeling 2");
            // Row 2 is blank; the header is on row 3.
            Row header = sheet.createRow(2);
            String[] names = {"Tidspunkt", "Arbeidsoppgave", "English", "Hvem gjør det (i dag)?", "MÅ", "Kan", "Varighet (min)"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row r4 = sheet.createRow(3);
            r4.createCell(0).setCellValue(7.5 / 24);
            r4.getCell(0).setCellStyle(time);
            r4.createCell(1).setCellValue("Morgenstell");
            r4.createCell(2).setCellValue("Morning care");
            r4.createCell(3).setCellValue("Sykepleier, helsefagarbeider");
            r4.createCell(4).setCellValue("SPL");
            r4.createCell(5).setCellValue("HFA m/kurs, ikke LÆR");
            r4.createCell(6).setCellValue(30);
            Row r5 = sheet.createRow(4);
            r5.createCell(1).setCellValue("Servere frokost");
            r5.createCell(3).setCellValue("Alle");
            r5.createCell(5).setCellValue("MV");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            Row r6 = sheet.createRow(5);
            r6.createCell(0).setCellValue(45_000 + 10.25 / 24);
            r6.getCell(0).setCellStyle(dateTime);
            r6.createCell(1).setCellValue("Legevisitt");
            r6.createCell(3).setCellValue("SPL/HFA");
            r6.createCell(4).setCellValue("SPL");
            Row r7 = sheet.createRow(6);
            r7.createCell(0).setCellValue("25:99");
            r7.createCell(1).setCellValue("Bestille varer");
            r7.createCell(3).setCellValue("XYZ, HS");
            r7.createCell(6).setCellValue("lenge");
            Row r8 = sheet.createRow(7);
            r8.createCell(0).setCellValue("13.30");
            r8.createCell(3).setCellValue("SPL");
            Row r9 = sheet.createRow(8);
            r9.createCell(0).setCellValue("1615");
            r9.createCell(1).setCellValue("Kveldsmat forberedes");
            r9.createCell(3).setCellValue("MV");
            Row r10 = sheet.createRow(9);
            r10.createCell(0).setCellValue("hele dagen");
            r10.createCell(1).setCellValue("Svare på pasientsignal");
            r10.createCell(3).setCellValue("hfa");
            wb.write(out);
        }

        ImportPreview preview = preview(file);

        assertEquals(List.of("English"), preview.ignoredColumns());
        assertEquals(6, preview.taskCount());
        assertEquals("07–08", task(preview, "Morgenstell").stepLabel());
        assertEquals(List.of("SPL", "HFA"), codes(task(preview, "Morgenstell")));
        assertEquals(Map.of("SPL", "M", "HFA", "K*", "LÆR", "–"), decisionsOf(preview, "Morgenstell"));
        assertEquals("HFA m/kurs", preview.decisions().stream()
                .filter(d -> d.decision() == Decision.CAN_AFTER_TRAINING).findFirst().orElseThrow().justification());
        assertEquals(30, preview.notes().getFirst().durationMinutes());
        // The merged time cell applies to the row below too; "Alle" is every lane of the board.
        assertEquals("07–08", task(preview, "Servere frokost").stepLabel());
        assertEquals(12, codes(task(preview, "Servere frokost")).size());
        assertEquals("10–11", task(preview, "Legevisitt").stepLabel());
        assertEquals(List.of("SPL", "HFA"), codes(task(preview, "Legevisitt")));
        assertEquals("", task(preview, "Bestille varer").stepLabel());
        assertEquals(List.of("HS"), codes(task(preview, "Bestille varer")));
        assertEquals("16–17", task(preview, "Kveldsmat forberedes").stepLabel());
        assertEquals("Hele dagen", task(preview, "Svare på pasientsignal").stepLabel());
        assertEquals(List.of("16–17"), preview.newSteps().stream().map(Step::label).toList());

        assertEquals(List.of(
                new ImportIssue(7, ImportIssue.Reason.UNKNOWN_PROFESSION, "XYZ"),
                new ImportIssue(7, ImportIssue.Reason.UNREADABLE_TIME, "25:99"),
                new ImportIssue(7, ImportIssue.Reason.UNREADABLE_DURATION, "lenge"),
                new ImportIssue(8, ImportIssue.Reason.NO_TASK_TEXT, "")),
                preview.issues().stream().sorted(java.util.Comparator.comparingInt(ImportIssue::row)
                        .thenComparing(i -> i.reason().ordinal())).toList());
        assertEquals(1, preview.skippedRowCount());
        assertEquals("Rad 7: ukjent yrkesgruppe «XYZ»; den er utelatt.",
                preview.issues().stream().filter(i -> i.reason() == ImportIssue.Reason.UNKNOWN_PROFESSION)
                        .findFirst().orElseThrow().message(no.lappetavla.i18n.Texts.of("io", "nb")));
    }

    @Test
    void windows1252SemicolonCsvKeepsNorwegianLetters() throws IOException {
        String csv = "Oppgaveliste sjukeheim\r\n\r\nTid;Oppgåve;Må;Kan;Stad;Brukarbehov\r\n"
                + "7.30;Sårstell på rommet;SPL;HFA m/opplæring;Rom 2;Trygghet\r\n"
                + "0800;Øyedråper;SPL/VPL;ikkje ASS;;\r\n";
        Path file = dir.resolve("liste.csv");
        Files.write(file, csv.getBytes(Charset.forName("windows-1252")));

        ImportPreview preview = preview(file);

        assertEquals(List.of("Sårstell på rommet", "Øyedråper"), preview.tasks().stream().map(ImportedTask::text).toList());
        assertEquals("Rom 2", preview.notes().getFirst().place());
        assertEquals("Trygghet", preview.notes().getFirst().userNeed());
        assertEquals(Map.of("SPL", "M", "HFA", "K*"), decisionsOf(preview, "Sårstell på rommet"));
        assertEquals(Map.of("SPL", "M", "VPL", "M", "ASS", "–"), decisionsOf(preview, "Øyedråper"));
        // Without a who-column the Må and Kan professions do the task today, "skal ikke" does not.
        assertEquals(List.of("SPL", "VPL"), codes(task(preview, "Øyedråper")));
        assertEquals("08–09", task(preview, "Øyedråper").stepLabel());
        assertTrue(preview.issues().isEmpty());
    }

    @Test
    void commaCsvWithQuotesEnglishHeadersAndBom() throws IOException {
        String csv = "\uFEFFTime,Task,Profession,Must,Can,Comment,Priority\n"
                + "\"7:30\",\"Morning care, incl. \"\"oral\"\" care\nand dressing\",Nurse,,\"HFA, ASS\",check daily,high\n"
                + "08:00,Breakfast,\"Sykepleier og helsefagarbeider\",,,,\n";
        Path file = dir.resolve("tasks.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        ImportPreview preview = preview(file);

        ImportedTask care = preview.tasks().getFirst();
        assertEquals("Morning care, incl. \"oral\" care\nand dressing", care.text());
        assertEquals(List.of("SPL"), codes(care));
        assertEquals(Map.of("HFA", "K", "ASS", "K"), decisionsOf(preview, care.text()));
        assertEquals("check daily", preview.notes().getFirst().comment());
        assertEquals(List.of("SPL", "HFA"), codes(preview.tasks().get(1)));
        assertEquals(List.of("Priority"), preview.ignoredColumns());
        assertEquals(4, preview.tasks().get(1).row(), "the quoted line break keeps row numbers as lines");
    }

    @Test
    void tabSeparatedUtf16FromExcelUnicodeText() throws IOException {
        String text = "Oppgave\tFaggruppe\tTid\r\nRe senger\tASS, LÆR\t11:00\r\n";
        Path file = dir.resolve("unicode.txt");
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));

        ImportPreview preview = preview(file);

        assertEquals(List.of("ASS", "LÆR"), codes(preview.tasks().getFirst()));
        assertEquals("11–12", preview.tasks().getFirst().stepLabel());
    }

    @Test
    void slashSeparatedCodesAndAllInWhoColumn() throws IOException {
        Path file = dir.resolve("hvem.csv");
        Files.writeString(file, "Oppgave;Yrkesgruppe\nMedisinutdeling;SPL/HFA\nRapport;Alle\nVaskeri;vaskeri\n");

        ImportPreview preview = preview(file);

        assertEquals(List.of("SPL", "HFA"), codes(preview.tasks().get(0)));
        assertEquals(workshop.professions().stream().map(Profession::code).toList(), codes(preview.tasks().get(1)));
        assertEquals(2, preview.tasks().size());
        assertEquals(List.of(new ImportIssue(4, ImportIssue.Reason.UNKNOWN_PROFESSION, "vaskeri"),
                new ImportIssue(4, ImportIssue.Reason.NO_PROFESSION, "Vaskeri")), preview.issues());
        assertEquals(1, preview.skippedRowCount());
        assertEquals(2 + 12, preview.notes().size());
        assertTrue(preview.decisions().isEmpty());
    }

    @Test
    void sampleCsvHasAllFortyFourTasks() throws IOException {
        Path file = dir.resolve("sykehjem-dagvakt.csv");
        try (InputStream in = getClass().getResourceAsStream("/no/lappetavla/io/sykehjem-dagvakt.csv")) {
            Files.copy(in, file);
        }

        TaskSheet sheet = TaskListImporter.read(file);
        ImportPreview preview = ImportPreview.of(sheet, workshop, boardId);

        assertEquals(44, sheet.rows().size());
        // "Rapport til kveldsvakt" names only the role "ansvarsvakt": reported, not guessed.
        assertEquals(43, preview.taskCount());
        assertEquals(List.of(new ImportIssue(43, ImportIssue.Reason.UNKNOWN_PROFESSION, "ansvarsvakt"),
                new ImportIssue(43, ImportIssue.Reason.NO_PROFESSION, "Rapport til kveldsvakt")),
                preview.issues().stream().filter(i -> i.row() == 43).toList());
        assertEquals(List.of("English"), preview.ignoredColumns());
        assertEquals(1, preview.skippedRowCount());
        assertTrue(preview.newSteps().isEmpty(), "every time falls in a day-shift block");
        assertEquals(43, TaskList.of(preview.toNewWorkshop("Dagvakt")).size());
        TaskDecision insulin = preview.decisions().stream()
                .filter(d -> d.taskKey().equals(TaskKey.of("Sette insulin s.c.")) && code(d.professionId()).equals("HFA"))
                .findFirst().orElseThrow();
        assertEquals(Decision.CAN_AFTER_TRAINING, insulin.decision());
        assertEquals(Map.of("SPL", "M", "VPL", "M", "HFA", "K*", "LÆR", "–"), decisionsOf(preview, "Dele ut morgenmedisin (multidose)"));
    }

    @Test
    void sampleWorkshopIsTheImportedSample() {
        Workshop sample = SampleWorkshop.create();
        assertEquals(43, TaskList.of(sample).size());
        assertEquals("Sykehjem dagvakt", sample.title());
        // "alle" on this ward means SPL, HFA and ASS.
        List<String> report = TaskList.of(sample).getFirst().professionIdsToday().stream()
                .map(id -> sample.profession(id).orElseThrow().code()).toList();
        assertEquals(List.of("SPL", "HFA", "ASS"), report);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
