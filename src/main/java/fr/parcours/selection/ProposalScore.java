package fr.parcours.selection;

import java.io.Serializable;

/**
 * The structure's scores of one proposal on the grid (docs/domain.md#consultant-selection): understanding of the need /20,
 * method /20, team /15, price /15, out of {@link #TOTAL}.
 */
public record ProposalScore(long candidateId, int understanding, int method, int team, int price)
        implements Serializable {

    public static final int MAX_UNDERSTANDING = 20;
    public static final int MAX_METHOD = 20;
    public static final int MAX_TEAM = 15;
    public static final int MAX_PRICE = 15;
    public static final int TOTAL = MAX_UNDERSTANDING + MAX_METHOD + MAX_TEAM + MAX_PRICE;

    public boolean withinGrid() {
        return within(understanding, MAX_UNDERSTANDING) && within(method, MAX_METHOD)
                && within(team, MAX_TEAM) && within(price, MAX_PRICE);
    }

    private static boolean within(int value, int max) {
        return value >= 0 && value <= max;
    }
}
