package fr.parcours.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTests {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        StringBuilder out = new StringBuilder();
        try (CsvExport csv = CsvExport.to(out, List.of("nom", "=entête"))) {
            csv.row("=HYPERLINK(\"http://evil\";\"clic\")", "+33 1 23", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd");
        }

        assertThat(out.toString()).startsWith("\uFEFFnom;'=entête\r\n");
        assertThat(out.toString()).contains("'=HYPERLINK(\"\"http://evil\"\";\"\"clic\"\")", "'+33 1 23", "'-2+3",
                "'@SUM(A1)", "'\tcmd", "\"'\rcmd\"");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() throws IOException {
        StringBuilder out = new StringBuilder();
        try (CsvExport csv = CsvExport.to(out, List.of("a"))) {
            csv.row(-12, new BigDecimal("-3.50"), "-4,25", "+7", "PAJE", "", null, "a=b");
        }

        assertThat(out.toString().lines().skip(1).findFirst()).contains("-12;-3.50;-4,25;+7;PAJE;;;a=b");
    }

    @Test
    void aDownloadsNameCannotBreakOutOfItsHeader() {
        assertThat(CsvExport.contentDisposition("tableau \"x\"\r\n;../../etc.csv"))
                .isEqualTo("attachment; filename=\"tableau-x-..-..-etc.csv\"");
        assertThat(CsvExport.contentDisposition("DLA-2026-000012.csv"))
                .isEqualTo("attachment; filename=\"DLA-2026-000012.csv\"");
    }
}
