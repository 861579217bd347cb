# Builds and runs Parcours in a container (optional: the app runs without Docker, see README).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system parcours
COPY --from=build /src/target/parcours-*.jar /app/parcours.jar
USER parcours
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/parcours.jar"]
