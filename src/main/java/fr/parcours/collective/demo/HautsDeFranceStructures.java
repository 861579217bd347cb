package fr.parcours.collective.demo;

import static fr.parcours.organisation.OrganisationKind.STRUCTURE;

import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import java.util.List;

/**
 * The social-mediation associations of Hauts-de-France in the demo (fictional names and SIRETs): what the census
 * finds, and what each one told the mobilisation meeting.
 */
final class HautsDeFranceStructures {

    record DemoStructure(String name, String siret, String city, String departmentCode, int employees,
                         int adultesRelais, String needs) {

        Organisation toOrganisation() {
            return new Organisation(name, siret, "Association", STRUCTURE, city, departmentCode, HautsDeFranceDemo.REGION)
                    .withActivity("Médiation sociale", employees, adultesRelais)
                    // Social mediation with adultes-relais: other social action (88.99B) in priority neighbourhoods.
                    .withCodes(NafCode.parse("88.99B"), adultesRelais > 0);
        }
    }

    /** Listed by the census, the first six present at the meeting; the seventh did not come. */
    static final List<DemoStructure> CENSUS = List.of(
            new DemoStructure("Médiation Lille Sud", "73201000010005", "Lille", "59", 9, 4,
                    "Pérenniser les 4 postes d'adultes-relais ; évaluer l'action en espace public"),
            new DemoStructure("Roubaix Médiation Sociale", "73201000020004", "Roubaix", "59", 12, 5,
                    "Diversifier les financements (bailleurs, fondations) ; structurer la fonction RH"),
            new DemoStructure("Tourcoing Lien Social", "73201000030003", "Tourcoing", "59", 6, 2,
                    "Formaliser le projet de médiation en habitat social"),
            new DemoStructure("Médiance Valenciennes", "73201000040002", "Valenciennes", "59", 8, 3,
                    "Méthode de projet et évaluation ; modèle économique de la médiation scolaire"),
            new DemoStructure("Artois Médiation", "73201000050001", "Lens", "62", 7, 3,
                    "Recherche de financements privés ; parcours des médiateurs vers un emploi durable"),
            new DemoStructure("Amiens Nord Médiation", "73201000060000", "Amiens", "80", 5, 2,
                    "Évaluer l'utilité sociale pour convaincre les partenaires ; réflexion RH"),
            new DemoStructure("Beauvais Quartiers Médiation", "73201000070009", "Beauvais", "60", 4, 1, null));

    /** Known in the region but outside the census: no adultes-relais agreement. */
    static final DemoStructure OUTSIDE_CENSUS = new DemoStructure("Saint-Quentin Médiation Citoyenne",
            "73201000080008", "Saint-Quentin", "02", 3, 0, null);

    static final int PRESENT_AT_MEETING = 6;

    private HautsDeFranceStructures() {
    }
}
