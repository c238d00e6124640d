package org.drplan.theme;

/**
 * The template variable {@code page} on {@code verify.html}, where a reader checks a copy of the bundle.
 *
 * @param powershell the check as one Windows PowerShell line, for readers without the page's own check
 */
public record VerifyPage(String powershell) {
}
