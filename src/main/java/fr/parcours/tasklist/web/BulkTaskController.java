package fr.parcours.tasklist.web;

import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.Groups;
import fr.parcours.tasklist.TaskClaims;
import fr.parcours.tasklist.TaskHandOver;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Actions on several tasks ticked in the list: take them all, or hand them to a colleague of the same scope
 * (officers and coordinators, who share their territory's work). Each task is its own step, so a colleague's
 * move on one of them never undoes the others; the list then says how many went through and how many did not.
 */
@Controller
class BulkTaskController {

    /** Most tasks one bulk action handles: a page of the list. */
    static final int MAX_TASKS = HomeController.PAGE_SIZE;

    private final TaskClaims claims;
    private final TaskHandOver handOver;

    BulkTaskController(TaskClaims claims, TaskHandOver handOver) {
        this.claims = claims;
        this.handOver = handOver;
    }

    static boolean mayHandOver(CurrentUser user) {
        return user.isIn(Groups.DLA_OFFICERS) || user.isIn(Groups.COORDINATORS);
    }

    @PostMapping("/tasks/bulk/claim")
    String claim(@RequestParam(name = "taskIds", required = false) List<String> taskIds,
                 @ModelAttribute("filters") TaskListFormData filters, BindingResult ignoredErrors,
                 Authentication authentication, RedirectAttributes redirect) {
        List<String> chosen = chosen(taskIds, redirect);
        if (!chosen.isEmpty()) {
            Map<TaskClaims.Outcome, Long> outcomes = chosen.stream()
                    .map(taskId -> claims.claim(taskId, authentication.getName()))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long done = outcomes.getOrDefault(TaskClaims.Outcome.CLAIMED, 0L);
            redirect.addFlashAttribute("bulk", new BulkReport("tasklist.bulk.claimed", done, chosen.size() - done));
        }
        return "redirect:" + filters.currentLink();
    }

    @PostMapping("/tasks/bulk/hand-over")
    String handOver(@RequestParam(name = "taskIds", required = false) List<String> taskIds,
                    @RequestParam(name = "colleague", required = false) String colleague,
                    @ModelAttribute("filters") TaskListFormData filters, BindingResult ignoredErrors,
                    Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        if (!mayHandOver(user)) {
            throw new AccessDeniedException("Only officers and coordinators hand tasks over");
        }
        if (colleague == null || colleague.isBlank()) {
            redirect.addFlashAttribute("warning", "tasklist.bulk.no-colleague");
            return "redirect:" + filters.currentLink();
        }
        List<String> chosen = chosen(taskIds, redirect);
        if (!chosen.isEmpty()) {
            long done = chosen.stream().map(taskId -> handOver.handOver(taskId, colleague, user))
                    .filter(outcome -> outcome == TaskHandOver.Outcome.HANDED_OVER).count();
            redirect.addFlashAttribute("bulk", new BulkReport("tasklist.bulk.handed-over", done, chosen.size() - done));
        }
        return "redirect:" + filters.currentLink();
    }

    private static List<String> chosen(List<String> taskIds, RedirectAttributes redirect) {
        List<String> chosen = taskIds == null ? List.of()
                : taskIds.stream().filter(id -> id != null && !id.isBlank()).distinct().limit(MAX_TASKS).toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("warning", "tasklist.bulk.none");
        }
        return chosen;
    }

    /** What a bulk action did: {@code done} tasks went through, {@code refused} did not (taken, gone, out of scope). */
    public record BulkReport(String messageKey, long done, long refused) implements Serializable {
    }
}
