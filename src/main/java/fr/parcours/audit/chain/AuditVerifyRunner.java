package fr.parcours.audit.chain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code --parcours.audit.verify} the app verifies the audit chain and exits with the command's
 * code instead of serving ({@link AuditVerifyEnvironment} keeps the web server and job executor off).
 */
@Component
@ConditionalOnProperty(AuditVerifyEnvironment.SWITCH)
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditVerifyRunner implements ApplicationRunner, ExitCodeGenerator {

    private final AuditVerifyCommand command;
    private final ConfigurableApplicationContext context;
    private int exitCode;

    AuditVerifyRunner(AuditVerifyCommand command, ConfigurableApplicationContext context) {
        this.command = command;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = command.execute();
        // SpringApplication.exit closes the context (and the embedded database) and asks this bean for the code.
        System.exit(SpringApplication.exit(context));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
