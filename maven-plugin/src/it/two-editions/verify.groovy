// `<audience>full, shareable</audience>` writes both bundles from one run: the full plan in target/drplan, the
// shareable edition beside it without the restricted section and block, each with its own build id and zip.
def full = new File(basedir, 'target/drplan')
def shareable = new File(basedir, 'target/drplan-shareable')
assert new File(full, 'private-contacts.html').text.contains('+44 7700 900123')
assert new File(full, 'scope.html').text.contains('10.20.30.40')
assert !new File(shareable, 'private-contacts.html').exists()
def scope = new File(shareable, 'scope.html').text
assert !scope.contains('10.20.30.40') && !scope.contains('admin@vault')
assert scope.contains('withheld-link')
def fullInfo = new File(full, 'BUILD-INFO.txt').text
def shareableInfo = new File(shareable, 'BUILD-INFO.txt').text
assert shareableInfo.contains('edition:       shareable edition')
assert !fullInfo.contains('edition:')
def id = { text -> (text =~ /build id: +(\w+)/)[0][1] }
assert id(fullInfo) != id(shareableInfo)
assert new File(basedir, 'target/two-editions-1.0.0-runbook.zip').isFile()
assert new File(basedir, 'target/two-editions-1.0.0-runbook-shareable.zip').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('classifier runbook-shareable')
return true
