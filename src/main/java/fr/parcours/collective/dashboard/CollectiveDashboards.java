package fr.parcours.collective.dashboard;

import fr.parcours.casework.StepNames;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectivePhase;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.tracks.TrackSteps;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a collective's dashboard with a bounded number of statements: the collective (scope check), one
 * aggregate SQL query for every structure's figures, and three engine queries for the open tasks.
 */
@Service
public class CollectiveDashboards {

    private final CollectiveService collectives;
    private final DashboardQueries queries;
    private final TrackSteps steps;
    private final Clock clock;
    private final StepNames stepNames;

    CollectiveDashboards(CollectiveService collectives, DashboardQueries queries, TrackSteps steps, Clock clock,
                         StepNames stepNames) {
        this.collectives = collectives;
        this.queries = queries;
        this.steps = steps;
        this.clock = clock;
        this.stepNames = stepNames;
    }

    /** The dashboard of a collective in the user's region; 404 (CaseNotFoundException) otherwise. */
    @Transactional(readOnly = true)
    public CollectiveDashboard of(long collectiveId, UserScope scope) {
        return of(collectiveId, scope, StepNames.currentLocale());
    }

    /** The same, its steps named in {@code locale} (the CSV export is in French whatever the reader's language). */
    @Transactional(readOnly = true)
    public CollectiveDashboard of(long collectiveId, UserScope scope, Locale locale) {
        CollectiveAccompaniment collective = collectives.visibleTo(collectiveId, scope);
        List<StructureFigures> figures = queries.figures(collectiveId);
        Map<Long, List<Task>> open = steps.openTasks(collective.getProcessInstanceId());
        Instant now = Instant.now(clock);
        List<CollectiveDashboard.Row> rows = figures.stream().map(f -> new CollectiveDashboard.Row(f,
                open.getOrDefault(f.participationId(), List.of()).stream().map(task -> step(task, now, locale)).toList()))
                .toList();
        long held = figures.isEmpty() ? 0 : figures.get(0).sessionsHeld();
        boolean late = collective.getLateNoticedAt() != null || (collective.getPhase() != CollectivePhase.CLOSED
                && collective.plannedEnd().isBefore(LocalDate.now(clock)));
        return new CollectiveDashboard(collective, rows, held, open.getOrDefault(null, List.of()).stream()
                .map(task -> step(task, now, locale)).toList(), late);
    }

    private CollectiveDashboard.Step step(Task task, Instant now, Locale locale) {
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new CollectiveDashboard.Step(stepNames.task(task, locale), due, due != null && due.isBefore(now));
    }
}
