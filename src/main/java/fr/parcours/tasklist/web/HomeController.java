package fr.parcours.tasklist.web;

import fr.parcours.identity.CurrentUser;
import fr.parcours.tasklist.PhaseOption;
import fr.parcours.tasklist.TaskHandOver;
import fr.parcours.tasklist.TaskListService;
import fr.parcours.tasklist.TaskPage;
import fr.parcours.tasklist.TaskType;
import fr.parcours.tasklist.TaskTypes;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The home page: the user's tasks and their groups' unclaimed tasks, filtered and paged. Works as a plain
 * GET form; with htmx the filters refresh only the results.
 */
@Controller
class HomeController {

    static final int PAGE_SIZE = 25;

    private final TaskListService taskList;
    private final TaskTypes taskTypes;
    private final TaskHandOver handOver;

    HomeController(TaskListService taskList, TaskTypes taskTypes, TaskHandOver handOver) {
        this.taskList = taskList;
        this.taskTypes = taskTypes;
        this.handOver = handOver;
    }

    @GetMapping("/")
    String home(@Valid @ModelAttribute("filters") TaskListFormData filters, BindingResult errors,
                @RequestHeader(name = "HX-Request", required = false) String htmxRequest,
                @RequestHeader(name = "HX-Boosted", required = false) String htmxBoosted,
                Authentication authentication, Model model) {
        List<PhaseOption> phases = taskList.phases();
        filters.validatePhase(phases, errors);
        CurrentUser user = CurrentUser.of(authentication);
        List<TaskType> types = taskTypes.forGroups(user.groupIds());
        filters.validateType(types, errors);
        TaskPage result = taskList.page(user, filters.taskView(), filters.toFilter(types, errors), filters.pageIndex(),
                PAGE_SIZE);
        if (!filters.viewChosen() && !filters.isFiltered() && result.total() == 0) {
            // Nothing assigned yet: open on the groups' unclaimed work rather than on an empty list.
            filters.setView(TaskListFormData.GROUPS);
            result = taskList.page(user, filters.taskView(), filters.toFilter(types, errors), filters.pageIndex(),
                    PAGE_SIZE);
        }
        model.addAttribute("phases", phases);
        model.addAttribute("taskTypes", types);
        model.addAttribute("colleagues", BulkTaskController.mayHandOver(user) ? handOver.colleaguesOf(user) : List.of());
        model.addAttribute("result", result);
        model.addAttribute("filtered", filters.isFiltered());
        boolean partial = htmxRequest != null && htmxBoosted == null;
        return partial ? "home :: results" : "home";
    }
}
