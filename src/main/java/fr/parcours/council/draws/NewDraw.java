package fr.parcours.council.draws;

import java.time.LocalDate;
import java.util.List;

/**
 * A draw by lot for the residents' college: when, from which lists, how many drawn, and their answers. Those who
 * accepted are named; those who declined or could not be reached are only counted.
 */
public record NewDraw(LocalDate drawnOn, int drawnCount, List<DrawList> lists, List<DrawnResident> accepted,
                      int declinedCount, int unreachableCount) {

    /** Every drawn person has exactly one answer. */
    public boolean answersAddUp() {
        return accepted.size() + declinedCount + unreachableCount == drawnCount;
    }
}
