package fr.parcours.casework;

import fr.parcours.identity.UserScope;
import java.util.List;
import java.util.Set;

/**
 * Implemented once per kind of case (accompaniment, collective, council cycle) by the feature that owns it, so
 * that readers of every case's history (the auditors) need not know the features: where a case's header comes
 * from, how its kind is named in URLs, and which audit records and process belong to it.
 */
public interface CaseHeaders {

    /** The URL segment of this kind of case: {@code /audit/{path}/{id}}. */
    String path();

    /** The key of the process every case of this kind runs. */
    String processKey();

    /** The case type of the audit records whose case id is this kind's case id. */
    String caseType();

    /** Message key prefix of the header's phase values. */
    String phaseKeyPrefix();

    /** Message key of the label of the header's organisation name (an organisation, a title, a council). */
    String organisationLabelKey();

    /** The phases a search of this kind's audit records may filter on, in their order. */
    default List<String> phases() {
        return List.of();
    }

    /**
     * The groups whose members work this kind of case and so read and write its case file (notes, documents), within
     * {@link #header}'s scope; auditors read every case file of their scope and administrators every one.
     */
    default Set<String> caseFileGroups() {
        return Set.of();
    }

    /** The case if the reader's scope covers it; {@link CaseNotFoundException} when missing or out of scope. */
    CaseHeader header(long caseId, UserScope scope);
}
