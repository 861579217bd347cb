package fr.parcours.council.demo;

import fr.parcours.council.CouncilRepository;
import fr.parcours.council.demo.DemoCycles.HeldMeetings;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo life of one council, recorded by its facilitator through the real process and services: a draw, two
 * completed cycles and the current one, civic life, other activities, over the last five months.
 */
@Component
public class CouncilLife {

    private final JdbcTemplate jdbc;
    private final CouncilRepository councils;
    private final Scopes scopes;
    private final DemoDrawAndActivities records;
    private final DemoCycles cycles;
    private final DemoCivicLife civic;
    private final Clock clock;

    CouncilLife(JdbcTemplate jdbc, CouncilRepository councils, Scopes scopes, DemoDrawAndActivities records,
                DemoCycles cycles, DemoCivicLife civic, Clock clock) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.scopes = scopes;
        this.records = records;
        this.cycles = cycles;
        this.civic = civic;
        this.clock = clock;
    }

    /** The {@code demo_seed} row that marks this council's life as seeded. */
    public static String seedName(long councilId) {
        return "council-life-" + councilId;
    }

    /**
     * Seeds the council's life unless a node already did: the seed's row is claimed first, in this transaction, so a
     * concurrent node waits on it and then skips, and a failure leaves neither the row nor any half-told story. The
     * facilitator must already be assigned to the council, which must have members of both colleges.
     */
    @Transactional
    public boolean seedOnce(long councilId, String facilitator) {
        councils.findById(councilId).orElseThrow();
        if (jdbc.update("insert into demo_seed (name) values (?) on conflict do nothing", seedName(councilId)) == 0) {
            return false;
        }
        LifeCalendar days = new LifeCalendar(LocalDate.now(clock));
        UserScope scope = scopes.of(facilitator);
        records.recordDraw(councilId, facilitator, scope, days);
        HeldMeetings meetings = cycles.run(councilId, facilitator, days);
        civic.record(councilId, meetings, facilitator, scope, days);
        records.recordOtherActivities(councilId, facilitator, scope, days);
        return true;
    }
}
