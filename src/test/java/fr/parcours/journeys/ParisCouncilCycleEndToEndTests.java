package fr.parcours.journeys;

import static fr.parcours.journeys.Pages.location;
import static fr.parcours.journeys.Pages.submitExpecting;
import static fr.parcours.journeys.Pages.taskOfCase;
import static fr.parcours.journeys.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilRepository;
import fr.parcours.council.CouncilScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Browser;
import fr.parcours.support.ParcoursServerTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seed of docs/domain.md#conseils-citoyens over HTTP: karim.haddad, facilitator of the conseil citoyen of Paris 18e, carries its first
 * animation cycle from his task list to the cycle report; the timer (fired through the engine) starts the next one.
 * The attendance record and the indicators across councils then show what he recorded, to the region's
 * coordinator too, and nothing of it to the facilitator of another council.
 */
@ParcoursServerTest
class ParisCouncilCycleEndToEndTests {

    private static final String COUNCIL = "Conseil citoyen Paris 18e";
    private static final String COORDINATOR_PARIS = "coord.e2e-idf";
    private static final int MAX_HOME_PAGES = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Four residents (three women, one man) and two local actors of the seed attend the meeting. */
    private static final List<String> PRESENT = List.of("Aïcha Benali", "Marc Lefort", "Fatou Diallo", "Lina Haddou",
            "Régie de quartier Chapelle", "Centre social Belleville");

    @LocalServerPort
    int port;
    @Autowired
    CouncilRepository councils;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now();
    private final LocalDate stand = today.minusDays(14);
    private final LocalDate meeting = today.minusDays(7);
    private Browser karim;
    private long councilId;
    private String councilPage;

    @Test
    void karimCarriesTheCycleOfParis18eFromHisTaskListToTheNextCycle() {
        councilId = councils.findByName(COUNCIL).orElseThrow().getId();
        councilPage = "/councils/" + councilId;
        karim = loggedIn(DemoUsers.FACILITATOR_PARIS);
        startsTheFirstCycle();
        recordsTwoMobilisationActions();
        preparesTheMeeting();
        holdsTheMeeting();
        followsUpTheActions();
        writesTheCycleReport();
        theNextCycleStartsWhenThePeriodIsOver();

        long meetingId = assertTheAttendanceRecord();
        assertTheIndicators(karim);
        assertTheCoordinatorSeesItAndAnotherFacilitatorDoesNot(meetingId);
    }

