package fr.parcours.collective.deliverables.web;

import fr.parcours.casework.Texts;
import fr.parcours.collective.deliverables.Deliverables;
import jakarta.validation.constraints.Size;

/** One CITER register of the evaluation process: réalisations, résultats, impacts. */
public class EvaluationFormData {

    @Size(max = 2000)
    private String outputs;

    @Size(max = 2000)
    private String results;

    @Size(max = 2000)
    private String impacts;

    static EvaluationFormData from(Deliverables.Evaluation evaluation) {
        EvaluationFormData form = new EvaluationFormData();
        if (evaluation != null) {
            form.outputs = evaluation.outputs();
            form.results = evaluation.results();
            form.impacts = evaluation.impacts();
        }
        return form;
    }

    boolean isBlank() {
        return Texts.blank(outputs) && Texts.blank(results) && Texts.blank(impacts);
    }

    Deliverables.Evaluation toEvaluation() {
        return new Deliverables.Evaluation(Texts.optional(outputs), Texts.optional(results), Texts.optional(impacts));
    }

    public String getOutputs() {
        return outputs;
    }

    public void setOutputs(String outputs) {
        this.outputs = outputs;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getImpacts() {
        return impacts;
    }

    public void setImpacts(String impacts) {
        this.impacts = impacts;
    }
}
