package fr.parcours.journeys;

import static fr.parcours.journeys.Pages.choiceLabelled;
import static fr.parcours.journeys.Pages.lineValuesByLabel;
import static fr.parcours.journeys.Pages.location;
import static fr.parcours.journeys.Pages.onlyTaskLink;
import static fr.parcours.journeys.Pages.optionValue;
import static fr.parcours.journeys.Pages.submitExpecting;
import static fr.parcours.journeys.Pages.taskOfCase;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seed of docs/domain.md#individual-dla over HTTP, as its real users: the Alpes-Maritimes officer accompanies PAJE (Nice)
 * from its request to closure, France Médiation is chosen to restructure its social mediation service and
 * reports on its mission. Only the follow-up timers are fired through the engine.
 */
@ParcoursServerTest
class PajeAccompanimentEndToEndTests {

    private static final String FRANCE_MEDIATION = "France Médiation";
    private static final Pattern REFERENCE = Pattern.compile("DLA-\\d{4}-\\d{6}");
    private static final int MAX_HOME_PAGES = 20;

    @LocalServerPort
    int port;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    Scenario scenario;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private final String today = LocalDate.now().toString();
    private Browser officer;
    private Browser consultant;
    private String casePage;
    private String reference;

    @Test
    void theOfficerAndFranceMediationCarryPajeFromItsRequestToClosure() {
        officer = loggedIn(DemoUsers.OFFICER_NICE);
        openPajeRequest();
        acceptAtIntake();
        holdSharedDiagnostic();
        draftPlanAndHearTheCommittee();
        long franceMediation = selectFranceMediation();
        holdLaunchMeeting();
        consultant = loggedIn(DemoUsers.CONSULTANT);
        long missionId = franceMediationRunsItsMission();
        officerClosesTheMission();
        followUp(1);
        followUp(2);

        assertCaseFileShowsTheClosedJourney();
        assertOnlyTheOfficerSeesTheCase();
        assertRowsOfTheClosedCase(missionId, franceMediation);
    }

    private void openPajeRequest() {
        String form = "/dla/accompaniments/new";
        String paje = optionValue(officer.get(form).body(), "PAJE (Nice)");
        HttpResponse<String> response = officer.submit(form, "/dla/accompaniments", Map.of(
                "newStructure", "false",
                "organisationId", paje,
                "motive", "Restructurer le service de médiation sociale : état des lieux de l'organisation, "
                        + "clarifier les rôles et les missions, proposer une organisation efficiente"));
        assertThat(response.statusCode()).as("%s", Pages.errorsOf(response.body())).isEqualTo(302);
        casePage = location(response);
        assertThat(casePage).matches("/dla/accompaniments/\\d+");
        Matcher key = REFERENCE.matcher(officer.get(casePage).body());
        assertThat(key.find()).isTrue();
        reference = key.group();
    }

    private void acceptAtIntake() {
        submitExpecting(officer, officerTask("intake-review"), Map.of("outcome", "ACCEPTED_FOR_DIAGNOSTIC"), "/");
    }

