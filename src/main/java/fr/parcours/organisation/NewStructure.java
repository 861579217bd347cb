package fr.parcours.organisation;

/**
 * A structure an officer registers while recording its first request, as complete as an administrator's (NAF code
 * and QPV flag included, for the annual report); {@code esusApproved} and {@code jobCreationProject} feed the
 * intake advice (dla-fit.dmn).
 */
public record NewStructure(String name, String siret, LegalForm legalForm, NafCode nafCode, Territory territory,
                           String city, String sector, int employees, int aidedContracts, boolean qpv,
                           boolean esusApproved, boolean jobCreationProject) {

    public Organisation toOrganisation() {
        return new Organisation(name, siret, legalForm.stored(), OrganisationKind.STRUCTURE, city,
                territory.departmentCode(), territory.regionCode())
                .withActivity(sector, employees, aidedContracts)
                .withCodes(nafCode, qpv)
                .withOutlook(esusApproved, jobCreationProject);
    }
}
