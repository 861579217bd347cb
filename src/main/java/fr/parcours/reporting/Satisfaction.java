package fr.parcours.reporting;

import java.math.BigDecimal;

/**
 * The structures' satisfaction with their ingénieries, recorded within the period: how many answers and the
 * average score (1 to 5, two decimals) of each question and of all three; averages are null without answers.
 */
public record Satisfaction(long answers, BigDecimal quality, BigDecimal listening, BigDecimal usefulness,
                           BigDecimal overall) {

    public static final Satisfaction NONE = new Satisfaction(0, null, null, null, null);
}
