package fr.parcours.admin.structures;

import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.Territory;

/** A structure as an administrator registers it, by form or by CSV line: already checked by the web layer. */
public record StructureDetails(String name, String siret, LegalForm legalForm, NafCode nafCode, int employees,
                               Integer aidedContracts, boolean qpv, Territory territory, String city, String sector) {

    Organisation toOrganisation() {
        return new Organisation(name, siret, legalForm.stored(), OrganisationKind.STRUCTURE, city,
                territory.departmentCode(), territory.regionCode()).withActivity(sector, employees, aidedContracts)
                .withCodes(nafCode, qpv);
    }

    Organisation applyTo(Organisation structure) {
        return structure.describe(name, siret, legalForm.stored(), city, territory)
                .withActivity(sector, employees, aidedContracts).withCodes(nafCode, qpv);
    }
}
