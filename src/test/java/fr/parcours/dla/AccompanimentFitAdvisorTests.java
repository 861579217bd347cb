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

    @ParameterizedTest(name = "{0}, {1} employees, {2} aided contracts, ESUS {3}, job project {4} → {5} ({6})")
    @CsvSource(nullValues = "null", value = {
            "OTHER,       12,   3,    false, false, REFER,  pas d'agrément ESUS",
            "OTHER,       0,    0,    false, true,  REFER,  pas d'agrément ESUS",
            "OTHER,       12,   3,    true,  false, ACCEPT, agréée ESUS",
            "OTHER,       0,    0,    true,  true,  ACCEPT, agréée ESUS",
            "ASSOCIATION, 0,    0,    false, false, REFER,  ni projet de création d'emploi",
            "SCOP,        0,    0,    false, false, REFER,  ni projet de création d'emploi",
            "ASSOCIATION, 0,    0,    false, true,  ACCEPT, projet de création d'emploi : dans le champ",
            "SCIC,        0,    null, false, true,  ACCEPT, projet de création d'emploi : dans le champ",
            "ASSOCIATION, 14,   3,    false, false, ACCEPT, contrats aidés",
            "ASSOCIATION, 0,    2,    false, false, ACCEPT, contrats aidés",
            "GIP,         12,   0,    false, false, ACCEPT, Structure employeuse de l'économie",
            "SCIC,        1,    null, false, true,  ACCEPT, Structure employeuse de l'économie",
            "ASSOCIATION, null, null, false, false, ACCEPT, Effectif non renseigné",
            "ASSOCIATION, 0,    null, false, false, ACCEPT, Effectif non renseigné",
    })
    void theTableSuggestsTheExpectedFit(String legalForm, Integer employees, Integer aidedContracts,
                                        boolean esusApproved, boolean jobCreationProject, String suggestion,
                                        String reasonExcerpt) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(AccompanimentFitAdvisor.DECISION_KEY)
                .variables(Variables.createVariables().putValue("legalForm", legalForm)
                        .putValue("employees", employees).putValue("aidedContracts", aidedContracts)
                        .putValue("esusApproved", esusApproved).putValue("jobCreationProject", jobCreationProject))
                .evaluate().getSingleResult();

        assertThat((String) result.getEntry("suggestion")).isEqualTo(suggestion);
        assertThat((String) result.getEntry("reason")).contains(reasonExcerpt);
    }

    @Test
    void anEsusCompanyRegisteredAtIntakeIsKeptInTheField() {
        Organisation structure = scenario.newStructure("06", "93");
        Organisation company = new Organisation("SIAE test " + structure.getId(), null, "SAS",
                fr.parcours.organisation.OrganisationKind.STRUCTURE, "Nice", "06", "93")
                .withActivity("Insertion", 0, 0).withOutlook(true, true);

        AccompanimentFitAdvisor.Suggestion suggestion =
                scenario.as(DemoUsers.OFFICER_NICE, () -> advisor.suggest(company));

        assertThat(suggestion.fit()).isEqualTo(Fit.ACCEPT);
        assertThat(suggestion.reason()).contains("agréée ESUS");
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
