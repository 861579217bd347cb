package fr.parcours.dla;

import fr.parcours.identity.CurrentUser;
import java.util.Map;

/**
 * One section of an accompaniment's case file (diagnostic, plan, missions, follow-ups…), contributed by
 * the phase that owns the data. The case file page renders them in {@link #order()}.
 */
public interface CaseFileSection {

    /** Position on the page; lower comes first (intake 10, diagnostic 20, plan 30, missions 40, follow-up 50). */
    int order();

    /** Thymeleaf fragment, e.g. {@code "dla/diagnostic/section :: section"}; it reads {@code section.model}. */
    String fragment();

    /** The data the fragment shows; the viewer has already been checked to see the case. */
    Map<String, Object> model(Accompaniment accompaniment, CurrentUser viewer);
}
