package org.drplan.content;

import java.util.List;

/**
 * The conference bridge of {@code team.yml}: where the recovery team meets. Fields the file leaves out are null
 * (the dial-in list is empty).
 *
 * @param dialIn      phone numbers to dial, each with its {@code tel:} URL (the access code dialled after a pause)
 * @param accessCode  the conference's access code or PIN
 * @param chatChannel the chat channel that runs beside the call
 * @param videoUrl    the video meeting's link
 * @param fallback    what to do when the bridge itself is down
 */
public record Bridge(List<Phone> dialIn, String accessCode, String chatChannel, String videoUrl, String fallback) {

    public Bridge {
        dialIn = List.copyOf(dialIn);
    }
}
