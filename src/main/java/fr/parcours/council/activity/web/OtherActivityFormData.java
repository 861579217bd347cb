package fr.parcours.council.activity.web;

import fr.parcours.council.activity.ActivityAxis;
import fr.parcours.council.activity.HoursSpent;
import fr.parcours.council.activity.OtherActivity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity outside the cycle forms: for which council, when, on which axis, how long, what was done. */
public class OtherActivityFormData {

    @NotNull
    private Long councilId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate performedOn;

    @NotNull
    private ActivityAxis axis;

    @NotNull
    @HoursSpent
    private BigDecimal hours;

    @NotBlank
    @Size(max = 500)
    private String description;

    OtherActivity toActivity() {
        return new OtherActivity(councilId, performedOn, axis, hours, description.strip());
    }

    public Long getCouncilId() {
        return councilId;
    }

    public void setCouncilId(Long councilId) {
        this.councilId = councilId;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(LocalDate performedOn) {
        this.performedOn = performedOn;
    }

    public ActivityAxis getAxis() {
        return axis;
    }

    public void setAxis(ActivityAxis axis) {
        this.axis = axis;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
