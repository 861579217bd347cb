package fr.parcours.collective.referrals.web;

import fr.parcours.collective.referrals.CollectiveReferrals;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.web.CaseFileSection;
import fr.parcours.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** On the individual case file, right after the plan: what became of its collective-ingénierie axes. */
@Component
class ReferralCaseFileSection implements CaseFileSection {

    private final CollectiveReferrals referrals;

    ReferralCaseFileSection(CollectiveReferrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String fragment() {
        return "collective/referral-section :: section";
    }

    @Override
    public Map<String, Object> model(Accompaniment accompaniment, CurrentUser viewer) {
        return Map.of("referrals", referrals.ofAccompaniment(accompaniment.getId()));
    }
}
