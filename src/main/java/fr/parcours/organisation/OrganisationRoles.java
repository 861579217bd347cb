package fr.parcours.organisation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles organisations hold ({@link OrganisationRole}): who may carry a collective, operate it in a department
 * or carry a DLA. Collectives' partner forms and coordinators' carriers offer organisations by role. Read from the
 * view {@code organisation_role_held}: the roles assigned here plus DLA_OPERATOR for every organisation of the DLA
 * operator registry, so that role and registry cannot disagree.
 */
@Service
public class OrganisationRoles {

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;

    OrganisationRoles(JdbcClient jdbc, OrganisationRepository organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Organisations holding any of these roles, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> holding(Collection<OrganisationRole> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select distinct organisation_id from organisation_role_held where role in (:roles)")
                .param("roles", roles.stream().map(Enum::name).toList()).query(Long.class).list();
        return organisations.findAllById(ids).stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toList();
    }

    /** Organisations that may carry a collective: an MRA or a CRESS. */
    @Transactional(readOnly = true)
    public List<Organisation> carriers() {
        return holding(EnumSet.of(OrganisationRole.CARRIER_MRA, OrganisationRole.CARRIER_CRESS));
    }

    @Transactional(readOnly = true)
    public Set<OrganisationRole> of(long organisationId) {
        return jdbc.sql("select role from organisation_role_held where organisation_id = ?").param(organisationId)
                .query(String.class).list().stream().map(OrganisationRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationRole.class)));
    }

    /** The roles of every organisation holding one, by organisation id. */
    @Transactional(readOnly = true)
    public Map<Long, Set<OrganisationRole>> all() {
        return jdbc.sql("select organisation_id, role from organisation_role_held").query((rs, n) -> Map.entry(
                        rs.getLong(1), OrganisationRole.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toCollection(() -> EnumSet.noneOf(OrganisationRole.class)))));
    }

    /**
     * Replaces an organisation's assigned roles; the caller records the change (audit) in the same transaction. The
     * DLA operator's role is not among them: it follows the registry ({@link IllegalArgumentException}).
     */
    @Transactional
    public void assign(long organisationId, Set<OrganisationRole> roles) {
        if (roles.stream().anyMatch(role -> !role.isAssignable())) {
            throw new IllegalArgumentException("The DLA operator role follows the DLA operator registry");
        }
        jdbc.sql("delete from organisation_role where organisation_id = ?").param(organisationId).update();
        for (OrganisationRole role : roles) {
            jdbc.sql("insert into organisation_role (organisation_id, role) values (?, ?)")
                    .params(organisationId, role.name()).update();
        }
    }
}
