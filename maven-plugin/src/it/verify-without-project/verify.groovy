// A damaged copy outside any project: every difference named, and the goal fails.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] drplan: missing: missing.txt')
assert log.contains('[ERROR] drplan: changed: changed.txt')
assert log.contains('[ERROR] drplan: extra:   extra.txt')
assert !log.contains('kept.txt')
assert log.contains('BUILD FAILURE')
return true
