package fr.parcours.reporting.demo;

import java.util.List;

/**
 * Fictional structures of Alpes-Maritimes and Nord for the demo's past year: varied sectors (NAF codes), legal
 * forms (an SIAE run as an SAS among them), sizes, in and outside priority neighbourhoods.
 */
final class PastYearStructures {

    record Structure(String name, String legalForm, int employees, String naf, boolean qpv, String city) {
    }

    static final List<Structure> ALPES_MARITIMES = List.of(
            new Structure("Médiation sociale Nice Est", "Association", 9, "88.99B", true, "Nice"),
            new Structure("Régie de quartier de l'Ariane", "Association", 24, "81.21Z", true, "Nice"),
            new Structure("Théâtre des Lucioles", "Association", 4, "90.01Z", false, "Antibes"),
            new Structure("SCIC Mobilités douces Azur", "SCIC", 11, "49.39B", false, "Cannes"),
            new Structure("Épicerie solidaire des Moulins", "Association", 2, "47.11B", true, "Nice"),
            new Structure("Jardins du Paillon", "Association", 18, "01.13Z", false, "Contes"),
            new Structure("Azur Insertion Bâtiment", "SAS", 32, "43.39Z", true, "Nice"),
            new Structure("Coopérative Cuisines du monde", "SCOP", 7, "56.10A", false, "Grasse"),
            new Structure("Club sportif Pasteur", "Association", 0, "93.12Z", true, "Nice"),
            new Structure("Numérique pour tous 06", "Association", 3, "85.59B", false, "Cagnes-sur-Mer"),
            new Structure("Maison des familles de Las Planas", "Association", 6, "88.91B", true, "Nice"),
            new Structure("Recyclerie de la Roya", "GIP", 14, "38.32Z", false, "Breil-sur-Roya"));

    static final List<Structure> NORD = List.of(
            new Structure("Médiation Roubaix Centre", "Association", 16, "88.99B", true, "Roubaix"),
            new Structure("Régie de quartier Lille Sud", "Association", 27, "81.21Z", true, "Lille"),
            new Structure("Compagnie du Vieux-Lille", "Association", 5, "90.01Z", false, "Lille"),
            new Structure("SCIC Vélos du Nord", "SCIC", 12, "49.39B", false, "Tourcoing"),
            new Structure("Épicerie solidaire de l'Épeule", "Association", 1, "47.11B", true, "Roubaix"),
            new Structure("Jardins de la Lys", "Association", 21, "01.13Z", false, "Armentières"),
            new Structure("Nord Insertion Services", "SARL", 45, "81.22Z", true, "Valenciennes"),
            new Structure("Coopérative Estaminet solidaire", "SCOP", 8, "56.30Z", false, "Dunkerque"),
            new Structure("Boxing club des Aviateurs", "Association", 0, "93.12Z", true, "Lille"),
            new Structure("Savoirs partagés Wazemmes", "Association", 4, "85.59B", true, "Lille"),
            new Structure("Centre social de la Bourgogne", "Association", 62, "88.99B", true, "Tourcoing"),
            new Structure("Ressourcerie des Flandres", "GIP", 10, "38.32Z", false, "Hazebrouck"));

    private PastYearStructures() {
    }
}
