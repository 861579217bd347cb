package fr.parcours.council.demo;

import java.time.LocalDate;

/**
 * The days of the demo council's story, counted back from today: the draw, then two cycles a month apart (the
 * {@code council-cycle} period) and the current one started a week ago. Other activities fall on the first day of
 * this month and in the middle of the previous one, so the activity sheet of either month is never empty.
 */
record LifeCalendar(LocalDate today) {

    LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    LocalDate firstOfThisMonth() {
        return today.withDayOfMonth(1);
    }

    LocalDate midPreviousMonth() {
        return today.withDayOfMonth(1).minusMonths(1).withDayOfMonth(15);
    }
}
