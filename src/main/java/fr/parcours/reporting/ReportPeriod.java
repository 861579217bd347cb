package fr.parcours.reporting;

import java.time.LocalDate;

/** The days a report covers, both included: a calendar year unless the reader chose other dates. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("Not a period: from " + from + " to " + to);
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the period is exactly one calendar year (the report then names the year). */
    public boolean isCalendarYear() {
        return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
    }
}
