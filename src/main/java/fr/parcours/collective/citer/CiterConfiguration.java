package fr.parcours.collective.citer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AvoidedCostDefaults.class)
class CiterConfiguration {
}
