package fr.parcours.collective.selection;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.identity.UserScope;
import fr.parcours.selection.NoticeOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a consultant firm was told about the collective selections it was preselected for: its own outcome, the
 * decision date, the collective's title and region. Nothing else, since a firm not retained has no business with the
 * collective itself (its structures, sessions or competitors).
 */
@Service
public class CollectiveNotices {

    private final CollectiveNoticeRepository notices;
    private final CollectiveAccompanimentRepository collectives;

    CollectiveNotices(CollectiveNoticeRepository notices, CollectiveAccompanimentRepository collectives) {
        this.notices = notices;
        this.collectives = collectives;
    }

    /** The notices addressed to the user's own firm, the latest first; none for a user without a firm. */
    @Transactional(readOnly = true)
    public List<Addressed> addressedTo(UserScope scope) {
        if (scope.getOrganisationId() == null) {
            return List.of();
        }
        List<CollectiveNotice> told = notices.findByOrganisationIdOrderByCreatedAtDesc(scope.getOrganisationId());
        Map<Long, CollectiveAccompaniment> about = collectives.findAllById(
                        told.stream().map(CollectiveNotice::getCollectiveId).distinct().toList()).stream()
                .collect(Collectors.toMap(CollectiveAccompaniment::getId, Function.identity()));
        return told.stream().map(notice -> {
            CollectiveAccompaniment collective = about.get(notice.getCollectiveId());
            return new Addressed(notice.getDecidedOn(), collective.getTitle(), collective.getRegionCode(),
                    notice.getOutcome());
        }).toList();
    }

    /** A notice as its addressee reads it. */
    public record Addressed(LocalDate decidedOn, String collectiveTitle, String regionCode, NoticeOutcome outcome) {
    }
}
