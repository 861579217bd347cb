package fr.parcours.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prestataire pool (docs/domain.md, "Going live"): consultant organisations with a {@link ConsultantProfile}.
 * An appel à compétences draws its candidates from the firms covering the case's region, optionally filtered by a
 * domain of competence; a consultant organisation without a profile is not offered.
 */
@Service
public class ConsultantPool {

    private final ConsultantProfileRepository profiles;

    ConsultantPool(ConsultantProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** The pool's firms covering this region, by name; {@code domain} null for every domain. */
    @Transactional(readOnly = true)
    public List<Organisation> candidates(String regionCode, CompetenceDomain domain) {
        return domain == null ? profiles.firmsCovering(regionCode) : profiles.firmsCovering(regionCode, domain);
    }

    @Transactional(readOnly = true)
    public Optional<ConsultantProfile> profile(long organisationId) {
        return profiles.findById(organisationId);
    }

    /** Puts a consultant organisation in the pool or changes its profile; the caller audits the change. */
    @Transactional
    public ConsultantProfile save(ConsultantProfile profile) {
        return profiles.save(profile);
    }
}
