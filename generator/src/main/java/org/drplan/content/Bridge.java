package org.drplan.content;

import java.util.List;
import java.util.Set;

/**
 * The conference bridge of {@code team.yml}: where the recovery team meets. Fields the file leaves out are null
 * (the dial-in list is empty).
 *
 * @param dialIn      phone numbers to dial, each with its {@code tel:} URL (the access code dialled after a pause)
 * @param accessCode  the conference's access code or PIN
 * @param chatChannel the chat channel that runs beside the call
 * @param videoUrl    the video meeting's link
 * @param fallback    what to do when the bridge itself is down
 * @param restricted  the fields a shareable bundle leaves out, by their keys in {@code team.yml}
 */
public record Bridge(List<Phone> dialIn, String accessCode, String chatChannel, String videoUrl, String fallback,
                     Set<String> restricted) {

    /** The keys of the fields {@code restricted} may name. */
    public static final List<String> RESTRICTABLE = List.of("dial_in", "access_code", "chat_channel", "video_url");

    public Bridge {
        dialIn = List.copyOf(dialIn);
        restricted = Set.copyOf(restricted);
    }

    public Bridge(List<Phone> dialIn, String accessCode, String chatChannel, String videoUrl, String fallback) {
        this(dialIn, accessCode, chatChannel, videoUrl, fallback, Set.of());
    }
}
