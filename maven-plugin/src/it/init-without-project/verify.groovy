// The starter plan written beside a file of the user's own, which is left as it was and named.
def log = new File(basedir, 'build.log').text
def content = new File(basedir, 'src/drplan')
assert new File(content, 'team.yml').text.contains('incident-commander')
assert new File(content, 'procedures/recover-service.md').isFile()
assert new File(content, 'scope.md').text == '---\ntype: scope\n---\n# Our own scope\n'
assert log.contains('scope.md exists: left as it was')
assert log.contains('9 files written into')
assert log.contains('BUILD SUCCESS')
return true
