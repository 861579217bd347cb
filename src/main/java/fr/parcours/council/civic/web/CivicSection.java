package fr.parcours.council.civic.web;

/** Where every civic form leads back to: the "Vie citoyenne" section of the council page. */
final class CivicSection {

    private CivicSection() {
    }

    static String redirectTo(long councilId) {
        return "redirect:/councils/" + councilId + "#civic";
    }
}
