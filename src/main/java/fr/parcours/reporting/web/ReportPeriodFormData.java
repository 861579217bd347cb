package fr.parcours.reporting.web;

import fr.parcours.reporting.ReportPeriod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The report's period: a calendar year ({@code year}), or any period when both {@code from} and {@code to} are
 * given; the current year when the reader names neither.
 */
public class ReportPeriodFormData {

    @Min(2000)
    @Max(2100)
    private Integer year;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    void validate(Errors errors) {
        if (from != null && to == null) {
            errors.rejectValue("to", "report.period.to-missing");
        } else if (from == null && to != null) {
            errors.rejectValue("from", "report.period.from-missing");
        } else if (from != null && from.isAfter(to)) {
            errors.rejectValue("to", "report.period.ends-before-start");
        }
    }

    /** The period asked for; call only without errors. */
    ReportPeriod toPeriod(LocalDate today) {
        if (from != null) {
            return new ReportPeriod(from, to);
        }
        return ReportPeriod.year(year == null ? today.getYear() : year);
    }

    /** After the period is known: the form shows it back, as a year when it is one. */
    void showing(ReportPeriod period) {
        from = period.from();
        to = period.to();
        year = period.isCalendarYear() ? period.from().getYear() : null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
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
