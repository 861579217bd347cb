package fr.parcours.dla.diagnostic;

import fr.parcours.identity.DemoUsers;
import java.time.LocalDate;
import java.util.Arrays;

/** Valid diagnostic submissions, as the forms would send them. */
public final class DiagnosticFixtures {

    private DiagnosticFixtures() {
    }

    public static InterviewReport interview(boolean moreInterviews) {
        return new InterviewReport(LocalDate.now(), "Marie Durand, présidente ; Paul Martin, directeur",
                "Besoin de clarifier les rôles des médiateurs", moreInterviews, DemoUsers.OFFICER_NICE);
    }

    /** Every theme assessed, at level 1 + its position modulo 4. */
    public static ThemeAssessmentSheet allThemes() {
        return new ThemeAssessmentSheet(Arrays.stream(Theme.values())
                .map(theme -> new ThemeAssessmentSheet.Entry(theme, "Forces " + theme, "Faiblesses " + theme,
                        1 + theme.ordinal() % 4))
                .toList(), DemoUsers.OFFICER_NICE);
    }

    public static LeadersValidation validation() {
        return new LeadersValidation(LocalDate.now(), "Marie Durand, présidente", "Conclusions partagées",
                DemoUsers.OFFICER_NICE);
    }
}
