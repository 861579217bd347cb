package fr.parcours.collective.region;

import fr.parcours.casework.Texts;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the regional view with one aggregate query: a coordinator sees their own region, a national user (admin)
 * every region or the one asked for; anyone else sees nothing.
 */
@Service
public class RegionalViews {

    private final RegionalQueries queries;
    private final Clock clock;

    public RegionalViews(RegionalQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegionalView of(UserScope scope, String requestedRegion) {
        LocalDate today = LocalDate.now(clock);
        if (scope.isNational()) {
            String region = Texts.optional(requestedRegion);
            return new RegionalView(region, queries.figures(region), today);
        }
        if (!scope.isRegional()) {
            return new RegionalView(null, List.of(), today);
        }
        return new RegionalView(scope.getRegionCode(), queries.figures(scope.getRegionCode()), today);
    }
}
