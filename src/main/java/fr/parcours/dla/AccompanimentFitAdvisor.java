package fr.parcours.dla;

import fr.parcours.organisation.Organisation;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Suggests, from the decision table {@code processes/dla-fit.dmn}, whether a request fits the DLA. A hint
 * for the officer at the accueil, never a decision. Evaluated as the current user, so the engine's
 * authorizations apply (officers hold CREATE_INSTANCE on this decision).
 */
@Service
public class AccompanimentFitAdvisor {

    public static final String DECISION_KEY = "dla-fit";

    /** What the table suggests, and why (in French, as written in the table). */
    public record Suggestion(Fit fit, String reason) {
    }

    public enum Fit {
        ACCEPT, REFER
    }

    private final DecisionService decisionService;

    AccompanimentFitAdvisor(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public Suggestion suggest(Organisation structure) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("legalForm", structure.getLegalFormKind().name())
                        .putValue("employees", structure.getEmployees())
                        .putValue("aidedContracts", structure.getAidedContracts())
                        .putValue("esusApproved", structure.isEsusApproved())
                        .putValue("jobCreationProject", structure.isJobCreationProject()))
                .evaluate()
                .getSingleResult();
        return new Suggestion(Fit.valueOf(result.getEntry("suggestion")), result.getEntry("reason"));
    }
}
