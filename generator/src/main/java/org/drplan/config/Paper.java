package org.drplan.config;

/** Paper size of the printed plan. */
public enum Paper {
    A4, LETTER
}
