package fr.parcours.collective.deliverables.web;

import fr.parcours.casework.Texts;
import fr.parcours.collective.deliverables.Deliverables;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * One CITER register of the evaluation process: réalisations, résultats, impacts, each in words and with a measured
 * value and its unit beside the text (both or neither).
 */
public class EvaluationFormData {

    @Size(max = 2000)
    private String outputs;

    @Size(max = 2000)
    private String results;

    @Size(max = 2000)
    private String impacts;

    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal outputsValue;

    @Size(max = 60)
    private String outputsUnit;

    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal resultsValue;

    @Size(max = 60)
    private String resultsUnit;

    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal impactsValue;

    @Size(max = 60)
    private String impactsUnit;

    static EvaluationFormData from(Deliverables.Evaluation evaluation) {
        EvaluationFormData form = new EvaluationFormData();
        if (evaluation != null) {
            form.outputs = evaluation.outputs();
            form.results = evaluation.results();
            form.impacts = evaluation.impacts();
            if (evaluation.outputsMeasure() != null) {
                form.outputsValue = evaluation.outputsMeasure().value();
                form.outputsUnit = evaluation.outputsMeasure().unit();
            }
            if (evaluation.resultsMeasure() != null) {
                form.resultsValue = evaluation.resultsMeasure().value();
                form.resultsUnit = evaluation.resultsMeasure().unit();
            }
            if (evaluation.impactsMeasure() != null) {
                form.impactsValue = evaluation.impactsMeasure().value();
                form.impactsUnit = evaluation.impactsMeasure().unit();
            }
        }
        return form;
    }

    boolean isBlank() {
        return Texts.blank(outputs) && Texts.blank(results) && Texts.blank(impacts) && outputsValue == null
                && resultsValue == null && impactsValue == null && Texts.blank(outputsUnit) && Texts.blank(resultsUnit)
                && Texts.blank(impactsUnit);
    }

    /** A value needs its unit and a unit its value; {@code path} is this register's place in the form. */
    void validate(Errors errors, String path) {
        pair(errors, path, "outputs", outputsValue, outputsUnit);
        pair(errors, path, "results", resultsValue, resultsUnit);
        pair(errors, path, "impacts", impactsValue, impactsUnit);
    }

    private static void pair(Errors errors, String path, String part, BigDecimal value, String unit) {
        if (value != null && Texts.blank(unit)) {
            errors.rejectValue(path + "." + part + "Unit", "collective.citer.error.unit-required");
        } else if (value == null && !Texts.blank(unit) && !errors.hasFieldErrors(path + "." + part + "Value")) {
            errors.rejectValue(path + "." + part + "Value", "collective.citer.error.value-required");
        }
    }

    Deliverables.Evaluation toEvaluation() {
        return new Deliverables.Evaluation(Texts.optional(outputs), Texts.optional(results), Texts.optional(impacts),
                measure(outputsValue, outputsUnit), measure(resultsValue, resultsUnit), measure(impactsValue, impactsUnit));
    }

    private static Deliverables.Measure measure(BigDecimal value, String unit) {
        return value == null ? null : new Deliverables.Measure(value, Texts.optional(unit));
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

    public BigDecimal getOutputsValue() {
        return outputsValue;
    }

    public void setOutputsValue(BigDecimal outputsValue) {
        this.outputsValue = outputsValue;
    }

    public String getOutputsUnit() {
        return outputsUnit;
    }

    public void setOutputsUnit(String outputsUnit) {
        this.outputsUnit = outputsUnit;
    }

    public BigDecimal getResultsValue() {
        return resultsValue;
    }

    public void setResultsValue(BigDecimal resultsValue) {
        this.resultsValue = resultsValue;
    }

    public String getResultsUnit() {
        return resultsUnit;
    }

    public void setResultsUnit(String resultsUnit) {
        this.resultsUnit = resultsUnit;
    }

    public BigDecimal getImpactsValue() {
        return impactsValue;
    }

    public void setImpactsValue(BigDecimal impactsValue) {
        this.impactsValue = impactsValue;
    }

    public String getImpactsUnit() {
        return impactsUnit;
    }

    public void setImpactsUnit(String impactsUnit) {
        this.impactsUnit = impactsUnit;
    }
}
