// Runs in GraalJS after lunr.js: builds one of drplan's lunr indexes from a JSON array of documents whose ref is
// their position in the array, with the fields (name and boost) the Java side declares. Returns the serialized
// index and, read off its field vectors, each term's documents and scores (summed over a document's fields in
// field order), terms sorted.
function drplanBuildIndex(analysis, fieldsJson, docsJson) {
  var fields = JSON.parse(fieldsJson);
  var docs = JSON.parse(docsJson);
  var builder = new lunr.Builder();
  if (analysis === 'WORDS') {
    builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter);
  } else if (analysis === 'SPACE_SEPARATED') {
    builder.tokenizer = function (text, metadata) {
      return String(text).split(' ').filter(function (t) { return t.length > 0; })
        .map(function (t) { return new lunr.Token(t, lunr.utils.clone(metadata)); });
    };
  } else {
    throw new Error('unknown analysis ' + analysis);
  }
  builder.ref('id');
  fields.forEach(function (f) { builder.field(f.name, { boost: f.boost }); });
  docs.forEach(function (doc, i) {
    doc.id = String(i);
    builder.add(doc);
  });
  var index = builder.build();
  return [JSON.stringify(index), postings(index, fields, docs.length)];
}

function postings(index, fields, documentCount) {
  var termAt = [];
  Object.keys(index.invertedIndex).forEach(function (term) {
    termAt[index.invertedIndex[term]._index] = term;
  });
  var byTerm = new Map();
  for (var d = 0; d < documentCount; d++) {
    fields.forEach(function (f) {
      var elements = index.fieldVectors[f.name + '/' + d].elements;
      for (var i = 0; i < elements.length; i += 2) {
        var term = termAt[elements[i]];
        var entry = byTerm.get(term);
        if (!entry) {
          byTerm.set(term, entry = { documents: [], scores: [] });
        }
        var last = entry.documents.length - 1;
        if (last >= 0 && entry.documents[last] === d) {
          entry.scores[last] += elements[i + 1];
        } else {
          entry.documents.push(d);
          entry.scores.push(elements[i + 1]);
        }
      }
    });
  }
  return Array.from(byTerm.keys()).sort().map(function (term) {
    var entry = byTerm.get(term);
    return [term, entry.documents, entry.scores];
  });
}
