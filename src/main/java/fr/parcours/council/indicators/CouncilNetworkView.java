package fr.parcours.council.indicators;

import java.util.List;

/** The councils within the user's reach over a period, one row each, and their totals. */
public record CouncilNetworkView(IndicatorPeriod period, List<CouncilFigures> rows) {

    public CouncilNetworkView {
        rows = List.copyOf(rows);
    }

    public CouncilFigures totals() {
        return rows.stream().reduce(CouncilFigures.none(""), (sum, row) -> sum.plus(row, ""));
    }
}
