package fr.parcours.dla.engineering;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScore;
import fr.parcours.selection.ProposalScores;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The selection services on the real PostgreSQL schema, driven through the engine as the forms do. */
@ParcoursIntegrationTest
class ConsultantSelectionServiceTests {

    @Autowired
    EngineeringScenario engineering;
    @Autowired
    ConsultantSelectionService selection;
    @Autowired
    ConsultantChoiceService choices;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPreselectedConsultantIsToldItsOwnOutcome() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        List<Organisation> consultants = engineering.newConsultants(4);
        List<ConsultantCandidate> scored = engineering.scoreProposals(opened, opened.firstAxis(), consultants);

        engineering.complete(opened, opened.firstAxis(), TASK_VALIDATE_CHOICE, new ChoiceValidation(
                scored.get(1).getId(), "PV du comité : proposition la plus adaptée.", LocalDate.now(),
                DemoUsers.OFFICER_NICE));

        long missionId = engineering.missionOf(opened.firstAxis()).getId();
        Map<Long, String> outcomes = new HashMap<>();
        jdbc.queryForList("select organisation_id, outcome from consultant_notice where mission_id = ?", missionId)
                .forEach(row -> outcomes.put((Long) row.get("organisation_id"), (String) row.get("outcome")));
        assertThat(outcomes).containsOnly(
                Map.entry(consultants.get(0).getId(), "NOT_RETAINED"),
                Map.entry(consultants.get(1).getId(), "RETAINED"),
                Map.entry(consultants.get(2).getId(), "NOT_RETAINED"),
                Map.entry(consultants.get(3).getId(), "NO_PROPOSAL"));
        assertThat(jdbc.queryForMap("select status, consultant_organisation_id from engineering_mission where id = ?",
                missionId)).containsEntry("status", "LAUNCH")
                .containsEntry("consultant_organisation_id", consultants.get(1).getId());
        assertThat(jdbc.queryForMap("select candidate_id, minutes, decided_by from consultant_choice where mission_id = ?",
                missionId)).containsEntry("candidate_id", scored.get(1).getId())
                .containsEntry("minutes", "PV du comité : proposition la plus adaptée.")
                .containsEntry("decided_by", DemoUsers.OFFICER_NICE);
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?"
                + " order by id", String.class, opened.accompaniment().getId()))
                .containsExactly("specifications-recorded", "consultants-preselected", "proposals-recorded",
                        "proposals-scored", "consultant-chosen", "mission-cost-recorded");
    }

    @Test
    void scoresAndProposalsAreStoredPerConsultant() {
        EngineeringCase opened = engineering.open("Modèle économique");
        List<Organisation> consultants = engineering.newConsultants(3);
        engineering.scoreProposals(opened, opened.firstAxis(), consultants);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                select c.organisation_id, c.proposal_received, c.proposal_amount,
                       c.score_understanding + c.score_method + c.score_team + c.score_price as total
                from consultant_candidate c join engineering_mission m on m.id = c.mission_id
                where m.plan_axis_id = ? order by c.id""", opened.firstAxis());
        assertThat(rows).extracting(row -> row.get("proposal_received")).containsExactly(true, true, false);
        assertThat(rows).extracting(row -> row.get("total")).containsExactly(56, 54, null);
        assertThat(jdbc.queryForObject("select planned_days from engineering_mission where plan_axis_id = ?",
                BigDecimal.class, opened.firstAxis())).isEqualByComparingTo("8");
    }

    @Test
    void aPreselectionOfNonConsultantsOrOfTheWrongSizeIsRefusedAndSavesNothing() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        engineering.writeSpecifications(opened, opened.firstAxis());
        List<Organisation> consultants = engineering.newConsultants(3);
        long structureId = opened.accompaniment().getOrganisation().getId();
        long axis = opened.firstAxis();

        assertThatThrownBy(() -> selection.recordPreselection(axis, new Preselection(
                List.of(consultants.get(0).getId(), consultants.get(1).getId(), structureId), DemoUsers.OFFICER_NICE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> selection.recordPreselection(axis, new Preselection(
                List.of(consultants.get(0).getId(), consultants.get(1).getId()), DemoUsers.OFFICER_NICE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> selection.recordPreselection(axis, new Preselection(
                List.of(consultants.get(0).getId(), consultants.get(1).getId(), consultants.get(1).getId()),
                DemoUsers.OFFICER_NICE))).isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select count(*) from consultant_candidate c join engineering_mission m"
                + " on m.id = c.mission_id where m.plan_axis_id = ?", Integer.class, axis)).isZero();
    }

    @Test
    void outOfRangeScoresAndAnUnreceivedChoiceAreRefused() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        List<ConsultantCandidate> candidates = engineering.receiveProposals(opened, opened.firstAxis(),
                engineering.newConsultants(3));
        long axis = opened.firstAxis();

        assertThatThrownBy(() -> selection.recordScores(axis, new ProposalScores(List.of(
                new ProposalScore(candidates.get(0).getId(), 21, 10, 10, 10),
                new ProposalScore(candidates.get(1).getId(), 10, 10, 10, 10)), DemoUsers.OFFICER_NICE)))
                .isInstanceOf(IllegalArgumentException.class);
        engineering.complete(opened, axis, TASK_SCORE_PROPOSALS, new ProposalScores(List.of(
                new ProposalScore(candidates.get(0).getId(), 15, 15, 10, 10),
                new ProposalScore(candidates.get(1).getId(), 10, 10, 10, 10)), DemoUsers.OFFICER_NICE));
        assertThatThrownBy(() -> choices.recordChoice(axis, new ChoiceValidation(candidates.get(2).getId(), "PV",
                LocalDate.now(), DemoUsers.OFFICER_NICE))).isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select count(*) from consultant_notice n join engineering_mission m"
                + " on m.id = n.mission_id where m.plan_axis_id = ?", Integer.class, axis)).isZero();
        assertThat(engineering.missionOf(axis).getStatus()).isEqualTo(MissionStatus.CHOICE);
    }
}
