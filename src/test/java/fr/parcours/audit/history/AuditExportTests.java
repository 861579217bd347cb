package fr.parcours.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.AuditRows;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ParcoursIntegrationTest
class AuditExportTests {

    private static final int ROWS = 100_000;

    @Autowired
    AuditExport export;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditRows auditRows;

    @Test
    void streamsAHundredThousandRowsInBoundedMemory() throws Exception {
        String caseType = "LOAD-" + System.nanoTime() % 1_000_000_000L;
        auditRows.append("""
                select timestamptz '2001-01-01 00:00:00+00' + g * interval '1 second' as occurred_at,
                       'load.tester' as actor, ?::varchar as case_type, 1::bigint as case_id,
                       'load-tested' as action, 'Ligne de test numéro ' || g as details
                from generate_series(1, ?) g""", caseType, ROWS);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        HeapSampler out = new HeapSampler(memory);

        long written = export.write(AuditSearch.everything().forCaseType(caseType),
                scopes.of(DemoUsers.AUDITOR), out);

        assertThat(written).isEqualTo(ROWS);
        assertThat(out.lines).isEqualTo(ROWS + 1);
        // Held at once, the result would take several times its CSV size; streamed, a batch of rows.
        assertThat(out.peakGrowth).as("heap growth while streaming %d bytes", out.bytes)
                .isLessThan(out.bytes / 2);
    }

    /** Discards the CSV, counting lines and bytes, and samples the live heap every 20,000 lines. */
    private static final class HeapSampler extends OutputStream {

        private final MemoryMXBean memory;
        private final long baseline;
        long bytes;
        long lines;
        long peakGrowth;

        HeapSampler(MemoryMXBean memory) {
            this.memory = memory;
            this.baseline = liveHeap(memory);
        }

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n' && ++lines % 20_000 == 0) {
                peakGrowth = Math.max(peakGrowth, liveHeap(memory) - baseline);
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        private static long liveHeap(MemoryMXBean memory) {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }
}
