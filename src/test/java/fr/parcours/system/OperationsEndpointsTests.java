package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Metrics for Prometheus (administrators only, HTTP Basic) and a request id on every request. */
@ParcoursIntegrationTest
class OperationsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void prometheusGetsTheEngineFiguresAsAnAdministrator() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic(DemoUsers.ADMIN, DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("parcours_engine_incidents_open", "parcours_engine_jobs_due",
                "parcours_engine_jobs_successful_total", "hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Test
    void metricsAreRefusedToAnyoneElse() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(DemoUsers.OFFICER_NICE, DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(DemoUsers.ADMIN, "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void everyResponseCarriesItsRequestIdAndKeepsAProxysOwn() throws Exception {
        String generated = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader(RequestIdFilter.HEADER);
        assertThat(generated).matches("[0-9a-f-]{36}");
        mvc.perform(get("/login").header(RequestIdFilter.HEADER, "proxy-1234abcd"))
                .andExpect(header().string(RequestIdFilter.HEADER, "proxy-1234abcd"));
        mvc.perform(get("/login").header(RequestIdFilter.HEADER, "bad id\r\nInjected: yes"))
                .andExpect(header().string(RequestIdFilter.HEADER, org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void theRequestIdIsInTheLoggingContextDuringTheRequestOnly() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestIdFilter.HEADER, "trace-abcdef12");
        new RequestIdFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(MDC.get(RequestIdFilter.MDC_KEY));
            }
        });
        assertThat(seen.get()).isEqualTo("trace-abcdef12");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }
}
