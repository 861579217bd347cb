package fr.parcours.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findBySiret(String siret);

    Optional<Organisation> findByName(String name);

    List<Organisation> findByKindAndDepartmentCodeOrderByName(OrganisationKind kind, String departmentCode);

    List<Organisation> findByKindOrderByName(OrganisationKind kind);
}
