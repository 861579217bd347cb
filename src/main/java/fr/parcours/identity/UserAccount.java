package fr.parcours.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person as the app's administration knows them, next to Camunda's user: their role, the organisation they
 * work for, whether they may log in and whether they must choose a new password first. Never deleted.
 * Users created before (demo users, the first administrator) have no row: active, nothing to change.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private String userId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long employerOrganisationId;
    private boolean active = true;
    private boolean passwordChangeRequired;
    private Instant createdAt = Instant.now();
    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String userId, Role role, Long employerOrganisationId) {
        this.userId = userId;
        this.role = role;
        this.employerOrganisationId = employerOrganisationId;
    }

    void assign(Role newRole, Long employer) {
        this.role = newRole;
        this.employerOrganisationId = employer;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setPasswordChangeRequired(boolean required) {
        this.passwordChangeRequired = required;
    }

    public String getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }

    public Long getEmployerOrganisationId() {
        return employerOrganisationId;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
