package fr.parcours.budget.demo;

import fr.parcours.budget.BudgetService;
import fr.parcours.budget.IngenierieBudgets;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.StartupMode;
import fr.parcours.organisation.OrganisationRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, after the demo collective: this year's ingénierie envelopes of Nord Actif (the DLA of the Nord,
 * 59) and of the Hauts-de-France collective, so that their budget pages show committed, paid and remaining. Set
 * once: an envelope already there is left as it is.
 */
@Component
@Order(6)
class BudgetDemoData implements ApplicationRunner {

    private final StartupMode mode;
    private final BudgetService budgets;
    private final IngenierieBudgets figures;
    private final OrganisationRepository organisations;
    private final CollectiveAccompanimentRepository collectives;
    private final Scopes scopes;
    private final Clock clock;

    BudgetDemoData(StartupMode mode, BudgetService budgets, IngenierieBudgets figures,
                   OrganisationRepository organisations, CollectiveAccompanimentRepository collectives, Scopes scopes,
                   Clock clock) {
        this.mode = mode;
        this.budgets = budgets;
        this.figures = figures;
        this.organisations = organisations;
        this.collectives = collectives;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo()) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        organisations.findByName("Nord Actif").ifPresent(nordActif -> {
            if (figures.ofOperator(nordActif.getId(), year, scopes.of(DemoUsers.ADMIN)).isEmpty()) {
                budgets.setOperatorEnvelope(nordActif.getId(), "59", year, new BigDecimal("120000.00"),
                        DemoUsers.OFFICER_LILLE, scopes.of(DemoUsers.OFFICER_LILLE));
            }
        });
        collectives.findAll().stream()
                .filter(collective -> collective.getTitle().startsWith("DLA collectif médiation sociale Hauts-de-France"))
                .findFirst()
                .filter(collective -> figures.ofCollective(collective.getId(), year).isEmpty())
                .ifPresent(collective -> budgets.setCollectiveEnvelope(collective.getId(), year,
                        new BigDecimal("45000.00"), DemoUsers.COORDINATOR_LILLE, scopes.of(DemoUsers.COORDINATOR_LILLE)));
    }
}
