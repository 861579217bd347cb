package fr.parcours.council.indicators.web;

import fr.parcours.council.indicators.IndicatorPeriod;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The period filter of the cross-council indicators: the current year when the user has not chosen one. */
public class PeriodFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** The year of {@code today}: what the page shows before the user chooses. */
    static PeriodFormData yearOf(LocalDate today) {
        IndicatorPeriod year = IndicatorPeriod.yearOf(today);
        PeriodFormData form = new PeriodFormData();
        form.from = year.from();
        form.to = year.to();
        return form;
    }

    void validate(Errors errors) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.rejectValue("to", "council-network.period.ends-before-start");
        }
    }

    IndicatorPeriod toPeriod() {
        return new IndicatorPeriod(from, to);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
