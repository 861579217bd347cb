package fr.parcours.admin.carriers;

import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.Territory;
import java.util.Set;

/** An organisation that carries or operates collectives or a DLA, as an administrator describes it. */
public record CarrierDetails(String name, String siret, LegalForm legalForm, Territory territory, String city,
                             Set<OrganisationRole> roles) {
}
