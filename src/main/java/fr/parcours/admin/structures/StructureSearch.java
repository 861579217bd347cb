package fr.parcours.admin.structures;

import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * What an administrator looks structures up by: part of the name, the start of a SIRET, a department, a NAF
 * section (A–U). Blank criteria are ignored.
 */
public record StructureSearch(String name, String siret, String departmentCode, String section) {

    public static final StructureSearch ALL = new StructureSearch(null, null, null, null);

    Specification<Organisation> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("kind"), OrganisationKind.STRUCTURE));
            if (present(name)) {
                where.add(cb.like(cb.lower(root.get("name")), "%" + escaped(name.strip().toLowerCase(Locale.ROOT)) + "%",
                        '\\'));
            }
            if (present(siret)) {
                where.add(cb.like(root.get("siret"), escaped(siret.replaceAll("\\s", "")) + "%", '\\'));
            }
            if (present(departmentCode)) {
                where.add(cb.equal(root.get("departmentCode"), departmentCode));
            }
            if (present(section) && section.strip().length() == 1) {
                NafCode.divisions(Character.toUpperCase(section.strip().charAt(0))).ifPresentOrElse(bounds -> {
                    where.add(cb.greaterThanOrEqualTo(cb.substring(root.get("nafCode"), 1, 2), bounds[0]));
                    where.add(cb.lessThan(cb.substring(root.get("nafCode"), 1, 2), bounds[1]));
                }, () -> where.add(cb.disjunction()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
