package fr.parcours.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, String> {

    List<UserAccount> findByEmployerOrganisationIdAndRole(long employerOrganisationId, Role role);
}
