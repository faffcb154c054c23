package no.lappetavla.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a task list from .xlsx or CSV as people keep them (title rows above the header, extra
 * columns, merged cells, Norwegian or English headers) into a {@link TaskSheet}. Hostile or broken
 * files are refused with an {@link ImportException} after bounded work and memory: the content
 * decides the format (not the file name), sizes and rows are capped, and xlsx sheets are streamed.
 */
public final class TaskListImporter {

    /** Data rows below the header; a real task list has tens or hundreds. */
    public static final int MAX_TASK_ROWS = 20_000;
    public static final long MAX_CSV_BYTES = 20L * 1024 * 1024;
    public static final long MAX_XLSX_BYTES = 50L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int MAX_ROWS_READ = MAX_TASK_ROWS + HeaderRecognizer.SEARCH_ROWS;

    private TaskListImporter() {
    }

    public static TaskSheet read(Path file) throws ImportException {
        long size;
        byte[] head = new byte[8];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            headLength = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.CANNOT_OPEN, e, file.getFileName());
        }
        if (size == 0) {
            throw new ImportException(ImportException.Kind.EMPTY);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (startsWith(head, headLength, ZIP)) {
            if (size > MAX_XLSX_BYTES) {
                throw new ImportException(ImportException.Kind.FILE_TOO_LARGE, MAX_XLSX_BYTES / (1024 * 1024));
            }
            return sheet(XlsxSheetReader.read(file, MAX_ROWS_READ, rows -> header(rows).isPresent()));
        }
        if (startsWith(head, headLength, OLE2)) {
            throw new ImportException(isEncrypted(file) ? ImportException.Kind.ENCRYPTED : ImportException.Kind.OLD_EXCEL_FORMAT);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            // Called a workbook but is neither a zip package nor an OLE2 container.
            throw new ImportException(ImportException.Kind.NOT_A_SPREADSHEET);
        }
        if (size > MAX_CSV_BYTES) {
            throw new ImportException(ImportException.Kind.FILE_TOO_LARGE, MAX_CSV_BYTES / (1024 * 1024));
        }
        try {
            return csv(Files.readAllBytes(file));
        } catch (IOException e) {
            throw e instanceof ImportException ie ? ie : new ImportException(ImportException.Kind.CANNOT_OPEN, e, file.getFileName());
        }
    }

    /** Reads CSV from a stream (e.g. a bundled resource), refusing more than {@link #MAX_CSV_BYTES}. */
    public static TaskSheet readCsv(InputStream in) throws ImportException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_CSV_BYTES + 1);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.DAMAGED, e);
        }
        if (bytes.length > MAX_CSV_BYTES) {
            throw new ImportException(ImportException.Kind.FILE_TOO_LARGE, MAX_CSV_BYTES / (1024 * 1024));
        }
        return csv(bytes);
    }

    private static TaskSheet csv(byte[] bytes) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(ImportException.Kind.EMPTY);
        }
        return sheet(CsvSheetReader.read(bytes, MAX_ROWS_READ));
    }

    /** An OLE2 file is either a password-protected xlsx (Excel wraps it so) or an old .xls workbook. */
    private static boolean isEncrypted(Path file) throws ImportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportException.Kind.NOT_A_SPREADSHEET, e);
        }
    }

    private static Optional<HeaderRecognizer.Header> header(List<SheetRow> rows) {
        return HeaderRecognizer.find(rows.stream().limit(HeaderRecognizer.SEARCH_ROWS).map(SheetRow::cells).toList());
    }

    private static TaskSheet sheet(List<SheetRow> rows) throws ImportException {
        if (rows.isEmpty()) {
            throw new ImportException(ImportException.Kind.EMPTY);
        }
        HeaderRecognizer.Header header = header(rows).orElseThrow(
                () -> new ImportException(ImportException.Kind.NO_TASK_COLUMN, HeaderRecognizer.SEARCH_ROWS));
        List<SheetRow> data = rows.subList(header.rowIndex() + 1, rows.size());
        if (data.size() > MAX_TASK_ROWS) {
            throw new ImportException(ImportException.Kind.TOO_MANY_ROWS, MAX_TASK_ROWS);
        }
        List<TaskRow> out = new ArrayList<>(data.size());
        for (SheetRow row : data) {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            header.columns().forEach((column, index) -> values.put(column, row.cell(index)));
            out.add(new TaskRow(row.number(), values));
        }
        return new TaskSheet(out, header.columns().keySet(), header.ignored());
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
