package org.drplan.markdown.internal;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The parser half of flexmark's admonition extension only. Its HTML half writes a block of SVG icon symbols at the
 * top of every document; {@link AdmonitionHtmlRenderer} renders the blocks instead.
 */
public final class AdmonitionSyntax implements Parser.ParserExtension {

    private final AdmonitionExtension delegate = AdmonitionExtension.create();

    private AdmonitionSyntax() {
    }

    public static AdmonitionSyntax create() {
        return new AdmonitionSyntax();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        delegate.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        delegate.extend(builder);
    }
}
