package fr.parcours.audit.chain;

import org.springframework.beans.factory.annotation.Value;
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
 * With {@code --parcours.audit.verify} or {@code --parcours.audit.purge} the app runs that command and
 * exits with its code instead of serving ({@link AuditCommandEnvironment} keeps the web server off).
 */
@Component
@ConditionalOnProperty(AuditCommandEnvironment.COMMAND)
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditCommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final AuditCommands commands;
    private final ConfigurableApplicationContext context;
    private final String command;
    private int exitCode;

    AuditCommandRunner(AuditCommands commands, ConfigurableApplicationContext context,
                       @Value("${" + AuditCommandEnvironment.COMMAND + "}") String command) {
        this.commands = commands;
        this.context = context;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = AuditCommandEnvironment.PURGE.equals(command) ? commands.purge() : commands.verify();
        // SpringApplication.exit closes the context (and the embedded database) and asks this bean for the code.
        System.exit(SpringApplication.exit(context));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
