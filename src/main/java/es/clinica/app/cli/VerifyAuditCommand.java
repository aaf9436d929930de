package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.service.port.AuditTrail;
import java.util.List;

/**
 * {@code verify-audit}: recomputes the audit trail's hash chain and says whether it is intact, or
 * names the first row changed, the first row after a removal, or the anchored newest row that is
 * missing or different (exit 1).
 */
public final class VerifyAuditCommand implements Command {

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String summaryKey() {
        return "cli.verifyAudit.summary";
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        try (Clinica clinica = Clinica.startHeadless(context.settings(), stage -> {})) {
            AuditTrail.Verification result = clinica.services().audit().verifyChain();
            if (result.intact()) {
                context.out()
                        .println(context.messages().get("audit.verify.ok", result.rowsChecked()));
                context.out().println(anchorLine(result, context));
                return Cli.OK;
            }
            context.err().println(breachLine(result, context));
            return Cli.FAILED;
        }
    }

    private static String anchorLine(AuditTrail.Verification result, CommandContext context) {
        if (result.anchoredRow().isPresent()) {
            return context.messages()
                    .get(
                            "audit.verify.anchored",
                            result.anchoredRow().getAsLong(),
                            result.lastRow().orElse(0));
        }
        return context.messages().get("audit.verify.notAnchored");
    }

    private static String breachLine(AuditTrail.Verification result, CommandContext context) {
        long row = result.firstBrokenRow().getAsLong();
        switch (result.breach().orElseThrow()) {
            case ROW_CHANGED:
                return context.messages().get("audit.verify.changed", row, result.rowsChecked());
            case ROW_REMOVED:
                return context.messages().get("audit.verify.removed", row, result.rowsChecked());
            case NEWEST_REMOVED:
                return result.lastRow().isPresent()
                        ? context.messages()
                                .get(
                                        "audit.verify.newestRemoved",
                                        row,
                                        result.lastRow().getAsLong())
                        : context.messages().get("audit.verify.allRemoved", row);
            case ANCHOR_MISMATCH:
                return context.messages().get("audit.verify.anchorMismatch", row);
            default:
                throw new IllegalStateException(result.breach().toString());
        }
    }
}
