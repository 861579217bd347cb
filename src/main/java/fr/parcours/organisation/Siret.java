package fr.parcours.organisation;

/**
 * A SIRET is 14 digits whose Luhn checksum is valid (INSEE). La Poste's establishments (SIREN 356000000) are too
 * many for the Luhn key of their NIC: INSEE checks instead that the sum of their 14 digits is a multiple of 5.
 */
public final class Siret {

    /** La Poste's SIREN, whose establishments follow the sum-of-digits rule. */
    static final String LA_POSTE = "356000000";

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{14}")) {
            return false;
        }
        return luhn(value) || value.startsWith(LA_POSTE) && digitSum(value) % 5 == 0;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    private Siret() {
    }
}
