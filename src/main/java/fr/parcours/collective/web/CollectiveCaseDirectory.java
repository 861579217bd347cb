package fr.parcours.collective.web;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.ParticipationRepository;
import fr.parcours.identity.UserScope;
import fr.parcours.identity.UserScopeRepository;
import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseFilter;
import fr.parcours.tasklist.CaseRef;
import fr.parcours.tasklist.CaseSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names collective cases in the task lists: their reference, their title, their page and their phase; the
 * structure each per-structure task is for; and which collectives a name filter matches (by title or by the
 * name of a structure taking part).
 */
@Component
class CollectiveCaseDirectory implements CaseDirectory {

    private static final Set<String> PER_STRUCTURE_TASKS = Set.of(DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS,
            DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK);

    private final CollectiveAccompanimentRepository collectives;
    private final ParticipationRepository participations;
    private final UserScopeRepository userScopes;
    private final JdbcClient jdbc;

    CollectiveCaseDirectory(CollectiveAccompanimentRepository collectives, ParticipationRepository participations,
                            UserScopeRepository userScopes, JdbcClient jdbc) {
        this.collectives = collectives;
        this.participations = participations;
        this.userScopes = userScopes;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, CaseSummary> describe(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return collectives.findByProcessInstanceIdIn(processInstanceIds).stream()
                .collect(Collectors.toMap(c -> c.getProcessInstanceId(), c -> new CaseSummary(c.getBusinessKey(),
                        c.getTitle(), "/collective/" + c.getId(), "collective.phase." + c.getPhase())));
    }

    /** Collective cases have no phase among the task list's choices: a phase filter leaves them out. */
    @Override
    @Transactional(readOnly = true)
    public List<String> matching(CaseFilter filter, String userId, int limit) {
        UserScope scope = userScopes.findById(userId).orElse(null);
        if (filter.phase() != null || scope == null || scope.getDepartmentCode() != null) {
            return List.of();
        }
        String name = "%" + escapeLike(filter.organisationName() == null ? ""
                : filter.organisationName().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("""
                        select c.process_instance_id from collective_accompaniment c
                        where c.process_instance_id is not null
                          and (cast(:region as varchar) is null or c.region_code = :region)
                          and (lower(c.title) like :name escape '\\'
                               or exists (select 1 from collective_participation p
                                          join organisation o on o.id = p.organisation_id
                                          where p.collective_id = c.id and lower(o.name) like :name escape '\\'))
                        order by c.id desc limit :limit""")
                .param("region", scope.isRegional() ? scope.getRegionCode() : null)
                .param("name", name)
                .param("limit", limit)
                .query(String.class).list();
    }

    @Override
    public Optional<String> subjectVariable(String processKey, String taskDefinitionKey) {
        return DlaCollectiveProcess.KEY.equals(processKey) && PER_STRUCTURE_TASKS.contains(taskDefinitionKey)
                ? Optional.of(DlaCollectiveProcess.VAR_PARTICIPATION_ID) : Optional.empty();
    }

    /** Participation id → the name of the structure taking part. */
    @Override
    @Transactional(readOnly = true)
    public Map<Object, String> subjects(String variableName, Collection<Object> values) {
        Map<Long, Object> byId = new HashMap<>();
        values.stream().filter(Number.class::isInstance)
                .forEach(value -> byId.put(((Number) value).longValue(), value));
        Map<Object, String> names = new HashMap<>();
        for (Participation participation : participations.findAllById(byId.keySet())) {
            names.put(byId.get(participation.getId()), participation.getOrganisation().getName());
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseRef> caseOf(String processInstanceId) {
        return collectives.findByProcessInstanceIdIn(List.of(processInstanceId)).stream().findFirst()
                .map(collective -> new CaseRef(CollectiveAccompaniment.CASE_TYPE, collective.getId()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
