package fr.parcours.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.ParcoursIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ParcoursIntegrationTest
class TerritoriesTests {

    @Autowired
    Territories territories;

    @Test
    void shipsEveryRegionAndDepartment() {
        assertThat(territories.regions()).hasSize(18);
        assertThat(territories.regions().stream().filter(Territories.Region::overseas)).hasSize(5);
        assertThat(territories.departments()).hasSize(101);
        assertThat(territories.departments().get(0).code()).isEqualTo("01");
        assertThat(territories.departments().get(19).code()).isEqualTo("2A");
        assertThat(territories.departments().get(100).code()).isEqualTo("976");
    }

    @Test
    void placesEachDepartmentInItsRegion() {
        assertThat(territories.department("06")).get().extracting(Territories.Department::regionCode).isEqualTo("93");
        assertThat(territories.departmentsOf("32")).extracting(Territories.Department::code)
                .containsExactly("02", "59", "60", "62", "80");
        assertThat(territories.region("93")).get().extracting(Territories.Region::name)
                .isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(territories.department("99")).isEmpty();
    }
}
