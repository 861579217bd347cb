package fr.parcours.dla.diagnostic;

import fr.parcours.audit.CaseEvent;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.Phase;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the shared diagnostic: interviews, theme assessments and the leaders' validation. Runs in the
 * transaction of the engine step that called it, so a failure rolls back both.
 */
@Service
public class DiagnosticService {

    private final AccompanimentRepository accompaniments;
    private final InterviewRepository interviews;
    private final ThemeAssessmentRepository assessments;
    private final DiagnosticValidationRepository validations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DiagnosticService(AccompanimentRepository accompaniments, InterviewRepository interviews,
                      ThemeAssessmentRepository assessments, DiagnosticValidationRepository validations,
                      Clock clock, ApplicationEventPublisher events) {
        this.accompaniments = accompaniments;
        this.interviews = interviews;
        this.assessments = assessments;
        this.validations = validations;
        this.clock = clock;
        this.events = events;
    }

    /** Saves one interview; returns whether the officer plans another one. */
    @Transactional
    public boolean recordInterview(long accompanimentId, InterviewReport report) {
        Accompaniment accompaniment = load(accompanimentId);
        accompaniment.moveTo(Phase.DIAGNOSTIC);
        Instant now = Instant.now(clock);
        interviews.save(new Interview(accompanimentId, report, now));
        publish(accompanimentId, "interview-recorded", report.recordedBy(), now,
                String.valueOf(report.heldOn()));
        return report.moreInterviews();
    }

    /** Saves the assessment of the seven themes, each exactly once; a second sheet replaces the first. */
    @Transactional
    public void recordThemeAssessments(long accompanimentId, ThemeAssessmentSheet sheet) {
        load(accompanimentId);
        Set<Theme> submitted = sheet.entries().stream().map(ThemeAssessmentSheet.Entry::theme)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class)));
        if (submitted.size() != Theme.values().length || sheet.entries().size() != Theme.values().length) {
            throw new IllegalArgumentException("Every theme must be assessed exactly once: " + submitted);
        }
        Map<Theme, ThemeAssessment> existing = assessments.findByAccompanimentId(accompanimentId).stream()
                .collect(Collectors.toMap(ThemeAssessment::getTheme, Function.identity()));
        Instant now = Instant.now(clock);
        for (ThemeAssessmentSheet.Entry entry : sheet.entries()) {
            ThemeAssessment assessment = existing.getOrDefault(entry.theme(),
                    new ThemeAssessment(accompanimentId, entry.theme()));
            assessment.assess(entry, sheet.assessedBy(), now);
            assessments.save(assessment);
        }
        publish(accompanimentId, "themes-assessed", sheet.assessedBy(), now, sheet.entries().stream()
                .map(entry -> entry.theme() + "=" + entry.level()).collect(Collectors.joining(", ")));
    }

    /** Saves the leaders' validation; the diagnostic is then over and the plan starts. */
    @Transactional
    public void recordValidation(long accompanimentId, LeadersValidation validation) {
        Accompaniment accompaniment = load(accompanimentId);
        Instant now = Instant.now(clock);
        validations.save(new DiagnosticValidation(accompanimentId, validation, now));
        accompaniment.moveTo(Phase.PLAN);
        publish(accompanimentId, "diagnostic-validated", validation.recordedBy(), now,
                String.valueOf(validation.validatedOn()));
    }

    /** Everything the case file shows of the diagnostic; the caller has checked the viewer's scope. */
    @Transactional(readOnly = true)
    public DiagnosticSummary summaryOf(long accompanimentId) {
        List<ThemeAssessment> themes = assessments.findByAccompanimentId(accompanimentId).stream()
                .sorted(Comparator.comparing(ThemeAssessment::getTheme)).toList();
        return new DiagnosticSummary(interviews.findByAccompanimentIdOrderByHeldOnAscIdAsc(accompanimentId),
                themes, validations.findByAccompanimentId(accompanimentId).orElse(null));
    }

    private Accompaniment load(long accompanimentId) {
        return accompaniments.findById(accompanimentId).orElseThrow(() -> new CaseNotFoundException(accompanimentId));
    }

    private void publish(long accompanimentId, String action, String actor, Instant at, String details) {
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId, action, actor, at, details));
    }
}
