package fr.parcours.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The type of an uploaded file, from its content alone (Apache Tika's magic numbers), never from its name or the
 * type the browser claims: PDF, ODT/ODS, DOCX/XLSX, PNG and JPEG are kept, anything else is refused — so an
 * executable renamed {@code .pdf} is an executable. Tika's core reads an Office Open XML file as a generic zip
 * package; which one (text or spreadsheet) is read from the package's own parts.
 */
@Component
class ContentTypes {

    static final String OOXML_PACKAGE = "application/x-tika-ooxml";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Accepted media type → the extension a kept file ends with. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "pdf",
            "application/vnd.oasis.opendocument.text", "odt",
            "application/vnd.oasis.opendocument.spreadsheet", "ods",
            DOCX, "docx",
            XLSX, "xlsx",
            "image/png", "png",
            "image/jpeg", "jpg");

    private final Tika tika = new Tika();

    /** The accepted media type of this content, or null when it is of a refused type. */
    String detect(byte[] content) {
        String detected = tika.detect(content);
        if (OOXML_PACKAGE.equals(detected)) {
            return officeOpenXmlType(content);
        }
        return ACCEPTED.containsKey(detected) ? detected : null;
    }

    private static String officeOpenXmlType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return DOCX;
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
        return null;
    }
}
