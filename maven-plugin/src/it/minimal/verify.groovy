// `mvn drplan:site` (prefix resolved from the pom) wrote a bundle with the pages, the theme and the version.
def bundle = new File(basedir, 'target/drplan')
assert new File(bundle, 'index.html').text.contains('1.0.0')
assert new File(bundle, 'index.html').text.contains('2026-03-04 05:06 UTC')
assert new File(bundle, 'scope.html').text.contains('href="procedures/restore.html"')
assert new File(bundle, 'procedures/restore.html').text.contains('Restore the database')
assert new File(bundle, 'checklist.html').text.contains('Stop the application')
assert new File(bundle, 'assets/drplan.css').isFile()
assert new File(bundle, 'search.html').isFile()
assert new File(bundle, 'assets/search/index.js').text.startsWith('drplanSearch.load("index", {"version":1')
assert new File(bundle, 'assets/lunr.min.js').isFile()
assert new File(bundle, 'assets/store.html').isFile()
assert new File(bundle, 'report.html').text.contains('After-action report')
assert new File(bundle, 'plan.json').text.startsWith('{"format":1,')
def pdf = new File(bundle, 'plan.pdf')
assert pdf.isFile() && new String(pdf.bytes, 0, 5, 'ISO-8859-1') == '%PDF-'
assert new File(bundle, 'index.html').text.contains('href="plan.pdf"')
assert new File(basedir, 'build.log').text =~ /drplan: 2 sections, 1 step, 7 pages, index [0-9.]+ MB, PDF [0-9]+ pages?, build [0-9a-f]{12} in [0-9.]+ s/
def sums = new File(bundle, 'SHA256SUMS').readLines()
assert sums.any { it ==~ /[0-9a-f]{64}  index\.html/ }
assert new File(bundle, 'BUILD-INFO.txt').text.contains('plan version:  1.0.0')
def zip = new java.util.zip.ZipFile(new File(basedir, 'target/minimal-1.0.0-runbook.zip'))
assert zip.getEntry('minimal-1.0.0/SHA256SUMS') != null
assert zip.getEntry('minimal-1.0.0/plan.pdf') != null
zip.close()
def log = new File(basedir, 'build.log').text
assert log.contains('runbook zip') && log.contains('attached, classifier runbook')
assert log =~ /drplan: intact: all [0-9]+ files match SHA256SUMS/
return true
