package fr.parcours.admin.structures.web;

import fr.parcours.support.Scenario;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** Structures CSV files for the import's tests and benchmark: fresh names and valid, unused SIRETs. */
public final class StructureFiles {

    public static final String HEADER = "Nom;SIRET;Forme juridique;Code NAF;Effectif;QPV;Département;Commune;Secteur;"
            + "Contrats aidés\n";

    /** SIRET bases far from the ones {@link Scenario} draws, one block of 100,000 per batch. */
    private static final AtomicLong BLOCK = new AtomicLong(
            7_000_000_000_000L + (System.nanoTime() % 10_000_000L) * 100_000L);

    /** {@code size} structures named "{prefix} {unique} {i}". */
    public record Batch(String prefix, long base, int size) {

        public String name(int i) {
            return prefix + " " + base + " " + i;
        }

        public String siret(int i) {
            return Scenario.validSiret(base + i);
        }

        /** A valid line for structure {@code i}, in the columns of {@link #HEADER}. */
        public String line(int i) {
            return name(i) + ";" + siret(i) + ";Association;88.99B;" + (i % 40) + ";" + (i % 3 == 0 ? "oui" : "non")
                    + ";" + (i % 2 == 0 ? "06" : "59") + ";" + (i % 2 == 0 ? "Nice" : "Lille") + ";Médiation sociale;"
                    + (i % 40 == 0 ? "" : "1") + "\n";
        }

        public String csv() {
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < size; i++) {
                csv.append(line(i));
            }
            return csv.toString();
        }

        public int count(JdbcTemplate jdbc) {
            return jdbc.queryForObject("select count(*) from organisation where name like ?", Integer.class,
                    prefix + " " + base + " %");
        }
    }

    public static Batch batch(String prefix, int size) {
        return new Batch(prefix, BLOCK.addAndGet(100_000L), size);
    }

    private StructureFiles() {
    }
}
