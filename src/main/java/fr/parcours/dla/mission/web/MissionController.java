package fr.parcours.dla.mission.web;

import fr.parcours.dla.mission.MissionFile;
import fr.parcours.dla.mission.MissionQueries;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The consultant's pages: its missions, and one mission with its cahier des charges, milestones and tasks. */
@Controller
@RequestMapping("/missions")
class MissionController {

    private final MissionQueries queries;
    private final MissionTasks missionTasks;
    private final Scopes scopes;

    MissionController(MissionQueries queries, MissionTasks missionTasks, Scopes scopes) {
        this.queries = queries;
        this.missionTasks = missionTasks;
        this.scopes = scopes;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("missions", queries.ofConsultant(scopes.of(authentication.getName())));
        return "mission/missions";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        MissionFile file = queries.visibleTo(id, scope);
        model.addAttribute("file", file);
        model.addAttribute("tasks", missionTasks.visibleTasksOf(file));
        // The structure's satisfaction and the officer's assessment are the DLA's, not the consultant's.
        model.addAttribute("officerView", scope.getOrganisationId() == null);
        return "mission/mission";
    }
}
