package fr.parcours.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultantProfileRepository extends JpaRepository<ConsultantProfile, Long> {

    @Query("select o from Organisation o, ConsultantProfile p where p.organisationId = o.id"
            + " and o.kind = fr.parcours.organisation.OrganisationKind.CONSULTANT"
            + " and :regionCode member of p.regionCodes order by o.name")
    List<Organisation> firmsCovering(String regionCode);

    @Query("select o from Organisation o, ConsultantProfile p where p.organisationId = o.id"
            + " and o.kind = fr.parcours.organisation.OrganisationKind.CONSULTANT"
            + " and :regionCode member of p.regionCodes and :domain member of p.domains order by o.name")
    List<Organisation> firmsCovering(String regionCode, CompetenceDomain domain);
}
