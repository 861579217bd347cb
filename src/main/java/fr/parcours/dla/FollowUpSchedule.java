package fr.parcours.dla;

import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the DLA comes back after the missions: {@code parcours.follow-up.delays} lists the waits before
 * each follow-up (ISO-8601, default P6M,P6M: at 6 and 12 months). Used by the BPMN timer.
 */
@Component("followUpSchedule")
public class FollowUpSchedule {

    private final List<Period> delays;

    FollowUpSchedule(@Value("${parcours.follow-up.delays:P6M,P6M}") List<String> delays) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("parcours.follow-up.delays needs at least one delay");
        }
        this.delays = delays.stream().map(String::strip).map(Period::parse).toList();
    }

    /** The ISO duration to wait before follow-up number {@code done + 1}. */
    public String delayBefore(int done) {
        return delays.get(Math.min(done, delays.size() - 1)).toString();
    }

    public int count() {
        return delays.size();
    }
}
