package fr.parcours.council.web;

import fr.parcours.council.civic.CivicOverviews;
import fr.parcours.council.cycles.CouncilOverview;
import fr.parcours.council.cycles.CouncilOverviews;
import fr.parcours.council.draws.CouncilDraws;
import fr.parcours.council.indicators.CouncilIndicators;
import fr.parcours.council.members.College;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.web.MemberFormData;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the council page, in one place for its display and for the forms that redisplay it with
 * their errors, so that a redisplayed page misses none of its sections. 404 for a council out of reach.
 */
@Component
public class CouncilPage {

    static final String VIEW = "council/council";

    private final CouncilOverviews overviews;
    private final CouncilIndicators indicators;
    private final CivicOverviews civic;
    private final CouncilDraws draws;
    private final Scopes scopes;

    CouncilPage(CouncilOverviews overviews, CouncilIndicators indicators, CivicOverviews civic, CouncilDraws draws,
                Scopes scopes) {
        this.overviews = overviews;
        this.indicators = indicators;
        this.civic = civic;
        this.draws = draws;
        this.scopes = scopes;
    }

    /** The page with an empty member form, unless the model already holds the one being redisplayed. */
    public String show(long councilId, String userId, Model model) {
        UserScope scope = scopes.of(userId);
        CouncilOverview overview = overviews.overview(councilId, userId, scope);
        model.addAttribute("overview", overview);
        model.addAttribute("colleges", College.values());
        model.addAttribute("genders", Gender.values());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberFormData());
        }
        model.addAttribute("indicators", indicators.of(councilId));
        model.addAttribute("civic", civic.overview(councilId, userId, scope));
        model.addAttribute("draws", draws.of(councilId));
        return VIEW;
    }
}
