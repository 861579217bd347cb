package fr.parcours.dla.web;

import static fr.parcours.dla.process.DlaIndividualProcess.KEY;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_MISSION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SATISFACTION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_END_REPORT;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;

import fr.parcours.audit.CaseEvent;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.identity.UserScope;
import fr.parcours.identity.UserScopeRepository;
import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseFilter;
import fr.parcours.tasklist.CaseRef;
import fr.parcours.tasklist.CaseSummary;
import fr.parcours.tasklist.PhaseOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Describes individual DLA cases to the task lists, and resolves their phase and organisation filters. */
@Component
class DlaCaseDirectory implements CaseDirectory {

    private static final List<PhaseOption> PHASES = Arrays.stream(Phase.values())
            .map(phase -> new PhaseOption(phase.name(), phaseKey(phase))).toList();

    /** The tasks of one ingénierie, repeated for each axis of the plan that calls for one. */
    private static final Set<String> PER_AXIS_TASKS = Set.of(TASK_WRITE_SPECIFICATIONS, TASK_PRESELECT_CONSULTANTS,
            TASK_RECEIVE_PROPOSALS, TASK_SCORE_PROPOSALS, TASK_VALIDATE_CHOICE, TASK_HOLD_LAUNCH_MEETING,
            TASK_REPORT_MISSION_PROGRESS, TASK_WRITE_END_REPORT, TASK_RECORD_SATISFACTION, TASK_ASSESS_MISSION);

    private final AccompanimentRepository accompaniments;
    private final PlanAxisRepository axes;
    private final EntityManager entityManager;
    private final UserScopeRepository userScopes;

    DlaCaseDirectory(AccompanimentRepository accompaniments, PlanAxisRepository axes, EntityManager entityManager,
                     UserScopeRepository userScopes) {
        this.accompaniments = accompaniments;
        this.axes = axes;
        this.entityManager = entityManager;
        this.userScopes = userScopes;
    }

    @Override
    public Optional<String> subjectVariable(String processKey, String taskDefinitionKey) {
        return KEY.equals(processKey) && PER_AXIS_TASKS.contains(taskDefinitionKey)
                ? Optional.of(VAR_ENGINEERING_AXIS_ID) : Optional.empty();
    }

    /** Plan axis id → its title: which ingénierie of the plan the task belongs to. */
    @Override
    @Transactional(readOnly = true)
    public Map<Object, String> subjects(String variableName, Collection<Object> values) {
        Map<Long, Object> byId = new HashMap<>();
        values.stream().filter(Number.class::isInstance)
                .forEach(value -> byId.put(((Number) value).longValue(), value));
        Map<Object, String> titles = new HashMap<>();
        for (PlanAxis axis : axes.findAllById(byId.keySet())) {
            titles.put(byId.get(axis.getId()), axis.getTitle());
        }
        return titles;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseRef> caseOf(String processInstanceId) {
        return accompaniments.findByProcessInstanceIdIn(List.of(processInstanceId)).stream().findFirst()
                .map(accompaniment -> new CaseRef(CaseEvent.ACCOMPANIMENT, accompaniment.getId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, CaseSummary> describe(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return accompaniments.findByProcessInstanceIdIn(processInstanceIds).stream()
                .collect(Collectors.toMap(a -> a.getProcessInstanceId(), a -> new CaseSummary(
                        a.getBusinessKey(), a.getOrganisation().getName(), "/dla/accompaniments/" + a.getId(),
                        phaseKey(a.getPhase()))));
    }

    @Override
    public List<PhaseOption> phases() {
        return PHASES;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> matching(CaseFilter filter, String userId, int limit) {
        Phase phase = filter.phase() == null ? null : phaseOf(filter.phase());
        if (filter.phase() != null && phase == null) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("""
                select a.processInstanceId from Accompaniment a join a.organisation o
                where a.processInstanceId is not null""");
        Map<String, Object> parameters = new HashMap<>();
        if (phase != null) {
            jpql.append(" and a.phase = :phase");
            parameters.put("phase", phase);
        }
        if (filter.organisationName() != null) {
            jpql.append(" and lower(o.name) like :name escape '\\'");
            parameters.put("name", "%" + escapeLike(filter.organisationName().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!restrictToScope(userId, jpql, parameters)) {
            return List.of();
        }
        jpql.append(" order by a.createdAt desc");
        TypedQuery<String> query = entityManager.createQuery(jpql.toString(), String.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Adds the user's scope to the query; false when the user has no scope, hence sees no case. */
    private boolean restrictToScope(String userId, StringBuilder jpql, Map<String, Object> parameters) {
        // Looked up without Scopes.of, whose exception for a missing scope would doom this transaction.
        UserScope scope = userScopes.findById(userId).orElse(null);
        if (scope == null) {
            return false;
        }
        if (scope.getOrganisationId() != null) {
            // A consultant's cases are those whose ingénierie chose its organisation.
            jpql.append(" and exists (select 1 from EngineeringMission m where m.accompanimentId = a.id"
                    + " and m.consultantOrganisationId = :consultant)");
            parameters.put("consultant", scope.getOrganisationId());
        } else if (scope.getDepartmentCode() != null) {
            jpql.append(" and a.departmentCode in :departments");
            parameters.put("departments", scope.departmentCodes());
        } else if (scope.getRegionCode() != null) {
            jpql.append(" and o.regionCode = :region");
            parameters.put("region", scope.getRegionCode());
        }
        return true;
    }

    private static Phase phaseOf(String value) {
        return Arrays.stream(Phase.values()).filter(phase -> phase.name().equals(value)).findFirst().orElse(null);
    }

    private static String phaseKey(Phase phase) {
        return "phase." + phase.name();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
