package fr.parcours.collective.demo;

import fr.parcours.collective.citer.Intervention;
import fr.parcours.collective.deliverables.CiterRegister;
import fr.parcours.collective.deliverables.Deliverables;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.tracks.Participation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the demo's structures hand in: an action plan, funding leads, their CITER evaluation (docs/domain.md#deliverables). */
final class HautsDeFranceDemoDeliverables {

    private HautsDeFranceDemoDeliverables() {
    }

    static Map<String, Long> participationsByName(List<Participation> participations) {
        return participations.stream().collect(Collectors.toMap(p -> p.getOrganisation().getName(), Participation::getId));
    }

    /** Médiation Lille Sud: everything handed in, one adulte-relais post made permanent. */
    static Deliverables complete(LocalDate adoptedOn) {
        Map<CiterRegister, Deliverables.Evaluation> evaluation = new EnumMap<>(CiterRegister.class);
        evaluation.put(CiterRegister.SOCIAL_COHESION, new Deliverables.Evaluation("1 200 contacts par an dans l'espace"
                + " public", "Conflits de voisinage apaisés", "Lien renouvelé entre habitants et institutions",
                measure("1200", "contacts"), measure("85", "conflits traités"), measure("78", "% d'habitants satisfaits")));
        evaluation.put(CiterRegister.INNOVATION_LEARNING, new Deliverables.Evaluation("Tableau de bord de l'activité",
                "Équipe formée à l'évaluation", "Pratiques partagées avec le réseau", measure("1", "tableau de bord"),
                measure("6", "médiateurs formés"), measure("3", "structures du réseau")));
        evaluation.put(CiterRegister.PUBLIC_TRANQUILLITY, new Deliverables.Evaluation("Présence en soirée quatre jours"
                + " sur sept", "Moins d'incivilités signalées", "Sentiment de sécurité en hausse",
                measure("1040", "heures de présence"), measure("22", "% d'incivilités en moins"),
                measure("15", "points de sentiment de sécurité")));
        evaluation.put(CiterRegister.ECONOMIC_CONTRIBUTION, new Deliverables.Evaluation("Interventions chez les bailleurs",
                "Dégradations évitées", "Coûts évités estimés avec les bailleurs (méthode et hypothèses ci-dessous)",
                measure("140", "interventions"), measure("12", "dégradations évitées"), null));
        evaluation.put(CiterRegister.RECOGNITION, new Deliverables.Evaluation("Présentation au contrat de ville",
                "Médiation citée dans le CLSPD", "Métier reconnu par les partenaires", measure("4", "présentations"),
                measure("2", "mentions dans les instances"), measure("8.2", "/10 de satisfaction des partenaires")));
        return new Deliverables("Plan d'action 2017-2019 : consolider la médiation en espace public, conventionner"
                + " avec deux bailleurs, pérenniser les postes d'adultes-relais", adoptedOn, 4, 1, List.of(
                new Deliverables.FundingLead("Bailleurs sociaux (convention de médiation)", new BigDecimal("30000"),
                        FundingStatus.OBTAINED, new BigDecimal("24000")),
                new Deliverables.FundingLead("Fondation d'entreprise", new BigDecimal("15000"), FundingStatus.APPLIED,
                        null)), evaluation);
    }

    /** Lille Sud's interventions that avoided an event, for the avoided-cost estimate of the economic register. */
    static Map<Intervention, Integer> interventions() {
        return Map.of(Intervention.DAMAGE_REPAIRED, 12, Intervention.POLICE_CALLOUT, 30,
                Intervention.EMERGENCY_CALLOUT, 5, Intervention.EVICTION, 2, Intervention.SCHOOL_DROPOUT, 1);
    }

    private static Deliverables.Measure measure(String value, String unit) {
        return new Deliverables.Measure(new BigDecimal(value), unit);
    }

    /** Roubaix Médiation Sociale: action plan and a first lead; the evaluation has begun. */
    static Deliverables underway(LocalDate adoptedOn) {
        Map<CiterRegister, Deliverables.Evaluation> evaluation = new EnumMap<>(CiterRegister.class);
        evaluation.put(CiterRegister.SOCIAL_COHESION, new Deliverables.Evaluation("Permanences dans trois quartiers",
                "Accès aux droits facilité", null, measure("420", "contacts"), measure("60", "dossiers d'accès aux droits"),
                null));
        return new Deliverables("Diversifier les financements et structurer la fonction RH", adoptedOn, 5, 0, List.of(
                new Deliverables.FundingLead("Conseil régional Hauts-de-France", new BigDecimal("20000"),
                        FundingStatus.LEAD, null)), evaluation);
    }
}
