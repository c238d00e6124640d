package org.drplan.pdf;

/** {@code plan.pdf}: its bytes and how many pages it has. */
public record RenderedPdf(byte[] bytes, int pages) {
}
