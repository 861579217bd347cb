package fr.parcours.council;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.UserScope;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councils read within the user's reach: a facilitator reaches only the councils assigned to them, a coordinator
 * their region's, national users (admins) all; 404 otherwise. Every council feature checks its council here.
 */
@Service
public class CouncilService {

    private final CouncilRepository councils;
    private final JdbcTemplate jdbc;

    CouncilService(CouncilRepository councils, JdbcTemplate jdbc) {
        this.councils = councils;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Council visibleTo(long councilId, String userId, UserScope scope) {
        return councils.findById(councilId)
                .filter(council -> mayFollow(council, userId, scope))
                .orElseThrow(() -> new CaseNotFoundException(councilId));
    }

    @Transactional(readOnly = true)
    public List<Council> visibleList(String userId, UserScope scope) {
        if (scope.isNational()) {
            return councils.findAllByOrderByName();
        }
        if (scope.isRegional()) {
            return councils.findByRegionCodeOrderByName(scope.getRegionCode());
        }
        return councils.findAllById(assignedTo(userId)).stream()
                .sorted(Comparator.comparing(Council::getName)).toList();
    }

    /** Coordinators (a regional scope) and admins reach by region; anyone else by their assignments only. */
    private boolean mayFollow(Council council, String userId, UserScope scope) {
        if (scope.isNational() || scope.isRegional()) {
            return scope.runsRegion(council.getRegionCode());
        }
        return assignedTo(userId).contains(council.getId());
    }

    private List<Long> assignedTo(String userId) {
        return jdbc.queryForList("select council_id from council_facilitator where user_id = ?", Long.class, userId);
    }
}
