package fr.parcours.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind an upload meets, built as their formats start (the bytes a content check reads). */
final class SampleFiles {

    private SampleFiles() {
    }

    static byte[] pdf(String text) {
        return PdfSheet.titled(text, null).toBytes();
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1};
    }

    /** A Windows executable: "MZ", then padding. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    static byte[] linuxExecutable() {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        return elf;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] odt() {
        return openDocument("application/vnd.oasis.opendocument.text");
    }

    static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet");
    }

    static byte[] docx() {
        return officeOpenXml("word/document.xml");
    }

    static byte[] xlsx() {
        return officeOpenXml("xl/workbook.xml");
    }

    /** A zip that is no office document. */
    static byte[] plainZip() {
        return zip("notes.txt", "bonjour".getBytes(StandardCharsets.UTF_8), false, "autre.txt");
    }

    private static byte[] openDocument(String mimeType) {
        return zip("mimetype", mimeType.getBytes(StandardCharsets.US_ASCII), true, "content.xml");
    }

    private static byte[] officeOpenXml(String part) {
        return zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), false, part);
    }

    private static byte[] zip(String first, byte[] firstContent, boolean stored, String second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(first);
            if (stored) {
                CRC32 crc = new CRC32();
                crc.update(firstContent);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(firstContent.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(firstContent);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(second));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
