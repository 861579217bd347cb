package fr.parcours.casefile;

import fr.parcours.casework.CaseHeader;
import fr.parcours.casework.CaseHeaders;

/** A case whose file the user may read: its kind and its header, checked against the user's scope. */
public record CaseFile(CaseHeaders kind, CaseHeader header) {

    public String caseType() {
        return kind.caseType();
    }

    public long caseId() {
        return header.id();
    }

    /** The kind's URL segment, e.g. {@code cases}: {@code /case-files/{path}/{id}}. */
    public String path() {
        return kind.path();
    }
}
