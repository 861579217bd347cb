package fr.parcours.casefile;

import java.util.Arrays;
import java.util.List;

/**
 * What a case document is. The first seven are uploaded by people (a scan, a signed copy, a consultant's file);
 * the app also generates the cahier des charges and the attendance sheet, and the PDFs below that only it writes.
 * Labels: {@code casefile.document.type.<name>}.
 */
public enum DocumentType {
    SPECIFICATIONS(true),
    PROPOSAL(true),
    SIGNED_PV(true),
    SIGNED_DIAGNOSTIC(true),
    ORDER_FORM(true),
    END_REPORT(true),
    ATTENDANCE_SHEET(true),
    SELECTION_PV(false),
    DIAGNOSTIC_SUMMARY(false),
    ACTIVITY_SHEET(false);

    private final boolean uploadable;

    DocumentType(boolean uploadable) {
        this.uploadable = uploadable;
    }

    public boolean isUploadable() {
        return uploadable;
    }

    /** The types a person may choose when uploading. */
    public static List<DocumentType> uploadable() {
        return Arrays.stream(values()).filter(DocumentType::isUploadable).toList();
    }
}
