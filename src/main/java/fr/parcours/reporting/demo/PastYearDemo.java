package fr.parcours.reporting.demo;

import fr.parcours.audit.CaseEvent;
import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Siret;
import fr.parcours.reporting.demo.CaseRecord.FollowUp;
import fr.parcours.reporting.demo.CaseRecord.Mission;
import fr.parcours.reporting.demo.PastYearStructures.Structure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of finished accompaniments in Alpes-Maritimes (06) and Nord (59), so that the annual report has figures:
 * fifteen cases a department, asked between 25 and 15 months ago, through every phase (a few referred at the accueil,
 * a few without ingénierie, some with two), each closed after a follow-up with its figures. Written straight into the
 * app's tables ({@link FinishedCases}), with the audit trail of each case ({@link FinishedCaseTrail}), in one
 * transaction, once (a {@code demo_seed} row).
 */
@Component
public class PastYearDemo {

    static final String SEED_NAME = "reporting-past-year";
    /** Claimed with the cases; on a database seeded before the cases had their audit trail, claimed to add it. */
    static final String TRAIL_SEED_NAME = "reporting-past-year-trail";
    static final List<String> DEPARTMENTS = List.of("06", "59");
    static final int CASES_PER_DEPARTMENT = 15;
    private static final String MISSING_TRAILS = """
            select a.id from accompaniment a
             where a.process_instance_id is null and a.created_by = ? and a.department_code = any (?)
               and not exists (select 1 from audit_record r where r.case_type = ? and r.case_id = a.id)
             order by a.id""";

    private final JdbcTemplate jdbc;
    private final OrganisationRepository organisations;
    private final FinishedCases cases;
    private final FinishedCaseTrail trail;
    private final Clock clock;

    PastYearDemo(JdbcTemplate jdbc, OrganisationRepository organisations, FinishedCases cases, FinishedCaseTrail trail,
                 Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.cases = cases;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Seeds the past year unless done already; a past year seeded before its cases had an audit trail gets it now,
     * once. Two nodes starting together: the second waits on the first one's claims, then finds them taken.
     */
    @Transactional
    public boolean seedOnce() {
        boolean trailToAdd = claim(TRAIL_SEED_NAME);
        if (!claim(SEED_NAME)) {
            if (trailToAdd) {
                addMissingTrails(DEPARTMENTS);
            }
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        seed("06", "93", PastYearStructures.ALPES_MARITIMES, today, 61_000);
        seed("59", "32", PastYearStructures.NORD, today, 62_000);
        return true;
    }

    /** The structures (created unless they exist) and their cases; {@code sirets} numbers their SIRETs. */
    @Transactional
    public List<Long> seed(String department, String region, List<Structure> structures, LocalDate today,
                           long sirets) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < structures.size(); i++) {
            ids.add(structure(structures.get(i), department, region, sirets + i).getId());
        }
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < CASES_PER_DEPARTMENT; i++) {
            CaseRecord record = history(ids.get(i % ids.size()), department, today.minusMonths(25).plusDays(20L * i), i);
            if (record.closedOn() == null || !record.closedOn().isAfter(today)) {
                long id = cases.record(record);
                trail.publish(id);
                recorded.add(id);
            }
        }
        return recorded;
    }

    /** Publishes the trail of the finished cases of these departments that have no audit record; returns them. */
    @Transactional
    List<Long> addMissingTrails(List<String> departments) {
        List<Long> ids = jdbc.queryForList(MISSING_TRAILS, Long.class, FinishedCases.WHO,
                departments.toArray(String[]::new), CaseEvent.ACCOMPANIMENT);
        ids.forEach(trail::publish);
        return ids;
    }

    private boolean claim(String seed) {
        return jdbc.update("insert into demo_seed (name) values (?) on conflict do nothing", seed) == 1;
    }

    /** The i-th case's days: every seventh referred, every seventh without ingénierie, every fourth with two. */
    static CaseRecord history(long organisation, String department, LocalDate requested, int i) {
        LocalDate decided = requested.plusDays(8 + i % 5 * 3L);
        if (i % 7 == 3) {
            return new CaseRecord(organisation, department, requested, decided, true, null, null, null, List.of(),
                    List.of(), null);
        }
        LocalDate diagnostic = decided.plusDays(30 + i % 4 * 10L);
        LocalDate plan = diagnostic.plusDays(14);
        LocalDate committee = plan.plusDays(21 + i % 3 * 7L);
        List<Mission> missions = new ArrayList<>();
        LocalDate lastAssessed = committee;
        int count = i % 7 == 5 ? 0 : i % 4 == 0 ? 2 : 1;
        for (int m = 0; m < count; m++) {
            LocalDate launched = committee.plusDays(30 + m * 14L);
            LocalDate assessed = launched.plusDays(75 + i % 4 * 15L);
            missions.add(new Mission(launched, assessed.minusDays(5), 3 + (i + m) % 3, 4 + (i % 2), 3 + m, assessed));
            lastAssessed = assessed.isAfter(lastAssessed) ? assessed : lastAssessed;
        }
        LocalDate followUp = lastAssessed.plusDays(120);
        return new CaseRecord(organisation, department, requested, decided, false, diagnostic, plan, committee,
                missions, List.of(new FollowUp(followUp, i % 3, i % 2, BigDecimal.valueOf(5_000L * (i % 4)))), followUp);
    }

    private Organisation structure(Structure structure, String department, String region, long number) {
        return organisations.findByName(structure.name()).orElseGet(() -> organisations.save(new Organisation(
                structure.name(), siret(number), structure.legalForm(), OrganisationKind.STRUCTURE, structure.city(),
                department, region)
                .withActivity(null, structure.employees(), structure.employees() > 3 ? 1 : 0)
                .withCodes(NafCode.parse(structure.naf()), structure.qpv())
                .withOutlook(structure.legalForm().startsWith("SA"), structure.employees() == 0)));
    }

    /** A valid SIRET (Luhn) in a range no real demo organisation uses. */
    static String siret(long number) {
        String base = "%013d".formatted(8_800_000_000_000L + number);
        for (int check = 0; check < 10; check++) {
            if (Siret.isValid(base + check)) {
                return base + check;
            }
        }
        throw new IllegalStateException("No SIRET check digit for " + base);
    }
}
