// Runs in GraalJS after lunr.js: builds drplan's search index from a JSON array of documents whose ref is
// their position in the array, with the fields (name and boost) the Java side declares.
function drplanBuildIndex(fieldsJson, docsJson) {
  var fields = JSON.parse(fieldsJson);
  var docs = JSON.parse(docsJson);
  var index = lunr(function () {
    this.ref('id');
    for (var f = 0; f < fields.length; f++) {
      this.field(fields[f].name, { boost: fields[f].boost });
    }
    for (var i = 0; i < docs.length; i++) {
      var doc = docs[i];
      doc.id = String(i);
      this.add(doc);
    }
  });
  return JSON.stringify(index);
}
