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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, with the demo collective ({@code parcours.demo.collective-dla}), after it: this year's ingénierie
 * envelopes of the DLA operators of the demo officers (the DLA des Alpes-Maritimes, 06, charged with PAJE's mission;
 * Nord Actif, the DLA of the Nord, 59) and of the Hauts-de-France collective, so that their budget pages show
 * committed, paid and remaining. Set once: an envelope already there is left as it is.
 */
@Component
@Order(6)
class BudgetDemoData implements ApplicationRunner {

    /** The demo collective's title (collective/demo), the only one with a demo envelope. */
    private static final String DEMO_COLLECTIVE = "DLA collectif médiation sociale Hauts-de-France (MRA, CRESS, Nord Actif)";

    private final StartupMode mode;
    private final BudgetService budgets;
    private final IngenierieBudgets figures;
    private final OrganisationRepository organisations;
    private final CollectiveAccompanimentRepository collectives;
    private final Scopes scopes;
    private final Clock clock;
    private final boolean enabled;

    BudgetDemoData(StartupMode mode, BudgetService budgets, IngenierieBudgets figures,
                   OrganisationRepository organisations, CollectiveAccompanimentRepository collectives, Scopes scopes,
                   Clock clock, @Value("${parcours.demo.collective-dla:true}") boolean enabled) {
        this.enabled = enabled;
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
        if (!mode.isDemo() || !enabled) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        envelope("DLA des Alpes-Maritimes", year, "60000.00", DemoUsers.OFFICER_NICE);
        envelope("Nord Actif", year, "120000.00", DemoUsers.OFFICER_LILLE);
        collectives.findAll().stream()
                .filter(collective -> collective.getTitle().equals(DEMO_COLLECTIVE))
                .findFirst()
                .filter(collective -> figures.ofCollective(collective.getId(), year).isEmpty())
                .ifPresent(collective -> budgets.setCollectiveEnvelope(collective.getId(), year,
                        new BigDecimal("45000.00"), DemoUsers.COORDINATOR_LILLE, scopes.of(DemoUsers.COORDINATOR_LILLE)));
    }

    /** The operator's envelope of the year, set by its demo officer, unless it has one. */
    private void envelope(String operatorName, int year, String amount, String officer) {
        organisations.findByName(operatorName).ifPresent(operator -> {
            if (figures.ofOperator(operator.getId(), year, scopes.of(DemoUsers.ADMIN)).isEmpty()) {
                budgets.setOperatorEnvelope(operator.getId(), year, new BigDecimal(amount), officer, scopes.of(officer));
            }
        });
    }
}
