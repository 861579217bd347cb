package fr.parcours.organisation;

/** A structure an officer registers while recording its first request. */
public record NewStructure(String name, String siret, LegalForm legalForm, Territory territory, String city,
                           String sector, int employees, int aidedContracts) {

    public Organisation toOrganisation() {
        return new Organisation(name, siret, legalForm.stored(), OrganisationKind.STRUCTURE, city,
                territory.departmentCode(), territory.regionCode())
                .withActivity(sector, employees, aidedContracts);
    }
}
