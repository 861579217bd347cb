package fr.parcours.dla.diagnostic.web;

import fr.parcours.casework.Texts;
import fr.parcours.dla.diagnostic.LeadersValidation;
import fr.parcours.dla.web.AccompanimentTask;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The structure leaders' validation of the diagnostic, which the officer must explicitly confirm. */
public class DiagnosticValidationFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validatedOn;

    @NotBlank
    @Size(max = 500)
    private String validators;

    @Size(max = 4000)
    private String comments;

    @AssertTrue
    private boolean confirmed;

    void validateDates(Errors errors, AccompanimentTask caseTask) {
        caseTask.checkDate(errors, "validatedOn", validatedOn);
    }

    LeadersValidation toValidation(String userId) {
        return new LeadersValidation(validatedOn, validators.strip(), Texts.optional(comments), userId);
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public void setValidatedOn(LocalDate validatedOn) {
        this.validatedOn = validatedOn;
    }

    public String getValidators() {
        return validators;
    }

    public void setValidators(String validators) {
        this.validators = validators;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
