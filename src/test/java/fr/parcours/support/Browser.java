package fr.parcours.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A minimal HTTP user agent with cookies: logs in through the real form and follows the CSRF token. */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private final String clientAddress;

    public Browser(int port) {
        this(port, null);
    }

    /**
     * A user agent at {@code clientAddress}, as a reverse proxy in front of the app would say with
     * X-Forwarded-For (tests trust it: server.forward-headers-strategy=native in application-test.yml).
     */
    public Browser(int port, String clientAddress) {
        this("http://localhost:" + port, new CookieManager(), clientAddress);
    }

    private Browser(String base, CookieManager cookies, String clientAddress) {
        this.base = base;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.clientAddress = clientAddress;
    }

    /** The same user agent, with its cookies (its session), talking to the server on another port: another node. */
    public Browser at(int port) {
        return new Browser("http://localhost:" + port, cookies, clientAddress);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<String> getWithBasic(String path, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token).GET().build());
    }

    /** Any method with a JSON body (or none), with HTTP Basic credentials, as REST clients call Camunda's API. */
    public HttpResponse<String> sendWithBasic(String method, String path, String json, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(json(method, path, json).header("Authorization", "Basic " + token).build());
    }

    /** Any method with a JSON body (or none) in the logged-in session, with these extra headers. */
    public HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = json(method, path, json);
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The value of a cookie the server set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder json(String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    public HttpResponse<String> postJsonWithBasic(String path, String json, String user, String password) {
        return sendWithBasic("POST", path, json, user, password);
    }

    /** Posts a form found at {@code formPage} (to take its CSRF token) to {@code action}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token.find()) {
            all.put("_csrf", token.group(1));
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> login(String user, String password) {
        return submit("/login", "/login", Map.of("username", user, "password", password));
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (clientAddress != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("X-Forwarded-For", clientAddress).build();
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
