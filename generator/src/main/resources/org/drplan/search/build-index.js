// Runs in GraalJS after lunr.js: builds drplan's search index from a JSON array of documents whose ref is
// their position in the array. Field boosts: a word in a title matters more than one in a paragraph.
function drplanBuildIndex(json) {
  var docs = JSON.parse(json);
  var index = lunr(function () {
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('headings', { boost: 4 });
    this.field('tags', { boost: 5 });
    this.field('roles', { boost: 3 });
    this.field('steps', { boost: 2 });
    this.field('body');
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      this.add({ id: String(i), title: d.title, headings: d.headings, tags: d.tags, roles: d.roles,
        steps: d.steps, body: d.body });
    }
  });
  return JSON.stringify(index);
}
