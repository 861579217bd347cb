package fr.parcours.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void streamsAHundredThousandRowsInBoundedMemory() throws Exception {
        String caseType = "LOAD-" + System.nanoTime() % 1_000_000_000L;
        jdbc.update("""
                insert into audit_record (occurred_at, actor, case_type, case_id, action, details)
                select timestamptz '2001-01-01 00:00:00+00' + g * interval '1 second', 'load.tester', ?, 1,
                       'load-tested', 'Ligne de test numéro ' || g
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
