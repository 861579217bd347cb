package fr.parcours.tasklist.web;

import fr.parcours.identity.CurrentUser;
import fr.parcours.tasklist.TaskListService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the user's open tasks, read from the engine. */
@Controller
class HomeController {

    static final int PAGE_SIZE = 25;

    private final TaskListService taskList;

    HomeController(TaskListService taskList) {
        this.taskList = taskList;
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        int safePage = Math.max(page, 0);
        long total = taskList.countOpenTasks(user);
        model.addAttribute("tasks", taskList.openTasks(user, safePage * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("lastPage", Math.max(0, (int) ((total - 1) / PAGE_SIZE)));
        return "home";
    }
}
