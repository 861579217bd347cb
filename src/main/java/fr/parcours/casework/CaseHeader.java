package fr.parcours.casework;

import fr.parcours.identity.UserScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What a reader of a case's history sees at its top: its reference, the organisation (or title) it is about,
 * where it lies, its phase and the process instance it runs in.
 */
public record CaseHeader(long id, String businessKey, String organisationName, String regionCode,
                         String departmentCode, String phase, String processInstanceId, Instant createdAt) {

    /**
     * The header of a row selecting id, business key, organisation name, region, department, phase, process
     * instance and creation time, in that order.
     */
    public static CaseHeader ofRow(ResultSet rs) throws SQLException {
        return new CaseHeader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    /** A territorial reader sees the cases of its territory; a reader tied to an organisation sees none. */
    public boolean visibleTo(UserScope scope) {
        return scope.getOrganisationId() == null && scope.covers(regionCode, departmentCode);
    }
}
