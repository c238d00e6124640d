// A module without a plan (say, the parent of a multi-module build) is skipped with a log line, not failed.
def log = new File(basedir, 'build.log').text
assert log.contains('drplan: skipped, <contentDirectory>')
assert !new File(basedir, 'target/drplan').exists()
return true
