package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** One database role for serving and owning the schema: tolerated with a warning, in prod only when said so. */
class DatabaseRolesTests {

    @Test
    void prodRefusesARoleThatCanRewriteTheAuditTrail() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> new DatabaseRoles(null, prod).singleRole("parcours"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PARCOURS_DB_OWNER_USERNAME").hasMessageContaining("PARCOURS_AUDIT_SINGLE_ROLE");
    }

    @Test
    void prodAcceptsItWhenToldAndOtherModesWarn() {
        MockEnvironment prod = new MockEnvironment().withProperty("parcours.audit.single-role", "true");
        prod.setActiveProfiles("prod");

        assertThatCode(() -> new DatabaseRoles(null, prod).singleRole("parcours")).doesNotThrowAnyException();
        assertThatCode(() -> new DatabaseRoles(null, new MockEnvironment()).singleRole("postgres"))
                .doesNotThrowAnyException();
    }
}
