// `-Ddrplan.searchIndexer=lunr-js` builds the search index with lunr.js in GraalJS (from the plugin's own
// dependencies) and gives the same search files as the default Java port.
def java = new File(basedir, 'target/by-java/assets/search')
def lunrJs = new File(basedir, 'target/by-lunr-js/assets/search')
def names = java.list().sort()
assert names.contains('index.js') && names.size() > 3
assert lunrJs.list().sort() == names
names.each { assert new File(lunrJs, it).bytes == new File(java, it).bytes : it }
return true
