package es.clinica.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server process a previous run left behind when its JVM died without running shutdown hooks
 * (kill -9, GTK exiting natively). Only called while holding the data directory lock, which proves
 * that no live workstation owns it any more.
 */
final class LeftoverServer {

    private static final Logger LOGGER = LoggerFactory.getLogger(LeftoverServer.class);
    private static final long GRACE_SECONDS = 10;

    private LeftoverServer() {}

    /**
     * Stops the process named on the first line of the pid file when it is alive and its command
     * line contains every marker; a dead or foreign pid (a reused number) is left alone.
     *
     * @return whether a process was stopped
     */
    static boolean stop(Path pidFile, String... markers) {
        Optional<ProcessHandle> process =
                readPid(pidFile)
                        .flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(candidate -> containsAll(commandLine(candidate), markers));
        process.ifPresent(LeftoverServer::terminate);
        return process.isPresent();
    }

    private static boolean containsAll(String commandLine, String... markers) {
        for (String marker : markers) {
            if (!commandLine.contains(marker)) {
                return false;
            }
        }
        return true;
    }

    /** The first line of the file, when it holds a process id. */
    static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            LOGGER.warn("Cannot read the process id in {}", pidFile, e);
            return Optional.empty();
        }
    }

    /** Read from /proc: Redis rewrites its title, which ProcessHandle.Info then hides. */
    static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException e) {
            LOGGER.debug("Cannot read the command line of process {}", process.pid(), e);
            return process.info().commandLine().or(() -> process.info().command()).orElse("");
        }
    }

    /** SIGTERM lets the server shut down cleanly; SIGKILL only when it does not in time. */
    private static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOGGER.warn(
                    "Process {} did not stop in {} s; killing it", process.pid(), GRACE_SECONDS);
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
