package fr.parcours.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
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

    static MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
