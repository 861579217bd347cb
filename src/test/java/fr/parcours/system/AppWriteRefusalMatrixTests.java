package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.NewCollective;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the app (found from Spring MVC's own mappings) against every demo role, with the
 * README's role table ({@link SecurityConfiguration}) as the expected answer: a role outside an endpoint's area
 * is refused (403); a role inside it is let past the role gate but finds nothing of its own in records of
 * another scope (404, or the task-gone redirect). Nobody succeeds and nothing changes. A write endpoint that
 * {@link #AREAS} does not classify fails the test, so the matrix stays complete.
 */
@ParcoursIntegrationTest
class AppWriteRefusalMatrixTests {

    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
    private static final String NONE = "987654321";
    private static final List<String> ROLES = List.of(DemoUsers.OFFICER_NICE, DemoUsers.OFFICER_LILLE,
            DemoUsers.CONSULTANT, DemoUsers.COORDINATOR_LILLE, DemoUsers.FACILITATOR_PARIS, DemoUsers.AUDITOR,
            DemoUsers.ADMIN);
    /** Tables the demo roles could change through the app; sessions, throttles and seeds are not data. */
    private static final Set<String> NOT_DATA = Set.of("spring_session", "spring_session_attributes",
            "login_throttle", "demo_seed", "flyway_schema_history");

    /** The areas of {@link SecurityConfiguration#applicationChain}, first match wins, in the same order. */
    private static final List<Area> AREAS = List.of(
            // Narrowed by its controller: officers and coordinators share their territory's work.
            new Area("POST /tasks/bulk/hand-over", p -> p.equals("/tasks/bulk/hand-over"),
                    Set.of(Groups.DLA_OFFICERS, Groups.COORDINATORS)),
            new Area("POST /tasks/**", p -> p.startsWith("/tasks/"), Set.of(Groups.DLA_OFFICERS, Groups.CONSULTANTS,
                    Groups.COORDINATORS, Groups.FACILITATORS, Groups.ADMINS)),
            new Area("/missions/**", p -> p.startsWith("/missions/"),
                    Set.of(Groups.CONSULTANTS, Groups.DLA_OFFICERS, Groups.ADMINS)),
            new Area("POST /case-files/*/*/notes/*/redaction", p -> p.matches("/case-files/[^/]+/[^/]+/notes/[^/]+/redaction"),
                    Set.of(Groups.ADMINS)),
            new Area("POST /case-files/**", p -> p.startsWith("/case-files/"), Set.of(Groups.DLA_OFFICERS,
                    Groups.COORDINATORS, Groups.FACILITATORS, Groups.ADMINS)),
            new Area("/audit/**", p -> p.startsWith("/audit/"), Set.of(Groups.AUDITORS, Groups.ADMINS)),
            new Area("/collective/firm/**", p -> p.startsWith("/collective/firm/"), Set.of(Groups.CONSULTANTS)),
            new Area("/collective/tasks/*/session", p -> p.matches("/collective/tasks/[^/]+/session"),
                    Set.of(Groups.COORDINATORS, Groups.CONSULTANTS, Groups.ADMINS)),
            new Area("/collective/**", p -> p.startsWith("/collective/") || p.equals("/collective"),
                    Set.of(Groups.COORDINATORS, Groups.ADMINS)),
            // Narrowed again by the controllers: facilitators alone enter their other activities, coordinators
            // and admins alone found, edit and staff a council.
            new Area("/councils/activity/new (facilitators)", p -> p.equals("/councils/activity/new"),
                    Set.of(Groups.FACILITATORS)),
            new Area("/councils/new, /councils/{id}/edit|facilitators (coordinators)",
                    p -> p.equals("/councils/new") || p.matches("/councils/\\{councilId}/(edit|facilitators)(/.*)?"),
                    Set.of(Groups.COORDINATORS, Groups.ADMINS)),
            new Area("/councils/**", p -> p.startsWith("/councils/") || p.equals("/councils"),
                    Set.of(Groups.FACILITATORS, Groups.COORDINATORS, Groups.ADMINS)),
            new Area("/admin/**", p -> p.startsWith("/admin/"), Set.of(Groups.ADMINS)),
            // Each person's own preferences: every role holding tasks may send the form, none without a choice
            // gets it saved.
            new Area("/profile/notifications", p -> p.equals("/profile/notifications"), Set.of(Groups.DLA_OFFICERS,
                    Groups.CONSULTANTS, Groups.COORDINATORS, Groups.FACILITATORS, Groups.ADMINS)),
            // Everyone's own password: only with their current one.
            new Area("/profile/**", p -> p.startsWith("/profile/"), Set.copyOf(Groups.ALL)),
            new Area("/dla/**", p -> p.startsWith("/dla/"), Set.of(Groups.DLA_OFFICERS, Groups.ADMINS)),
            new Area("POST /budget/**", p -> p.startsWith("/budget/"),
                    Set.of(Groups.DLA_OFFICERS, Groups.COORDINATORS, Groups.ADMINS)),
            new Area("POST /adultes-relais/**", p -> p.startsWith("/adultes-relais"),
                    Set.of(Groups.DLA_OFFICERS, Groups.COORDINATORS, Groups.ADMINS)));

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CouncilScenario councils;
    @Autowired
    AccompanimentService accompaniments;
    @Autowired
    CollectiveService collectives;
    @Autowired
    Scopes scopes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRoleIsHeldToItsAreaOnEveryWriteEndpointAndChangesNothing() throws Exception {
        Foreign foreign = foreignRecords();
        List<Endpoint> endpoints = writeEndpoints();
        assertThat(endpoints).as("write endpoints").hasSizeGreaterThan(40);
        List<String> unclassified = endpoints.stream().filter(e -> area(e.pattern()) == null)
                .map(Endpoint::toString).toList();
        assertThat(unclassified).as("write endpoints the matrix does not classify: add their area").isEmpty();
        Map<String, Object> before = state(foreign);

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String user : ROLES) {
            Set<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId).collect(Collectors.toSet());
            boolean admin = groups.contains(Groups.ADMINS);
            for (Endpoint endpoint : endpoints) {
                Area area = area(endpoint.pattern());
                boolean allowed = area.groups().stream().anyMatch(groups::contains);
                // Administrators are national: only ids that exist nowhere are out of their scope.
                String path = endpoint.path(admin ? Foreign.NOWHERE : foreign);
                var builder = request(HttpMethod.valueOf(endpoint.method()), path)
                        .with(logins.as(user)).with(csrf());
                if (!admin) {
                    // A plausible form naming records of another scope; an admin sends none, so nothing validates.
                    builder.param("motive", "Tentative hors périmètre")
                            .param("organisationId", String.valueOf(foreign.structureId()))
                            .param("facilitatorId", foreign.facilitator());
                }
                MvcResult result = mvc.perform(builder).andReturn();
                checked++;
                String outcome = outcome(result);
                boolean ok = allowed ? admittedButRefused(endpoint, result) : refused(endpoint, result);
                if (!ok) {
                    wrong.add(user + " " + endpoint.method() + " " + path + " [" + area.name()
                            + (allowed ? ", allowed" : ", refused") + "] → " + outcome);
                }
            }
        }

        assertThat(wrong).as("role × endpoint outcomes not matching the README's role table").isEmpty();
        assertThat(state(foreign)).as("nothing changed").isEqualTo(before);
        assertThat(checked).isEqualTo(endpoints.size() * ROLES.size());
        System.out.println("AppWriteRefusalMatrixTests: " + endpoints.size() + " endpoints × " + ROLES.size()
                + " roles = " + checked + " checks");
    }

    /** A role outside the area: 403, or 404 when a controller checks the record's scope before the role. */
    private static boolean refused(Endpoint endpoint, MvcResult result) {
        int status = result.getResponse().getStatus();
        return status == 403 || (status == 404 && endpoint.hasIds());
    }

    /**
     * A role let into the area: past the role gate (not 403) without success — the record is not theirs
     * (404), the task is gone for them (redirect with the task-gone warning), or the form they sent is refused
     * (4xx, or the form shown again with its errors, or a bulk action missing what it needs).
     */
    private static boolean admittedButRefused(Endpoint endpoint, MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        if (status == 403 || status >= 500) {
            return false;
        }
        if (status == 404 || (status >= 400 && !endpoint.hasIds())) {
            return true;
        }
        if (status >= 300 && status < 400) {
            // The task is gone for them, or a bulk action was sent without the tasks or the colleague it needs.
            return result.getFlashMap() != null && Set.of("task.gone", "tasklist.bulk.none", "tasklist.bulk.no-colleague")
                    .contains(result.getFlashMap().get("warning"));
        }
        if (status == 200 && !endpoint.hasIds()) {
            return result.getModelAndView() != null && result.getModelAndView().getModel().entrySet().stream()
                    .anyMatch(entry -> entry.getKey().startsWith("org.springframework.validation.BindingResult.")
                            && ((org.springframework.validation.Errors) entry.getValue()).hasErrors());
        }
        return false;
    }

    private static String outcome(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        String flash = result.getFlashMap() == null || result.getFlashMap().isEmpty() ? ""
                : " flash " + result.getFlashMap();
        return response.getStatus() + (response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl())
                + flash;
    }

    private static Area area(String pattern) {
        return AREAS.stream().filter(area -> area.matches().test(pattern)).findFirst().orElse(null);
    }

    /**
     * Records no demo role but the administrator may reach: a DLA case in Seine-Saint-Denis (93), a collective
     * of Provence (93), a Paris council none of the demo facilitators runs, each with its open task.
     */
    private Foreign foreignRecords() {
        UserScope admin = scopes.of(DemoUsers.ADMIN);
        Organisation structure = scenario.newStructure("93", "11");
        Accompaniment accompaniment = scenario.as(DemoUsers.ADMIN, () -> accompaniments.open(structure.getId(),
                "Besoin hors périmètre", DemoUsers.ADMIN, admin));
        String provence = "coord.matrix-paca";
        accounts.createIfMissing(provence, "Lucie", "Matrice", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(provence, "93"));
        CollectiveAccompaniment collective = scenario.as(provence, () -> collectives.open(new NewCollective(
                "DLA collectif matrice (Provence)", "93", 4, LocalDate.now()), provence, scopes.of(provence)));
        Council council = councils.parisCouncil(1, 1);
        String facilitator = councils.facilitatorOf(council);
        String councilTask = onlyTask(councils.startCycle(council).getProcessInstanceId());
        long memberId = jdbc.queryForObject("select min(id) from council_member where council_id = ?", Long.class,
                council.getId());
        return new Foreign(structure.getId(), accompaniment.getId(), onlyTask(accompaniment.getProcessInstanceId()),
                collective.getId(), onlyTask(collective.getProcessInstanceId()), council.getId(), councilTask,
                facilitator, memberId);
    }

    private String onlyTask(String processInstanceId) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
        assertThat(tasks).as("open tasks of " + processInstanceId).isNotEmpty();
        return tasks.get(0).getId();
    }

    private List<Endpoint> writeEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (WRITES.contains(method)) {
                    info.getPatternValues().forEach(pattern -> endpoints.add(new Endpoint(method.name(), pattern)));
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    /** Row counts of every data table, the engine's tasks, grants and variables, and who holds the foreign tasks. */
    private Map<String, Object> state(Foreign foreign) {
        Map<String, Object> state = new TreeMap<>();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema"
                + " = current_schema() and table_type = 'BASE TABLE' and table_name not like 'act_%'", String.class);
        for (String table : tables) {
            if (!NOT_DATA.contains(table)) {
                state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
        }
        for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_variable",
                "act_hi_varinst", "act_hi_taskinst", "act_ru_execution", "act_id_membership")) {
            state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        for (String task : List.of(foreign.dlaTask(), foreign.collectiveTask(), foreign.councilTask())) {
            state.put("assignee " + task, jdbc.queryForList("select assignee_ from act_ru_task where id_ = ?",
                    String.class, task));
        }
        state.put("council", jdbc.queryForMap("select * from council where id = ?", foreign.councilId()).toString());
        return state;
    }

    private record Area(String name, Predicate<String> matches, Set<String> groups) {
    }

    private record Foreign(long structureId, long accompanimentId, String dlaTask, long collectiveId,
                           String collectiveTask, long councilId, String councilTask, String facilitator,
                           long memberId) {

        static final Foreign NOWHERE = new Foreign(Long.parseLong(NONE), Long.parseLong(NONE), NONE,
                Long.parseLong(NONE), NONE, Long.parseLong(NONE), NONE, "nobody-" + NONE, Long.parseLong(NONE));
    }

    private record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        boolean hasIds() {
            return pattern.contains("{");
        }

        /** The pattern with ids of records of another scope in place of its variables. */
        String path(Foreign foreign) {
            String taskId = pattern.startsWith("/adultes-relais/") ? NONE
                    : pattern.startsWith("/collective/") ? foreign.collectiveTask()
                    : pattern.startsWith("/councils/") ? foreign.councilTask() : foreign.dlaTask();
            String id = pattern.startsWith("/collective/referrals/") || pattern.startsWith("/budget/") ? NONE
                    : pattern.startsWith("/collective/") ? String.valueOf(foreign.collectiveId())
                    : String.valueOf(foreign.accompanimentId());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("taskId", taskId);
            values.put("id", id);
            values.put("councilId", String.valueOf(foreign.councilId()));
            values.put("facilitatorId", foreign.facilitator());
            values.put("memberId", String.valueOf(foreign.memberId()));
            values.put("kind", "cases");
            String path = pattern;
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replaceAll("\\{" + value.getKey() + "(:[^}]*)?}", value.getValue());
            }
            return path.replaceAll("\\{[^}]+}", NONE);
        }

        @Override
        public int compareTo(Endpoint other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
