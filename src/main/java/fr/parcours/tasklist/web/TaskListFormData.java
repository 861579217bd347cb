package fr.parcours.tasklist.web;

import fr.parcours.tasklist.CaseFilter;
import fr.parcours.tasklist.PhaseOption;
import fr.parcours.tasklist.TaskFilter;
import fr.parcours.tasklist.TaskType;
import fr.parcours.tasklist.TaskView;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The task list's tab, filters and page, as query parameters. Links of the page (tabs, pages) and the
 * redirect after a claim are built from it, so they keep the filters. A filter in error is ignored.
 */
public class TaskListFormData {

    static final String MINE = "mine";
    static final String GROUPS = "groups";

    /** Null until the user picks a tab: the home page then opens on whichever tab has work. */
    private String view;
    private String phase;
    /** A task type as {@code processKey:taskKey} (see {@link TaskType#value()}). */
    private String type;
    @Size(max = 100)
    private String organisation;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueBefore;
    private Integer page;

    /** A phase outside the offered choices is a forged or outdated value: say so rather than ignore it. */
    void validatePhase(List<PhaseOption> phases, BindingResult errors) {
        if (blankToNull(phase) != null && phases.stream().noneMatch(option -> option.value().equals(phase))) {
            errors.rejectValue("phase", "tasklist.phase.unknown");
        }
    }

    /** Likewise a task type the user is not offered. */
    void validateType(List<TaskType> types, BindingResult errors) {
        if (blankToNull(type) != null && types.stream().noneMatch(option -> option.value().equals(type))) {
            errors.rejectValue("type", "tasklist.type.unknown");
        }
    }

    boolean viewChosen() {
        return view != null;
    }

    TaskView taskView() {
        return GROUPS.equals(view) ? TaskView.GROUPS : TaskView.MINE;
    }

    TaskFilter toFilter(List<TaskType> types, BindingResult errors) {
        String phaseValue = errors.hasFieldErrors("phase") ? null : blankToNull(phase);
        String name = errors.hasFieldErrors("organisation") ? null : blankToNull(organisation);
        LocalDate due = errors.hasFieldErrors("dueBefore") ? null : dueBefore;
        TaskType taskType = errors.hasFieldErrors("type") ? null
                : types.stream().filter(option -> option.value().equals(type)).findFirst().orElse(null);
        return new TaskFilter(new CaseFilter(phaseValue, name == null ? null : name.trim()), taskType, due);
    }

    int pageIndex() {
        return page == null ? 0 : Math.max(page, 0);
    }

    boolean isFiltered() {
        return blankToNull(phase) != null || blankToNull(type) != null || blankToNull(organisation) != null
                || dueBefore != null;
    }

    /** The list's address for this tab and page with the current filters, e.g. {@code /?view=groups&page=2}. */
    public String link(String targetView, int targetPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("view", GROUPS.equals(targetView) ? GROUPS : MINE);
        parameters.put("phase", blankToNull(phase));
        parameters.put("type", blankToNull(type));
        parameters.put("organisation", blankToNull(organisation));
        parameters.put("dueBefore", dueBefore == null ? null : dueBefore.toString());
        parameters.put("page", targetPage > 0 ? Integer.toString(targetPage) : null);
        return "/?" + parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The current tab and page, to come back to after a claim. */
    String currentLink() {
        return link(getView(), pageIndex());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getView() {
        return view == null ? MINE : view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public LocalDate getDueBefore() {
        return dueBefore;
    }

    public void setDueBefore(LocalDate dueBefore) {
        this.dueBefore = dueBefore;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
