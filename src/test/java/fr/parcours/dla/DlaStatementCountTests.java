package fr.parcours.dla;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.DlaJourney;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.SentStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL statements sent to PostgreSQL for one accompaniment along the whole individual path (the benchmark's
 * work: 18 user tasks, one ingénierie, two follow-ups), per main step, may not creep up: the limits are the counts
 * measured when the throughput was last tuned (README, "Performance"). Lower them when a change sends fewer; a
 * change that needs more must say why there. Transaction control (BEGIN, COMMIT) counts too.
 */
@ParcoursIntegrationTest
class DlaStatementCountTests {

    // Measured with the task mails (one outbox row per member of the task's group: the count grows a little with
    // the officers other tests add to department 06, hence some margin): 320 / 512 / 185 alone since the app's task
    // completion runs without the engine's per-statement checks (identity/TaskWork, docs/performance.md);
    // 398 / 642 / 211 before, 437 for the first step in the whole suite.
    /** Open the case, then intake to the comité's opinion: 6 user tasks. */
    static final int TO_COMMITTEE = 375;
    /** One ingénierie, from its cahier des charges to the officer's assessment: 10 user tasks. */
    static final int ENGINEERING = 570;
    /** Two follow-up timers and their follow-ups: 2 user tasks, then the case closes. */
    static final int FOLLOW_UPS = 210;
    static final int USER_TASKS = 18;

    @Autowired
    DlaJourney journey;

    @Test
    void oneAccompanimentSendsNoMoreStatementsThanMeasured() {
        // A first journey creates the consultants the selection uses and fills the engine's caches.
        drive(journey);

        int toCommittee;
        int engineering;
        int followUps;
        try (SentStatements sent = SentStatements.count()) {
            Accompaniment accompaniment = journey.throughCommittee(1);
            toCommittee = sent.sent();
            journey.throughEngineering(accompaniment);
            engineering = sent.sent() - toCommittee;
            journey.followUp(accompaniment, null);
            journey.followUp(accompaniment, null);
            followUps = sent.sent() - toCommittee - engineering;
        }

        assertThat(toCommittee).as("statements to the comité's opinion").isBetween(USER_TASKS, TO_COMMITTEE);
        assertThat(engineering).as("statements of one ingénierie").isBetween(USER_TASKS, ENGINEERING);
        assertThat(followUps).as("statements of the two follow-ups").isBetween(2, FOLLOW_UPS);
        assertThat((toCommittee + engineering + followUps) / (double) USER_TASKS).as("statements per completed task")
                .isLessThanOrEqualTo((TO_COMMITTEE + ENGINEERING + FOLLOW_UPS) / (double) USER_TASKS);
    }

    private static void drive(DlaJourney journey) {
        Accompaniment accompaniment = journey.throughCommittee(1);
        journey.throughEngineering(accompaniment);
        journey.followUp(accompaniment, null);
        journey.followUp(accompaniment, null);
    }
}
