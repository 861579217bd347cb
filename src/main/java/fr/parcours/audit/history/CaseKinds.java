package fr.parcours.audit.history;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseHeaders;
import fr.parcours.casework.CaseNotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The kinds of case whose history auditors read, one {@link CaseHeaders} per feature that carries cases: the
 * audit module finds them here rather than knowing the features.
 */
@Component
public class CaseKinds {

    private final List<CaseHeaders> kinds;

    CaseKinds(List<CaseHeaders> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The kind behind a URL segment (/audit/{path}/{id}); an unknown one is a case that does not exist. */
    public CaseHeaders ofPath(String path, long caseId) {
        return kinds.stream().filter(kind -> kind.path().equals(path)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** The history page's URL segment for records of this case type, or null when that kind has no history page. */
    public String historyPath(String caseType) {
        return kinds.stream().filter(kind -> kind.caseType().equals(caseType)).findFirst()
                .map(CaseHeaders::path).orElse(null);
    }

    /** The phases the search filters on: those of accompaniments, the one kind of case the search joins. */
    public List<String> searchPhases() {
        return kinds.stream().filter(kind -> kind.caseType().equals(CaseEvent.ACCOMPANIMENT)).findFirst()
                .map(CaseHeaders::phases).orElse(List.of());
    }
}
