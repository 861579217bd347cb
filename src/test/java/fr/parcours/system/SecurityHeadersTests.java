package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;


/** The app's pages forbid inline and foreign scripts, and say so in headers a browser enforces. */
@ParcoursIntegrationTest
class SecurityHeadersTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+=\"|javascript:", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void everyAppPageCarriesTheContentSecurityAndPermissionsPolicies() throws Exception {
        for (String path : List.of("/login", "/")) {
            mvc.perform(get(path).with(logins.as(DemoUsers.OFFICER_NICE)))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
                    .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                    .andExpect(header().string("Referrer-Policy", "same-origin"));
        }
    }

    @Test
    void noTemplateHoldsAnInlineScriptOrEventHandler() throws Exception {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offending = templates.filter(path -> path.toString().endsWith(".html"))
                    .filter(path -> INLINE_SCRIPT.matcher(read(path)).find())
                    .map(Path::toString).toList();
            assertThat(offending).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
