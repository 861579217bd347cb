package fr.parcours.dla.mission.web;

import fr.parcours.dla.mission.MissionContext;
import fr.parcours.dla.mission.ProgressReport;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One milestone of the mission, reported by the consultant. */
public class ProgressFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull
    @Positive
    @Digits(integer = 4, fraction = 1)
    private BigDecimal daysSpent;

    @NotBlank
    @Size(max = 4000)
    private String deliverables;

    @Size(max = 2000)
    private String justification;

    @NotNull
    private Boolean finished;

    /** Not before the launch meeting nor in the future; days beyond the allowed overrun must be justified. */
    void validate(Errors errors, MissionContext context, LocalDate today) {
        MissionDates.check(errors, "date", date, context.earliestMilestoneDate(), "mission.date-before-launch", today);
        boolean unjustified = justification == null || justification.isBlank();
        if (!errors.hasFieldErrors("daysSpent") && unjustified && context.overrunWith(daysSpent)) {
            errors.rejectValue("justification", "mission.overrun-needs-justification", new Object[] {
                    context.daysAllowedWithoutJustification().stripTrailingZeros().toPlainString(),
                    context.plannedDays().stripTrailingZeros().toPlainString()}, null);
        }
    }

    ProgressReport toReport(String userId) {
        boolean unjustified = justification == null || justification.isBlank();
        return new ProgressReport(date, daysSpent, deliverables.strip(), unjustified ? null : justification.strip(),
                finished, userId);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getDaysSpent() {
        return daysSpent;
    }

    public void setDaysSpent(BigDecimal daysSpent) {
        this.daysSpent = daysSpent;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(String deliverables) {
        this.deliverables = deliverables;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public Boolean getFinished() {
        return finished;
    }

    public void setFinished(Boolean finished) {
        this.finished = finished;
    }
}
