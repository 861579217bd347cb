package fr.parcours.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an end-to-end test reads in the server's HTML: redirects, links, choices and field errors. */
final class Pages {

    /** A row of the task list: its task id and everything it shows (case reference, organisation…). */
    private static final Pattern TASK_LINK = Pattern.compile("<tr[^>]*data-task-id=\"([^\"]+)\"[^>]*>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern ANY_TASK_LINK = Pattern.compile("href=\"/tasks/([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern ERROR = Pattern.compile(
            "class=\"(?:invalid-feedback|alert alert-danger)\"[^>]*>([^<]+)<");

    private Pages() {
    }

    /** The path (and query) a redirect points to, whether the server wrote it relative or absolute. */
    static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("No redirect (HTTP " + response.statusCode() + "): " + errorsOf(response.body())));
        URI uri = URI.create(location);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Posts a form and expects the redirect to {@code successPage}, which then shows the success message. */
    static void submitExpecting(Browser browser, String form, Map<String, String> fields, String successPage) {
        HttpResponse<String> response = browser.submit(form, form, fields);
        assertThat(response.statusCode()).as("POST %s: %s", form, errorsOf(response.body())).isEqualTo(302);
        assertThat(location(response)).isEqualTo(successPage);
        assertThat(browser.get(successPage).body()).contains("alert alert-success");
    }

    /** The field and form errors a form page shows, to explain a refused submission. */
    static List<String> errorsOf(String body) {
        List<String> errors = new ArrayList<>();
        Matcher matcher = ERROR.matcher(body);
        while (matcher.find()) {
            errors.add(text(matcher.group(1)).strip());
        }
        return errors;
    }

    /** The task of the case {@code reference} in a home page's task list, if listed there. */
    static Optional<String> taskOfCase(String homePage, String reference) {
        Matcher matcher = TASK_LINK.matcher(homePage);
        while (matcher.find()) {
            if (matcher.group(2).contains(reference)) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** The only task link of a page (a mission page with one open task). */
    static String onlyTaskLink(String page) {
        Matcher matcher = ANY_TASK_LINK.matcher(page);
        assertThat(matcher.find()).as("a task link").isTrue();
        String taskId = matcher.group(1);
        assertThat(matcher.find()).as("a single task link").isFalse();
        return taskId;
    }

    /**
     * Row index → value of the inputs named {@code lines[i].<field>}, labelled by the text right after
     * them (the consultant's name in the proposals and scores grids).
     */
    static Map<String, String> lineValuesByLabel(String page, String field) {
        Map<String, String> values = new LinkedHashMap<>();
        Pattern line = Pattern.compile("(<input[^>]*name=\"lines\\[\\d+\\]\\." + field + "\"[^>]*>)\\s*<span>([^<]*)</span>");
        Matcher matcher = line.matcher(page);
        while (matcher.find()) {
            values.put(matcher.group(2).strip(), valueOf(matcher.group(1)));
        }
        return values;
    }

    /** The value of the radio button or checkbox named {@code name} whose label is {@code label}. */
    static String choiceLabelled(String page, String name, String label) {
        Pattern choice = Pattern.compile("(<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>)\\s*<label[^>]*>\\s*"
                + Pattern.quote(label) + "\\s*</label>");
        Matcher matcher = choice.matcher(page);
        assertThat(matcher.find()).as("a choice labelled %s", label).isTrue();
        return valueOf(matcher.group(1));
    }

    /** The value of the option of a select whose text is {@code text}. */
    static String optionValue(String page, String text) {
        Matcher matcher = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>" + Pattern.quote(text) + "</option>")
                .matcher(page);
        assertThat(matcher.find()).as("an option %s", text).isTrue();
        return matcher.group(1);
    }

    /** The text of a page with the entities Thymeleaf writes for quotes and ampersands turned back. */
    static String text(String page) {
        return page.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String valueOf(String inputTag) {
        Matcher value = VALUE.matcher(inputTag);
        assertThat(value.find()).as("a value in %s", inputTag).isTrue();
        return value.group(1);
    }
}
