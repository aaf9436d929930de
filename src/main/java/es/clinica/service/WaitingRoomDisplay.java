package es.clinica.service;

import java.util.List;

/**
 * What the waiting-room screen shows: who is called to which doctor, without any clinical detail
 * and with the name shortened ("María L. G.").
 *
 * @param available whether the live state could be read
 * @param calls patients called in, per doctor in calling order
 * @param waiting how many patients are still waiting
 */
public record WaitingRoomDisplay(boolean available, List<Call> calls, int waiting) {

    public WaitingRoomDisplay {
        calls = List.copyOf(calls);
    }

    /**
     * One patient called in.
     *
     * @param patient the shortened name
     * @param doctorName the doctor to go to
     */
    public record Call(String patient, String doctorName) {}
}
