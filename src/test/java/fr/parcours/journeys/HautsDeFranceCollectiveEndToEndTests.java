package fr.parcours.journeys;

import static fr.parcours.journeys.Pages.location;
import static fr.parcours.journeys.Pages.optionValue;
import static fr.parcours.journeys.Pages.submitExpecting;
import static fr.parcours.journeys.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Browser;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.Scenario;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seed of docs/domain.md#collective-dla over HTTP, as the Lille coordinator: the Hauts-de-France collective DLA from its census
 * (mediation project, adultes-relais agreements) to its follow-up, six structures at the meeting, one leaving on
 * the way, France Médiation retained; then the dashboard's figures and its CSV for funders.
 */
@ParcoursServerTest
class HautsDeFranceCollectiveEndToEndTests {

    private static final Pattern REFERENCE = Pattern.compile("DLAC-\\d{4}-\\d{5}");
    private static final Pattern TASK_ROW = Pattern.compile("<tr[^>]*data-task-id=\"([^\"]+)\"[^>]*>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CENSUS_LINE = Pattern.compile(
            "name=\"lines\\[(\\d+)\\]\\.organisationId\" value=\"(\\d+)\"");
    private static final int MAX_HOME_PAGES = 20;
    private static final String LEAVING = "Tourcoing Lien Social";
    private static final List<String> AT_THE_MEETING = List.of("Médiation Lille Sud", "Roubaix Médiation Sociale",
            LEAVING, "Médiance Valenciennes", "Artois Médiation", "Amiens Nord Médiation");
    private static final String ABSENT = "Beauvais Quartiers Médiation";
    private static final String WITHOUT_AGREEMENT = "Saint-Quentin Médiation Citoyenne";

    @LocalServerPort
    int port;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    private final String today = LocalDate.now().toString();
    private final String frenchToday = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    private final String suffix = " " + System.nanoTime();
    private final Map<String, Organisation> structures = new LinkedHashMap<>();
    private Browser coordinator;
    private String casePage;
    private String reference;

    @Test
    void theLilleCoordinatorRunsTheHautsDeFranceCollectiveFromCensusToFollowUp() {
        coordinator = loggedIn(DemoUsers.COORDINATOR_LILLE);
        theRegionsMediationAssociations();
        openTheCollective();
        recordTheCensus();
        holdTheMobilisationMeeting();
        recordEachStructuresNeeds();
        submitExpecting(coordinator, collectiveTask("note"), Map.of("text", "Pistes d'actions et de financements pour"
                + " pérenniser les adultes-relais ; formaliser un projet avec son process d'évaluation (CITER)"), casePage);
        selectTheConsultant();
        holdSession("PROJECT_METHOD_EVALUATION", true);
        submitExpecting(coordinator, trackTask(LEAVING), Map.of("outcome", "DROPPED_OUT",
                "dropOutReason", "Départ de la coordinatrice, reprise sur un prochain DLA"), casePage);
        holdSession("FUNDING", false);
        eachRemainingStructureHandsIn();
        submitExpecting(coordinator, collectiveTask("note"), Map.of("text",
                "Cinq structures sur six ont formalisé leur plan d'action et leur évaluation"), casePage);
        submitExpecting(coordinator, collectiveTask("note"), Map.of("text",
                "Point à six mois : cinq postes d'adultes-relais pérennisés"), casePage);

        assertTheCollectivePage();
        assertTheDashboardAndItsCsv();
        assertNobodyElseSeesIt();
    }

    private void theRegionsMediationAssociations() {
        List<String> names = new ArrayList<>(AT_THE_MEETING);
        names.add(ABSENT);
        names.add(WITHOUT_AGREEMENT);
        for (String name : names) {
            structures.put(name, organisations.save(new Organisation(name + suffix, Scenario.validSiret(System.nanoTime()),
                    "Association", OrganisationKind.STRUCTURE, "Lille", "59", "32")
                    .withActivity("Médiation sociale", 6, name.equals(WITHOUT_AGREEMENT) ? 0 : 2)));
        }
    }

    private void openTheCollective() {
        HttpResponse<String> response = coordinator.submit("/collective/new", "/collective", Map.of(
                "title", "DLA collectif médiation sociale Hauts-de-France" + suffix,
                "regionCode", "32",
                "plannedMonths", "6",
                "startDate", today,
                "partners.carrierIds[0]", idOf("France Médiation"),
                "partners.carrierIds[1]", idOf("CRESS Hauts-de-France"),
                "partners.operatorIds[0]", idOf("Nord Actif")));
        assertThat(response.statusCode()).as("%s", Pages.errorsOf(response.body())).isEqualTo(302);
        casePage = location(response);
        Matcher key = REFERENCE.matcher(coordinator.get(casePage).body());
        assertThat(key.find()).isTrue();
        reference = key.group();
    }

