package fr.parcours.admin.pool;

import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantProfile.Contact;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Territory;
import java.math.BigDecimal;
import java.util.Set;

/** A consulting firm or independent consultant as an administrator describes it, checked by the web layer. */
public record FirmDetails(String name, String siret, LegalForm legalForm, Territory territory, String city,
                          Set<CompetenceDomain> domains, Set<String> regionCodes, BigDecimal dayRate,
                          Contact contact) {
}
