package fr.parcours.council.activity;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilRepository;
import fr.parcours.council.CouncilService;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycleRepository;
import fr.parcours.council.facilitators.CouncilFacilitators;
import fr.parcours.identity.UserNames;
import fr.parcours.identity.UserScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitators' activity log and the activity-reporting sheet drawn from it. Cycle steps are logged by the
 * delegates of {@code council-cycle}, in the engine's transaction; other activities are entered by hand.
 */
@Service
public class CouncilActivities {

    private final CouncilActivityRepository activities;
    private final CouncilCycleRepository cycles;
    private final CouncilRepository councilRepository;
    private final CouncilService councils;
    private final CouncilFacilitators facilitators;
    private final UserNames userNames;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CouncilActivities(CouncilActivityRepository activities, CouncilCycleRepository cycles,
                      CouncilRepository councilRepository, CouncilService councils, CouncilFacilitators facilitators,
                      UserNames userNames, Clock clock, ApplicationEventPublisher events) {
        this.activities = activities;
        this.cycles = cycles;
        this.councilRepository = councilRepository;
        this.councils = councils;
        this.facilitators = facilitators;
        this.userNames = userNames;
        this.clock = clock;
        this.events = events;
    }

    /** Logs a cycle step on its axis, on its day, or on the day it is recorded when it has none of its own. */
    @Transactional
    public CouncilActivity recordCycleStep(CycleStepActivity step) {
        CouncilCycle cycle = cycles.findById(step.cycleId()).orElseThrow();
        LocalDate performedOn = step.performedOn() != null ? step.performedOn() : LocalDate.now(clock);
        CouncilActivity activity = activities.save(new CouncilActivity(step.facilitatorId(), cycle.getCouncilId(),
                cycle.getId(), performedOn, step.kind().axis(), step.kind(), step.hours(), null, clock.instant()));
        // The step itself is audited by CouncilCycles; only the time reported adds to it.
        if (step.hours() != null) {
            events.publishEvent(new CaseEvent(CouncilCycle.CASE_TYPE, cycle.getId(), "council-activity-recorded",
                    step.facilitatorId(), clock.instant(), "%s le %s : %s h"
                            .formatted(step.kind(), performedOn, step.hours().toPlainString())));
        }
        return activity;
    }

    /** Another activity, for a council the facilitator follows (404 otherwise). */
    @Transactional
    public CouncilActivity recordOther(OtherActivity entry, String userId, UserScope scope) {
        Council council = councils.visibleTo(entry.councilId(), userId, scope);
        CouncilActivity activity = activities.save(new CouncilActivity(userId, council.getId(), null,
                entry.performedOn(), entry.axis(), ActivityKind.OTHER, entry.hours(), entry.description(),
                clock.instant()));
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, council.getId(), "council-activity-recorded",
                userId, clock.instant(), "%s le %s : %s h".formatted(entry.axis(), entry.performedOn(),
                        entry.hours().toPlainString())));
        return activity;
    }

    /** The facilitators whose sheet this user may read, by name: themselves, or their region's, or all. */
    @Transactional(readOnly = true)
    public Map<String, String> facilitatorsFor(String userId, UserScope scope) {
        Map<String, String> names = userNames.of(facilitators.readableBy(userId, scope));
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue()).collect(Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The sheet of one facilitator from {@code from} to {@code to} included; 404 for a facilitator out of the
     * user's reach. Someone else's sheet shows only the councils within the reader's reach.
     */
    @Transactional(readOnly = true)
    public ActivitySheet sheet(String facilitatorId, LocalDate from, LocalDate to, String userId, UserScope scope) {
        if (!facilitators.readableBy(userId, scope).contains(facilitatorId)) {
            throw new CaseNotFoundException(facilitatorId);
        }
        Set<Long> reachable = facilitatorId.equals(userId) ? null : councils.visibleList(userId, scope).stream()
                .map(Council::getId).collect(Collectors.toSet());
        List<CouncilActivity> found = activities.findByFacilitatorIdAndPerformedOnBetweenOrderByPerformedOnAscIdAsc(
                facilitatorId, from, to).stream()
                .filter(a -> reachable == null || reachable.contains(a.getCouncilId())).toList();
        Map<Long, String> councilNames = councilRepository.findAllById(found.stream().map(CouncilActivity::getCouncilId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Council::getId, Council::getName));
        Map<Long, CouncilCycle> cyclesById = cycles.findAllById(found.stream().map(CouncilActivity::getCycleId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CouncilCycle::getId, Function.identity()));
        List<ActivitySheet.Row> rows = found.stream().map(a -> new ActivitySheet.Row(a, councilNames.get(a.getCouncilId()),
                a.getCycleId() == null ? null : cyclesById.get(a.getCycleId()).reference())).toList();
        List<ActivitySheet.AxisTotal> axes = Arrays.stream(ActivityAxis.values()).map(axis -> total(axis, found)).toList();
        return new ActivitySheet(facilitatorId, userNames.of(List.of(facilitatorId)).getOrDefault(facilitatorId,
                facilitatorId), from, to, axes, rows);
    }

    private static ActivitySheet.AxisTotal total(ActivityAxis axis, List<CouncilActivity> found) {
        List<CouncilActivity> onAxis = found.stream().filter(a -> a.getAxis() == axis).toList();
        return new ActivitySheet.AxisTotal(axis, onAxis.stream().map(CouncilActivity::getHours).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add), onAxis.size());
    }
}
