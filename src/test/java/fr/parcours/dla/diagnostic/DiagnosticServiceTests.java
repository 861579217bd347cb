package fr.parcours.dla.diagnostic;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The diagnostic's rows on the real PostgreSQL, checked with plain SQL. */
@ParcoursIntegrationTest
class DiagnosticServiceTests {

    @Autowired
    DiagnosticService diagnostics;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsAnInterviewAndItsAuditRecord() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        LocalDate today = LocalDate.now();

        boolean more = diagnostics.recordInterview(opened.getId(),
                new InterviewReport(today, "Marie Durand, présidente", null, true, DemoUsers.OFFICER_NICE));

        assertThat(more).isTrue();
        Map<String, Object> row = jdbc.queryForMap(
                "select held_on, participants, notes, recorded_by from diagnostic_interview where accompaniment_id = ?",
                opened.getId());
        assertThat(row).containsEntry("held_on", Date.valueOf(today))
                .containsEntry("participants", "Marie Durand, présidente")
                .containsEntry("notes", null)
                .containsEntry("recorded_by", DemoUsers.OFFICER_NICE);
        assertThat(actions(opened)).containsExactly("interview-recorded");
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.DIAGNOSTIC);
    }

    @Test
    void recordsTheSevenThemesAndReplacesThemOnASecondSheet() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());

        diagnostics.recordThemeAssessments(opened.getId(), DiagnosticFixtures.allThemes());
        diagnostics.recordThemeAssessments(opened.getId(), new ThemeAssessmentSheet(
                DiagnosticFixtures.allThemes().entries().stream()
                        .map(entry -> new ThemeAssessmentSheet.Entry(entry.theme(), "F", "W", 4)).toList(),
                DemoUsers.OFFICER_NICE));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select theme, level, strengths from theme_assessment where accompaniment_id = ? order by theme",
                opened.getId());
        assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row).containsEntry("level", 4)
                .containsEntry("strengths", "F"));
        assertThat(actions(opened)).containsExactly("themes-assessed", "themes-assessed");
    }

    @Test
    void refusesASheetThatMissesATheme() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());
        List<ThemeAssessmentSheet.Entry> six = DiagnosticFixtures.allThemes().entries().subList(0, 6);

        assertThatThrownBy(() -> diagnostics.recordThemeAssessments(opened.getId(),
                new ThemeAssessmentSheet(six, DemoUsers.OFFICER_NICE))).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from theme_assessment where accompaniment_id = ?",
                Integer.class, opened.getId())).isZero();
    }

    @Test
    void recordsTheLeadersValidationAndStartsThePlan() {
        Accompaniment opened = scenario.openAt(TASK_HOLD_INTERVIEW, Map.of());

        diagnostics.recordValidation(opened.getId(), DiagnosticFixtures.validation());

        Map<String, Object> row = jdbc.queryForMap(
                "select validated_by, comments, recorded_by from diagnostic_validation where accompaniment_id = ?",
                opened.getId());
        assertThat(row).containsEntry("validated_by", "Marie Durand, présidente")
                .containsEntry("comments", "Conclusions partagées").containsEntry("recorded_by", DemoUsers.OFFICER_NICE);
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.PLAN);
        assertThat(actions(opened)).containsExactly("diagnostic-validated");
        assertThat(diagnostics.summaryOf(opened.getId()).validation()).isNotNull();
    }

    private List<String> actions(Accompaniment accompaniment) {
        return jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? "
                + "order by id", String.class, accompaniment.getId());
    }
}
