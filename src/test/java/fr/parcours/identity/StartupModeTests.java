package fr.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class StartupModeTests {

    @Test
    void theEmbeddedDatabaseWithoutProdProfileIsDemoMode() {
        assertThat(new StartupMode(new MockEnvironment()).isDemo()).isTrue();
    }

    @Test
    void anExternalDatabaseRequiresTheFirstAdministratorsCredentials() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/parcours");

        assertThatThrownBy(() -> new StartupMode(external))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PARCOURS_ADMIN_USER");
    }

    @Test
    void theProdProfileIsNeverDemoMode() {
        MockEnvironment prod = new MockEnvironment()
                .withProperty("parcours.admin.username", "admin")
                .withProperty("parcours.admin.password", "Une-phrase-de-passe-longue");
        prod.setActiveProfiles("prod");

        assertThat(new StartupMode(prod).isDemo()).isFalse();
    }

    @Test
    void aMissingShortOrWellKnownPasswordIsRefused() {
        assertThatThrownBy(() -> StartupMode.checkAdminCredentials("admin", ""))
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> StartupMode.checkAdminCredentials("admin", "short-pw"))
                .hasMessageContaining("known default or shorter");
        assertThatThrownBy(() -> StartupMode.checkAdminCredentials("admin", DemoUsers.PASSWORD))
                .hasMessageContaining("known default");
        assertThatThrownBy(() -> StartupMode.checkAdminCredentials("admin", "123456789012"))
                .hasMessageContaining("known default");
    }

    @Test
    void aPasswordThePolicyWouldRefuseAtCreationIsRefusedAtStart() {
        assertThatThrownBy(() -> StartupMode.checkAdminCredentials("gestionnaire", "mot-de-passe-gestionnaire"))
                .hasMessageContaining("contains the user name");
        assertThatThrownBy(() -> StartupMode.checkAdminCredentials("admin", "mon-parcours-secret"))
                .hasMessageContaining("contains the user name");
        assertThatThrownBy(() -> StartupMode.checkAdminCredentials("root", "é".repeat(40)))
                .hasMessageContaining("72 bytes");
    }

    @Test
    void aStrongPasswordIsAccepted() {
        StartupMode.checkAdminCredentials("admin", "correct-horse-battery-staple");
    }
}
