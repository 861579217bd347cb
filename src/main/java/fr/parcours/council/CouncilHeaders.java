package fr.parcours.council;

import fr.parcours.casework.CaseHeader;
import fr.parcours.casework.CaseHeaders;
import fr.parcours.council.process.CouncilCycleProcess;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserScope;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The header of a council itself (its cycles have their own), for the readers of its case file and history: the
 * council's own reach decides ({@link CouncilService#visibleTo}: its facilitators, its region's coordinators and
 * auditors, national readers). A council has no process of its own; its cycles do.
 */
@Component
public class CouncilHeaders implements CaseHeaders {

    /** A council is followed as long as it exists: its header's one phase. */
    static final String PHASE = "FOLLOWED";

    private final CouncilService councils;

    CouncilHeaders(CouncilService councils) {
        this.councils = councils;
    }

    @Override
    public String path() {
        return "councils";
    }

    @Override
    public String processKey() {
        return CouncilCycleProcess.KEY;
    }

    @Override
    public String caseType() {
        return Council.CASE_TYPE;
    }

    @Override
    public String phaseKeyPrefix() {
        return "council.header.phase.";
    }

    @Override
    public Set<String> caseFileGroups() {
        return Set.of(Groups.FACILITATORS, Groups.COORDINATORS);
    }

    @Override
    public String organisationLabelKey() {
        return "audit.history.council";
    }

    @Override
    public CaseHeader header(long caseId, UserScope scope) {
        Council council = councils.visibleTo(caseId, scope.getUserId(), scope);
        return new CaseHeader(council.getId(), council.getName(), council.getName(), council.getRegionCode(),
                council.getDepartmentCode(), PHASE, null, council.getCreatedAt());
    }
}
