package fr.parcours.admin.structures;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.organisation.OrganisationKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bulk import of structures from a CSV, in two steps that may run on different nodes: the upload is stored
 * ({@link PendingImport}) and previewed; the confirmation reads the same bytes again and imports every line in one
 * transaction, or none. One audit record tells how many structures came in.
 */
@Service
public class StructureImports {

    static final String IMPORTED = "structures-imported";
    /** An upload nobody confirmed within this delay is dropped at the next upload. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final PendingImportRepository pending;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StructureImports(PendingImportRepository pending, JdbcTemplate jdbc, NamedParameterJdbcTemplate named,
                     ApplicationEventPublisher events, Clock clock) {
        this.pending = pending;
        this.jdbc = jdbc;
        this.named = named;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID upload(String fileName, byte[] content, String administrator) {
        Instant now = clock.instant();
        pending.deleteUploadedBefore(now.minus(KEPT_FOR));
        String name = fileName == null || fileName.isBlank() ? "structures.csv" : fileName;
        return pending.save(new PendingImport(name.length() > 200 ? name.substring(0, 200) : name, content,
                administrator, now)).getId();
    }

    /** The administrator's own pending upload; another's, or one already imported, is a 404. */
    @Transactional(readOnly = true)
    public PendingImport pending(UUID id, String administrator) {
        return pending.findById(id).filter(upload -> upload.getUploadedBy().equals(administrator))
                .orElseThrow(() -> new CaseNotFoundException(id));
    }

    /** The organisations already registered under these SIRETs: SIRET → name. */
    @Transactional(readOnly = true)
    public Map<String, String> registered(Collection<String> sirets) {
        if (sirets.isEmpty()) {
            return Map.of();
        }
        return named.query("select siret, name from organisation where siret in (:sirets)",
                        Map.of("sirets", sirets), (rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /**
     * Imports the checked lines of a pending upload, all or nothing: a SIRET registered meanwhile refuses the whole
     * import (the unique constraint does too). The upload is gone afterwards; returns the number imported.
     */
    @Transactional
    public int confirm(UUID id, List<StructureDetails> structures, String administrator) {
        PendingImport upload = pending(id, administrator);
        if (structures.isEmpty() || !registered(structures.stream().map(StructureDetails::siret).toList()).isEmpty()) {
            throw new IllegalArgumentException("Nothing to import, or a SIRET already registered");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("insert into organisation (name, siret, legal_form, kind, city, department_code, region_code,"
                        + " sector, employees, aided_contracts, naf_code, qpv, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", structures, 1000, (statement, s) -> {
                    statement.setString(1, s.name());
                    statement.setString(2, s.siret());
                    statement.setString(3, s.legalForm().stored());
                    statement.setString(4, OrganisationKind.STRUCTURE.name());
                    statement.setString(5, s.city());
                    statement.setString(6, s.territory().departmentCode());
                    statement.setString(7, s.territory().regionCode());
                    statement.setString(8, s.sector());
                    statement.setInt(9, s.employees());
                    statement.setObject(10, s.aidedContracts());
                    statement.setString(11, s.nafCode().code());
                    statement.setBoolean(12, s.qpv());
                    statement.setTimestamp(13, now);
                });
        pending.delete(upload);
        events.publishEvent(new CaseEvent(StructureAdministration.CASE_TYPE, 0, IMPORTED, administrator,
                clock.instant(), String.valueOf(structures.size())));
        return structures.size();
    }
}
