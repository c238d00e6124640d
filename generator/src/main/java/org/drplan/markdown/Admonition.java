package org.drplan.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A caution, note or tip block, whichever syntax the author used: MkDocs {@code !!! warning "Title"}, a GitHub alert
 * ({@code > [!WARNING]}) or a Docusaurus fence ({@code :::warning}). The parser turns all three into this node, so
 * that they render one way in every output.
 *
 * @see #kind() a lower-case word such as {@code warning}, used as a CSS class
 */
public final class Admonition extends Block {

    /** Whether a reader can fold it away: MkDocs' {@code ???} starts folded, {@code ???+} unfolded. */
    public enum Fold { NONE, FOLDED, UNFOLDED }

    private final String kind;
    private final String title;
    private final Fold fold;

    public Admonition(BasedSequence chars, String kind, String title) {
        this(chars, kind, title, Fold.NONE);
    }

    public Admonition(BasedSequence chars, String kind, String title, Fold fold) {
        super(chars);
        this.kind = kind;
        this.title = title;
        this.fold = fold;
    }

    public Fold fold() {
        return fold;
    }

    public String kind() {
        return kind;
    }

    /** The title line; empty when the author asked for none. */
    public String title() {
        return title;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
