package fr.parcours.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>,
        JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findBySiret(String siret);

    boolean existsBySiret(String siret);

    @Query("select distinct new fr.parcours.organisation.Territory(o.departmentCode, o.regionCode) from Organisation o")
    List<Territory> findTerritories();

    Optional<Organisation> findByName(String name);

    List<Organisation> findByKindAndDepartmentCodeOrderByName(OrganisationKind kind, String departmentCode);

    List<Organisation> findByKindOrderByName(OrganisationKind kind);
}
