package fr.parcours.dla.followup.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.followup.AccompanimentClosure;
import fr.parcours.dla.followup.FollowUp;
import fr.parcours.dla.followup.FollowUpReports;
import fr.parcours.dla.followup.FollowUpService;
import fr.parcours.dla.followup.Indicators;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import fr.parcours.tasklist.TaskForms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ParcoursIntegrationTest
class FollowUpCaseFileSectionTests {

    @Autowired
    FollowUpCaseFileSection section;
    @Autowired
    FollowUpTaskForms taskForms;
    @Autowired
    FollowUpService followUps;
    @Autowired
    Scenario scenario;

    @Test
    void showsTheFollowUpsTheirTotalsTheNewAccompanimentAndTheClosure() {
        Accompaniment accompaniment = scenario.openAt(TASK_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
        followUps.record(accompaniment.getId(), FollowUpReports.ordinary(1, 1, "800"));
        followUps.record(accompaniment.getId(), FollowUpReports.withNewNeeds("Structurer le bénévolat", true));
        Accompaniment opened = scenario.as(DemoUsers.OFFICER_NICE, () -> followUps.openNewAccompaniment(accompaniment.getId()));
        followUps.close(accompaniment.getId());

        Map<String, Object> model = section.model(accompaniment, new CurrentUser(DemoUsers.OFFICER_NICE, List.of()));

        assertThat(section.order()).isEqualTo(50);
        assertThat((List<FollowUp>) model.get("followUps")).extracting(FollowUp::getNumber).containsExactly(1, 2);
        assertThat(model.get("totals")).isEqualTo(new Indicators(2, 1, new BigDecimal("5800.00"), 1));
        assertThat(model.get("newAccompaniments")).isEqualTo(Map.of(opened.getId(), opened.getBusinessKey()));
        assertThat(((AccompanimentClosure) model.get("closure")).getClosedBy()).isEqualTo(DemoUsers.OFFICER_NICE);
    }

    @Test
    void opensTheFollowUpFormFromTheTaskList() {
        TaskForms forms = taskForms;
        assertThat(forms.formPath(DlaIndividualProcess.KEY, TASK_FOLLOW_UP, "42")).contains("/dla/tasks/42/follow-up");
        assertThat(forms.formPath(DlaIndividualProcess.KEY, DlaIndividualProcess.TASK_REVIEW_REQUEST, "42")).isEmpty();
        assertThat(forms.formPath("council-cycle", TASK_FOLLOW_UP, "42")).isEqualTo(Optional.empty());
    }
}
