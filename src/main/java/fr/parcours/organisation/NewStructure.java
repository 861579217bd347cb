package fr.parcours.organisation;

/**
 * A structure an officer registers while recording its first request; {@code esusApproved} and
 * {@code jobCreationProject} feed the intake advice (dla-fit.dmn).
 */
public record NewStructure(String name, String siret, LegalForm legalForm, Territory territory, String city,
                           String sector, int employees, int aidedContracts, boolean esusApproved,
                           boolean jobCreationProject) {

    /** Neither approved ESUS nor planning to create jobs. */
    public NewStructure(String name, String siret, LegalForm legalForm, Territory territory, String city,
                        String sector, int employees, int aidedContracts) {
        this(name, siret, legalForm, territory, city, sector, employees, aidedContracts, false, false);
    }

    public Organisation toOrganisation() {
        return new Organisation(name, siret, legalForm.stored(), OrganisationKind.STRUCTURE, city,
                territory.departmentCode(), territory.regionCode())
                .withActivity(sector, employees, aidedContracts)
                .withOutlook(esusApproved, jobCreationProject);
    }
}
