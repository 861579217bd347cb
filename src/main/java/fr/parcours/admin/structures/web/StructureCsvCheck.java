package fr.parcours.admin.structures.web;

import fr.parcours.admin.structures.StructureDetails;
import fr.parcours.admin.structures.StructureImports;
import fr.parcours.admin.structures.web.StructureCsv.Column;
import fr.parcours.admin.structures.web.StructureCsv.Line;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.Territories.Department;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks every line of a structures CSV with the rules of the structure form ({@link StructureFormData}), plus a
 * SIRET given twice in the file or already registered, and reports each line's errors in the user's language.
 */
@Component
public class StructureCsvCheck {

    private static final Set<String> YES = Set.of("oui", "o", "vrai", "1", "x", "yes", "true");
    private static final Set<String> NO = Set.of("non", "n", "faux", "0", "", "no", "false");

    /** One reason a line is refused: its row number and the message, e.g. "SIRET : ce SIRET n'est pas valide…". */
    public record LineError(int line, String message) {
    }

    /** A checked file: the structures to import if there is no error, and every error. */
    public record Checked(int lines, List<StructureDetails> structures, List<LineError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Validator validator;
    private final MessageSource messages;
    private final Territories territories;
    private final StructureImports imports;

    StructureCsvCheck(jakarta.validation.Validator validator, MessageSource messages, Territories territories,
                      StructureImports imports) {
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.territories = territories;
        this.imports = imports;
    }

    Checked check(byte[] bytes, Locale locale) {
        StructureCsv.Content content = StructureCsv.read(bytes);
        if (content.fileError() != null) {
            return new Checked(0, List.of(), List.of(new LineError(1,
                    messages.getMessage(content.fileError(), content.fileErrorArgs(), locale))));
        }
        Map<String, Department> departments = territories.departmentsByCode();
        List<LineError> errors = new ArrayList<>();
        List<StructureDetails> structures = new ArrayList<>();
        Map<String, Integer> firstLineOfSiret = new HashMap<>();
        Map<Integer, String> siretOfLine = new HashMap<>();
        for (Line line : content.lines()) {
            StructureFormData form = new StructureFormData();
            Errors lineErrors = new BeanPropertyBindingResult(form, "form");
            bind(line, form, lineErrors);
            validator.validate(form, lineErrors);
            form.validate(departments, lineErrors);
            if (!lineErrors.hasFieldErrors("siret")) {
                Integer first = firstLineOfSiret.putIfAbsent(form.getSiret(), line.number());
                if (first != null) {
                    lineErrors.rejectValue("siret", "admin.import.siret-twice", new Object[] {first}, null);
                } else {
                    siretOfLine.put(line.number(), form.getSiret());
                }
            }
            // One reason per cell: a number that is not one is not also reported as missing.
            lineErrors.getFieldErrors().stream().collect(Collectors.toMap(FieldError::getField, Function.identity(),
                            (first, next) -> first, LinkedHashMap::new)).values()
                    .forEach(error -> errors.add(new LineError(line.number(), message(error, locale))));
            if (!lineErrors.hasErrors()) {
                structures.add(form.toDetails(departments));
            }
        }
        Map<String, String> registered = imports.registered(siretOfLine.values());
        siretOfLine.forEach((number, siret) -> {
            if (registered.containsKey(siret)) {
                errors.add(new LineError(number, Column.SIRET.header + " : " + messages.getMessage(
                        "admin.import.siret-registered", new Object[] {registered.get(siret)}, locale)));
            }
        });
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Checked(content.lines().size(), errors.isEmpty() ? structures : List.of(), errors);
    }

    /** Text cells as typed; numbers, the legal form and the QPV flag read as a spreadsheet writes them. */
    private static void bind(Line line, StructureFormData form, Errors errors) {
        Map<Column, String> cells = line.cells();
        form.setName(cells.get(Column.NAME));
        form.setSiret(cells.get(Column.SIRET));
        form.setNafCode(cells.get(Column.NAF_CODE));
        form.setCity(cells.get(Column.CITY));
        form.setSector(cells.get(Column.SECTOR));
        form.setDepartmentCode(department(cells.get(Column.DEPARTMENT)));
        String legalForm = cells.get(Column.LEGAL_FORM);
        if (legalForm != null && !legalForm.isBlank()) {
            Arrays.stream(LegalForm.values()).filter(f -> f.stored().equalsIgnoreCase(legalForm.strip())).findFirst()
                    .ifPresentOrElse(form::setLegalForm, () -> errors.rejectValue("legalForm", "admin.import.legal-form",
                            new Object[] {Arrays.stream(LegalForm.values()).map(LegalForm::stored)
                                    .collect(Collectors.joining(", "))}, null));
        }
        form.setEmployees(number(cells.get(Column.EMPLOYEES), "employees", errors));
        form.setAidedContracts(number(cells.get(Column.AIDED_CONTRACTS), "aidedContracts", errors));
        String qpv = cells.get(Column.QPV) == null ? "" : cells.get(Column.QPV).strip().toLowerCase(Locale.ROOT);
        if (YES.contains(qpv)) {
            form.setQpv(true);
        } else if (!NO.contains(qpv)) {
            errors.rejectValue("qpv", "admin.import.yes-no");
        }
    }

    private static Integer number(String cell, String field, Errors errors) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.replaceAll("[\\s\\u00A0\\u202F]", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "admin.import.not-a-number");
            return null;
        }
    }

    /** Spreadsheets drop leading zeros: "6" is Alpes-Maritimes (06). */
    private static String department(String cell) {
        String code = cell == null ? null : cell.strip().toUpperCase(Locale.ROOT);
        return code != null && code.length() == 1 && Character.isDigit(code.charAt(0)) ? "0" + code : code;
    }

    private String message(FieldError error, Locale locale) {
        Column column = Column.ofField(error.getField());
        return (column == null ? error.getField() : column.header) + " : " + messages.getMessage(error, locale);
    }
}
