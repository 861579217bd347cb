package fr.parcours;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ParcoursApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParcoursApplication.class, args);
    }
}
