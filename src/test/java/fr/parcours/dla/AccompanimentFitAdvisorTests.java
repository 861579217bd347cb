package fr.parcours.dla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.AccompanimentFitAdvisor.Fit;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of {@code processes/dla-fit.dmn}, row by row, and who may evaluate it. */
@ParcoursIntegrationTest
class AccompanimentFitAdvisorTests {

    @Autowired
    DecisionService decisionService;
    @Autowired
    AccompanimentFitAdvisor advisor;
    @Autowired
    Scenario scenario;

    @ParameterizedTest(name = "{0}, {1} employees, {2} aided contracts → {3} ({4})")
    @CsvSource(nullValues = "null", value = {
            "OTHER,       12,   3,    REFER,  hors du champ",
            "OTHER,       0,    0,    REFER,  hors du champ",
            "ASSOCIATION, 0,    0,    REFER,  sans salarié",
            "SCOP,        0,    0,    REFER,  sans salarié",
            "ASSOCIATION, 14,   3,    ACCEPT, contrats aidés",
            "ASSOCIATION, 0,    2,    ACCEPT, contrats aidés",
            "GIP,         12,   0,    ACCEPT, Structure employeuse de l'économie",
            "SCIC,        1,    null, ACCEPT, Structure employeuse de l'économie",
            "ASSOCIATION, null, null, ACCEPT, Effectif non renseigné",
            "ASSOCIATION, 0,    null, ACCEPT, Effectif non renseigné",
    })
    void theTableSuggestsTheExpectedFit(String legalForm, Integer employees, Integer aidedContracts,
                                        String suggestion, String reasonExcerpt) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(AccompanimentFitAdvisor.DECISION_KEY)
                .variables(Variables.createVariables().putValue("legalForm", legalForm)
                        .putValue("employees", employees).putValue("aidedContracts", aidedContracts))
                .evaluate().getSingleResult();

        assertThat((String) result.getEntry("suggestion")).isEqualTo(suggestion);
        assertThat((String) result.getEntry("reason")).contains(reasonExcerpt);
    }

    @Test
    void officersEvaluateItAsThemselves() {
        Organisation structure = scenario.newStructure("06", "93");

        AccompanimentFitAdvisor.Suggestion suggestion =
                scenario.as(DemoUsers.OFFICER_NICE, () -> advisor.suggest(structure));

        assertThat(suggestion.fit()).isEqualTo(Fit.ACCEPT);
        assertThat(suggestion.reason()).contains("contrats aidés");
    }

    @Test
    void peopleWithoutTheGrantMayNotEvaluateIt() {
        Organisation structure = scenario.newStructure("06", "93");

        assertThatThrownBy(() -> scenario.as(DemoUsers.CONSULTANT, () -> advisor.suggest(structure)))
                .isInstanceOf(AuthorizationException.class);
    }
}
