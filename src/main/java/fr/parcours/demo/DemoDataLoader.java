package fr.parcours.demo;

import static fr.parcours.organisation.OrganisationKind.CONSULTANT;
import static fr.parcours.organisation.OrganisationKind.OPERATOR;
import static fr.parcours.organisation.OrganisationKind.STRUCTURE;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Role;
import fr.parcours.identity.StartupMode;
import fr.parcours.identity.UserAccount;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.DlaOperatorRegistry;
import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.OrganisationRoles;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the organisations of the seed newsletter and one fictional person per role.
 * Runs at every start and adds only what is missing.
 */
@Component
@Order(2)
class DemoDataLoader implements ApplicationRunner {

    /** The demo DLA operator of Alpes-Maritimes (06), which camille.roux works for. */
    static final String NICE_DLA = "DLA des Alpes-Maritimes";

    private final StartupMode mode;
    private final OrganisationRepository organisations;
    private final UserAccounts accounts;
    private final OrganisationRoles roles;
    private final ConsultantPool pool;
    private final DlaOperatorRegistry registry;
    private final Clock clock;

    DemoDataLoader(StartupMode mode, OrganisationRepository organisations, UserAccounts accounts,
                   OrganisationRoles roles, ConsultantPool pool, DlaOperatorRegistry registry, Clock clock) {
        this.registry = registry;
        this.mode = mode;
        this.organisations = organisations;
        this.accounts = accounts;
        this.roles = roles;
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo()) {
            return;
        }
        NafCode otherSocialAction = NafCode.parse("88.99B");
        organisation(new Organisation("PAJE", "41234567800012", "Association", STRUCTURE, "Nice", "06", "93")
                .withActivity("Médiation sociale (espace public, milieu scolaire, habitat social, équipements sportifs)", 14, 3)
                .withCodes(otherSocialAction, true));
        organisation(new Organisation("AGDM Grand Dijon Médiation", "42345678900019", "Association", STRUCTURE, "Dijon", "21", "27")
                .withActivity("Médiation sociale", 21, 2).withCodes(otherSocialAction, true));
        organisation(new Organisation("GIP Bordeaux Métropole Médiation", "13004567800013", "GIP", STRUCTURE, "Bordeaux", "33", "75")
                .withActivity("Médiation sociale", 12, 0).withCodes(otherSocialAction, false));
        organisation(new Organisation("Optima", "44512345600011", "Association", STRUCTURE, "Paris", "75", "11")
                .withActivity("Animation de conseils citoyens", 8, 8).withCodes(NafCode.parse("94.99Z"), true));
        Organisation franceMediation = organisation(new Organisation("France Médiation", "40234567800013", "Association", CONSULTANT, "Paris", "75", "11"));
        inPool(franceMediation, EnumSet.of(CompetenceDomain.STRATEGY, CompetenceDomain.ORGANISATION,
                        CompetenceDomain.HUMAN_RESOURCES, CompetenceDomain.EVALUATION, CompetenceDomain.FUNDING),
                Set.of("11", "27", "32", "75", "93"), "850.00",
                new ConsultantProfile.Contact("Service accompagnement", "accompagnement@francemediation.example", "01 00 00 00 01"));
        withRoles(franceMediation, OrganisationRole.CARRIER_MRA);
        Organisation nordActif = organisation(new Organisation("Nord Actif", "38912345600011", "Association", OPERATOR,
                "Lille", "59", "32"));
        withRoles(nordActif, OrganisationRole.DEPARTMENTAL_OPERATOR);
        // The DLA operators of the demo officers' departments, in the registry (their DLA_OPERATOR role follows).
        dlaOperator(nordActif, "32", "59");
        Organisation niceDla = dlaOperator(organisation(new Organisation(NICE_DLA, null, "Association", OPERATOR,
                "Nice", "06", "93")), "93", "06");
        withRoles(organisation(new Organisation("CRESS Hauts-de-France", "50123456700011", "Association", OPERATOR, "Lille", "59", "32")),
                OrganisationRole.CARRIER_CRESS);

        user(DemoUsers.ADMIN, "Alex", "Garnier", Groups.ADMINS, UserScope.national(DemoUsers.ADMIN));
        officer(DemoUsers.OFFICER_NICE, "Camille", "Roux", niceDla, "93", "06");
        officer(DemoUsers.OFFICER_LILLE, "Julien", "Marchand", nordActif, "32", "59");
        user(DemoUsers.CONSULTANT, "Inès", "Fabre", Groups.CONSULTANTS,
                UserScope.organisation(DemoUsers.CONSULTANT, franceMediation.getId()));
        user(DemoUsers.COORDINATOR_LILLE, "Nadia", "Lemaire", Groups.COORDINATORS,
                UserScope.region(DemoUsers.COORDINATOR_LILLE, "32"));
        user(DemoUsers.FACILITATOR_PARIS, "Karim", "Haddad", Groups.FACILITATORS,
                UserScope.department(DemoUsers.FACILITATOR_PARIS, "11", "75"));
        user(DemoUsers.AUDITOR, "Hélène", "Vasseur", Groups.AUDITORS, UserScope.national(DemoUsers.AUDITOR));
    }

    private Organisation organisation(Organisation candidate) {
        return organisations.findByName(candidate.getName()).orElseGet(() -> organisations.save(candidate));
    }

    /** Puts a demo firm in the prestataire pool unless it already is. */
    private void inPool(Organisation firm, Set<CompetenceDomain> domains, Set<String> regions, String dayRate,
                        ConsultantProfile.Contact contact) {
        if (pool.profile(firm.getId()).isEmpty()) {
            pool.save(new ConsultantProfile(firm.getId()).describe(domains, regions, new BigDecimal(dayRate), contact,
                    clock.instant()));
        }
    }

    private void withRoles(Organisation organisation, OrganisationRole role) {
        if (roles.of(organisation.getId()).isEmpty()) {
            roles.assign(organisation.getId(), EnumSet.of(role));
        }
    }

    /** Records the organisation as the DLA operator of one department unless it already is. */
    private Organisation dlaOperator(Organisation organisation, String regionCode, String departmentCode) {
        if (registry.find(organisation.getId()).isEmpty()) {
            registry.register(organisation.getId(), regionCode, false, List.of(departmentCode));
        }
        return organisation;
    }

    /** A demo officer of one department, working for its DLA operator. */
    private void officer(String id, String firstName, String lastName, Organisation operator, String regionCode,
                         String departmentCode) {
        user(id, firstName, lastName, Groups.DLA_OFFICERS, UserScope.department(id, regionCode, departmentCode));
        if (accounts.accountOf(id).map(UserAccount::getEmployerOrganisationId).isEmpty()) {
            accounts.assign(id, Role.OFFICER, UserScope.department(id, regionCode, departmentCode), operator.getId());
        }
    }

    private void user(String id, String firstName, String lastName, String group, UserScope scope) {
        accounts.createIfMissing(id, firstName, lastName, DemoUsers.PASSWORD, List.of(group), scope);
    }
}
