package fr.parcours.audit.history;

import fr.parcours.audit.CaseEvent;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.casework.CaseNotFoundException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of case whose history auditors read: where each one's header (with its process instance,
 * region and department for the scope check) comes from, and which audit case type holds its changes.
 * Every header query selects id, business key, organisation, region, department, phase, process instance
 * and creation time, in that order.
 */
public enum CaseKind {

    ACCOMPANIMENT("cases", CaseEvent.ACCOMPANIMENT, "phase.", "audit.history.organisation", """
            select a.id, a.business_key, o.name, o.region_code, a.department_code, a.phase,
                   a.process_instance_id, a.created_at
            from accompaniment a join organisation o on o.id = a.organisation_id
            where a.id = ?"""),
    COLLECTIVE("collectives", CollectiveAccompaniment.CASE_TYPE, "collective.phase.", "audit.history.collective-title", """
            select c.id, c.business_key, c.title, c.region_code, null, c.phase,
                   c.process_instance_id, c.created_at
            from collective_accompaniment c
            where c.id = ?"""),
    // A cycle has no phase column: it is running until its end is recorded.
    COUNCIL_CYCLE("council-cycles", CouncilCycle.CASE_TYPE, "audit.history.cycle-state.", "audit.history.council", """
            select cc.id, co.name || ' #' || cc.number, co.name, co.region_code, co.department_code,
                   case when cc.ended_at is null then 'RUNNING' else 'ENDED' end,
                   cc.process_instance_id, cc.started_at
            from council_cycle cc join council co on co.id = cc.council_id
            where cc.id = ?""");

    private final String path;
    private final String caseType;
    private final String phaseKeyPrefix;
    private final String organisationLabelKey;
    private final String headerQuery;

    CaseKind(String path, String caseType, String phaseKeyPrefix, String organisationLabelKey, String headerQuery) {
        this.path = path;
        this.caseType = caseType;
        this.phaseKeyPrefix = phaseKeyPrefix;
        this.organisationLabelKey = organisationLabelKey;
        this.headerQuery = headerQuery;
    }

    /** The kind behind a URL segment (/audit/{path}/{id}); an unknown one is a case that does not exist. */
    public static CaseKind ofPath(String path, long id) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(id));
    }

    public static Optional<CaseKind> forCaseType(String caseType) {
        return Arrays.stream(values()).filter(kind -> kind.caseType.equals(caseType)).findFirst();
    }

    public String getPath() {
        return path;
    }

    public String getCaseType() {
        return caseType;
    }

    public String getPhaseKeyPrefix() {
        return phaseKeyPrefix;
    }

    public String getOrganisationLabelKey() {
        return organisationLabelKey;
    }

    String headerQuery() {
        return headerQuery;
    }
}
