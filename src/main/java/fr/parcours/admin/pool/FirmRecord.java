package fr.parcours.admin.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** What a firm's page shows besides its profile: its consultants and the missions it carried out. */
public record FirmRecord(List<Consultant> consultants, List<Mission> missions, List<Collective> collectives) {

    /** A person with the firm as their scope (their role and account are managed on the people's screens). */
    public record Consultant(String userId, String name) {
    }

    /**
     * An individual ingénierie the firm was chosen for, with its end report's days and the structure's
     * satisfaction (each score 1 to 5) once recorded.
     */
    public record Mission(long accompanimentId, String businessKey, String structure, String status,
                          BigDecimal totalDays, Integer quality, Integer listening, Integer usefulness,
                          Instant satisfiedAt) {

        public boolean hasSatisfaction() {
            return quality != null;
        }

        /** The mean of the three scores, out of 5. */
        public BigDecimal satisfaction() {
            return hasSatisfaction() ? BigDecimal.valueOf(quality + listening + usefulness)
                    .divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP) : null;
        }
    }

    /** A collective DLA the firm was chosen for. */
    public record Collective(long id, String businessKey, String title, String regionCode) {
    }

    /** The mean satisfaction over the missions that have one, out of 5; null when none has. */
    public BigDecimal meanSatisfaction() {
        List<BigDecimal> scores = missions.stream().filter(Mission::hasSatisfaction).map(Mission::satisfaction).toList();
        return scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }
}