    /** First with a structure that has no adultes-relais agreement (refused), then the seven that qualify. */
    private void recordTheCensus() {
        String form = collectiveTask("census");
        Map<Long, Integer> lineOf = new HashMap<>();
        Matcher line = CENSUS_LINE.matcher(coordinator.get(form).body());
        while (line.find()) {
            lineOf.put(Long.parseLong(line.group(2)), Integer.parseInt(line.group(1)));
        }
        Map<String, String> fields = new HashMap<>(Map.of("criteria", "Associations de médiation sociale portant un"
                + " projet de médiation et bénéficiant de conventions adultes-relais (MRA, CRESS, Nord Actif)"));
        lineOf.forEach((id, i) -> fields.put("lines[" + i + "].organisationId", id.toString()));
        structures.forEach((name, structure) -> {
            String prefix = "lines[" + lineOf.get(structure.getId()) + "].";
            fields.put(prefix + "listed", "true");
            fields.put(prefix + "mediationProject", "true");
            fields.put(prefix + "adultesRelaisAgreements", name.equals(WITHOUT_AGREEMENT) ? "0" : "2");
            fields.put(prefix + "employees", "6");
        });
        HttpResponse<String> refused = coordinator.submit(form, form, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused.body())).contains("Sans convention adultes-relais, la structure ne répond pas");

