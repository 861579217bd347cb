package fr.parcours.casefile;

import fr.parcours.casework.CaseHeaders;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Finds a case file by its kind's URL segment (or audit case type) and id, for a user: the kind decides who may
 * — the groups that work it ({@link CaseHeaders#caseFileGroups}), auditors and administrators — and its own scope
 * check which cases ({@link CaseHeaders#header}). Anything else is a 404, as for any case.
 */
@Service
public class CaseFiles {

    private final List<CaseHeaders> kinds;
    private final Scopes scopes;
    private final EngineRights engineRights;

    CaseFiles(List<CaseHeaders> kinds, Scopes scopes, EngineRights engineRights) {
        this.kinds = List.copyOf(kinds);
        this.scopes = scopes;
        this.engineRights = engineRights;
    }

    public CaseFile open(String path, long caseId, String userId) {
        return open(kind -> kind.path().equals(path), caseId, userId);
    }

    /** The same case file, found by its audit case type (for the features, which know their case type). */
    public CaseFile ofType(String caseType, long caseId, String userId) {
        return open(kind -> kind.caseType().equals(caseType), caseId, userId);
    }

    private CaseFile open(Predicate<CaseHeaders> which, long caseId, String userId) {
        CaseHeaders kind = kinds.stream().filter(which).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        Set<String> readers = new HashSet<>(kind.caseFileGroups());
        readers.add(Groups.AUDITORS);
        readers.add(Groups.ADMINS);
        if (!engineRights.isMemberOfAny(userId, readers)) {
            throw new CaseNotFoundException(caseId);
        }
        return new CaseFile(kind, kind.header(caseId, scopes.of(userId)));
    }
}
