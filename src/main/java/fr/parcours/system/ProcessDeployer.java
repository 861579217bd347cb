package fr.parcours.system;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN of the top-level {@code processes/} folder under a stable name
 * ({@code processes/dla-individual.bpmn}), with duplicate filtering: a restart, or a second node of a
 * cluster, deploys nothing new unless a file changed. The engine's deployment lock serialises nodes.
 */
@Component
@Order(0)
class ProcessDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "parcours";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;

    ProcessDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        int count = 0;
        for (String pattern : new String[] {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn"}) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream("processes/" + resource.getFilename(), in);
                }
                count++;
            }
        }
        deployment.deploy();
        log.info("Deployed {} process files (unchanged ones are filtered out by the engine)", count);
    }
}
