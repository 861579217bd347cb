package fr.parcours.audit.history;

import java.util.List;

/**
 * One page of search results. {@code total} stops counting at {@code countCap}: beyond that the page
 * says "more than" rather than scanning a whole large history for an exact figure.
 */
public record AuditResultPage(List<AuditRow> rows, int page, int pageSize, boolean hasNext, long total,
                              long countCap) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean isTotalCapped() {
        return total > countCap;
    }
}
