package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The app as `./mvnw spring-boot:run` starts it: embedded PostgreSQL, migrations, engine, demo data. */
@ParcoursIntegrationTest
class ApplicationStartupTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Value("${spring.jpa.hibernate.ddl-auto}")
    String ddlAuto;

    @Test
    void runsOnARealPostgreSql17() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
    }

    @Test
    void appliesEveryMigrationAndLetsHibernateOnlyValidate() {
        List<Boolean> success = jdbc.queryForList("select success from flyway_schema_history", Boolean.class);
        assertThat(success).isNotEmpty().containsOnly(true);
        assertThat(ddlAuto).isEqualTo("validate");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'act_ru_task'",
                Integer.class)).as("Camunda's own schema").isEqualTo(1);
    }

    @Test
    void deploysEveryProcessUnderAStableName() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("dla-individual")
                .latestVersion().singleResult().getResourceName()).isEqualTo("processes/dla-individual.bpmn");
        assertThat(repositoryService.createProcessDefinitionQuery().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
    }

    @Test
    void createsTheDemoUsersGroupsAndOrganisations() {
        for (String group : Groups.ALL) {
            assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
        assertThat(identityService.checkPassword(DemoUsers.OFFICER_NICE, DemoUsers.PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.dlaOfficersOf("06")).list())
                .extracting(user -> user.getId()).contains(DemoUsers.OFFICER_NICE);
        assertThat(jdbc.queryForList("select name from organisation", String.class))
                .contains("PAJE", "AGDM Grand Dijon Médiation", "France Médiation", "Nord Actif", "CRESS Hauts-de-France");
        assertThat(jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class,
                DemoUsers.OFFICER_NICE)).as("stored hashed").doesNotContain(DemoUsers.PASSWORD);
    }
}
