package fr.parcours.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook: a cover sheet (title, scope, period and date drawn, as dates), then one sheet per
 * table with its French headers on the first row; counts and amounts are numbers, days have one decimal, amounts two.
 * Text is written as text, never as a formula.
 */
final class ReportWorkbook {

    /** Cover lines: a label and its value (text or date). */
    record CoverLine(String label, Object value) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle oneDecimal;
    private final CellStyle twoDecimals;
    private final CellStyle total;

    private ReportWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        total = workbook.createCellStyle();
        total.setFont(bold);
        date = style("dd/mm/yyyy");
        oneDecimal = style("0.0");
        twoDecimals = style("#,##0.00");
    }

    static byte[] write(String coverTitle, List<CoverLine> cover, List<ReportTable> tables) throws IOException {
        ReportWorkbook book = new ReportWorkbook();
        book.cover(coverTitle, cover);
        tables.forEach(book::sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (book.workbook) {
            book.workbook.write(out);
        }
        return out.toByteArray();
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private void cover(String title, List<CoverLine> lines) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            text(row.createCell(0), lines.get(i).label(), header);
            value(row.createCell(1), lines.get(i).value());
        }
    }

    private void sheet(ReportTable table) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
        Row headers = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            text(headers.createCell(c), table.columns().get(c), header);
            sheet.setColumnWidth(c, (c == 0 ? 42 : 16) * 256);
        }
        int r = 1;
        for (ReportTable.Line line : table.lines()) {
            line(sheet.createRow(r++), line, null);
        }
        if (table.total() != null) {
            line(sheet.createRow(r), table.total(), total);
        }
        sheet.createFreezePane(1, 1);
    }

    private void line(Row row, ReportTable.Line line, CellStyle labelStyle) {
        text(row.createCell(0), line.label(), labelStyle);
        for (int c = 0; c < line.values().size(); c++) {
            value(row.createCell(c + 1), line.values().get(c));
        }
    }

    private void value(Cell cell, Object value) {
        if (value instanceof Long count) {
            cell.setCellValue(count);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(number.scale() == 1 ? oneDecimal : twoDecimals);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value != null) {
            text(cell, value.toString(), null);
        }
    }

    /** POI writes a string as an inline or shared string, never as a formula, whatever it starts with. */
    private static void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
