package no.lappetavla.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the rows of an .xlsx workbook by streaming its sheet XML (POI's event API), so memory is
 * bounded by the row limit rather than by the sheet: a million-row sheet is refused after the
 * limit instead of being loaded. Merged cells give their value to every row they cover; time and
 * date-time cells come out as "HH:mm".
 */
final class XlsxSheetReader {

    /** Columns beyond this are never task data; the bound keeps a 16,384-column sheet cheap. */
    static final int MAX_COLUMNS = 100;
    /** Excel's own limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_MERGED_REGIONS = 10_000;
    private static final int MAX_SHEETS = 20;

    static {
        // Refuse zip bombs: a part may unpack to at most 100 times its packed size and 100 MB in all.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private XlsxSheetReader() {
    }

    /**
     * The rows of the first sheet whose rows satisfy {@code wanted} (the one with a task header),
     * or of the first sheet when none does.
     */
    static List<SheetRow> read(Path file, int maxRows, Predicate<List<SheetRow>> wanted) throws ImportException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw refusal(e, ImportException.Kind.NOT_A_SPREADSHEET);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<SheetRow> first = null;
            Iterator<InputStream> sheets = reader.getSheetsData();
            for (int i = 0; i < MAX_SHEETS && sheets.hasNext(); i++) {
                List<SheetRow> rows;
                try (InputStream sheet = sheets.next()) {
                    rows = readSheet(sheet, strings, styles, maxRows);
                }
                if (wanted.test(rows)) {
                    return rows;
                }
                if (first == null) {
                    first = rows;
                }
            }
            if (first == null) {
                throw new ImportException(ImportException.Kind.NOT_A_SPREADSHEET);
            }
            return first;
        } catch (ImportException e) {
            throw e;
        } catch (TooManyRows e) {
            throw new ImportException(ImportException.Kind.TOO_MANY_ROWS, TaskListImporter.MAX_TASK_ROWS);
        } catch (Exception | LinkageError e) {
            throw refusal(e, ImportException.Kind.DAMAGED);
        } finally {
            pkg.revert();
        }
    }

    /** POI reports a zip bomb as an IOException somewhere in the cause chain; everything else is damage. */
    private static ImportException refusal(Throwable e, ImportException.Kind otherwise) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return new ImportException(ImportException.Kind.ZIP_BOMB, e);
            }
        }
        return new ImportException(otherwise, e);
    }

    private static List<SheetRow> readSheet(InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles,
                                            int maxRows) throws IOException, SAXException {
        RowCollector collector = new RowCollector(maxRows);
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(styles, strings, collector, new TimeFormatter(), false);
        xml.setContentHandler(new MergeCellsHandler(cells, collector));
        xml.parse(new InputSource(sheet));
        return collector.rows();
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Collects cell text per row, and the merged regions listed after the rows. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private List<String> current;
        private int currentRow;
        private int lastColumn;

        RowCollector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            currentRow = rowNum;
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().anyMatch(s -> !s.isBlank())) {
                if (rows.size() >= maxRows) {
                    throw new TooManyRows();
                }
                rows.put(currentRow, current);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? lastColumn + 1 : new CellReference(cellReference).getCol();
            lastColumn = column;
            if (column >= MAX_COLUMNS || formattedValue == null) {
                return;
            }
            while (current.size() <= column) {
                current.add("");
            }
            String text = formattedValue.length() > MAX_CELL_CHARS ? formattedValue.substring(0, MAX_CELL_CHARS) : formattedValue;
            current.set(column, text.strip());
        }

        void merged(String ref) {
            if (merged.size() < MAX_MERGED_REGIONS) {
                try {
                    merged.add(CellRangeAddress.valueOf(ref));
                } catch (IllegalArgumentException e) {
                    // A broken merge reference loses only the merge, not the sheet.
                }
            }
        }

        List<SheetRow> rows() {
            for (CellRangeAddress region : merged) {
                List<String> top = rows.get(region.getFirstRow());
                int firstColumn = region.getFirstColumn();
                if (top == null || firstColumn >= top.size() || firstColumn >= MAX_COLUMNS) {
                    continue;
                }
                String value = top.get(firstColumn);
                int lastColumn = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
                for (Map.Entry<Integer, List<String>> row : rows.subMap(region.getFirstRow(), true, region.getLastRow(), true).entrySet()) {
                    List<String> cells = row.getValue();
                    for (int c = firstColumn; c <= lastColumn; c++) {
                        while (cells.size() <= c) {
                            cells.add("");
                        }
                        cells.set(c, value);
                    }
                }
            }
            List<SheetRow> out = new ArrayList<>(rows.size());
            rows.forEach((index, cells) -> out.add(new SheetRow(index + 1, cells)));
            return out;
        }
    }

    /** Passes the sheet XML on to POI's cell handler and picks out the &lt;mergeCell ref="A1:A3"/&gt; elements. */
    private static final class MergeCellsHandler extends DefaultHandler {
        private final XSSFSheetXMLHandler cells;
        private final RowCollector collector;

        MergeCellsHandler(XSSFSheetXMLHandler cells, RowCollector collector) {
            this.cells = cells;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                collector.merged(attributes.getValue("ref"));
            }
            cells.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            cells.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cells.characters(ch, start, length);
        }
    }

    /**
     * Time and date-time cells as "HH:mm" whatever their display format, so "7:30", "07:30:00" and
     * "01.03.2024 07:30" all read as a time; date-only cells as an ISO date, which is not a time.
     */
    private static final class TimeFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, false, true);
                if (hasTimePart(formatString)) {
                    LocalTime time = dateTime.toLocalTime();
                    return String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
                }
                return dateTime.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }

        private static boolean hasTimePart(String format) {
            String bare = format == null ? "" : format.replaceAll("\"[^\"]*\"", "").toLowerCase(java.util.Locale.ROOT);
            return bare.contains("h") || bare.contains("s");
        }
    }
}
