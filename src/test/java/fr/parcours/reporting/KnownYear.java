package fr.parcours.reporting;

import static java.time.LocalDate.of;

import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.reporting.demo.CaseRecord;
import fr.parcours.reporting.demo.CaseRecord.FollowUp;
import fr.parcours.reporting.demo.CaseRecord.Mission;
import fr.parcours.reporting.demo.FinishedCases;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year of DLA activity whose every figure is known (2071, in a region and departments of their own, so that no
 * other test's data mingles): five structures, six cases in the region and one outside it, a collective.
 * The expected figures are written out in {@link AnnualReportTests}.
 */
@Component
public class KnownYear {

    public static final int YEAR = 2071;
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1000));

    /** The codes of one built year: its region, its two departments, and another region. */
    public record Codes(String region, String d1, String d2, String otherRegion, String otherDepartment) {
    }

    private final OrganisationRepository organisations;
    private final FinishedCases cases;
    private final JdbcClient jdbc;

    KnownYear(OrganisationRepository organisations, FinishedCases cases, JdbcClient jdbc) {
        this.organisations = organisations;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    public Codes build() {
        int n = SEQUENCE.incrementAndGet() % 1000;
        Codes codes = new Codes("r" + Integer.toString(n, 36), "a" + Integer.toString(n, 36),
                "b" + Integer.toString(n, 36), "s" + Integer.toString(n, 36), "c" + Integer.toString(n, 36));
        long o1 = structure(codes.region(), codes.d1(), "Association", 0, "88.99B", true);
        long o2 = structure(codes.region(), codes.d1(), "SCIC", 5, "94.99Z", false);
        long o3 = structure(codes.region(), codes.d2(), "SARL", 12, "47.91B", true);
        long o4 = structure(codes.region(), codes.d2(), "Association", null, null, false);
        long o5 = structure(codes.region(), codes.d1(), "GIP", 60, "84.11Z", false);
        long o6 = structure(codes.otherRegion(), codes.otherDepartment(), "Association", 3, "88.99B", true);

        // C1: the whole path within the year.
        cases.record(new CaseRecord(o1, codes.d1(), of(2071, 1, 10), of(2071, 1, 20), false, of(2071, 3, 1),
                of(2071, 3, 15), of(2071, 4, 10),
                List.of(new Mission(of(2071, 5, 1), of(2071, 9, 1), 5, 4, 3, of(2071, 9, 10))),
                List.of(new FollowUp(of(2071, 11, 10), 2, 1, new BigDecimal("15000.50"))), of(2071, 12, 1)));
        // C2: referred at the accueil.
        cases.record(new CaseRecord(o2, codes.d1(), of(2071, 2, 1), of(2071, 2, 11), true, null, null, null,
                List.of(), List.of(), null));
        // C3: asked the year before, two missions, the second still running (satisfaction the year after).
        cases.record(new CaseRecord(o3, codes.d2(), of(2070, 12, 15), of(2071, 1, 4), false, of(2071, 2, 3),
                of(2071, 2, 20), of(2071, 3, 5),
                List.of(new Mission(of(2071, 4, 1), of(2071, 7, 1), 4, 4, 4, of(2071, 7, 5)),
                        new Mission(of(2071, 4, 15), of(2072, 1, 10), 5, 5, 5, null)), List.of(), null));
        // C4: a request not yet decided.
        cases.record(new CaseRecord(o4, codes.d2(), of(2071, 6, 1), null, false, null, null, null, List.of(),
                List.of(), null));
        // C5: accepted late in the year, diagnostic the year after.
        cases.record(new CaseRecord(o1, codes.d1(), of(2071, 11, 20), of(2071, 12, 5), false, of(2072, 1, 10),
                null, null, List.of(), List.of(), null));
        // C6: everything the year before but the two follow-ups and the closure.
        cases.record(new CaseRecord(o5, codes.d1(), of(2070, 3, 1), of(2070, 3, 11), false, of(2070, 4, 20),
                of(2070, 5, 1), of(2070, 5, 20),
                List.of(new Mission(of(2070, 6, 1), of(2070, 10, 1), 1, 1, 1, of(2070, 10, 10))),
                List.of(new FollowUp(of(2071, 4, 10), 1, 0, new BigDecimal("2000.00")),
                        new FollowUp(of(2071, 10, 10), 0, 2, BigDecimal.ZERO)), of(2071, 10, 10)));
        // C7: another region's case, never in this region's figures.
        cases.record(new CaseRecord(o6, codes.otherDepartment(), of(2071, 3, 1), of(2071, 3, 5), false,
                of(2071, 4, 1), null, null, List.of(), List.of(new FollowUp(of(2071, 5, 1), 9, 9,
                new BigDecimal("999.00"))), null));
        collective(codes.region(), o5, o2, o3);
        return codes;
    }

    private long structure(String region, String department, String legalForm, Integer employees, String naf,
                           boolean qpv) {
        int n = SEQUENCE.incrementAndGet();
        Organisation organisation = new Organisation("Structure rapport " + n, Scenario.validSiret(7_000_000_000L + n),
                legalForm, OrganisationKind.STRUCTURE, "Ville " + n, department, region)
                .withActivity("Médiation sociale", employees, 0)
                .withCodes(naf == null ? null : NafCode.parse(naf), qpv);
        return organisations.save(organisation).getId();
    }

    /** A collective of the region: o5 joined in the year, o2 the year before, o3 only invited. */
    private void collective(String region, long joined, long joinedBefore, long invited) {
        long id = jdbc.sql("""
                        insert into collective_accompaniment (business_key, title, region_code, planned_months,
                            start_date, phase, created_by) values (?, 'Collectif test', ?, 6, ?, 'WORK', 'test')
                        returning id""")
                .params("COL-TEST-" + SEQUENCE.incrementAndGet() + "-" + region, region, of(2071, 1, 1))
                .query(Long.class).single();
        participation(id, joined, "PARTICIPATING", of(2071, 2, 1));
        participation(id, joinedBefore, "PARTICIPATING", of(2070, 11, 1));
        participation(id, invited, "INVITED", null);
    }

    private void participation(long collective, long organisation, String status, java.time.LocalDate joinedOn) {
        jdbc.sql("""
                insert into collective_participation (collective_id, organisation_id, status, joined_on)
                values (?, ?, ?, ?)""").params(collective, organisation, status, joinedOn).update();
    }
}
