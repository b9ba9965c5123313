package cn.gov.ln.credit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** One sheet written row by row; POI keeps a window of rows in memory and spills the rest to a temporary file. */
final class SpreadsheetWriter implements AutoCloseable {

    private static final int WINDOW = 200;
    private static final int MAX_CELL = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle bold;
    private int next;

    SpreadsheetWriter(String name) {
        sheet = workbook.createSheet(name);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    void header(List<String> headers) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.min(255, Math.max(10, headers.get(i).length() * 3)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(text(value));
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    /** A cell holds at most 32,767 characters. */
    private static String text(Object value) {
        String text = String.valueOf(value);
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text;
    }
}
