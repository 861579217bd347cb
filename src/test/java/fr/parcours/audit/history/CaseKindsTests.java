package fr.parcours.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseHeader;
import fr.parcours.casework.CaseHeaders;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.UserScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseKindsTests {

    private final CaseHeaders accompaniments = kind("cases", CaseEvent.ACCOMPANIMENT, List.of("INTAKE", "PLAN"));
    private final CaseHeaders cycles = kind("council-cycles", "COUNCIL_CYCLE", List.of("RUNNING"));
    private final CaseKinds kinds = new CaseKinds(List.of(cycles, accompaniments));

    @Test
    void aUrlSegmentNamesItsKindAndAnUnknownOneIsACaseThatDoesNotExist() {
        assertThat(kinds.ofPath("council-cycles", 7)).isSameAs(cycles);
        assertThatThrownBy(() -> kinds.ofPath("councils", 7)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void recordsLinkToTheHistoryOfTheirKindOnlyWhenItHasOne() {
        assertThat(kinds.historyPath(CaseEvent.ACCOMPANIMENT)).isEqualTo("cases");
        assertThat(kinds.historyPath("COUNCIL")).isNull();
    }

    @Test
    void theSearchFiltersOnTheAccompanimentsPhasesOnly() {
        assertThat(kinds.searchPhases()).containsExactly("INTAKE", "PLAN");
    }

    private static CaseHeaders kind(String path, String caseType, List<String> phases) {
        return new CaseHeaders() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String processKey() {
                return path + "-process";
            }

            @Override
            public String caseType() {
                return caseType;
            }

            @Override
            public String phaseKeyPrefix() {
                return "phase.";
            }

            @Override
            public String organisationLabelKey() {
                return "audit.history.organisation";
            }

            @Override
            public List<String> phases() {
                return phases;
            }

            @Override
            public CaseHeader header(long caseId, UserScope scope) {
                throw new CaseNotFoundException(caseId);
            }
        };
    }
}
