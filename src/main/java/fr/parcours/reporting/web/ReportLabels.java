package fr.parcours.reporting.web;

import fr.parcours.dla.NationalPhase;
import fr.parcours.organisation.Territories;
import fr.parcours.reporting.Category;
import fr.parcours.reporting.Dimension;
import fr.parcours.reporting.Measure;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of the report, the same on screen, in the spreadsheet and in the CSV. */
@Component
class ReportLabels {

    private final MessageSource messages;
    private final Territories territories;

    ReportLabels(MessageSource messages, Territories territories) {
        this.messages = messages;
        this.territories = territories;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String measure(Measure measure, Locale locale) {
        return text("report.measure." + measure.name(), locale);
    }

    String dimension(Dimension dimension, Locale locale) {
        return text("report.dimension." + dimension.name(), locale);
    }

    String phase(NationalPhase phase, Locale locale) {
        return text("phase.national." + phase.name(), locale);
    }

    String category(Category category, Locale locale) {
        if (category.isUnknown()) {
            return text("report.category.unknown", locale);
        }
        return switch (category.dimension()) {
            case SECTOR -> text("report.sector." + category.code(), locale);
            case LEGAL_FORM -> text("legal-form." + category.code(), locale);
            case SIZE -> text("report.size." + category.code(), locale);
            case QPV -> text("report.qpv." + category.code(), locale);
            case DEPARTMENT -> territories.department(category.code())
                    .map(department -> department.code() + " " + department.name()).orElse(category.code());
        };
    }
}
