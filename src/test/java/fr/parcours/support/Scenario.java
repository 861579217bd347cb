package fr.parcours.support;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.casework.CaseTasks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Builds test data through the real services, as real users: every test gets its own structures and
 * cases (the shared database is never assumed empty).
 */
@Component
public class Scenario {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Map<String, List<String>> groupsByUser = new java.util.concurrent.ConcurrentHashMap<>();
    private final OrganisationRepository organisations;
    private final AccompanimentService accompaniments;
    private final Scopes scopes;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final CaseTasks taskCompleter;
    private final AccompanimentRepository accompanimentRepository;
    private final RuntimeService runtimeService;
    private final ConsultantPool pool;

    Scenario(OrganisationRepository organisations, AccompanimentService accompaniments, Scopes scopes,
             IdentityService identityService, TaskService taskService, CaseTasks taskCompleter,
             AccompanimentRepository accompanimentRepository, RuntimeService runtimeService, ConsultantPool pool) {
        this.organisations = organisations;
        this.accompaniments = accompaniments;
        this.scopes = scopes;
        this.identityService = identityService;
        this.taskService = taskService;
        this.taskCompleter = taskCompleter;
        this.accompanimentRepository = accompanimentRepository;
        this.runtimeService = runtimeService;
        this.pool = pool;
    }

    /**
     * Puts a consultant organisation in the prestataire pool for these regions, as an administrator would:
     * preselections offer only the pool's firms covering the case's region. Every domain but partnerships, which
     * the tests keep empty to see an empty list.
     */
    public Organisation inPool(Organisation firm, String... regionCodes) {
        ConsultantProfile profile = pool.profile(firm.getId()).orElseGet(() -> new ConsultantProfile(firm.getId()));
        // The regions it already covers stay covered: other tests (and the demo) rely on them.
        java.util.Set<String> regions = new java.util.TreeSet<>(profile.getRegionCodes());
        regions.addAll(List.of(regionCodes));
        pool.save(profile
                .describe(EnumSet.complementOf(EnumSet.of(CompetenceDomain.PARTNERSHIPS)), regions, new BigDecimal("700.00"),
                        new ConsultantProfile.Contact("Contact " + firm.getId(), "contact@cabinet.example", null),
                        Instant.now()));
        return firm;
    }

    /** A pool firm (e.g. the demo's France Médiation) also covers this region; its domains, rate and contact stay. */
    public Organisation alsoCovering(Organisation firm, String regionCode) {
        ConsultantProfile profile = pool.profile(firm.getId()).orElseThrow();
        java.util.Set<String> regions = new java.util.TreeSet<>(profile.getRegionCodes());
        if (regions.add(regionCode)) {
            pool.save(profile.describe(profile.getDomains(), regions, profile.getDayRate(), profile.getContact(),
                    Instant.now()));
        }
        return firm;
    }

    /** A new structure with a unique name and a valid SIRET. */
    public Organisation newStructure(String departmentCode, String regionCode) {
        long n = SEQUENCE.incrementAndGet();
        return organisations.save(new Organisation("Structure test " + n, validSiret(n), "Association",
                OrganisationKind.STRUCTURE, "Ville " + n, departmentCode, regionCode)
                .withActivity("Médiation sociale", 10, 2));
    }

    /** A new accompaniment of a new structure in Alpes-Maritimes, opened by the Nice officer. */
    public Accompaniment openInNice() {
        Organisation structure = newStructure("06", "93");
        return as(DemoUsers.OFFICER_NICE, () -> accompaniments.open(structure.getId(), "Besoin de structuration",
                DemoUsers.OFFICER_NICE, scopes.of(DemoUsers.OFFICER_NICE)));
    }

    /**
     * A new case of a new Nice structure whose process starts right before {@code activityId}, to test one
     * section of the process (STYLE.md). {@code variables} come on top of the ones every case has.
     */
    public Accompaniment openAt(String activityId, Map<String, Object> variables) {
        Organisation structure = newStructure("06", "93");
        Accompaniment accompaniment = accompanimentRepository.save(new Accompaniment(
                "TEST-" + SEQUENCE.incrementAndGet(), structure, "Besoin de structuration", DemoUsers.OFFICER_NICE));
        Map<String, Object> all = new HashMap<>(variables);
        all.put(DlaIndividualProcess.VAR_ACCOMPANIMENT_ID, accompaniment.getId());
        all.put(DlaIndividualProcess.VAR_OFFICER_GROUP, Groups.dlaOfficersOf("06"));
        all.putIfAbsent(DlaIndividualProcess.VAR_FOLLOW_UPS_DONE, 0);
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(DlaIndividualProcess.KEY)
                .businessKey(accompaniment.getBusinessKey())
                .setVariables(all)
                .startBeforeActivity(activityId)
                .execute();
        // Reload: listeners at the start activity may already have changed the case.
        Accompaniment started = accompanimentRepository.findById(accompaniment.getId()).orElseThrow();
        started.attachProcess(instance.getId());
        return accompanimentRepository.save(started);
    }

    /** The single open task of this key in the process instance (fails the test if there is none). */
    public Task task(String processInstanceId, String taskDefinitionKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).list();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one open " + taskDefinitionKey + " but found " + tasks.size());
        }
        return tasks.get(0);
    }

    /** Completes the task as {@code userId}, through the same path as the web forms. */
    public void complete(Task task, String userId, String submissionVariable, Object submission) {
        as(userId, () -> {
            taskCompleter.complete(task.getId(), task.getTaskDefinitionKey(), userId,
                    Map.of(submissionVariable, submission));
            return null;
        });
    }

    /** Runs engine calls as this user, with the groups the identity service knows. */
    public <T> T as(String userId, Supplier<T> action) {
        // Like a session, which reads a user's groups once at login.
        List<String> groups = groupsByUser.computeIfAbsent(userId, id -> identityService.createGroupQuery()
                .groupMember(id).list().stream().map(Group::getId).toList());
        identityService.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public static String validSiret(long n) {
        String base = String.format("%013d", n % 10_000_000_000_000L);
        for (int check = 0; check < 10; check++) {
            String candidate = base + check;
            if (fr.parcours.organisation.Siret.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
