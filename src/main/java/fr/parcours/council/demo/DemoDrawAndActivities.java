package fr.parcours.council.demo;

import fr.parcours.council.activity.ActivityAxis;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.activity.OtherActivity;
import fr.parcours.council.draws.CouncilDraws;
import fr.parcours.council.draws.DrawList;
import fr.parcours.council.draws.DrawListKind;
import fr.parcours.council.draws.DrawnResident;
import fr.parcours.council.draws.NewDraw;
import fr.parcours.council.members.Gender;
import fr.parcours.identity.UserScope;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the facilitator records outside the cycles: the draw that renewed part of the residents' college before the
 * first cycle (twelve drawn, three accepted), and other activities entered by hand on each axis.
 */
@Component
class DemoDrawAndActivities {

    private final CouncilDraws draws;
    private final CouncilActivities activities;

    DemoDrawAndActivities(CouncilDraws draws, CouncilActivities activities) {
        this.draws = draws;
        this.activities = activities;
    }

    void recordDraw(long councilId, String facilitator, UserScope scope, LifeCalendar days) {
        draws.record(councilId, new NewDraw(days.daysAgo(150), 12, List.of(
                new DrawList(DrawListKind.LANDLORD_TENANTS, "Paris Habitat, résidences de la Porte de la Chapelle", 412),
                new DrawList(DrawListKind.ELECTORAL_ROLL, "Liste électorale, bureaux de la Goutte d'Or", 2870)),
                List.of(new DrawnResident("Mariam Touré", Gender.FEMALE), new DrawnResident("Julien Roche", Gender.MALE),
                        new DrawnResident("Samira Belkacem", Gender.FEMALE)), 5, 4), facilitator, scope);
    }

    void recordOtherActivities(long councilId, String facilitator, UserScope scope, LifeCalendar days) {
        activities.recordOther(new OtherActivity(councilId, days.daysAgo(110), ActivityAxis.PARTICIPATION,
                new BigDecimal("1.5"), "Rencontre avec Paris Habitat et deux membres du conseil sur la propreté des halls"),
                facilitator, scope);
        activities.recordOther(new OtherActivity(councilId, days.midPreviousMonth(),
                ActivityAxis.COUNCIL_ACTIONS, new BigDecimal("3"),
                "Appui à la demande au Fonds de participation des habitants pour le groupe jeunesse"),
                facilitator, scope);
        activities.recordOther(new OtherActivity(councilId, days.firstOfThisMonth(),
                ActivityAxis.MOBILISATION, new BigDecimal("2"), "Permanence d'accueil des habitants au centre social"),
                facilitator, scope);
    }
}
