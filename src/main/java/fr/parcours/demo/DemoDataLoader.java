package fr.parcours.demo;

import static fr.parcours.organisation.OrganisationKind.CONSULTANT;
import static fr.parcours.organisation.OrganisationKind.OPERATOR;
import static fr.parcours.organisation.OrganisationKind.STRUCTURE;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.StartupMode;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import java.util.List;
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

    private final StartupMode mode;
    private final OrganisationRepository organisations;
    private final UserAccounts accounts;

    DemoDataLoader(StartupMode mode, OrganisationRepository organisations, UserAccounts accounts) {
        this.mode = mode;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo()) {
            return;
        }
        organisation(new Organisation("PAJE", "41234567800012", "Association", STRUCTURE, "Nice", "06", "93")
                .withActivity("Médiation sociale (espace public, milieu scolaire, habitat social, équipements sportifs)", 14, 3));
        organisation(new Organisation("AGDM Grand Dijon Médiation", "42345678900019", "Association", STRUCTURE, "Dijon", "21", "27")
                .withActivity("Médiation sociale", 21, 2));
        organisation(new Organisation("GIP Bordeaux Métropole Médiation", "13004567800013", "GIP", STRUCTURE, "Bordeaux", "33", "75")
                .withActivity("Médiation sociale", 12, 0));
        organisation(new Organisation("Optima", "44512345600011", "Association", STRUCTURE, "Paris", "75", "11")
                .withActivity("Animation de conseils citoyens", 8, 8));
        Organisation franceMediation = organisation(new Organisation("France Médiation", "40234567800013", "Association", CONSULTANT, "Paris", "75", "11"));
        organisation(new Organisation("Nord Actif", "38912345600011", "Association", OPERATOR, "Lille", "59", "32"));
        organisation(new Organisation("CRESS Hauts-de-France", "50123456700011", "Association", OPERATOR, "Lille", "59", "32"));

        user(DemoUsers.ADMIN, "Alex", "Garnier", Groups.ADMINS, UserScope.national(DemoUsers.ADMIN));
        user(DemoUsers.OFFICER_NICE, "Camille", "Roux", Groups.DLA_OFFICERS,
                UserScope.department(DemoUsers.OFFICER_NICE, "93", "06"));
        user(DemoUsers.OFFICER_LILLE, "Julien", "Marchand", Groups.DLA_OFFICERS,
                UserScope.department(DemoUsers.OFFICER_LILLE, "32", "59"));
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

    private void user(String id, String firstName, String lastName, String group, UserScope scope) {
        accounts.createIfMissing(id, firstName, lastName, DemoUsers.PASSWORD, List.of(group), scope);
    }
}
