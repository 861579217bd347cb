package fr.parcours.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursServerTest;
import fr.parcours.support.Scenario;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Through the real server (Tomcat parses multipart requests, MockMvc does not): a file beyond Spring's own multipart
 * limit gets the upload form back with the French message, never a 500, and nothing is stored.
 */
@ParcoursServerTest
class UploadLimitServerTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFileBeyondTheMultipartLimitGetsTheFrenchMessageAndNothingIsStored() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        logIn(DemoUsers.OFFICER_NICE);
        String token = csrf(get("/case-files/cases/" + accompaniment.getId()).body());
        byte[] tooBig = new byte[23 * 1024 * 1024];
        byte[] pdf = SampleFiles.pdf("Trop gros");
        System.arraycopy(pdf, 0, tooBig, 0, pdf.length);

        for (boolean htmx : new boolean[] {true, false}) {
            HttpRequest.Builder upload = HttpRequest.newBuilder(uri("/case-files/cases/" + accompaniment.getId()
                            + "/documents"))
                    .header("Content-Type", "multipart/form-data; boundary=limite")
                    .header("X-CSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(tooBig)));
            if (htmx) {
                upload.header("HX-Request", "true");
            }
            HttpResponse<String> response = http.send(upload.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("htmx " + htmx).isEqualTo(200);
            assertThat(response.body()).contains("Ce fichier dépasse 20 Mo", "is-invalid");
        }
        assertThat(jdbc.queryForObject("select count(*) from case_document where case_type = 'ACCOMPANIMENT'"
                + " and case_id = ?", Integer.class, accompaniment.getId())).isZero();
    }

    private void logIn(String user) throws Exception {
        String token = csrf(get("/login").body());
        String form = "username=" + user + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static byte[] multipart(byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = """
                --limite\r
                Content-Disposition: form-data; name="type"\r
                \r
                SIGNED_PV\r
                --limite\r
                Content-Disposition: form-data; name="title"\r
                \r
                PV\r
                --limite\r
                Content-Disposition: form-data; name="file"; filename="pv.pdf"\r
                Content-Type: application/pdf\r
                \r
                """;
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes("\r\n--limite--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
