package fr.parcours.admin.structures.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The structures CSV as a French spreadsheet saves it: semicolons, UTF-8 with or without a byte-order mark, or
 * Windows-1252 when the bytes are not UTF-8 (Excel's "CSV (séparateur : point-virgule)"). The first line names the
 * columns ({@link Column}, matched without case or accents, in any order; other columns are ignored). Each line
 * number is the spreadsheet's row number, blank rows included.
 */
public final class StructureCsv {

    static final int MAX_LINES = 20_000;

    /** The columns of the file, with the header the template writes. */
    public enum Column {
        NAME("Nom", "name", true),
        SIRET("SIRET", "siret", true),
        LEGAL_FORM("Forme juridique", "legalForm", true),
        NAF_CODE("Code NAF", "nafCode", true),
        EMPLOYEES("Effectif", "employees", true),
        QPV("QPV", "qpv", true),
        DEPARTMENT("Département", "departmentCode", true),
        CITY("Commune", "city", true),
        SECTOR("Secteur", "sector", false),
        AIDED_CONTRACTS("Contrats aidés", "aidedContracts", false);

        final String header;
        final String field;
        final boolean required;

        Column(String header, String field, boolean required) {
            this.header = header;
            this.field = field;
            this.required = required;
        }

        /** The header the template writes, matched without case or accents. */
        public String getHeader() {
            return header;
        }

        public boolean isRequired() {
            return required;
        }

        static Column ofField(String field) {
            return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().orElse(null);
        }
    }

    /** One data row: its row number in the spreadsheet and its cells by column (absent optional columns: null). */
    record Line(int number, Map<Column, String> cells) {
    }

    /** The rows of a file, or what makes the whole file unreadable (a message code and its arguments). */
    record Content(List<Line> lines, String fileError, Object[] fileErrorArgs) {

        static Content error(String code, Object... args) {
            return new Content(List.of(), code, args);
        }
    }

    static Content read(byte[] bytes) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).setTrim(true).get()
                    .parse(new StringReader(decode(bytes))).getRecords();
        } catch (IOException | UncheckedIOException e) {
            return Content.error("admin.import.unreadable");
        }
        if (records.isEmpty()) {
            return Content.error("admin.import.empty");
        }
        if (records.size() > MAX_LINES + 1) {
            return Content.error("admin.import.too-many-lines", MAX_LINES);
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        CSVRecord header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = normalised(header.get(i));
            int position = i;
            Arrays.stream(Column.values()).filter(c -> normalised(c.header).equals(name)).findFirst()
                    .ifPresent(column -> positions.putIfAbsent(column, position));
        }
        List<String> missing = Arrays.stream(Column.values()).filter(c -> c.required && !positions.containsKey(c))
                .map(c -> c.header).toList();
        if (!missing.isEmpty()) {
            return Content.error("admin.import.missing-columns", String.join(", ", missing));
        }
        List<Line> lines = new ArrayList<>();
        for (int row = 1; row < records.size(); row++) {
            CSVRecord record = records.get(row);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            positions.forEach((column, position) -> cells.put(column,
                    position < record.size() ? record.get(position) : ""));
            lines.add(new Line(row + 1, cells));
        }
        if (lines.isEmpty()) {
            return Content.error("admin.import.empty");
        }
        return new Content(lines, null, null);
    }

    /** UTF-8 (its byte-order mark dropped) if the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** "Département " → "departement", "Contrats_aidés" → "contrats aides". */
    static String normalised(String header) {
        String plain = Normalizer.normalize(header.replace('\uFEFF', ' '), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private StructureCsv() {
    }
}
