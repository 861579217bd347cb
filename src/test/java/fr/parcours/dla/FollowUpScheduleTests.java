package fr.parcours.dla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTests {

    @Test
    void byDefaultComesBackAtSixAndTwelveMonths() {
        FollowUpSchedule schedule = new FollowUpSchedule(List.of("P6M", "P6M"));

        assertThat(schedule.count()).isEqualTo(2);
        assertThat(schedule.delayBefore(0)).isEqualTo("P6M");
        assertThat(schedule.delayBefore(1)).isEqualTo("P6M");
    }

    @Test
    void takesAnyNumberOfConfiguredDelays() {
        FollowUpSchedule schedule = new FollowUpSchedule(List.of("P3M", " P9M ", "P1Y"));

        assertThat(schedule.count()).isEqualTo(3);
        assertThat(schedule.delayBefore(0)).isEqualTo("P3M");
        assertThat(schedule.delayBefore(1)).isEqualTo("P9M");
        assertThat(schedule.delayBefore(2)).isEqualTo("P1Y");
    }

    @Test
    void keepsTheLastDelayBeyondTheSchedule() {
        assertThat(new FollowUpSchedule(List.of("P4M", "P8M")).delayBefore(5)).isEqualTo("P8M");
    }

    @Test
    void refusesAnEmptySchedule() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowUpSchedule(List.of()));
    }

    @Test
    void refusesAMalformedDelay() {
        assertThatExceptionOfType(DateTimeParseException.class)
                .isThrownBy(() -> new FollowUpSchedule(List.of("six months")));
    }
}
