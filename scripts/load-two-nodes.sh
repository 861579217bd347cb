#!/usr/bin/env bash
# The load test against a two-node cluster holding the demo data: node one runs in demo mode on the embedded
# PostgreSQL (fixed port, its data under target/load-two-nodes), node two serves the same database by URL with the
# runtime role, like any extra node; Gatling spreads its virtual users over both (round-robin, one node per user).
#   scripts/load-two-nodes.sh [extra Gatling -D options, e.g. -Dparcours.users=100]
# The Gatling report lands in target/gatling/; the nodes' logs in target/load-two-nodes/.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=target/load-two-nodes
DB_PORT=${DB_PORT:-55433}
PORT_ONE=${PORT_ONE:-18081}
PORT_TWO=${PORT_TWO:-18082}

./mvnw -B -q package -DskipTests
JAR=$(ls target/parcours-*.jar | grep -v original | head -1)
rm -rf "$WORK" && mkdir -p "$WORK"
PIDS=()
stop_nodes() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop_nodes EXIT

await_ready() {
    for _ in $(seq 1 180); do
        if curl -fs "http://localhost:$1/actuator/health/readiness" > /dev/null; then return 0; fi
        sleep 1
    done
    echo "node on port $1 not ready, see $WORK" >&2
    return 1
}

PARCOURS_DATA_DIR="$WORK/pg" PARCOURS_EMBEDDED_DB_PORT="$DB_PORT" PORT="$PORT_ONE" \
    java -jar "$JAR" > "$WORK/node-one.log" 2>&1 &
PIDS+=($!)
await_ready "$PORT_ONE"

credential() { grep "^$1=" "$WORK/pg/parcours-credentials.properties" | cut -d= -f2-; }
SPRING_PROFILES_ACTIVE=prod \
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$DB_PORT/parcours" \
SPRING_DATASOURCE_USERNAME=parcours_app SPRING_DATASOURCE_PASSWORD="$(credential parcours_app)" \
PARCOURS_DB_OWNER_USERNAME=postgres PARCOURS_DB_OWNER_PASSWORD="$(credential postgres)" \
PARCOURS_AUDIT_KEY="$(cat "$WORK/audit.key")" \
PARCOURS_ADMIN_USER=load.admin PARCOURS_ADMIN_PASSWORD="une phrase longue pour le second noeud" \
PORT="$PORT_TWO" java -jar "$JAR" > "$WORK/node-two.log" 2>&1 &
PIDS+=($!)
await_ready "$PORT_TWO"

./mvnw -B -Pload test-compile gatling:test -Dparcours.url="http://localhost:$PORT_ONE,http://localhost:$PORT_TWO" "$@"