        fields.remove("lines[" + lineOf.get(structures.get(WITHOUT_AGREEMENT).getId()) + "].listed");
        submitExpecting(coordinator, form, fields, casePage);
    }

    private void holdTheMobilisationMeeting() {
        String form = collectiveTask("mobilisation-meeting");
        String page = coordinator.get(form).body();
        assertThat(page).contains(ABSENT + suffix).doesNotContain(WITHOUT_AGREEMENT + suffix);
        Map<String, String> fields = new HashMap<>(Map.of("heldOn", today, "needsVoiced",
                "Pérennisation des emplois aidés ; méthode de projet et évaluation ; financements ; RH"));
        for (int i = 0; i < AT_THE_MEETING.size(); i++) {
            fields.put("presentIds[" + i + "]", checkboxLabelled(page, "presentIds", AT_THE_MEETING.get(i) + suffix));
        }
        submitExpecting(coordinator, form, fields, casePage);
    }

    private void recordEachStructuresNeeds() {
        for (String name : AT_THE_MEETING) {
            submitExpecting(coordinator, trackTask(name), Map.of("outcome", "CONTINUING",
                    "text", "Pérenniser ses adultes-relais, évaluer son action"), casePage);
        }
    }

    /**
     * The individual ingénierie's four selection steps: France Médiation and two regional firms preselected, one of
     * them sends no proposal, France Médiation scores best and the steering committee retains it.
     */
    private void selectTheConsultant() {
        Map<String, Organisation> firms = new LinkedHashMap<>();
        firms.put("France Médiation", organisations.findByName("France Médiation").orElseThrow());
        for (String name : List.of("Trajectoires Conseil", "Atelier Évaluation")) {
            firms.put(name, scenario.inPool(organisations.save(new Organisation(name + suffix, null, "SCOP",
                    OrganisationKind.CONSULTANT, "Lille", "59", "32")), "32"));
        }
        String preselection = collectiveTask("preselection");
        String page = coordinator.get(preselection).body();
        Map<String, String> chosen = new HashMap<>();
        int i = 0;
        for (Organisation firm : firms.values()) {
            chosen.put("consultantIds[" + i++ + "]", checkboxLabelled(page, "consultantIds",
                    firm.getName() + " (" + firm.getCity() + ")"));
        }
        submitExpecting(coordinator, preselection, chosen, casePage);

        Organisation silent = firms.get("Atelier Évaluation");
        Map<String, String> proposals = new HashMap<>();
        i = 0;
        for (Organisation firm : firms.values()) {
            proposals.put("lines[" + i + "].candidateId", String.valueOf(candidateOf(firm)));
            if (firm != silent) {
                proposals.putAll(Map.of("lines[" + i + "].received", "true", "lines[" + i + "].receivedOn", today,
                        "lines[" + i + "].amount", "21000", "lines[" + i + "].days", "28"));
            }
            i++;
        }
        submitExpecting(coordinator, collectiveTask("proposals"), proposals, casePage);

        Organisation best = firms.get("France Médiation");
        Map<String, String> scores = new HashMap<>();
        i = 0;
        for (Organisation firm : firms.values()) {
            if (firm != silent) {
                boolean isBest = firm == best;
                scores.putAll(Map.of("lines[" + i + "].candidateId", String.valueOf(candidateOf(firm)),
                        "lines[" + i + "].understanding", isBest ? "18" : "13", "lines[" + i + "].method", isBest ? "17" : "12",
                        "lines[" + i + "].team", isBest ? "14" : "11", "lines[" + i + "].price", isBest ? "12" : "10"));
                i++;
            }
        }
        submitExpecting(coordinator, collectiveTask("scores"), scores, casePage);
        submitExpecting(coordinator, collectiveTask("choice"), Map.of("candidateId", String.valueOf(candidateOf(best)),
                "minutes", "Comité de pilotage MRA, CRESS et Nord Actif : référentiel d'évaluation CITER",
                "decidedOn", today), casePage);
        assertThat(jdbc.queryForObject("select count(*) from collective_consultant_notice where collective_id = ?",
                Integer.class, caseId())).as("every preselected firm is told the outcome").isEqualTo(3);
    }

    private long candidateOf(Organisation firm) {
        return jdbc.queryForObject("select id from collective_candidate where collective_id = ? and organisation_id = ?",
                Long.class, caseId(), firm.getId());
    }

    /** A session attended by every structure still taking part. */
    private void holdSession(String theme, boolean more) {
        String form = collectiveTask("session");
        String page = coordinator.get(form).body();
        Map<String, String> fields = new HashMap<>(Map.of("heldOn", today, "theme", theme,
                "notes", "Atelier collectif", "moreSessions", Boolean.toString(more)));
        int i = 0;
        for (String name : AT_THE_MEETING) {
            if (page.contains(name + suffix)) {
                fields.put("presentIds[" + i++ + "]", checkboxLabelled(page, "presentIds", name + suffix));
            }
        }
        assertThat(i).isEqualTo(more ? 6 : 5);
        submitExpecting(coordinator, form, fields, casePage);
    }

    /** Each remaining structure's deliverables from the dashboard, then its track ends as delivered. */
    private void eachRemainingStructureHandsIn() {
        String dashboard = casePage + "/dashboard";
        for (String name : AT_THE_MEETING) {
            if (name.equals(LEAVING)) {
                continue;
            }
            long participation = jdbc.queryForObject("select id from collective_participation where collective_id = ?"
                    + " and organisation_id = ?", Long.class, caseId(), structures.get(name).getId());
            Map<String, String> fields = new HashMap<>(Map.of("actionPlan", "Plan d'action de pérennisation",
                    "actionPlanDate", today, "aidedContractsAtStake", "2",
                    "leads[0].funder", "Conseil régional", "leads[0].amountSought", "12000",
                    "leads[0].status", "OBTAINED", "leads[0].amountObtained", "8000"));
            for (int r = 0; r < 5; r++) {
                fields.put("registers[" + r + "].outputs", "Réalisations");
                fields.put("registers[" + r + "].results", "Résultats");
                fields.put("registers[" + r + "].impacts", "Impacts");
            }
            makeOnePostPermanent(name);
            submitExpecting(coordinator, casePage + "/structures/" + participation + "/deliverables", fields, dashboard);
            submitExpecting(coordinator, trackTask(name), Map.of("outcome", "DELIVERED",
                    "text", "Livrables remis"), casePage);
        }
    }

    /**
     * The structure's adultes-relais agreement, ending within six months: its reminder is due, and the coordinator
     * plans the permanent post from the task; the dashboard counts it from this record.
     */
    private void makeOnePostPermanent(String name) {
        HttpResponse<String> recorded = coordinator.submit("/adultes-relais/new", "/adultes-relais", Map.of(
                "organisationId", structures.get(name).getId().toString(), "qpv", "QPV de " + name,
                "jobTitle", "Médiateur social", "startDate", LocalDate.now().minusYears(3).toString(),
                "endDate", LocalDate.now().plusMonths(2).toString(), "stateAid", "20000"));
        assertThat(recorded.statusCode()).as("%s", Pages.errorsOf(recorded.body())).isEqualTo(302);
        String pid = jdbc.queryForObject("select process_instance_id from adulte_relais_agreement where id = ?",
                String.class, Long.parseLong(location(recorded).replace("/adultes-relais/", "")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pid).timers()
                .singleResult().getId());
        String task = taskService.createTaskQuery().processInstanceId(pid).singleResult().getId();
        submitExpecting(coordinator, "/adultes-relais/tasks/" + task + "/plan", Map.of("outcome", "MAKE_PERMANENT",
                "decidedOn", today), "/");
    }

    private void assertTheCollectivePage() {
        String page = text(coordinator.get(casePage).body());
        assertThat(page).contains("id=\"current-phase\" class=\"badge text-bg-primary\">Clôturé<",
                "2 conventions adultes-relais", "Petite structure", "Départ de la coordinatrice");
        assertThat(page).containsPattern("id=\"carriers\">\\s*<span>CRESS Hauts-de-France, France Médiation<")
                .containsPattern("id=\"operators\">Nord Actif<");
    }

    private String idOf(String demoOrganisation) {
        return organisations.findByName(demoOrganisation).orElseThrow().getId().toString();
    }

    private void assertTheDashboardAndItsCsv() {
        String page = text(coordinator.get(casePage + "/dashboard").body());
        assertThat(page).contains(">5 / 10<", ">60 000 €<", ">40 000 €<");
        assertThat(page).containsPattern("data-name=\"" + Pattern.quote(LEAVING + suffix) + "\"[^>]*>\\s*<th[^>]*>[^<]*</th>"
                + "\\s*<td>\\s*<span class=\"badge[^\"]*\">Sortie le " + Pattern.quote(frenchToday) + " — hors totaux</span>");

        HttpResponse<String> csv = coordinator.get(casePage + "/dashboard.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains(reference);
        assertThat(csv.body()).contains("Structure;Étape en cours;Sessions suivies / tenues",
                "Médiation Lille Sud" + suffix + ";Participe;2/2;oui;1;oui;0;2;1;12000,00;8000,00",
                LEAVING + suffix + ";Sortie le " + frenchToday + " — hors totaux : Départ de la coordinatrice, reprise sur"
                        + " un prochain DLA;1/2;non;0;non;0;",
                "Total;;;5;5;5;0;10;5;60000,00;40000,00");
    }

    private void assertNobodyElseSeesIt() {
        assertThat(loggedIn(DemoUsers.OFFICER_LILLE).get(casePage).statusCode()).isEqualTo(403);
        assertThat(loggedIn(DemoUsers.CONSULTANT).get(casePage + "/dashboard.csv").statusCode()).isEqualTo(403);
    }

    private Browser loggedIn(String user) {
        Browser browser = new Browser(port);
        assertThat(location(browser.login(user, DemoUsers.PASSWORD))).as("login of %s", user).isEqualTo("/");
        return browser;
    }

    /** The collective's open task (outside the tracks) that leads to the form {@code form}. */
    private String collectiveTask(String form) {
        return formsOfTheCase().stream().filter(path -> path.endsWith("/" + form)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + form + " task for " + reference));
    }

    /** The track task of the structure {@code name}: its form names the structure. */
    private String trackTask(String name) {
        return formsOfTheCase().stream().filter(path -> path.endsWith("/track"))
                .filter(path -> text(coordinator.get(path).body()).contains(name + suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("No track task of " + name));
    }

    /** Every form the coordinators' unclaimed tasks of this collective lead to, from the home page. */
    private List<String> formsOfTheCase() {
        List<String> forms = new ArrayList<>();
        for (int page = 0; page < MAX_HOME_PAGES; page++) {
            Matcher row = TASK_ROW.matcher(coordinator.get("/?view=groups&page=" + page).body());
            boolean any = false;
            while (row.find()) {
                any = true;
                if (row.group(2).contains(reference)) {
                    HttpResponse<String> response = coordinator.get("/tasks/" + row.group(1));
                    assertThat(response.statusCode()).isEqualTo(302);
                    forms.add(location(response));
                }
            }
            if (!any) {
                break;
            }
        }
        return forms;
    }

    /** The value of the presentIds checkbox labelled {@code label} (Spring writes a hidden marker in between). */
    private static String checkboxLabelled(String page, String field, String label) {
        Matcher choice = Pattern.compile("(<input[^>]*name=\"" + field + "\"[^>]*>)(?:\\s*<input type=\"hidden\"[^>]*>)?"
                + "\\s*<label[^>]*>\\s*" + Pattern.quote(label) + "\\s*</label>").matcher(page);
        assertThat(choice.find()).as("a checkbox labelled %s", label).isTrue();
        Matcher value = Pattern.compile("value=\"(\\d+)\"").matcher(choice.group(1));
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    private long caseId() {
        return Long.parseLong(casePage.substring(casePage.lastIndexOf('/') + 1));
    }
}
