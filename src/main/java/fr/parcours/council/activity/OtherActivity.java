package fr.parcours.council.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An activity the facilitator enters by hand: for which council, when, on which axis, how long, what. */
public record OtherActivity(long councilId, LocalDate performedOn, ActivityAxis axis, BigDecimal hours,
                            String description) {
}
