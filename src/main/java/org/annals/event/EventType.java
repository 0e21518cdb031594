package org.annals.event;

import java.io.Serializable;

/**
 * A CAMEO event code with what the codebook says of it.
 *
 * @param code CAMEO code as a string ("173", "0874")
 * @param root two-digit root ("17")
 * @param label short description ("Arrest, detain, or charge with legal action")
 * @param goldstein Goldstein scale value, -10 (most conflictual) .. +10 (most cooperative)
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict (GDELT's QuadClass)
 */
public record EventType(String code, String root, String label, double goldstein, int quadClass)
    implements Serializable {}
