package fr.parcours.dla.followup;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the case file shows of the follow-up phase. Callers check the reader's scope on the case itself. */
@Service
public class FollowUpHistory {

    private final FollowUpRepository followUps;
    private final AccompanimentClosureRepository closures;
    private final AccompanimentRepository accompaniments;

    FollowUpHistory(FollowUpRepository followUps, AccompanimentClosureRepository closures,
                    AccompanimentRepository accompaniments) {
        this.followUps = followUps;
        this.closures = closures;
        this.accompaniments = accompaniments;
    }

    @Transactional(readOnly = true)
    public List<FollowUp> followUpsOf(long accompanimentId) {
        return followUps.findByAccompanimentIdOrderByNumber(accompanimentId);
    }

    @Transactional(readOnly = true)
    public Optional<AccompanimentClosure> closureOf(long accompanimentId) {
        return closures.findById(accompanimentId);
    }

    /** Case numbers of the accompaniments opened from these follow-ups, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> newAccompanimentsOf(List<FollowUp> followUps) {
        List<Long> ids = followUps.stream().map(FollowUp::getNewAccompanimentId).filter(Objects::nonNull).toList();
        return accompaniments.findAllById(ids).stream()
                .collect(Collectors.toMap(Accompaniment::getId, Accompaniment::getBusinessKey));
    }
}
