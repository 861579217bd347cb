package fr.parcours.audit.web;

import fr.parcours.casework.Texts;
import fr.parcours.audit.history.AuditSearch;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The search form, bound from query parameters; blank fields mean "any". */
public class AuditSearchFormData {

    private String organisation;
    private String actor;
    private String action;
    private String phase;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private int page;

    public AuditSearch toSearch() {
        return new AuditSearch(blankToNull(organisation), blankToNull(actor), blankToNull(action), null,
                blankToNull(phase), from, to);
    }

    /** The same search at another page, for the paging links and the export link. */
    public String link(String path, Integer otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        param(uri, "organisation", organisation);
        param(uri, "actor", actor);
        param(uri, "action", action);
        param(uri, "phase", phase);
        param(uri, "from", from == null ? null : from.toString());
        param(uri, "to", to == null ? null : to.toString());
        if (otherPage != null && otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return Texts.optional(value);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
