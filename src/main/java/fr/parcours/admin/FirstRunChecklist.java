package fr.parcours.admin;

import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Territories;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a new installation needs before its first case: territories, a DLA operator, an officer, a prestataire. */
@Service
public class FirstRunChecklist {

    /** One line of the checklist: its message key suffix, whether it is done, and the screen that does it. */
    public record Item(String key, boolean done, String link) {
    }

    private final Territories territories;
    private final OrganisationRepository organisations;
    private final IdentityService identityService;
    private final EngineRights engineRights;
    private final JdbcClient jdbc;

    FirstRunChecklist(Territories territories, OrganisationRepository organisations, IdentityService identityService,
                      EngineRights engineRights, JdbcClient jdbc) {
        this.territories = territories;
        this.organisations = organisations;
        this.identityService = identityService;
        this.engineRights = engineRights;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Item> items() {
        boolean territoriesPresent = !territories.regions().isEmpty() && !territories.departments().isEmpty();
        boolean operator = jdbc.sql("select count(*) from dla_operator").query(Long.class).single() > 0;
        boolean officer = engineRights.withoutUserChecks(() ->
                identityService.createUserQuery().memberOfGroup(Groups.DLA_OFFICERS).count()) > 0;
        boolean prestataire = !organisations.findByKindOrderByName(OrganisationKind.CONSULTANT).isEmpty();
        return List.of(
                new Item("territories", territoriesPresent, "/admin/operators"),
                new Item("operator", operator, "/admin/operators/new"),
                new Item("officer", officer, "/admin/users/new"),
                new Item("prestataire", prestataire, "/admin/prestataires"));
    }
}
