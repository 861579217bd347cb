package fr.parcours.audit.history;

import fr.parcours.identity.UserScope;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the audit records within the reader's scope, newest first, one bounded page at a time.
 * Offset paging is kept cheap by the page cap and the (occurred_at, id) index of V23.
 */
@Service
public class AuditSearchService {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE = 2000;
    static final long COUNT_CAP = 10_000;

    private final JdbcTemplate jdbc;
    private final CaseKinds kinds;

    AuditSearchService(JdbcTemplate jdbc, CaseKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    @Transactional(readOnly = true)
    public AuditResultPage search(AuditSearch search, UserScope scope, int requestedPage) {
        int page = Math.max(0, Math.min(requestedPage, MAX_PAGE));
        AuditQuery query = new AuditQuery(search, scope);
        List<AuditRow> rows = jdbc.query(AuditQuery.COLUMNS + query.from()
                        + " order by r.occurred_at desc, r.id desc limit ? offset ?",
                (rs, n) -> AuditQuery.row(rs, kinds), query.parameters(PAGE_SIZE + 1, (long) page * PAGE_SIZE));
        Long total = jdbc.queryForObject("select count(*) from (select 1" + query.from() + " limit ?) capped",
                Long.class, query.parameters(COUNT_CAP + 1));
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new AuditResultPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, PAGE_SIZE, hasNext,
                total == null ? 0 : total, COUNT_CAP);
    }
}
