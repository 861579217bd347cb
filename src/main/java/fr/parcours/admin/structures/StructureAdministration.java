package fr.parcours.admin.structures;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.SiretTakenException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structures an administrator registers and corrects (outside an intake), each write with an audit record of
 * case type {@value #CASE_TYPE} in its transaction. A SIRET is registered once: a second one is refused.
 */
@Service
public class StructureAdministration {

    /** Audit records about an organisation carry this case type and the organisation's id. */
    public static final String CASE_TYPE = "ORGANISATION";
    public static final int PAGE_SIZE = 50;

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StructureAdministration(OrganisationRepository organisations, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Organisation> search(StructureSearch search, int page) {
        return organisations.findAll(search.toSpecification(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id")));
    }

    /** A structure by id; anything else (a consultant, an operator, nothing) is a 404. */
    @Transactional(readOnly = true)
    public Organisation structure(long id) {
        return organisations.findById(id).filter(o -> o.getKind() == OrganisationKind.STRUCTURE)
                .orElseThrow(() -> new CaseNotFoundException(id));
    }

    /** The organisation already registered with this SIRET, if any. */
    @Transactional(readOnly = true)
    public Optional<Organisation> withSiret(String siret) {
        return organisations.findBySiret(siret);
    }

    @Transactional
    public Organisation create(StructureDetails details, String administrator) {
        if (organisations.existsBySiret(details.siret())) {
            throw new SiretTakenException(details.siret());
        }
        Organisation created = organisations.save(details.toOrganisation());
        publish(created.getId(), "structure-created", administrator);
        return created;
    }

    @Transactional
    public Organisation update(long id, StructureDetails details, String administrator) {
        Organisation structure = structure(id);
        organisations.findBySiret(details.siret()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new SiretTakenException(details.siret());
        });
        details.applyTo(structure);
        publish(id, "structure-updated", administrator);
        return structure;
    }

    private void publish(long id, String action, String administrator) {
        events.publishEvent(new CaseEvent(CASE_TYPE, id, action, administrator, clock.instant(), ""));
    }
}
