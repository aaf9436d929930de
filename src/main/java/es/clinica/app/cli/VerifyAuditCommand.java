package es.clinica.app.cli;

import es.clinica.app.Clinica;
import es.clinica.service.port.AuditTrail;
import java.util.List;

/**
 * {@code verify-audit}: recomputes the audit trail's hash chain and says whether it is intact, or
 * names the first row changed or the first row after a removal (exit 1).
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
                return Cli.OK;
            }
            String key =
                    result.breach().orElseThrow() == AuditTrail.Breach.ROW_CHANGED
                            ? "audit.verify.changed"
                            : "audit.verify.removed";
            context.err()
                    .println(
                            context.messages()
                                    .get(
                                            key,
                                            result.firstBrokenRow().getAsLong(),
                                            result.rowsChecked()));
            return Cli.FAILED;
        }
    }
}
