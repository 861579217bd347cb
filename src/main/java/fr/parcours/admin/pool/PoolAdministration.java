package fr.parcours.admin.pool;

import fr.parcours.admin.structures.StructureAdministration;
import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.UserNames;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.SiretTakenException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prestataire pool as administrators keep it: consultant organisations with their profile (domains, regions
 * covered, day rate, contact), each write audited. A firm's page adds its consultants and its past missions.
 */
@Service
public class PoolAdministration {

    /** A consultant organisation and its profile (absent: not in the pool, never offered to a preselection). */
    public record Firm(Organisation organisation, Optional<ConsultantProfile> profile) {
    }

    private final OrganisationRepository organisations;
    private final ConsultantPool pool;
    private final JdbcClient jdbc;
    private final UserNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PoolAdministration(OrganisationRepository organisations, ConsultantPool pool, JdbcClient jdbc, UserNames names,
                       ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.pool = pool;
        this.jdbc = jdbc;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Firm> firms() {
        return organisations.findByKindOrderByName(OrganisationKind.CONSULTANT).stream()
                .map(firm -> new Firm(firm, pool.profile(firm.getId()))).toList();
    }

    /** A consultant organisation by id; anything else is a 404. */
    @Transactional(readOnly = true)
    public Firm firm(long id) {
        Organisation firm = organisations.findById(id).filter(o -> o.getKind() == OrganisationKind.CONSULTANT)
                .orElseThrow(() -> new CaseNotFoundException(id));
        return new Firm(firm, pool.profile(id));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> withSiret(String siret) {
        return organisations.findBySiret(siret);
    }

    @Transactional
    public Organisation create(FirmDetails details, String administrator) {
        if (organisations.existsBySiret(details.siret())) {
            throw new SiretTakenException(details.siret());
        }
        Organisation firm = organisations.save(new Organisation(details.name(), details.siret(),
                details.legalForm().stored(), OrganisationKind.CONSULTANT, details.city(),
                details.territory().departmentCode(), details.territory().regionCode()));
        pool.save(describe(new ConsultantProfile(firm.getId()), details));
        publish(firm.getId(), "prestataire-created", administrator);
        return firm;
    }

    @Transactional
    public void update(long id, FirmDetails details, String administrator) {
        Firm firm = firm(id);
        organisations.findBySiret(details.siret()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new SiretTakenException(details.siret());
        });
        firm.organisation().describe(details.name(), details.siret(), details.legalForm().stored(), details.city(),
                details.territory());
        pool.save(describe(firm.profile().orElseGet(() -> new ConsultantProfile(id)), details));
        publish(id, "prestataire-updated", administrator);
    }

    /** The firm's consultants (people scoped to it) and the individual and collective missions it was chosen for. */
    @Transactional(readOnly = true)
    public FirmRecord record(long id) {
        firm(id);
        List<String> userIds = jdbc.sql("select user_id from user_scope where organisation_id = ?").param(id)
                .query(String.class).list();
        Map<String, String> fullNames = names.of(userIds);
        List<FirmRecord.Consultant> consultants = userIds.stream()
                .map(userId -> new FirmRecord.Consultant(userId, fullNames.getOrDefault(userId, userId)))
                .sorted(Comparator.comparing(FirmRecord.Consultant::name)).toList();
        List<FirmRecord.Mission> missions = jdbc.sql("""
                        select a.id, a.business_key, s.name, m.status, r.total_days, f.quality, f.listening,
                               f.usefulness, f.recorded_at
                          from engineering_mission m
                          join accompaniment a on a.id = m.accompaniment_id
                          join organisation s on s.id = a.organisation_id
                          left join mission_end_report r on r.mission_id = m.id
                          left join mission_satisfaction f on f.mission_id = m.id
                         where m.consultant_organisation_id = ?
                         order by a.created_at desc, m.id desc""").param(id)
                .query((rs, n) -> new FirmRecord.Mission(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getObject(6, Integer.class),
                        rs.getObject(7, Integer.class), rs.getObject(8, Integer.class),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant())).list();
        List<FirmRecord.Collective> collectives = jdbc.sql("""
                        select id, business_key, title, region_code from collective_accompaniment
                         where consultant_organisation_id = ? order by start_date desc""").param(id)
                .query((rs, n) -> new FirmRecord.Collective(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
        return new FirmRecord(consultants, missions, collectives);
    }

    private ConsultantProfile describe(ConsultantProfile profile, FirmDetails details) {
        return profile.describe(details.domains(), details.regionCodes(), details.dayRate(), details.contact(),
                clock.instant());
    }

    private void publish(long id, String action, String administrator) {
        events.publishEvent(new CaseEvent(StructureAdministration.CASE_TYPE, id, action, administrator,
                clock.instant(), ""));
    }
}