    private void holdSharedDiagnostic() {
        submitExpecting(officer, officerTask("interview"), Map.of(
                "heldOn", today,
                "participants", "Présidente, directeur, coordinatrice des médiateurs",
                "notes", "Entretien avec les dirigeants, pas un audit",
                "moreInterviews", "false"), "/");
        Map<String, String> themes = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            themes.put("themes[" + i + "].strengths", "Équipe engagée sur le terrain");
            themes.put("themes[" + i + "].weaknesses", "Rôles et missions à clarifier");
            themes.put("themes[" + i + "].level", "2");
        }
        submitExpecting(officer, officerTask("theme-assessment"), themes, "/");
        submitExpecting(officer, officerTask("diagnostic-validation"), Map.of(
                "validatedOn", today,
                "validators", "Présidente et trésorier de PAJE",
                "comments", "Conclusions partagées",
                "confirmed", "true"), "/");
    }

    private void draftPlanAndHearTheCommittee() {
        submitExpecting(officer, officerTask("plan"), Map.of(
                "axes[0].title", "Restructurer le service de médiation sociale",
                "axes[0].description", "État des lieux, rôles et missions, organisation efficiente",
                "axes[0].treatment", "INDIVIDUAL_ENGINEERING"), "/");
        submitExpecting(officer, officerTask("committee-opinion"), Map.of(
                "meetingOn", today,
                "membersPresent", "DDETS, Région, Ville de Nice, France Active",
                "opinion", "Avis favorable",
                "recommendations", "Associer les bailleurs sociaux",
                "amendPlan", "false"), "/");
    }

    /** Cahier des charges, three consultants invited, proposals scored, France Médiation retained. */
    private long selectFranceMediation() {
        submitExpecting(officer, officerTask("specifications"), Map.of(
                "objectives", "Clarifier les rôles et les missions des médiateurs",
                "deliverables", "État des lieux, organigramme cible, fiches de poste",
                "plannedDays", "8",
                "budgetCap", "7200"), "/");

        long franceMediation = organisations.findByName(FRANCE_MEDIATION).orElseThrow().getId();
        List<Long> invited = List.of(franceMediation, otherConsultant("Cabinet Trajectoires").getId(),
                otherConsultant("Coopérative Médiactions").getId());
        Map<String, String> preselection = new HashMap<>();
        for (int i = 0; i < invited.size(); i++) {
            preselection.put("consultantIds[" + i + "]", invited.get(i).toString());
        }
        submitExpecting(officer, officerTask("preselection"), preselection, "/");

        String proposals = officerTask("proposals");
        Map<String, String> candidates = lineValuesByLabel(officer.get(proposals).body(), "candidateId");
        assertThat(candidates).hasSize(3).containsKey(FRANCE_MEDIATION);
        submitExpecting(officer, proposals, lines(candidates, (name, fields) -> {
            fields.put("received", "true");
            fields.put("receivedOn", today);
            fields.put("amount", "6800");
            fields.put("days", "8");
        }), "/");

        submitExpecting(officer, officerTask("scores"), lines(candidates, (name, fields) -> {
            fields.put("understanding", name.equals(FRANCE_MEDIATION) ? "18" : "12");
            fields.put("method", "16");
            fields.put("team", "12");
            fields.put("price", "10");
        }), "/");

        String choice = officerTask("consultant-choice");
        String chosen = choiceLabelled(officer.get(choice).body(), "candidateId", FRANCE_MEDIATION);
        assertThat(chosen).isEqualTo(candidates.get(FRANCE_MEDIATION));
        submitExpecting(officer, choice, Map.of(
                "candidateId", chosen,
                "minutes", "PV du comité technique : France Médiation retenue (meilleure note)",
                "decidedOn", today), "/");
        return franceMediation;
    }

    private void holdLaunchMeeting() {
        submitExpecting(officer, officerTask("launch-meeting"), Map.of(
                "date", today,
                "structureParticipants", "Directeur de PAJE",
                "dlaParticipants", "Chargée d'accompagnement du DLA 06",
                "consultantParticipants", "Consultante de France Médiation",
                "agreedSchedule", "Trois mois, un point mensuel"), casePage);
    }

    /** The consultant finds its mission, reports its progress and writes the end-of-mission report. */
    private long franceMediationRunsItsMission() {
        long missionId = jdbc.queryForObject("select id from engineering_mission where accompaniment_id = ?",
                Long.class, caseId());
        String missionPage = "/missions/" + missionId;
        assertThat(consultant.get("/missions").body()).contains("href=\"" + missionPage + "\"");

        submitExpecting(consultant, consultantTask(missionPage, "progress"), Map.of(
                "date", today,
                "daysSpent", "8",
                "deliverables", "État des lieux et organisation cible",
                "finished", "true"), missionPage);
        submitExpecting(consultant, consultantTask(missionPage, "end-report"), Map.of(
                "summary", "Mission menée avec l'équipe de médiation",
                "results", "Rôles et missions clarifiés, organigramme adopté",
                "recommendations", "Suivre le plan d'action trimestriellement",
                "totalDays", "8"), missionPage);
        return missionId;
    }

    private void officerClosesTheMission() {
        submitExpecting(officer, officerTask("satisfaction"), Map.of(
                "quality", "5",
                "listening", "5",
                "usefulness", "4",
                "comment", "Très utile pour l'équipe"), casePage);
        submitExpecting(officer, officerTask("mission-assessment"), Map.of(
                "achieved", "YES",
                "comment", "Objectifs atteints"), casePage);
    }

    /** The follow-up timer is due (fired through the engine), then the officer records the meeting. */
    private void followUp(int number) {
        String processInstanceId = jdbc.queryForObject("select process_instance_id from accompaniment where id = ?",
                String.class, caseId());
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        assertThat(timer).as("follow-up timer %d", number).isNotNull();
        managementService.executeJob(timer.getId());

        submitExpecting(officer, officerTask("follow-up"), Map.of(
                "meetingDate", today,
                "effects", "Organisation appropriée par l'équipe (point " + number + ")",
                "jobsConsolidated", "1",
                "aidedContractsMadePermanent", "1",
                "fundingObtained", "15000",
                "actionsCarriedOut", "Fiches de poste rédigées"), "/");
    }

    private void assertCaseFileShowsTheClosedJourney() {
        HttpResponse<String> response = officer.get(casePage);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = text(response.body());
        assertThat(page).contains("id=\"current-phase\" class=\"badge text-bg-primary\">Clôturé<");
        assertThat(page).contains(reference + " · PAJE", FRANCE_MEDIATION);
        assertThat(page.substring(page.indexOf("id=\"timeline\""))).containsSubsequence(
                "Demande enregistrée",
                "Accueil : acceptée pour un diagnostic partagé",
                "Entretien de diagnostic enregistré",
                "Thèmes du diagnostic évalués",
                "Diagnostic validé par les dirigeants",
                "Plan d'accompagnement enregistré",
                "Avis du comité d'appui enregistré",
                "Cahier des charges enregistré",
                "Prestataires présélectionnés",
                "Propositions enregistrées",
                "Propositions notées",
                "Choix du prestataire validé, prestataires informés",
                "Réunion de lancement enregistrée",
                "Avancement de la mission rapporté",
                "Rapport de fin de mission rédigé",
                "Satisfaction de la structure enregistrée",
                "Mission évaluée",
                "Point de suivi enregistré",
                "Point de suivi enregistré",
                "Accompagnement clôturé");
    }

    private void assertOnlyTheOfficerSeesTheCase() {
        assertThat(consultant.get(casePage).statusCode()).isEqualTo(403);
        assertThat(loggedIn(DemoUsers.OFFICER_LILLE).get(casePage).statusCode()).isEqualTo(404);
    }

    private void assertRowsOfTheClosedCase(long missionId, long franceMediation) {
        long caseId = caseId();
        assertThat(jdbc.queryForObject("select phase from accompaniment where id = ?", String.class, caseId))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForMap("select status, consultant_organisation_id from engineering_mission where id = ?",
                missionId)).containsEntry("status", "DONE").containsEntry("consultant_organisation_id", franceMediation);
        assertThat(jdbc.queryForList("select number from follow_up where accompaniment_id = ? order by number",
                Integer.class, caseId)).containsExactly(1, 2);
        assertThat(jdbc.queryForObject("select count(*) from accompaniment_closure where accompaniment_id = ?",
                Integer.class, caseId)).isEqualTo(1);
    }

    private Browser loggedIn(String user) {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.login(user, DemoUsers.PASSWORD);
        assertThat(location(response)).as("login of %s", user).isEqualTo("/");
        return browser;
    }

    /** Opens the case's next task from the officer's home page; it must lead to the form {@code form}. */
    private String officerTask(String form) {
        String taskId = null;
        for (int page = 0; taskId == null && page < MAX_HOME_PAGES; page++) {
            // Unclaimed tasks of the officer's groups, narrowed to PAJE with the list's own filter.
            Optional<String> found = taskOfCase(officer.get("/?view=groups&organisation=PAJE&page=" + page).body(), reference);
            taskId = found.orElse(null);
        }
        assertThat(taskId).as("a task of %s on the home page, for %s", reference, form).isNotNull();
        return formOfTask(officer, taskId, form);
    }

    private String consultantTask(String missionPage, String form) {
        return formOfTask(consultant, onlyTaskLink(consultant.get(missionPage).body()), form);
    }

    private static String formOfTask(Browser browser, String taskId, String form) {
        HttpResponse<String> response = browser.get("/tasks/" + taskId);
        assertThat(response.statusCode()).isEqualTo(302);
        String path = location(response);
        assertThat(path).endsWith("/tasks/" + taskId + "/" + form);
        assertThat(browser.get(path).statusCode()).isEqualTo(200);
        return path;
    }

    private long caseId() {
        return Long.parseLong(casePage.substring(casePage.lastIndexOf('/') + 1));
    }

    /** Indexed fields {@code lines[i].…} of a grid, one line per consultant with its hidden candidate id. */
    private static Map<String, String> lines(Map<String, String> candidates,
                                             BiConsumer<String, Map<String, String>> line) {
        Map<String, String> fields = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, String> candidate : candidates.entrySet()) {
            Map<String, String> values = new HashMap<>();
            values.put("candidateId", candidate.getValue());
            line.accept(candidate.getKey(), values);
            String prefix = "lines[" + i++ + "].";
            values.forEach((field, value) -> fields.put(prefix + field, value));
        }
        return fields;
    }

    private Organisation otherConsultant(String name) {
        String unique = name + " " + System.nanoTime();
        return scenario.inPool(organisations.save(new Organisation(unique, Scenario.validSiret(System.nanoTime()),
                "SCOP", OrganisationKind.CONSULTANT, "Marseille", "13", "93")), "93");
    }
}
