package fr.parcours.identity;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserScopeRepository extends JpaRepository<UserScope, String> {
}
