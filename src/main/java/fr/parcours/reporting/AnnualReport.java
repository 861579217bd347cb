package fr.parcours.reporting;

import java.util.List;

/** The annual activity report of one scope over one period. Its totals are those of any breakdown. */
public record AnnualReport(ReportPeriod period, List<Breakdown> breakdowns, List<LeadTime> leadTimes,
                           Results results, Satisfaction satisfaction) {

    public AnnualReport {
        breakdowns = List.copyOf(breakdowns);
        leadTimes = List.copyOf(leadTimes);
    }

    public Breakdown breakdown(Dimension dimension) {
        return breakdowns.stream().filter(b -> b.dimension() == dimension).findFirst().orElseThrow();
    }

    public long total(Measure measure) {
        return breakdown(Dimension.QPV).total(measure);
    }

    public boolean isEmpty() {
        return breakdowns.stream().allMatch(b -> b.rows().stream().allMatch(BreakdownRow::isEmpty))
                && results.followUps() == 0 && satisfaction.answers() == 0;
    }
}
