package io.dtaolab.app.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the CLI writes to a terminal, with control characters a hostile strategy or snapshot file could smuggle in
 * (ESC and CSI/OSC sequences, BEL, backspace, the C1 range) replaced by {@code ?}. Line feed, tab and carriage
 * return (the progress bar) pass; UTF-8 text otherwise passes unchanged.
 */
final class TerminalStream extends FilterOutputStream {
    private static final int C1_LEAD = 0xC2;
    private boolean pendingLead;

    TerminalStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        int v = b & 0xFF;
        if (pendingLead) {
            pendingLead = false;
            if (v >= 0x80 && v <= 0x9F) {
                out.write('?');
                return;
            }
            out.write(C1_LEAD);
        }
        if (v == C1_LEAD) {
            pendingLead = true;
        } else if ((v < 0x20 && v != '\n' && v != '\t' && v != '\r') || v == 0x7F) {
            out.write('?');
        } else {
            out.write(v);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void close() throws IOException {
        if (pendingLead) {
            pendingLead = false;
            out.write(C1_LEAD);
        }
        super.close();
    }
}
