package fr.parcours.reporting.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One table of the report as every output shows it (a section on screen, a sheet of the spreadsheet, lines of the
 * CSV): its title, its column headers (the first names the rows), its lines and maybe a total line. Columns flagged
 * in {@code charted} are drawn on the table's chart.
 */
public record ReportTable(String id, String title, List<String> columns, List<Boolean> charted, List<Line> lines,
                          Line total) {

    /** A line: its label and one value per column after the first (a number, an amount, a date, or null). */
    public record Line(String label, List<Object> values) {

        /** One number format per thread and language: a page formats a thousand cells, building each is costly. */
        private static final ThreadLocal<Map<Locale, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

        /** A value as the screen shows it, in the reader's language; a dash when there is none. */
        public String display(int index) {
            Object value = values.get(index);
            if (value == null) {
                return "—";
            }
            NumberFormat format = FORMATS.get().computeIfAbsent(LocaleContextHolder.getLocale(),
                    NumberFormat::getNumberInstance);
            int decimals = value instanceof BigDecimal number ? number.scale() : 0;
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return value instanceof Number ? format.format(value) : value.toString();
        }

        /** A value as the chart reads it: a plain number, zero when there is none. */
        public String plain(int index) {
            Object value = values.get(index);
            return value instanceof BigDecimal number ? number.toPlainString()
                    : value instanceof Number ? value.toString() : "0";
        }
    }

    public boolean hasChart() {
        return charted.contains(true);
    }
}
