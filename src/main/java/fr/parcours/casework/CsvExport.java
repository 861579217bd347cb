package fr.parcours.casework;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one CSV writer of every export: what French Excel opens (UTF-8 with a byte-order mark, semicolons),
 * and no cell a spreadsheet would run as a formula. Text starting with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe (OWASP's rule for CSV injection); numbers, and text that is just a
 * number, stay as they are.
 */
public final class CsvExport implements Closeable {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final String BOM = "\uFEFF";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern UNSAFE_FILE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]+");

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts an export on {@code out} with these column headers. */
    public static CsvExport to(Appendable out, List<String> headers) throws IOException {
        out.append(BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(headers.stream().map(CsvExport::safe).toArray(String[]::new)).get();
        return new CsvExport(new CSVPrinter(out, format));
    }

    public void row(Object... cells) throws IOException {
        printer.printRecord(Arrays.stream(cells).map(CsvExport::safe));
    }

    public void row(List<?> cells) throws IOException {
        row(cells.stream());
    }

    public void row(Stream<?> cells) throws IOException {
        printer.printRecord(cells.map(CsvExport::safe));
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    /** A cell as it may be written: formulas neutralised, numbers kept. */
    static Object safe(Object cell) {
        if (!(cell instanceof CharSequence text) || text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return cell;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> cell;
        };
    }

    /** A download of {@code csv} under a file name reduced to letters, digits, dots, dashes and underscores. */
    public static ResponseEntity<byte[]> attachment(String fileName, CharSequence csv) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An attachment header whose file name can't break out of it or name a path. */
    public static String contentDisposition(String fileName) {
        String safe = UNSAFE_FILE_NAME_CHARACTERS.matcher(fileName).replaceAll("-");
        return ContentDisposition.attachment().filename(safe.isEmpty() ? "export" : safe).build().toString();
    }
}