    private void startsTheFirstCycle() {
        assertThat(karim.get("/councils").body()).contains("href=\"" + councilPage + "\"",
                "href=\"/councils/indicators\"");
        assertThat(karim.get(councilPage).body()).as("the 18e has no cycle yet").contains("id=\"start-cycle\"");
        HttpResponse<String> started = karim.submit(councilPage, councilPage + "/cycles", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(location(started)).isEqualTo(councilPage);
    }

    private void recordsTwoMobilisationActions() {
        submitExpecting(karim, karimsTask(1, "mobilisation"), Map.of(
                "kind", "STAND",
                "heldOn", stand.toString(),
                "contactsMade", "30",
                "newMembers", "1",
                "moreActions", "true"), councilPage);
        submitExpecting(karim, karimsTask(1, "mobilisation"), Map.of(
                "kind", "DOOR_TO_DOOR",
                "heldOn", stand.plusDays(2).toString(),
                "contactsMade", "45",
                "newMembers", "3"), councilPage);
    }

    private void preparesTheMeeting() {
        submitExpecting(karim, karimsTask(1, "preparation"), Map.of(
                "plannedOn", meeting.toString(),
                "agenda", "Propreté du square ; éclairage rue Marx-Dormoy ; fête de quartier",
                "invitationsSent", "true",
                "room", "Centre social Belleville"), councilPage);
    }

    /** Attendance ticked member by member on the form; the decisions are the council's, one a line. */
    private void holdsTheMeeting() {
        String form = karimsTask(1, "meeting");
        String page = text(karim.get(form).body());
        Map<String, String> fields = new HashMap<>(Map.of(
                "held", "true",
                "minutes", "Tour de table, bilan de la mobilisation, choix des actions",
                "expectations", "Plus d'éclairage le soir, un square propre",
                "decisions", "Organiser une marche exploratoire\nDemander l'éclairage du square au bailleur"));
        for (int i = 0; i < PRESENT.size(); i++) {
            fields.put("presentIds[" + i + "]", memberId(page, PRESENT.get(i)));
        }
        submitExpecting(karim, form, fields, councilPage);
    }

    private void followsUpTheActions() {
        String form = karimsTask(1, "follow-up");
        String page = karim.get(form).body();
        assertThat(text(page)).contains("Organiser une marche exploratoire", "Demander l'éclairage du square au bailleur");
        submitExpecting(karim, form, Map.of(
                "actions[0].actionId", hiddenValue(page, "actions[0].actionId"),
                "actions[0].owner", "Commission cadre de vie",
                "actions[0].support", "LOGISTIC",
                "actions[0].status", "DONE",
                "actions[0].doneOn", today.minusDays(1).toString(),
                "actions[1].actionId", hiddenValue(page, "actions[1].actionId"),
                "actions[1].owner", "Deux habitantes du collège",
                "actions[1].support", "ADMINISTRATIVE",
                "actions[1].status", "IN_PROGRESS"), councilPage);
    }

    private void writesTheCycleReport() {
        submitExpecting(karim, karimsTask(1, "report"), Map.of(
                "report", "Deux actions de mobilisation, 75 habitants rencontrés ; la marche exploratoire a eu lieu."),
                councilPage);
    }

    private void theNextCycleStartsWhenThePeriodIsOver() {
        String firstInstance = jdbc.queryForObject("select process_instance_id from council_cycle"
                + " where council_id = ? and number = 1", String.class, councilId);
        Job timer = managementService.createJobQuery().processInstanceId(firstInstance).timers().singleResult();
        assertThat(timer).as("the timer of the next cycle").isNotNull();
        managementService.executeJob(timer.getId());

        assertThat(karimsTask(2, "mobilisation")).startsWith("/councils/tasks/");
        assertThat(text(karim.get(councilPage).body())).contains("Cycle 2", "Cycle 1",
                "Deux actions de mobilisation, 75 habitants rencontrés");
    }

    /** The printable record and its CSV: every member then, present or absent. */
    private long assertTheAttendanceRecord() {
        Matcher link = Pattern.compile("href=\"(" + councilPage + "/meetings/(\\d+)/attendance)\"")
                .matcher(karim.get(councilPage).body());
        assertThat(link.find()).as("a link to the attendance record").isTrue();
        String sheet = text(karim.get(link.group(1)).body());
        assertThat(sheet).contains(COUNCIL, meeting.format(DAY), "habitants présents : 3 femmes, 1 hommes");
        assertThat(sheet).containsPattern("6 présents sur \\d+ membres");

        HttpResponse<String> csv = karim.get(link.group(1) + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFConseil;Réunion;Membre;Collège;Genre;Présence");
        String prefix = COUNCIL + ";" + meeting.format(DAY) + ";";
        assertThat(lines).contains(prefix + "Aïcha Benali;Habitants;Femme;Présent·e",
                prefix + "Marc Lefort;Habitants;Homme;Présent·e",
                prefix + "Régie de quartier Chapelle;Associations et acteurs locaux;Autre;Présent·e",
                prefix + "Hugo Petit;Habitants;Homme;Absent·e");
        assertThat(lines.stream().filter(line -> line.endsWith(";Présent·e"))).hasSize(PRESENT.size());
        return Long.parseLong(link.group(2));
    }

    /** Over the cycle's days: one meeting, 6 present (3 resident women, 1 man, 2 local actors), 75 reached. */
    private void assertTheIndicators(Browser browser) {
        String period = "from=" + stand + "&to=" + today;
        String page = browser.get("/councils/indicators?" + period).body();
        Matcher row = Pattern.compile("<tr[^>]*data-council=\"" + councilId + "\"[^>]*>").matcher(page);
        assertThat(row.find()).as("a row for the 18e").isTrue();
        assertThat(row.group()).contains("data-meetings=\"1\"", "data-attendances=\"6\"", "data-decided=\"2\"",
                "data-done=\"1\"");

        HttpResponse<String> csv = browser.get("/councils/indicators.csv?" + period);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines()).contains(COUNCIL + ";1;3;1;0;0;0;2;6;75;4;2;1;1;1");
    }

    private void assertTheCoordinatorSeesItAndAnotherFacilitatorDoesNot(long meetingId) {
        accounts.createIfMissing(COORDINATOR_PARIS, "Coralie", "Martin", DemoUsers.PASSWORD,
                List.of(Groups.COORDINATORS), UserScope.region(COORDINATOR_PARIS, "11"));
        Browser coordinator = loggedIn(COORDINATOR_PARIS);
        assertThat(coordinator.get(councilPage).statusCode()).isEqualTo(200);
        assertTheIndicators(coordinator);

        Council otherCouncil = councilScenario.parisCouncil(4, 2);
        Browser otherFacilitator = loggedIn(councilScenario.facilitatorOf(otherCouncil));
        String attendance = councilPage + "/meetings/" + meetingId + "/attendance";
        for (String page : List.of(councilPage, attendance, attendance + ".csv")) {
            assertThat(otherFacilitator.get(page).statusCode()).as(page).isEqualTo(404);
        }
        String indicators = otherFacilitator.get("/councils/indicators?from=" + stand + "&to=" + today).body();
        assertThat(indicators).contains(otherCouncil.getName()).doesNotContain(COUNCIL);
        assertThat(otherFacilitator.get("/councils/indicators.csv?from=" + stand + "&to=" + today).body())
                .doesNotContain(COUNCIL);
    }

    private Browser loggedIn(String user) {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.login(user, DemoUsers.PASSWORD);
        assertThat(location(response)).as("login of %s", user).isEqualTo("/");
        return browser;
    }

    /** Finds the cycle's task in karim's list (his council's unclaimed work); it must open the form {@code form}. */
    private String karimsTask(int cycle, String form) {
        String reference = "CC-%d-%d".formatted(councilId, cycle);
        String taskId = null;
        for (int page = 0; taskId == null && page < MAX_HOME_PAGES; page++) {
            Optional<String> found = taskOfCase(karim.get("/?view=groups&page=" + page).body(), reference);
            taskId = found.orElse(null);
        }
        assertThat(taskId).as("a task of %s in karim's list, for %s", reference, form).isNotNull();
        HttpResponse<String> response = karim.get("/tasks/" + taskId);
        assertThat(response.statusCode()).isEqualTo(302);
        String path = location(response);
        assertThat(path).isEqualTo("/councils/tasks/" + taskId + "/" + form);
        assertThat(karim.get(path).statusCode()).isEqualTo(200);
        return path;
    }

    /** The attendance checkbox of the member labelled {@code fullName} (Thymeleaf's hidden marker may follow it). */
    private static String memberId(String page, String fullName) {
        Matcher box = Pattern.compile("(<input[^>]*name=\"presentIds\"[^>]*>)(?:\\s*<input[^>]*>)*\\s*<label[^>]*>" + Pattern.quote(fullName)
                + " · ").matcher(page);
        assertThat(box.find()).as("an attendance box for %s", fullName).isTrue();
        return valueOf(box.group(1));
    }

    private static String hiddenValue(String page, String name) {
        Matcher hidden = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
        assertThat(hidden.find()).as("a hidden %s", name).isTrue();
        return valueOf(hidden.group());
    }

    private static String valueOf(String inputTag) {
        Matcher value = Pattern.compile("value=\"(\\d+)\"").matcher(inputTag);
        assertThat(value.find()).as("a value in %s", inputTag).isTrue();
        return value.group(1);
    }
}
