package fr.parcours.council.indicators;

import java.time.LocalDate;

/** The days the cross-council indicators cover, both included; a calendar year unless the user chose otherwise. */
public record IndicatorPeriod(LocalDate from, LocalDate to) {

    public IndicatorPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Period from " + from + " ends before it starts, on " + to);
        }
    }

    public static IndicatorPeriod yearOf(LocalDate day) {
        return new IndicatorPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
    }
}
