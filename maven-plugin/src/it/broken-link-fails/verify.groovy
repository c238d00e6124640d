// A plan mistake fails the build with a javac-style message, no stack trace, and writes no bundle.
def log = new File(basedir, 'build.log').text
assert log.contains('src/drplan/scope.md:3:5: error: link target \'restor-db.md\' not found')
assert log.contains('the plan has 1 error; the previous bundle was left as it was')
assert !log.contains('at org.drplan.')
assert !new File(basedir, 'target/drplan').exists()
return true
