package fr.parcours.casefile;

import fr.parcours.casework.CaseHeaders;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.Scopes;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finds a case file by its kind's URL segment and id, for a user: the kind's own scope check decides (404 outside
 * it, as for any case).
 */
@Service
public class CaseFiles {

    private final List<CaseHeaders> kinds;
    private final Scopes scopes;

    CaseFiles(List<CaseHeaders> kinds, Scopes scopes) {
        this.kinds = List.copyOf(kinds);
        this.scopes = scopes;
    }

    public CaseFile open(String path, long caseId, String userId) {
        CaseHeaders kind = kinds.stream().filter(candidate -> candidate.path().equals(path)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        return new CaseFile(kind, kind.header(caseId, scopes.of(userId)));
    }

    /** The same case file, found by its audit case type (for the features, which know their case type). */
    public CaseFile ofType(String caseType, long caseId, String userId) {
        CaseHeaders kind = kinds.stream().filter(candidate -> candidate.caseType().equals(caseType)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        return new CaseFile(kind, kind.header(caseId, scopes.of(userId)));
    }
}
