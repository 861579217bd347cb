package fr.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.parcours.support.ParcoursIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The form login's allowance per client address (the request's remote address). */
@ParcoursIntegrationTest
class LoginThrottleTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    LoginProperties properties;
    @Autowired
    LoginThrottle throttle;

    @Test
    void failuresFromOneAddressRefuseItsNextLoginsButNotOtherAddresses() throws Exception {
        String officer = "address-" + System.nanoTime();
        accounts.createIfMissing(officer, "Test", "Adresse", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "93", "06"));
        for (long i = 0; i <= properties.perAddress().attempts(); i++) {
            mvc.perform(login("guess-" + System.nanoTime(), PASSWORD, "192.0.2.10"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login(officer, PASSWORD, "192.0.2.10"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(login(officer, PASSWORD, "192.0.2.11"))
                .andExpect(redirectedUrl("/"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(officer));
    }

    @Test
    void aSuccessfulLoginGivesItsAttemptBack() throws Exception {
        String officer = "office-" + System.nanoTime();
        accounts.createIfMissing(officer, "Test", "Bureau", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(officer, "93", "06"));

        // A whole office behind one address logs in all day without spending the address's allowance.
        for (long i = 0; i <= properties.perAddress().attempts() + 2; i++) {
            mvc.perform(login(officer, PASSWORD, "192.0.2.20")).andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void loginsBeingCheckedAtOnceFromOneAddressAreNotFailures() {
        // A training room behind one address: more people than the allowance log in within the same second.
        // While their passwords are being checked, none of them has failed, so none is refused for the others.
        String address = "198.51.100." + (1 + System.nanoTime() % 250);
        List<LoginThrottle.Attempt> atOnce = new ArrayList<>();
        for (long i = 0; i <= properties.perAddress().attempts() + 5; i++) {
            Optional<LoginThrottle.Attempt> attempt = throttle.begin(address, "room-" + i + "-" + System.nanoTime());
            assertThat(attempt).as("attempt %d", i).isPresent();
            atOnce.add(attempt.get());
        }
        // Failures still count: had all of them failed at once, the address's next attempts are refused.
        atOnce.forEach(LoginThrottle.Attempt::failed);
        assertThat(throttle.begin(address, "room-late")).isEmpty();
    }

    static MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
